""""Can they hear me?" checks for the settings page, without a call.

* :meth:`EchoTest.start_echo` / ``stop_echo``: the agent speaks and hears themself back through
  the bridge (mic -> drift FIFO -> speaker), which proves both devices and the volume.
* :meth:`EchoTest.loopback_check`: plays a 1 kHz tone on the speaker and listens for it on the
  microphone (works with a loopback plug, laptop speakers near the mic, or a monitor source);
  returns whether it was heard and the round-trip time, a latency figure the bench reuses.
Runs on the caller's thread (blocks up to ``timeout``): call it from a worker, not the GUI thread.
"""

from __future__ import annotations

import math
import threading
import time
from array import array
from dataclasses import dataclass

from agent_console.audio.bridge import PulseBridge
from agent_console.audio.tones import tone_power


@dataclass(frozen=True)
class LoopbackResult:
    heard: bool
    round_trip_ms: float       # tone start -> first block with the tone on the mic (NaN if not heard)
    snr_db: float


class _Sine:
    kind = None

    def __init__(self, freq: float, rate: int, amp: float = 0.3) -> None:
        self._w = 2 * math.pi * freq / rate
        self._t = 0
        self._amp = amp

    def read(self, n: int) -> array[float]:
        t0, self._t = self._t, self._t + n
        return array("f", [self._amp * math.sin(self._w * t) for t in range(t0, t0 + n)])


class EchoTest:
    def __init__(self, bridge: PulseBridge) -> None:
        self.bridge = bridge

    def start_echo(self) -> None:
        self.bridge.set_loopback(True)

    def stop_echo(self) -> None:
        self.bridge.set_loopback(False)

    def loopback_check(self, freq: float = 1000.0, timeout: float = 3.0) -> LoopbackResult:
        rate = self.bridge.rate
        heard = threading.Event()
        state: dict[str, float] = {"t": float("nan"), "snr": -99.0}

        def tap(block: array[float]) -> None:
            p_tone = tone_power(block, rate, freq)
            p_off = tone_power(block, rate, freq * 1.37) + 1e-12
            snr = 10 * math.log10(p_tone / p_off + 1e-12)
            if p_tone > 1e-4 and snr > 15 and not heard.is_set():
                state["t"] = time.monotonic()
                state["snr"] = float(snr)
                heard.set()

        self.bridge.mic_tap = tap
        self.bridge._poke()
        time.sleep(0.3)                       # let the mic stream open and settle
        start = time.monotonic()
        self.bridge._tone = _Sine(freq, rate)  # type: ignore[assignment]
        self.bridge._poke()
        try:
            heard.wait(timeout)
        finally:
            self.bridge._tone = None
            self.bridge.mic_tap = None
            self.bridge._poke()
        if not heard.is_set():
            return LoopbackResult(False, float("nan"), state["snr"])
        return LoopbackResult(True, 1000.0 * (state["t"] - start), state["snr"])
