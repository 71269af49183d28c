"""Ringtone, ringback, busy and call-waiting tones, generated sample by sample in numpy.

Why our own generator instead of pjsua2's ``ToneGenerator``: the ringer plays on devices that are not
part of any call (laptop speakers and headset at once) and must ring before pjsua2 has media for the
call, so tones live on our side of the bridge. Every burst starts and ends with a short raised-cosine
ramp so cadence edges never click, and phase is continuous across ``read`` calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np


class ToneKind(StrEnum):
    RINGTONE = "ringtone"
    RINGBACK = "ringback"
    BUSY = "busy"
    CALL_WAITING = "call_waiting"


@dataclass(frozen=True)
class Cadence:
    freqs: tuple[float, ...]        # summed sines
    on_ms: tuple[int, ...]          # alternating on/off segments, repeating
    off_ms: tuple[int, ...]
    amplitude: float


# ETSI/ITU-style 425 Hz tones used across Europe and Central Asia (Kazakhstan, Russia use 425 Hz);
# the ringtone is a friendlier two-tone warble, loud enough to hear from the kitchen.
CADENCES: dict[ToneKind, Cadence] = {
    ToneKind.RINGTONE: Cadence((440.0, 480.0), (400, 400), (200, 2000), 0.35),
    ToneKind.RINGBACK: Cadence((425.0,), (1000,), (4000,), 0.25),
    ToneKind.BUSY: Cadence((425.0,), (350,), (350,), 0.25),
    ToneKind.CALL_WAITING: Cadence((440.0,), (200, 200), (200, 8000), 0.12),  # soft, under the call
}

_RAMP_MS = 8.0


class ToneGenerator:
    """Endless tone of one kind; ``read(n)`` returns the next ``n`` float32 samples."""

    def __init__(self, kind: ToneKind, rate: int, volume: float = 1.0) -> None:
        self.kind = kind
        self.rate = rate
        self.volume = volume
        cad = CADENCES[kind]
        self._freqs = np.array(cad.freqs, dtype=np.float64)
        self._amp = cad.amplitude / len(cad.freqs)
        segs: list[tuple[int, bool]] = []
        for on, off in zip(cad.on_ms, cad.off_ms, strict=True):
            segs.append((int(rate * on / 1000), True))
            segs.append((int(rate * off / 1000), False))
        self._period = sum(n for n, _ in segs)
        gate = np.zeros(self._period, dtype=np.float32)
        ramp = max(1, int(rate * _RAMP_MS / 1000))
        pos = 0
        for n, on in segs:
            if on:
                env = np.ones(n, dtype=np.float32)
                r = min(ramp, n // 2)
                shape = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, r, dtype=np.float32))
                env[:r] = shape
                env[n - r:] = shape[::-1]
                gate[pos:pos + n] = env
            pos += n
        self._gate = gate
        self._t = 0

    def read(self, n: int) -> np.ndarray:
        t = self._t + np.arange(n, dtype=np.int64)
        phase = 2 * np.pi * np.outer(t / self.rate, self._freqs)
        wave = np.sin(phase).sum(axis=1).astype(np.float32) * np.float32(self._amp * self.volume)
        out = wave * self._gate[t % self._period]
        self._t += n
        return out.astype(np.float32, copy=False)


def goertzel_power(samples: np.ndarray, rate: int, freq: float) -> float:
    """Power of one frequency (tests, the echo check and the bench detect tones with it)."""
    x = np.asarray(samples, dtype=np.float64)
    if len(x) == 0:
        return 0.0
    k = np.arange(len(x))
    ref = np.exp(-2j * np.pi * freq * k / rate)
    return float(abs(np.dot(x, ref)) ** 2 / len(x))
