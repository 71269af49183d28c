"""What the window keeps and redoes as a shift gets long: the once-a-second refresh of a long shift
costs what it does early in it, and per-call objects do not pile up.

The figures (RSS per 100 calls, Qt objects per call) are printed by ``bench/bench_shift_memory.py``;
these tests pin the mechanisms behind them.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from agent_console.domain.clock import ManualClock
from agent_console.domain.shift import Segment
from agent_console.domain.status import Status
from agent_console.phone.api import CallQuality
from agent_console.phone.fake import FakePhone
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


# -- calls leave nothing behind ---------------------------------------------------------------------


def _qt_objects(qapp: Any) -> Counter[str]:
    """Live QObjects by class: every widget with its children, the application's children, and any
    QObject Python still holds (a timer or dialog made per call and kept in a list would show)."""
    import shiboken6
    from PySide6.QtCore import QObject

    gc.collect()
    seen: dict[int, str] = {}
    for widget in qapp.allWidgets():
        for obj in [widget, *widget.findChildren(QObject)]:
            seen.setdefault(id(obj), type(obj).__name__)
    for obj in qapp.findChildren(QObject):
        seen.setdefault(id(obj), type(obj).__name__)
    for obj in gc.get_objects():
        # Wrappers whose C++ object is gone are left by this very count (findChildren wraps a text
        # document's frames, which the document replaces): they are not the window's objects.
        if isinstance(obj, QObject) and shiboken6.isValid(obj):
            seen.setdefault(id(obj), type(obj).__name__)
    return Counter(seen.values())


def _talk_one_call(console: Any, phone: FakePhone, clock: ManualClock, qapp: Any, n: int) -> None:
    controller = console.controller
    info = phone.ring(f"+7701555{n:04d}", f"Caller {n}")
    clock.advance(2_000)
    controller.tick()
    controller.answer()
    qapp.processEvents()
    for k in range(3):
        phone.emit_quality(info.call_id, CallQuality(40.0 + k, 3.0, 0.5, 4.2 - 0.4 * k, no_audio=k == 2))
        clock.advance(5_000)
        controller.tick()
        qapp.processEvents()
    if n % 2:
        controller.set_hold(True)
        qapp.processEvents()
        controller.set_hold(False)
    phone.remote_hangup(info.call_id)
    qapp.processEvents()
    record = console.session.history[-1]
    controller.save_note(record.call_id, "resolved", f"Call {n}: asked about a certificate.")
    controller.finish_wrapup()
    if console.session.status != Status.AVAILABLE:
        controller.choose_status(Status.AVAILABLE)
    clock.advance(10_000)
    controller.tick()
    qapp.processEvents()


def test_calls_leave_no_qt_objects_or_call_bookkeeping_behind(
    console: Any, fake_phone: FakePhone, clock: ManualClock, qapp: Any
) -> None:
    controller = console.controller
    controller.start_shift()
    controller.choose_status(Status.AVAILABLE)
    _qt_objects(qapp)  # its first run wraps the application's own helpers (event dispatcher, session manager)
    for n in range(5):  # warm-up: widgets built on first use (the in-call panel, tooltips, menus)
        _talk_one_call(console, fake_phone, clock, qapp, n)
    before = _qt_objects(qapp)
    for n in range(5, 35):
        _talk_one_call(console, fake_phone, clock, qapp, n)
    after = _qt_objects(qapp)
    grown = {name: after[name] - before.get(name, 0) for name in after if after[name] > before.get(name, 0)}
    assert grown == {}, f"Qt objects that grew over 30 calls: {grown}"
    # What the window shows of those calls is all there: one history row per call.
    assert console.window.history_panel.model.rowCount() == 35
    # Per-call state of live calls is dropped when they end.
    assert controller.calls == {} and controller.qualities == {}
    assert controller._quality_logged == {} and controller._quality_silent == {}
    assert console.session._phone_ids == {}


def test_timeline_holds_no_second_copy_of_the_shift(qtbot: Any) -> None:
    """The open segment, described a moment ago, closes as an equal new object: the widget keeps
    the shift's own object, not its copy, so the segments are in memory once."""
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    segments = _shift(20)
    copies = [Segment(s.status, s.reason, s.start_ms, s.end_ms) for s in segments]
    timeline.set_segments(copies, T0, copies[-1].end_ms)
    timeline.set_segments(segments, T0, segments[-1].end_ms)
    held = {id(s) for s, _text in timeline._described}
    assert held == {id(s) for s in segments}


def test_timeline_description_is_in_the_new_language_at_once(window: Any, console: Any, languages: Any,
                                                              clock: ManualClock, qtbot: Any) -> None:
    """The description's cached texts are dropped on a language switch, not kept until the next refresh."""
    console.controller.start_shift()
    console.controller.choose_status(Status.AVAILABLE)
    clock.advance(60_000)
    console.controller.tick()
    timeline = window.shift_panel.timeline
    assert "Available" in timeline.accessibleDescription()
    assert languages.set_language("ru")
    qtbot.wait(10)
    assert "Доступен" in timeline.accessibleDescription()
    assert "Available" not in timeline.accessibleDescription()
