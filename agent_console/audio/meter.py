"""Microphone level for the settings page ("can they hear me?").

The capture thread calls :meth:`LevelMeter.feed` with each block; the GUI polls :meth:`level`
(a float, read without locks). The value is a 0..1 scale over -60..0 dBFS with a fast attack and a
slow release, which is how people read a level bar.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence

_FLOOR_DB = -60.0


class LevelMeter:
    def __init__(self, release_per_block: float = 0.15) -> None:
        self._level = 0.0
        self._release = release_per_block
        self.peak_dbfs = _FLOOR_DB

    def feed(self, block: Sequence[float]) -> None:
        """``block``: ``array('f')`` (the capture thread's) or any sequence of floats."""
        n = len(block)
        if n == 0:
            return
        rms = math.sqrt(math.fsum(map(operator.mul, block, block)) / n)
        db = 20.0 * math.log10(rms) if rms > 1e-9 else _FLOOR_DB
        self.peak_dbfs = max(_FLOOR_DB, db)
        target = min(1.0, max(0.0, (db - _FLOOR_DB) / -_FLOOR_DB))
        if target >= self._level:
            self._level = target
        else:
            self._level += (target - self._level) * self._release

    def level(self) -> float:
        return self._level
