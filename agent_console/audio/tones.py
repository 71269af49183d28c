"""Ringtone, ringback, busy and call-waiting tones, computed once per cadence and played from a table.

Why our own generator instead of pjsua2's ``ToneGenerator``: the ringer plays on devices that are not
part of any call (laptop speakers and headset at once) and must ring before pjsua2 has media for the
call, so tones live on our side of the bridge. Every burst starts and ends with a short raised-cosine
ramp so cadence edges never click, and phase is continuous across ``read`` calls.

A tone is periodic: its sines repeat every few hundred samples and its cadence every few seconds,
so one period is built as an ``array('f')`` when the tone starts (copies of one period of the
sines, the ramps multiplied in) and ``read`` only slices it: no per-sample work on the device
threads and no numpy in the running console.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


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
_MAX_TABLE = 1 << 22      # samples (16 MB): beyond that a tone is computed per read instead


def _f32(x: float) -> float:
    return array("f", (x,))[0]


def _period(rate: int, freqs: tuple[float, ...]) -> int | None:
    """Samples after which the sum of ``freqs`` repeats exactly, or None (a non-integer frequency)."""
    period = 1
    for f in freqs:
        if not float(f).is_integer() or f <= 0:
            return None
        period = math.lcm(period, rate // math.gcd(rate, int(f)))
    return period


class ToneGenerator:
    """Endless tone of one kind; ``read(n)`` returns the next ``n`` float32 samples (``array('f')``)."""

    def __init__(self, kind: ToneKind, rate: int, volume: float = 1.0) -> None:
        self.kind = kind
        self.rate = rate
        self.volume = volume
        cad = CADENCES[kind]
        self._freqs = cad.freqs
        self._scale = _f32(cad.amplitude / len(cad.freqs) * volume)
        segs: list[tuple[int, bool]] = []
        for on, off in zip(cad.on_ms, cad.off_ms, strict=True):
            segs.append((int(rate * on / 1000), True))
            segs.append((int(rate * off / 1000), False))
        self._segs = segs
        self._gate_period = sum(n for n, _ in segs)
        self._ramp = max(1, int(rate * _RAMP_MS / 1000))
        wave_period = _period(rate, cad.freqs)
        period = math.lcm(self._gate_period, wave_period) if wave_period else 0
        self._table: array[float] | None = None
        self._gate: array[float] | None = None
        if wave_period and period <= _MAX_TABLE:
            self._table = self._build(period, wave_period)
        else:
            self._gate = self._build_gate()
        self._t = 0

    def _wave(self, t: int) -> float:
        """Sample ``t`` of the summed sines before the cadence, as float32."""
        x = t / self.rate
        return _f32(_f32(sum(math.sin(2 * math.pi * (x * f)) for f in self._freqs)) * self._scale)

    def _shape(self, r: int) -> list[float]:
        """Raised-cosine ramp of ``r`` samples from 0 to 1."""
        if r == 1:
            return [0.0]
        return [_f32(0.5 - 0.5 * math.cos(math.pi * i / (r - 1))) for i in range(r)]

    def _build(self, period: int, wave_period: int) -> array[float]:
        """One full period: the sines copied into each burst, silence between, ramps at the edges."""
        wave = array("f", [self._wave(t) for t in range(wave_period)])
        table = array("f", bytes(4 * period))
        pos = 0
        while pos < period:
            for n, on in self._segs:
                if on and n > 0:
                    offset = pos % wave_period
                    copies = (offset + n) // wave_period + 1
                    burst = (wave * copies)[offset:offset + n]
                    r = min(self._ramp, n // 2)
                    shape = self._shape(r)
                    for i in range(r):
                        burst[i] *= shape[i]
                        burst[n - 1 - i] *= shape[i]
                    table[pos:pos + n] = burst
                pos += n
        return table

    def _build_gate(self) -> array[float]:
        """The cadence's envelope over one period (for the slow path)."""
        gate = array("f", bytes(4 * self._gate_period))
        pos = 0
        for seg, on in self._segs:
            if on and seg > 0:
                r = min(self._ramp, seg // 2)
                shape = self._shape(r)
                gate[pos:pos + seg] = array("f", [1.0]) * seg
                for i in range(r):
                    gate[pos + i] = shape[i]
                    gate[pos + seg - 1 - i] = shape[i]
            pos += seg
        return gate

    def _compute(self, start: int, n: int) -> array[float]:
        """The slow path without a table: sample by sample."""
        out = array("f", bytes(4 * n))
        gate = self._gate
        assert gate is not None
        for k in range(n):
            g = gate[(start + k) % self._gate_period]
            if g:
                out[k] = self._wave(start + k) * g
        return out

    def read(self, n: int) -> array[float]:
        start, self._t = self._t, self._t + n
        table = self._table
        if table is None:
            return self._compute(start, n)
        i = start % len(table)
        out = table[i:i + n]
        while len(out) < n:
            out.extend(table[:n - len(out)])
        return out


def tone_power(samples: Sequence[float], rate: int, freq: float) -> float:
    """Power of one frequency in a short block (Goertzel's recursion, no numpy): the echo check
    listens for its tone with it in every microphone block. Equals :func:`goertzel_power`."""
    n = len(samples)
    if n == 0:
        return 0.0
    w = 2 * math.pi * freq / rate
    coeff = 2 * math.cos(w)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / n


def goertzel_power(samples: Any, rate: int, freq: float) -> float:
    """Power of one frequency over any length (tests and the benches detect tones with it; numpy
    is imported here, never by the console's own audio path)."""
    import numpy as np

    x = np.asarray(samples, dtype=np.float64)
    if len(x) == 0:
        return 0.0
    k = np.arange(len(x))
    ref = np.exp(-2j * np.pi * freq * k / rate)
    return float(abs(np.dot(x, ref)) ** 2 / len(x))
