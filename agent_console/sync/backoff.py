"""Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter").

2,500 consoles lose the server at the same moment when it restarts; without jitter they would all
come back in lock-step and knock it over again. Full jitter spreads each retry uniformly over
``[0, min(cap, base * 2**attempt)]``; a server's ``Retry-After`` is honoured as a lower bound.
"""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    def __init__(self, base_s: float = 0.5, cap_s: float = 30.0, *,
                 rand: Callable[[], float] = random.random) -> None:
        if base_s <= 0 or cap_s < base_s:
            raise ValueError("backoff needs 0 < base <= cap")
        self.base_s = base_s
        self.cap_s = cap_s
        self.attempt = 0
        self._rand = rand

    def next_delay(self, retry_after_s: float | None = None) -> float:
        """Delay before the next try; each call counts one more failure."""
        ceiling = min(self.cap_s, self.base_s * (2 ** min(self.attempt, 30)))
        self.attempt += 1
        delay = ceiling * self._rand()
        if retry_after_s is not None and retry_after_s > 0:
            delay = max(delay, min(retry_after_s, self.cap_s * 4))
        return delay

    def reset(self) -> None:
        """A success: the next failure starts from the base again."""
        self.attempt = 0
