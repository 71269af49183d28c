"""What the window keeps and redoes as a shift gets long: the once-a-second refresh of a long shift
costs what it does early in it, and per-call objects do not pile up.

The figures (RSS per 100 calls, Qt objects per call) are printed by ``bench/bench_shift_memory.py``;
these tests pin the mechanisms behind them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from agent_console.domain.shift import Segment
from agent_console.domain.status import Status
from agent_console.ui import timeline as timeline_module
from agent_console.ui.timeline import TimelineWidget

T0 = 1_764_054_000_000
CYCLE = (Status.RINGING, Status.ON_CALL, Status.WRAP_UP, Status.AVAILABLE)


def _shift(n: int, now_ms: int | None = None) -> list[Segment]:
    """n segments of 30 s each, cycling through a call's statuses; the last one open up to now."""
    segments = [Segment(CYCLE[i % 4], None, T0 + i * 30_000, T0 + (i + 1) * 30_000) for i in range(n)]
    if now_ms is not None:
        last = segments[-1]
        segments[-1] = Segment(last.status, last.reason, last.start_ms, now_ms)
    return segments


def _full_description(segments: list[Segment]) -> str:
    return "; ".join(
        f"{timeline_module.labels.status_with_reason(s.status, s.reason)} "
        f"{timeline_module._hhmm(s.start_ms)}–{timeline_module._hhmm(s.end_ms)}"
        for s in segments
    )


@pytest.fixture
def counted_hhmm(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original: Callable[[int], str] = timeline_module._hhmm

    def counting(ms: int) -> str:
        calls[0] += 1
        return original(ms)

    monkeypatch.setattr(timeline_module, "_hhmm", counting)
    return calls


def test_timeline_refresh_describes_only_the_segments_that_changed(qtbot: Any, counted_hhmm: list[int]) -> None:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    segments = _shift(800)  # a long day: 200 calls of four statuses each
    timeline.set_segments(segments, T0, segments[-1].end_ms)
    assert timeline.accessibleDescription() == _full_description(segments)

    # A second later: the same closed segments, the open one a second longer.
    counted_hhmm[0] = 0
    later = [*segments[:-1], Segment(segments[-1].status, None, segments[-1].start_ms, segments[-1].end_ms + 61_000)]
    timeline.set_segments(later, T0, later[-1].end_ms)
    assert counted_hhmm[0] <= 2  # one segment's start and end, not 1,600 times formatted
    assert timeline.accessibleDescription() == _full_description(later)

    # Equal segments rebuilt as new objects (a restore) are still recognised as unchanged.
    counted_hhmm[0] = 0
    timeline.set_segments([Segment(s.status, s.reason, s.start_ms, s.end_ms) for s in later], T0, later[-1].end_ms)
    assert counted_hhmm[0] == 0


def test_timeline_description_follows_a_different_shift_and_the_language(qtbot: Any) -> None:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    first = _shift(40)
    timeline.set_segments(first, T0, first[-1].end_ms)
    other = [Segment(Status.BREAK, "lunch", T0, T0 + 60_000), *_shift(10)[1:]]
    timeline.set_segments(other, T0, other[-1].end_ms)
    assert timeline.accessibleDescription() == _full_description(other)
    assert timeline.totals()[Status.BREAK] == 60_000
    shorter = other[:3]
    timeline.set_segments(shorter, T0, shorter[-1].end_ms)
    assert timeline.accessibleDescription() == _full_description(shorter)
    assert sum(timeline.totals().values()) == sum(s.duration_ms for s in shorter)
