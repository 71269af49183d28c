"""The status mix of a team over a day, per 15-minute slot (the supervisor's day chart).

Input: each agent's status changes of the day ((at_ms, status), in order). Output: for every slot,
how many agent-minutes went to each status, so a stacked bar shows at a glance when the team was
on calls, on break or away.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

SLOT_MS = 15 * 60_000


def segments(changes: Sequence[tuple[int, str]], end_ms: int) -> list[tuple[int, int, str]]:
    """(start, end, status) stretches from ordered changes up to ``end_ms``."""
    out: list[tuple[int, int, str]] = []
    for i, (at, status) in enumerate(changes):
        stop = changes[i + 1][0] if i + 1 < len(changes) else end_ms
        stop = min(stop, end_ms)
        if stop > at:
            out.append((at, stop, status))
    return out


def mix(agents: Iterable[Sequence[tuple[int, str]]], start_ms: int, end_ms: int,
        slot_ms: int = SLOT_MS) -> list[dict[str, float]]:
    """Minutes per status in each slot of [start_ms, end_ms); "offline" time is left out (it
    would drown the picture before and after the shift)."""
    n = max(0, -(-(end_ms - start_ms) // slot_ms))
    slots: list[dict[str, float]] = [{} for _ in range(n)]
    for changes in agents:
        for a, b, status in segments(changes, end_ms):
            if status == "offline":
                continue
            a = max(a, start_ms)
            while a < b:
                k = (a - start_ms) // slot_ms
                if k >= n:
                    break
                stop = min(b, start_ms + (k + 1) * slot_ms)
                slots[k][status] = slots[k].get(status, 0.0) + (stop - a) / 60_000
                a = stop
    return slots
