"""Injected time, so the domain is deterministic under test and replay."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now_ms(self) -> int:
        """Wall-clock time, Unix epoch milliseconds."""

    def monotonic_ns(self) -> int:
        """Monotonic time, nanoseconds (only comparable within one process)."""


class SystemClock:
    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000

    def monotonic_ns(self) -> int:
        return time.monotonic_ns()


class ManualClock:
    """A clock that moves only when told to (tests, simulations)."""

    def __init__(self, start_ms: int = 1_700_000_000_000) -> None:
        self._ms = start_ms
        self._mono = 0

    def now_ms(self) -> int:
        return self._ms

    def monotonic_ns(self) -> int:
        return self._mono

    def advance(self, ms: int) -> None:
        if ms < 0:
            raise ValueError("a manual clock only moves forward")
        self._ms += ms
        self._mono += ms * 1_000_000
