"""The Linux bridge: call audio between pjsua2's conference bridge and PulseAudio/PipeWire.

    pjmedia clock thread (null device, 20 ms)        sound card clocks
    BridgePort.onFrameReceived -> speaker DriftBuffer -> speaker thread -> pa_simple_write (sink)
    BridgePort.onFrameRequested <- mic DriftBuffer    <- mic thread     <- pa_simple_read  (source)

The pjmedia callbacks only copy samples into/out of the lock-free FIFOs (never Qt, never a wait).
On Linux both the port and the FIFOs are C (:mod:`agent_console.audio.native`) when the library is
built, so pjmedia's clock never waits for Python's GIL; otherwise the Python port and
:class:`DriftBuffer` do the same work (with numpy, imported only then).
What stays in Python with the library (tones mixed into the speaker block, the level meter, the
echo test's loopback) works on ``array('f')`` blocks (:mod:`samples`): the console never imports
numpy for its audio.
Each device thread blocks in libpulse, paced by its card, and is the *consumer* or *producer* that
the FIFO's drift controller steers (see :mod:`drift`). A device thread reopens its stream on
another device when asked (user choice, hot-plug fallback) or when the stream dies (device
unplugged); the FIFOs and the pjsua2 port stay, so the call itself never notices.
Streams are open only while needed (a call, a tone, the level meter), so an idle console costs
nothing.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from agent_console.audio.drift_stats import DriftStats
from agent_console.audio.meter import LevelMeter
from agent_console.audio.native import DevicePump, NativeBridgePort, NativeDriftBuffer, NativeLibrary
from agent_console.audio.priority import boost_current_thread
from agent_console.audio.pulse_simple import PulseError, PulseStream, io_functions
from agent_console.audio.samples import as_block, clipped, mixed, scaled, zeros
from agent_console.audio.tones import ToneGenerator, ToneKind

if TYPE_CHECKING:
    from agent_console.audio.drift import DriftBuffer

log = logging.getLogger(__name__)

# (kind "speaker"/"mic", device name or None, error) -> None ; runs on the device thread
StreamErrorHandler = Callable[[str, str | None, Exception], None]


@dataclass
class BridgeStats:
    speaker: DriftStats
    mic: DriftStats
    speaker_device: str | None
    mic_device: str | None
    reopens: int
    stream_errors: int
    frames_from_call: int
    frames_to_call: int
    extra: dict[str, float] = field(default_factory=dict)


class _DeviceLoop(threading.Thread):
    """One blocking PulseAudio stream, reopened on demand; ``body`` moves one fragment."""

    def __init__(self, bridge: PulseBridge, kind: str) -> None:
        super().__init__(name=f"audio-{kind}", daemon=True)
        self.bridge = bridge
        self.kind = kind
        self.reopen = threading.Event()
        self.device: str | None = None
        self.stream: PulseStream | None = None

    def run(self) -> None:
        b = self.bridge
        self.priority = boost_current_thread()
        buf = zeros(b.device_fragment)
        while not b._stopping.is_set():
            if not b._wanted(self.kind):
                self._close()
                b._wake.wait(0.2)
                continue
            if self.stream is None or self.reopen.is_set():
                self.reopen.clear()
                self._close()
                self.device = b.device_for(self.kind)
                try:
                    self.stream = PulseStream(
                        playback=self.kind == "speaker", device=self.device, rate=b.rate,
                        fragment_ms=b.device_ms, buffer_ms=b.playback_buffer_ms,
                        stream_name="call" if self.kind == "speaker" else "microphone")
                    b.reopens += 1
                    b._failing.pop(self.kind, None)
                except PulseError as exc:
                    b.stream_errors += 1
                    b._report(self.kind, self.device, exc)
                    b._stopping.wait(0.3)
                    continue
            try:
                if self._pump():
                    continue
                if self.kind == "speaker":
                    self.stream.write(b._speaker_block(len(buf)))
                else:
                    self.stream.read_into(buf)
                    b._mic_block(buf)
            except PulseError as exc:   # device vanished under the stream
                b.stream_errors += 1
                b._report(self.kind, self.device, exc)
                self._close()
        self._close()

    def _pump(self) -> bool:
        """Hand the stream to the C pump while only the call needs it; True if it ran (returns on
        any state change, then this loop looks again)."""
        b = self.bridge
        pump = b.pumps.get(self.kind)
        if pump is None or self.stream is None:
            return False
        pump.arm()              # before the checks: a change from now on stops the pump at once
        if not b._fast_path(self.kind) or self.reopen.is_set() or b._stopping.is_set():
            return False
        playback = self.kind == "speaker"
        fifo = b.speaker_fifo if playback else b.mic_fifo
        assert isinstance(fifo, NativeDriftBuffer)
        err = pump.run(playback=playback, stream=self.stream.handle, io_function=b.pa_io[1 if playback else 0],
                       fifo=fifo, block=b.device_fragment)
        if err:
            self.stream.raise_error(err)
        return True

    def _close(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None


class PulseBridge:
    """Sound-card side of the bridge; Qt-free and pjsua2-free (the port is in :mod:`bridge_port`)."""

    def __init__(self, *, rate: int = 16000, frame_ms: int = 20, target_ms: float = 30.0,
                 playback_buffer_ms: int = 40, device_ms: int | None = None,
                 device_for: Callable[[str], str | None] = lambda kind: None,
                 on_stream_error: StreamErrorHandler | None = None,
                 native: NativeLibrary | None = None) -> None:
        self.rate = rate
        self.frame_ms = frame_ms
        self.fragment = rate * frame_ms // 1000          # pjmedia's frame
        self.device_ms = device_ms or frame_ms             # what a device thread moves at a time
        if native is None:
            # Python moves every block without the C pump: 5 ms blocks would cost ~8 % of a core.
            self.device_ms = max(self.device_ms, 20)
        self.device_fragment = rate * self.device_ms // 1000
        self.playback_buffer_ms = playback_buffer_ms
        self.device_for = device_for
        self._on_error = on_stream_error
        self.native = native
        # Below one conference frame plus one device block, the FIFO level seen at a read depends
        # on which clock ticked last; with any drift the two phases cross now and then and reads
        # come up short (simulated at +-100/300 ppm: dozens of underruns a minute, none at the floor).
        floor = frame_ms + self.device_ms
        if target_ms < floor:
            log.info("audio: FIFO target %.0f ms raised to %d ms (conference frame + device block)",
                     target_ms, floor)
        target_ms = max(float(target_ms), float(floor))
        fifo: Callable[..., DriftBuffer | NativeDriftBuffer]
        if native is None:
            from agent_console.audio.drift import DriftBuffer  # numpy: the Python fallback only

            fifo = DriftBuffer
        else:
            fifo = functools.partial(NativeDriftBuffer, native)
        self.speaker_fifo = fifo(in_rate=rate, out_rate=rate, target_ms=target_ms)
        self.mic_fifo = fifo(in_rate=rate, out_rate=rate, target_ms=target_ms)
        self.port: NativeBridgePort | None = None   # the C port reads the state below from C
        self.pumps: dict[str, DevicePump] = {}
        self.pa_io = (0, 0)
        if native is not None:
            try:
                self.pa_io = io_functions()
                self.pumps = {"speaker": DevicePump(native), "mic": DevicePump(native)}
                self.pumps["speaker"].set_late_ms(playback_buffer_ms)
            except PulseError:
                pass     # no libpulse: the device threads only report that
        self._port_frames = (0, 0)
        self.meter = LevelMeter()
        self._muted = False
        self._speaker_volume = 1.0
        self._mic_volume = 1.0
        self._call_active = False
        self.meter_wanted = False
        self.loopback = False          # echo test: mic straight to speaker, no call involved
        self._tone: ToneGenerator | None = None
        self._mic_tap: Callable[[array[float]], None] | None = None   # echo test/bench hook
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self.reopens = 0
        self.stream_errors = 0
        self.frames_from_call = 0
        self.frames_to_call = 0
        self._failing: dict[str, str | None] = {}
        self._speaker = _DeviceLoop(self, "speaker")
        self._mic = _DeviceLoop(self, "mic")

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        self._speaker.start()
        self._mic.start()

    def stop(self) -> None:
        self._stopping.set()
        self._stop_pumps()
        self._wake.set()
        self._speaker.join(2)
        self._mic.join(2)

    # -- state the pjmedia side reads (mirrored into the C port) -----------------------------------
    def attach_port(self, port: NativeBridgePort) -> None:
        self.port = port
        self._sync_port()

    def detach_port(self) -> None:
        """Before the port is retired: keep its frame counters for :meth:`stats`."""
        if self.port is not None:
            self._port_frames = self.port.counters()
            self.port = None

    def _sync_port(self) -> None:
        if self.port is not None:
            self.port.set_state(call_active=self._call_active, muted=self._muted, mic_gain=self._mic_volume)

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = value
        self._sync_port()

    @property
    def mic_volume(self) -> float:
        return self._mic_volume

    @mic_volume.setter
    def mic_volume(self, value: float) -> None:
        self._mic_volume = value
        self._sync_port()

    @property
    def call_active(self) -> bool:
        return self._call_active

    @property
    def speaker_volume(self) -> float:
        return self._speaker_volume

    @speaker_volume.setter
    def speaker_volume(self, value: float) -> None:
        self._speaker_volume = value
        if "speaker" in self.pumps:
            self.pumps["speaker"].set_gain(value)

    @property
    def mic_tap(self) -> Callable[[array[float]], None] | None:
        return self._mic_tap

    @mic_tap.setter
    def mic_tap(self, tap: Callable[[array[float]], None] | None) -> None:
        self._mic_tap = tap
        self._poke()

    def _fast_path(self, kind: str) -> bool:
        """Only the call needs this stream: the C pump may move its blocks."""
        if not self._call_active or self.loopback:
            return False
        if kind == "speaker":
            return self._tone is None
        return not self.meter_wanted and self._mic_tap is None

    def _stop_pumps(self) -> None:
        for pump in self.pumps.values():
            pump.stop()

    def _wanted(self, kind: str) -> bool:
        if kind == "speaker":
            return self.call_active or self._tone is not None or self.loopback
        return self.call_active or self.meter_wanted or self.loopback or self.mic_tap is not None

    def _poke(self) -> None:
        self._stop_pumps()        # the device loops look at the new state (and may pump again)
        self._wake.set()
        self._wake.clear()

    def set_call_active(self, active: bool) -> None:
        if active and not self.call_active:
            self.speaker_fifo.reset()
            self.mic_fifo.reset()
        self._call_active = active
        self._sync_port()
        self._poke()

    def set_meter(self, wanted: bool) -> None:
        self.meter_wanted = wanted
        self._poke()

    def set_loopback(self, on: bool) -> None:
        self.loopback = on
        self.speaker_fifo.reset()
        self._poke()

    def reopen(self, kind: str) -> None:
        """Re-resolve the device for ``"speaker"`` or ``"mic"`` and move the stream there."""
        (self._speaker if kind == "speaker" else self._mic).reopen.set()
        if kind in self.pumps:
            self.pumps[kind].stop()

    def current_device(self, kind: str) -> str | None:
        return (self._speaker if kind == "speaker" else self._mic).device

    def play_tone(self, kind: ToneKind | None) -> None:
        self._tone = ToneGenerator(kind, self.rate) if kind else None
        self._poke()

    def _report(self, kind: str, device: str | None, exc: Exception) -> None:
        # Retries run every 0.3 s while the sound server is away: log the first failure only.
        if self._failing.get(kind) != device:
            self._failing[kind] = device
            log.warning("audio: %s stream on %r failed: %s", kind, device, exc)
        if self._on_error:
            self._on_error(kind, device, exc)

    # -- pjmedia clock thread (the Python port only: without the native library) -------------------
    def frame_from_call(self, samples: Any) -> None:
        self.frames_from_call += 1
        if self.call_active:
            self.speaker_fifo.write(samples)

    def frame_for_call(self, n: int) -> Any:
        """The next ``n`` microphone samples for the call, as a float32 ``ndarray``."""
        import numpy as np  # already loaded with the Python port (bridge_port)

        self.frames_to_call += 1
        out = np.asarray(self.mic_fifo.read(n), dtype=np.float32)
        if self.muted:
            return np.zeros(n, dtype=np.float32)
        return out * np.float32(self.mic_volume) if self.mic_volume != 1.0 else out

    # -- device threads --------------------------------------------------------------------------
    def _speaker_block(self, n: int) -> Any:
        """The call's audio at the speaker's volume plus the tone, limited to [-1, 1]."""
        if self.native is None:
            return self._speaker_block_numpy(n)
        tone = self._tone
        if self.call_active or self.loopback:
            out = as_block(self.speaker_fifo.read(n))
            if self.speaker_volume != 1.0:
                out = scaled(out, self.speaker_volume)
            if tone is not None:
                out = mixed(out, as_block(tone.read(n)))
        elif tone is not None:
            out = as_block(tone.read(n))     # silence plus the tone is the tone
        else:
            out = zeros(n)
        return clipped(out) if tone is not None or self.speaker_volume > 1.0 else out

    def _speaker_block_numpy(self, n: int) -> Any:
        """:meth:`_speaker_block` for the Python FIFOs, whose blocks are ``ndarray``s (numpy is
        loaded with them)."""
        import numpy as np

        tone = self._tone
        out: Any
        if self.call_active or self.loopback:
            out = self.speaker_fifo.read(n)
            if self.speaker_volume != 1.0:
                out = out * np.float32(self.speaker_volume)
        else:
            out = np.zeros(n, dtype=np.float32)
        if tone is not None:
            out = out + np.frombuffer(as_block(tone.read(n)), dtype=np.float32)
        if tone is not None or self.speaker_volume > 1.0:
            out = np.clip(out, -1.0, 1.0)
        return out

    def _mic_block(self, block: array[float]) -> None:
        if self.meter_wanted or self.loopback:     # ~30 us a block: only while someone looks
            self.meter.feed(block)
        tap = self._mic_tap
        if tap is not None:
            tap(block)
        if self.loopback:
            self.speaker_fifo.write(block)
        elif self.call_active:
            self.mic_fifo.write(block)

    def _pump_timing(self) -> dict[str, float]:
        """Device threads' regularity while the C pump ran them: ``late_speaker_blocks`` (writes
        more than the playback buffer apart: PulseAudio played silence in between) and the longest
        interval per direction."""
        out: dict[str, float] = {}
        for kind, pump in self.pumps.items():
            late, gap_ms = pump.timing()
            if kind == "speaker":
                out["late_speaker_blocks"] = float(late)
            out[f"max_{kind}_block_gap_ms"] = gap_ms
        return out

    def stats(self) -> BridgeStats:
        from_call, to_call = self.frames_from_call, self.frames_to_call
        if self.native is not None:     # the C port counts (the Python callbacks are not used)
            from_call, to_call = self.port.counters() if self.port is not None else self._port_frames
        return BridgeStats(self.speaker_fifo.stats(), self.mic_fifo.stats(), self._speaker.device,
                           self._mic.device, self.reopens, self.stream_errors, from_call, to_call,
                           extra={"native": 1.0 if self.native is not None else 0.0,
                                  **{f"pumped_{k}": float(p.blocks) for k, p in self.pumps.items()},
                                  **self._pump_timing(),
                                  **(self.port.timing() if self.port is not None else {})})


def wait_until(pred: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    """Small polling helper shared by the backend, the echo test and the tests."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()
