"""The drift FIFOs' counters, shared by the C FIFO and the Python one (:mod:`drift`), apart so
that reading them never imports the Python FIFO's numpy."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class DriftStats:
    """Counters the bench and the diagnostics page show."""

    level_ms: float
    target_ms: float
    ratio_ppm: float          # current correction relative to the nominal rate ratio
    dropped: int              # samples discarded because the FIFO was full
    inserted: int             # samples of silence emitted because the FIFO was empty
    underruns: int            # times the FIFO ran dry
    overruns: int             # times it was full
