"""Shift arithmetic on a scripted day (issue 2)."""

from __future__ import annotations

from agent_console.domain.clock import ManualClock
from agent_console.domain.events import MemorySink
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.shift import ShiftSummary
from agent_console.domain.status import Status

S = 1000


def test_scripted_shift_figures() -> None:
    clock, sink = ManualClock(), MemorySink()
    s = AgentSession("a", Policy(wrapup_s=20, break_budget_s=15 * 60), clock, sink)
    s.start_shift(Status.AVAILABLE)
    clock.advance(10 * S)
    s.call_offered("c1", "1", "")                 # rings 5 s
    clock.advance(5 * S)
    s.call_answered("c1")
    clock.advance(100 * S)                        # talk 100 s, of which 30 s on hold
    s.call_held("c1")
    clock.advance(30 * S)
    s.call_resumed("c1")
    clock.advance(70 * S)
    s.call_ended("c1")
    clock.advance(20 * S)
    s.tick()                                      # wrap-up 20 s
    s.call_offered("c2", "2", "")                 # missed after 8 s
    clock.advance(8 * S)
    s.call_ended("c2", "caller gave up")
    s.choose_status(Status.DND)
    s.call_rejected("c3", "3", "", 486)
    clock.advance(60 * S)
    s.choose_status(Status.BREAK, "lunch")
    clock.advance(20 * 60 * S)                    # 5 min over a 15 min budget
    s.choose_status(Status.AVAILABLE)
    s.call_dialed("c4", "+77012223344")
    clock.advance(4 * S)
    s.call_answered("c4")
    clock.advance(40 * S)
    s.call_ended("c4")
    clock.advance(20 * S)
    s.tick()
    clock.advance(7 * S)
    s.end_shift()

    summary = s.summary
    now = clock.now_ms()
    times = summary.time_in_status(now)
    assert sum(times.values()) == summary.shift_ms(now) == now - summary.started_ms
    assert times[Status.RINGING] == 13 * S
    assert times[Status.ON_CALL] == (200 + 44) * S
    assert times[Status.WRAP_UP] == 40 * S
    assert times[Status.DND] == 60 * S
    assert times[Status.BREAK] == 20 * 60 * S
    assert (summary.offered, summary.answered, summary.missed, summary.rejected, summary.made) == (3, 1, 1, 1, 1)
    assert summary.talk_ms == (170 + 40) * S and summary.hold_ms == 30 * S
    assert summary.handled == 2
    assert summary.aht_ms(now) == (210 + 30 + 40) * S // 2
    assert summary.break_overrun_ms(now) == 5 * 60 * S and summary.break_left_ms(now) == 0

    replayed = ShiftSummary.from_events(sink.events, break_budget_ms=15 * 60 * S)
    assert replayed.time_in_status(now) == times
    assert replayed.timeline(now) == summary.timeline(now)


def test_timeline_of_open_shift_runs_to_now() -> None:
    clock = ManualClock()
    s = AgentSession("a", Policy(), clock, MemorySink())
    s.start_shift(Status.AVAILABLE)
    clock.advance(5 * S)
    s.choose_status(Status.DND)
    clock.advance(7 * S)
    segments = s.summary.timeline(clock.now_ms())
    assert [(seg.status, seg.duration_ms) for seg in segments] == [(Status.AVAILABLE, 5 * S), (Status.DND, 7 * S)]
    assert segments[-1].end_ms == clock.now_ms()


def test_new_shift_resets_the_summary() -> None:
    clock, sink = ManualClock(), MemorySink()
    s = AgentSession("a", Policy(), clock, sink)
    s.start_shift(Status.AVAILABLE)
    s.call_offered("c1", "1", "")
    s.call_ended("c1")
    s.end_shift()
    clock.advance(3600 * S)
    s.start_shift(Status.AVAILABLE)
    assert s.summary.offered == 0 and s.summary.shift_ms(clock.now_ms()) == 0
