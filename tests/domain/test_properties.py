"""Properties over random days of work (hypothesis): the arithmetic and the replay always agree."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from agent_console.domain.clock import ManualClock
from agent_console.domain.events import MemorySink
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import UNAVAILABLE_STATUSES, Status, TransitionError

ACTIONS = st.one_of(
    st.tuples(st.just("wait"), st.integers(0, 600_000)),
    st.tuples(st.just("choose"), st.sampled_from([Status.AVAILABLE, Status.DND, Status.OFFLINE, Status.BREAK])),
    st.tuples(st.just("offer"), st.integers(0, 3)),
    st.tuples(st.just("dial"), st.integers(0, 3)),
    st.tuples(st.just("answer"), st.integers(0, 3)),
    st.tuples(st.just("hold"), st.integers(0, 3)),
    st.tuples(st.just("resume"), st.integers(0, 3)),
    st.tuples(st.just("end"), st.integers(0, 3)),
    st.tuples(st.just("tick"), st.just(0)),
    st.tuples(st.just("finish"), st.just(0)),
    st.tuples(st.just("note"), st.integers(0, 3)),
)


def run_day(actions: list[tuple[str, object]], wrapup_s: int, require_disp: bool) -> tuple[AgentSession, MemorySink,
                                                                                            ManualClock]:
    clock, sink = ManualClock(), MemorySink()
    s = AgentSession("agent", Policy(wrapup_s=wrapup_s, require_disposition=require_disp), clock, sink)
    s.start_shift()
    serial = 0
    for name, arg in actions:
        phone_id = f"c{arg}"
        try:
            if name == "wait":
                clock.advance(int(arg))  # type: ignore[call-overload]
            elif name == "choose":
                s.choose_status(arg, "lunch" if arg == Status.BREAK else None)  # type: ignore[arg-type]
            elif name == "offer":
                if s.call_by_phone_id(phone_id) is None:
                    serial += 1
                    s.call_offered(phone_id, f"+7701{serial:07d}", "")
            elif name == "dial":
                if s.call_by_phone_id(phone_id) is None:
                    s.call_dialed(phone_id, "+77000000000")
            elif name == "answer":
                s.call_answered(phone_id)
            elif name == "hold":
                s.call_held(phone_id)
            elif name == "resume":
                s.call_resumed(phone_id)
            elif name == "end":
                s.call_ended(phone_id, "hangup")
            elif name == "tick":
                s.tick()
            elif name == "finish":
                s.finish_wrapup()
            elif name == "note" and s.history:
                s.save_note(s.history[-1].call_id, "consultation", f"note {serial}")
        except TransitionError:
            pass  # refused actions are part of a real day; the invariants must hold regardless
        assert not (s.accepts_calls and s.status in UNAVAILABLE_STATUSES)
        assert not (s.status == Status.OFFLINE and s.active_calls)
    return s, sink, clock


@settings(max_examples=300, deadline=None)
@given(st.lists(ACTIONS, max_size=80), st.sampled_from([0, 5, 30]), st.booleans())
def test_time_per_status_sums_to_shift_length(actions, wrapup_s, require_disp) -> None:
    s, _, clock = run_day(actions, wrapup_s, require_disp)
    now = clock.now_ms()
    assert sum(s.summary.time_in_status(now).values()) == s.summary.shift_ms(now)
    segments = s.summary.timeline(now)
    for before, after in itertools.pairwise(segments):
        assert before.end_ms == after.start_ms
        assert (before.status, before.reason) != (after.status, after.reason)


@settings(max_examples=300, deadline=None)
@given(st.lists(ACTIONS, max_size=80), st.sampled_from([0, 5, 30]), st.booleans())
def test_replaying_the_events_rebuilds_the_same_session(actions, wrapup_s, require_disp) -> None:
    live, sink, clock = run_day(actions, wrapup_s, require_disp)
    replayed = AgentSession("agent", live.policy, clock, MemorySink())
    replayed.restore(sink.events)
    now = clock.now_ms()
    assert replayed.summary.time_in_status(now) == live.summary.time_in_status(now)
    assert replayed.summary.timeline(now) == live.summary.timeline(now)
    assert (replayed.summary.offered, replayed.summary.answered, replayed.summary.missed,
            replayed.summary.talk_ms, replayed.summary.hold_ms, replayed.summary.aht_ms(now)) == (
            live.summary.offered, live.summary.answered, live.summary.missed,
            live.summary.talk_ms, live.summary.hold_ms, live.summary.aht_ms(now))
    assert (replayed.status, replayed.reason, replayed.manual, replayed.pending, replayed.wrapup_deadline_ms) == (
        live.status, live.reason, live.manual, live.pending, live.wrapup_deadline_ms)
    assert [(c.call_id, c.outcome, c.talk_ms) for c in replayed.calls.values()] == [
        (c.call_id, c.outcome, c.talk_ms) for c in live.calls.values()]
    times = [e.at_ms for e in sink.events]
    assert times == sorted(times)
