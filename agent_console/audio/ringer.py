"""The ringer: a ringtone on one or more output devices at once (headset *and* laptop speakers).

Each device gets its own thread and PulseAudio stream, so a slow or vanished device cannot stall
the others; a device that fails is skipped (the others keep ringing). Ringing latency does not
matter, so the streams use a generous buffer.
"""

from __future__ import annotations

import logging
import threading

from agent_console.audio.priority import boost_current_thread
from agent_console.audio.pulse_simple import PulseError, PulseStream
from agent_console.audio.tones import ToneGenerator, ToneKind

log = logging.getLogger(__name__)


class _RingLoop(threading.Thread):
    def __init__(self, device: str | None, kind: ToneKind, rate: int, volume: float) -> None:
        super().__init__(name=f"audio-ringer-{device}", daemon=True)
        self.device = device
        self.stop_event = threading.Event()
        self._tone = ToneGenerator(kind, rate, volume)
        self._rate = rate
        self.error: Exception | None = None

    def run(self) -> None:
        boost_current_thread()
        try:
            stream = PulseStream(playback=True, device=self.device, rate=self._rate, fragment_ms=20,
                                 buffer_ms=120, stream_name="ringtone")
        except PulseError as exc:
            self.error = exc
            log.warning("audio: cannot ring on %r: %s", self.device, exc)
            return
        n = self._rate // 50
        try:
            while not self.stop_event.is_set():
                stream.write(self._tone.read(n))
        except PulseError as exc:
            self.error = exc
        finally:
            stream.close()


class Ringer:
    def __init__(self, rate: int = 16000) -> None:
        self._rate = rate
        self._loops: list[_RingLoop] = []
        self.volume = 1.0

    @property
    def ringing(self) -> bool:
        return any(loop.is_alive() for loop in self._loops)

    @property
    def devices(self) -> list[str | None]:
        return [loop.device for loop in self._loops]

    def start(self, devices: list[str | None], kind: ToneKind = ToneKind.RINGTONE) -> None:
        self.stop()
        unique = list(dict.fromkeys(devices)) or [None]
        self._loops = [_RingLoop(d, kind, self._rate, self.volume) for d in unique]
        for loop in self._loops:
            loop.start()

    def stop(self) -> None:
        for loop in self._loops:
            loop.stop_event.set()
        for loop in self._loops:
            loop.join(1.0)
        self._loops = []
