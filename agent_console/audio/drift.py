"""A bounded single-producer/single-consumer sample FIFO that absorbs clock drift.

Two clocks meet in the bridge: pjmedia's (the null sound device ticks every 20 ms from the system
timer) and the sound card's. They never agree exactly (typically 10-300 ppm, Bluetooth worse), so a
plain FIFO slowly fills (growing delay) or empties (periodic gaps). The consumer side therefore
reads through a linear-interpolation resampler whose ratio is steered by a slow proportional
controller on the smoothed fill level: the level stays at ``target`` and the correction (a fraction
of a percent) is inaudible, unlike dropping or duplicating whole blocks. When the FIFO runs dry
anyway (producer stalled) the output fades out, counts the missing samples as *inserted*, and waits
for ``target`` samples before fading back in, so there is never a click.

Threading: the producer only advances ``_w``, the consumer only ``_r`` (plain ints, atomic under
the GIL), so neither side ever waits for the other; a full FIFO drops the *incoming* samples and
counts them. No locks, no allocation beyond a small scratch array per read.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from agent_console.audio.drift_stats import DriftStats

__all__ = ["DriftBuffer", "DriftStats"]

_FADE = 32  # samples (2 ms at 16 kHz): enough to make a fade inaudible as a click


class DriftBuffer:
    def __init__(self, *, in_rate: int, out_rate: int, target_ms: float = 30.0,
                 capacity_ms: float = 400.0, max_correction: float = 0.01) -> None:
        self.in_rate = in_rate
        self.out_rate = out_rate
        self._nominal = in_rate / out_rate
        self._target = max(1.0, in_rate * target_ms / 1000.0)
        self._cap = int(in_rate * capacity_ms / 1000.0)
        self._buf = np.zeros(self._cap, dtype=np.float32)
        self._w = 0            # total samples written (producer-owned)
        self._r = 0            # total samples consumed (consumer-owned)
        self._frac = 0.0       # fractional read position (consumer-owned)
        self._smoothed = 0.0
        self._corr = 0.0
        self._max_corr = max_correction
        self._max_excess = max(2 * self._target, in_rate * 0.06)
        self._primed = False
        self._last = 0.0       # last output sample, faded from on underrun
        self.dropped = 0
        self.inserted = 0
        self.underruns = 0
        self.overruns = 0

    # -- producer --------------------------------------------------------------------------------
    def write(self, samples: Any) -> None:
        """``samples``: float32 ``ndarray`` or ``array('f')`` (the device threads' blocks)."""
        n = len(samples)
        free = self._cap - (self._w - self._r)
        if n > free:
            self.dropped += n - free
            self.overruns += 1
            samples = samples[:free]
            n = free
        if n <= 0:
            return
        start = self._w % self._cap
        first = min(n, self._cap - start)
        self._buf[start:start + first] = samples[:first]
        if first < n:
            self._buf[: n - first] = samples[first:]
        self._w += n

    # -- consumer --------------------------------------------------------------------------------
    def level(self) -> int:
        return self._w - self._r

    def read(self, n: int) -> np.ndarray:
        """Return exactly ``n`` output samples (float32)."""
        level = self._w - self._r
        fade_in = False
        crossfade_from: np.ndarray | None = None
        if not self._primed:
            if level < self._target:
                if self.underruns:             # re-priming after a gap: this silence is inserted
                    self.inserted += n
                return np.zeros(n, dtype=np.float32)
            self._primed = True
            self._smoothed = float(level)
            fade_in = True
        elif level > self._target + self._max_excess:
            # Far too much buffered (the consumer stalled, or a burst after a reopen): the P controller
            # would need seconds to drain it, so jump back to the target once, crossfading old->new.
            k = min(_FADE, n)
            crossfade_from = self._buf[(self._r + np.arange(k)) % self._cap].copy()
            skip = int(level - self._target)
            self._r += skip
            self.dropped += skip
            self.overruns += 1
            level -= skip
            self._smoothed = float(level)
        # Slow P controller on the smoothed level: an error of one target -> 2 % rate (tau ~1.5 s).
        self._smoothed += 0.02 * (level - self._smoothed)
        err = (self._smoothed - self._target) / self._target
        self._corr = max(-self._max_corr, min(self._max_corr, 0.02 * err))
        # Consume a whole number m of input samples per read and carry the fraction: most reads
        # are a plain copy (m == n); the occasional m = n +- 1 read is resampled over the whole
        # block, a pitch change far below audibility, with phase continuous across reads.
        want = n * self._nominal * (1.0 + self._corr) + self._frac
        m = round(want)
        if m + 1 > level:                      # interpolation looks one sample ahead
            # A little short (scheduling jitter): squeeze this one block by up to 1 %, inaudible,
            # rather than open a gap. Really empty: a faded gap.
            squeezed = level - 1
            if squeezed < n * self._nominal * (1.0 - self._max_corr):
                return self._underrun(n, level)
            m, want = squeezed, float(squeezed)
        self._frac = want - m
        out = self._take(n, m)
        if fade_in:
            k = min(_FADE, n)
            out[:k] *= np.linspace(0.0, 1.0, k, dtype=np.float32)
        if crossfade_from is not None:
            k = len(crossfade_from)
            ramp = np.linspace(0.0, 1.0, k, dtype=np.float32)
            out[:k] = crossfade_from * (1.0 - ramp) + out[:k] * ramp
        self._last = float(out[-1])
        return out

    def _window(self, count: int) -> np.ndarray:
        start = self._r % self._cap
        if start + count <= self._cap:
            return self._buf[start:start + count]
        return np.concatenate((self._buf[start:], self._buf[: count - (self._cap - start)]))

    def _take(self, n: int, m: int) -> np.ndarray:
        """n output samples from the next m input samples; advances the read position by m."""
        if m == n:
            out = self._window(n).copy()
        else:
            window = self._window(m + 1)
            pos = np.arange(n, dtype=np.float64) * (m / n)
            i = pos.astype(np.intp)
            f = (pos - i).astype(np.float32)
            a = window[i]
            out = a + (window[i + 1] - a) * f
        self._r += m
        return out

    def _underrun(self, n: int, level: int) -> np.ndarray:
        """Play out what is left, fade to silence, and re-prime: a gap, never a click."""
        usable = max(0, min(n, level))
        out = np.zeros(n, dtype=np.float32)
        if usable > 0:
            out[:usable] = self._take(usable, usable)
            k = min(_FADE, usable)
            out[usable - k:usable] *= np.linspace(1.0, 0.0, k, dtype=np.float32)
        else:
            k2 = min(_FADE, n)
            out[:k2] = self._last * np.linspace(1.0, 0.0, k2, dtype=np.float32)
        self.inserted += n - usable
        self.underruns += 1
        self._primed = False
        self._frac = 0.0
        self._last = 0.0
        return out

    def reset(self) -> None:
        """Consumer-side: drop everything buffered (e.g. a call ended)."""
        self._r = self._w
        self._frac = 0.0
        self._primed = False

    def stats(self) -> DriftStats:
        level = self._w - self._r
        return DriftStats(
            level_ms=1000.0 * level / self.in_rate, target_ms=1000.0 * self._target / self.in_rate,
            ratio_ppm=self._corr * 1e6, dropped=self.dropped, inserted=self.inserted,
            underruns=self.underruns, overruns=self.overruns)
