"""Laptop clock vs. server clock, measured NTP-style and used to correct event times.

Home laptops drift, or are set by hand to the wrong minute. Every exchange that carries the
server's clock (``server_ms`` in login/ack bodies, ``heartbeat_ack`` on the live channel, the HTTP
``Date`` header as a coarse fallback) gives a sample: with local send time ``t0``, receive time
``t1`` and server time ``s``, ``offset = s - (t0 + t1) / 2`` with an error of at most ``rtt / 2``.
As in NTP, the sample with the smallest round trip among the recent ones wins.

The *applied* correction moves only in whole steps and only when the laptop is off by more than
``threshold_ms``: a well-synced laptop's events go out untouched, and a corrected laptop's event
times do not jitter from batch to batch (which could reorder two events of one agent).
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class SkewSample:
    offset_ms: float
    rtt_ms: float


class ClockSkew:
    def __init__(self, window: int = 16, threshold_ms: int = 1000) -> None:
        self._samples: deque[SkewSample] = deque(maxlen=window)
        self.threshold_ms = threshold_ms
        self._applied = 0
        self._lock = threading.Lock()

    def add(self, t0_ms: float, t1_ms: float, server_ms: float, *, resolution_ms: float = 0.0) -> SkewSample:
        """Record one exchange. ``resolution_ms`` widens the error for coarse sources (Date: 1 s)."""
        rtt = max(0.0, t1_ms - t0_ms)
        sample = SkewSample(offset_ms=server_ms + resolution_ms / 2 - (t0_ms + t1_ms) / 2,
                            rtt_ms=rtt + resolution_ms)
        with self._lock:
            self._samples.append(sample)
            best = self._best()
            if best is not None:
                off = round(best.offset_ms)
                if abs(off) < self.threshold_ms:
                    self._applied = 0
                elif abs(off - self._applied) >= self.threshold_ms // 2:
                    self._applied = off
        return sample

    def add_date_header(self, t0_ms: float, t1_ms: float, date: str | None) -> None:
        """Coarse sample from an HTTP ``Date`` header (one-second resolution)."""
        if not date:
            return
        try:
            server_ms = parsedate_to_datetime(date).timestamp() * 1000
        except (TypeError, ValueError):
            return
        self.add(t0_ms, t1_ms, server_ms, resolution_ms=1000.0)

    def _best(self) -> SkewSample | None:
        return min(self._samples, key=lambda s: s.rtt_ms) if self._samples else None

    @property
    def offset_ms(self) -> float | None:
        """Best current estimate of ``server - laptop`` (None before the first sample)."""
        with self._lock:
            best = self._best()
        return None if best is None else best.offset_ms

    @property
    def correction_ms(self) -> int:
        """What is added to laptop times before they leave for the server (0 when in sync)."""
        with self._lock:
            return self._applied

    def to_server_ms(self, laptop_ms: int) -> int:
        return laptop_ms + self.correction_ms
