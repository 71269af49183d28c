"""CPU steal from the hypervisor while a benchmark phase runs (Linux ``/proc/stat``).

On a shared VM a tail latency can be the machine's, not the program's: a 300 ms steal burst puts
every process, the load generator and the database included, to sleep at once. The phases print
this next to their percentiles, so a bad p99 can be read for what it is.
"""

from __future__ import annotations

import bisect
import os
import threading
import time
from pathlib import Path
from typing import Any

WINDOW_S = 0.1
STALLED = 0.25
"""A window counts as stalled when more than this share of the machine's CPU time was stolen."""


def _ticks() -> tuple[int, int]:
    """(steal, total) jiffies of all CPUs."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return fields[7], sum(fields[:8])


class StealMeter:
    """``with StealMeter() as m: ...`` then ``m.summary()``: steal % and stalled 100 ms windows."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="steal-meter", daemon=True)
        self.windows: list[float] = []
        self.ends: list[float] = []     # monotonic time at the end of each window
        self.available = os.path.exists("/proc/stat")

    def __enter__(self) -> StealMeter:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(2)

    def _run(self) -> None:
        last = _ticks()
        while not self._stop.wait(WINDOW_S):
            now = _ticks()
            total = now[1] - last[1]
            self.windows.append((now[0] - last[0]) / total if total else 0.0)
            self.ends.append(time.monotonic())
            last = now

    def peak_near(self, t: float, radius: float) -> float:
        """The largest stolen share of the windows that ended within *radius* s of *t*."""
        lo, hi = bisect.bisect_left(self.ends, t - radius), bisect.bisect_right(self.ends, t + radius)
        return max(self.windows[lo:hi], default=0.0)

    def share_near(self, threshold: float, radius: float) -> float:
        """The share of the run's instants (one per window) with a window above *threshold* within
        *radius*: how often a random moment would look "near steal" by chance."""
        if not self.ends:
            return 0.0
        return sum(self.peak_near(t, radius) > threshold for t in self.ends) / len(self.ends)

    def stalled_at(self) -> list[float]:
        """Monotonic end times of the stalled windows (to line them up with a benchmark's events)."""
        return [t for t, w in zip(self.ends, self.windows, strict=True) if w > STALLED]

    def summary(self) -> dict[str, Any]:
        if not self.windows:
            return {"steal_pct": None, "stalled_windows": None}
        return {
            "steal_pct": round(100 * sum(self.windows) / len(self.windows), 2),
            "stalled_windows": sum(w > STALLED for w in self.windows),
        }

    def describe(self) -> str:
        s = self.summary()
        if s["steal_pct"] is None:
            return "CPU steal unknown"
        return (f"CPU steal {s['steal_pct']} %, {s['stalled_windows']} of {len(self.windows)} "
                f"{int(WINDOW_S * 1000)} ms windows more than {int(STALLED * 100)} % stolen")
