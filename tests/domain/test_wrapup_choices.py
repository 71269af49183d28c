"""A status chosen during a call or wrap-up never keeps the agent in wrap-up for good.

The status event of such a choice repeats the current status with the new pending one; for a
wrap-up it must carry the wrap-up's deadline and call, or ``tick()`` has nothing to end and every
new call is refused with 486 Busy Here.
"""

from __future__ import annotations

import pytest

from agent_console.domain.calls import Outcome
from agent_console.domain.clock import ManualClock
from agent_console.domain.events import DomainEvent, MemorySink
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.protocol import EventKind

CHOICES = [(Status.AVAILABLE, None), (Status.DND, None), (Status.BREAK, "lunch"), (Status.OFFLINE, None)]


def in_wrapup(session: AgentSession) -> str:
    """Available, a call answered and hung up by the caller: wrap-up of 30 s starts now."""
    session.choose_status(Status.AVAILABLE)
    call = session.call_offered("c1", "+77011234567", "")
    session.call_answered("c1")
    session.call_ended("c1", "remote hangup")
    assert session.status == Status.WRAP_UP
    return call.call_id


def replay(session: AgentSession, sink: MemorySink, clock: ManualClock) -> AgentSession:
    restored = AgentSession(session.agent, session.policy, clock, MemorySink())
    restored.restore(sink.events)
    return restored


@pytest.mark.parametrize(("status", "reason"), CHOICES)
def test_a_status_chosen_in_wrapup_applies_at_the_deadline(
        session: AgentSession, clock: ManualClock, sink: MemorySink, status: Status, reason: str | None) -> None:
    call_id = in_wrapup(session)
    deadline = session.wrapup_deadline_ms
    assert deadline is not None
    clock.advance(5_000)
    session.choose_status(Status.DND)  # Ctrl+2 first …
    session.choose_status(status, reason)  # … then whatever the agent settles on
    assert session.status == Status.WRAP_UP
    assert (session.wrapup_deadline_ms, session.wrapup_call_id) == (deadline, call_id)
    last = sink.events[-1].payload
    assert (last["status"], last["until_ms"], last["call_id"]) == ("wrap_up", deadline, call_id)
    clock.advance(25_000)
    session.tick()
    assert (session.status, session.reason) == (status, reason)
    assert sink.events[-1].at_ms == deadline and sink.events[-1].payload["cause"] == "wrapup_timer"
    assert session.accepts_calls == (status == Status.AVAILABLE)


def test_available_again_after_dnd_in_wrapup_takes_calls_after_it(
        session: AgentSession, clock: ManualClock) -> None:
    in_wrapup(session)
    session.choose_status(Status.DND)
    session.choose_status(Status.AVAILABLE)  # Ctrl+1: back to the agent's own choice
    assert session.pending is None
    clock.advance(60_000)
    session.tick()
    assert session.status == Status.AVAILABLE and session.accepts_calls
    assert session.call_offered("c2", "+77010000002", "").outcome == Outcome.ACTIVE  # rings, no 486
    assert session.status == Status.RINGING


def test_a_choice_after_the_deadline_ends_the_wrapup_first(
        session: AgentSession, clock: ManualClock, sink: MemorySink) -> None:
    """The UI ticks every 250 ms: a choice in between finds a wrap-up that is already over."""
    in_wrapup(session)
    deadline = session.wrapup_deadline_ms
    clock.advance(30_100)
    session.choose_status(Status.DND)
    assert session.status == Status.DND and session.pending is None
    timer, choice = sink.events[-2:]
    assert (timer.at_ms, timer.payload["cause"], timer.payload["status"]) == (deadline, "wrapup_timer", "available")
    assert (choice.at_ms, choice.payload["status"]) == (clock.now_ms(), "dnd")


@pytest.mark.parametrize("moment", ["ringing", "on_call", "held"])
@pytest.mark.parametrize(("status", "reason"), CHOICES[1:3])
def test_a_status_chosen_during_a_call_applies_after_its_wrapup(
        session: AgentSession, clock: ManualClock, sink: MemorySink, moment: str,
        status: Status, reason: str | None) -> None:
    session.choose_status(Status.AVAILABLE)
    session.call_offered("c1", "1", "")
    if moment != "ringing":
        session.call_answered("c1")
    if moment == "held":
        session.call_held("c1")
    session.choose_status(status, reason)
    assert session.pending == (status, reason) and not session.accepts_calls
    if moment == "ringing":
        session.call_answered("c1")
    clock.advance(60_000)
    session.call_ended("c1")
    assert session.status == Status.WRAP_UP and session.wrapup_deadline_ms == clock.now_ms() + 30_000
    clock.advance(30_000)
    session.tick()
    assert (session.status, session.reason) == (status, reason)
    assert not session.accepts_calls
    live = (session.status, session.reason, session.manual, session.pending, session.wrapup_deadline_ms)
    r = replay(session, sink, clock)
    assert (r.status, r.reason, r.manual, r.pending, r.wrapup_deadline_ms) == live


def test_required_disposition_still_holds_a_wrapup_with_a_choice(clock: ManualClock) -> None:
    s = AgentSession("a", Policy(wrapup_s=5, require_disposition=True), clock, MemorySink())
    s.start_shift(Status.AVAILABLE)
    call = s.call_offered("c1", "1", "")
    s.call_answered("c1")
    s.call_ended("c1")
    s.choose_status(Status.BREAK, "rest")
    clock.advance(60_000)
    s.tick()
    assert s.status == Status.WRAP_UP and s.disposition_missing
    s.save_note(call.call_id, "consultation", "")
    assert (s.status, s.reason) == (Status.BREAK, "rest")


# -- journals written with a wrap-up event that lacks its deadline --------------------------------------


def _status(at: int, status: str, previous: str, cause: str, manual: str, pending: str | None = None,
            **extra: object) -> DomainEvent:
    payload = {"status": status, "reason": None, "previous": previous, "cause": cause, "manual": manual,
               "manual_reason": None, "pending": pending, "pending_reason": None, **extra}
    return DomainEvent(EventKind.STATUS_CHANGED, at, 0, payload)


def stuck_journal(t0: int, call_id: str = "0190a8f0-0000-7000-8000-000000000001") -> list[DomainEvent]:
    """A shift whose wrap-up was followed by a DND choice written without ``until_ms``/``call_id``."""
    return [
        DomainEvent(EventKind.SHIFT_STARTED, t0, 0, {}),
        _status(t0, "available", "offline", "system", "available"),
        DomainEvent(EventKind.CALL_OFFERED, t0 + 1_000, 0,
                    {"call_id": call_id, "direction": "inbound", "number": "1", "name": ""}),
        _status(t0 + 1_000, "ringing", "available", "call", "available"),
        DomainEvent(EventKind.CALL_ANSWERED, t0 + 2_000, 0, {"call_id": call_id}),
        _status(t0 + 2_000, "on_call", "ringing", "call", "available"),
        DomainEvent(EventKind.CALL_ENDED, t0 + 60_000, 0, {"call_id": call_id, "reason": "", "answered": True}),
        _status(t0 + 60_000, "wrap_up", "on_call", "call", "available", until_ms=t0 + 90_000, call_id=call_id),
        _status(t0 + 65_000, "wrap_up", "wrap_up", "agent", "available", pending="dnd"),
        _status(t0 + 70_000, "wrap_up", "wrap_up", "agent", "available"),
    ]


@pytest.mark.parametrize("require_disposition", [False, True])
def test_a_journal_with_wrapup_choices_lacking_the_deadline_restores_it(
        clock: ManualClock, require_disposition: bool) -> None:
    t0 = clock.now_ms()
    events = stuck_journal(t0)
    call_id = events[2].payload["call_id"]
    s = AgentSession("a", Policy(wrapup_s=30, require_disposition=require_disposition), clock, MemorySink())
    s.restore(events)
    assert (s.status, s.wrapup_deadline_ms, s.wrapup_call_id) == (Status.WRAP_UP, t0 + 90_000, call_id)
    clock.advance(10 * 60_000)  # the app was restarted much later
    s.tick()
    if require_disposition:
        assert s.status == Status.WRAP_UP and s.disposition_missing
        s.save_note(call_id, "consultation", "")
    assert s.status == Status.AVAILABLE and s.accepts_calls
    # stamped at the deadline (or at the disposition, when one was owed)
    assert s.summary.since_ms == (clock.now_ms() if require_disposition else t0 + 90_000)


def test_a_wrapup_event_without_a_deadline_and_none_in_progress_ends_at_the_next_tick(clock: ManualClock) -> None:
    t0 = clock.now_ms()
    events = stuck_journal(t0)
    del events[7].payload["until_ms"]  # not even the wrap-up's start knew its deadline
    s = AgentSession("a", Policy(wrapup_s=30), clock, MemorySink())
    s.restore(events)
    assert s.status == Status.WRAP_UP and s.wrapup_deadline_ms == t0 + 60_000
    clock.advance(10 * 60_000)
    s.tick()
    assert s.status == Status.AVAILABLE and s.summary.since_ms == t0 + 70_000  # the last event known


# -- whose wrap-up it is ----------------------------------------------------------------------------------


def test_an_attended_transfer_wraps_up_the_callers_call(clock: ManualClock) -> None:
    """The consulted party's call ends last, yet the note (and a required outcome) is the caller's."""
    s = AgentSession("a", Policy(wrapup_s=30, require_disposition=True), clock, MemorySink())
    s.start_shift(Status.AVAILABLE)
    caller = s.call_offered("c1", "+77011234567", "")
    s.call_answered("c1")
    s.call_held("c1")
    s.call_dialed("c2", "102")
    s.call_answered("c2")
    s.call_ended("c1", "transferred")
    s.call_ended("c2", "transferred")
    assert s.status == Status.WRAP_UP and s.wrapup_call_id == caller.call_id
    s.save_note(caller.call_id, "redirected", "")
    clock.advance(30_000)
    s.tick()
    assert s.status == Status.AVAILABLE


def test_a_waiting_call_that_gives_up_does_not_cancel_the_first_calls_wrapup(session: AgentSession) -> None:
    session.choose_status(Status.AVAILABLE)
    first = session.call_offered("c1", "1", "")
    session.call_answered("c1")
    session.call_offered("c2", "2", "")
    session.call_ended("c1")
    assert session.status == Status.RINGING
    session.call_ended("c2", "caller gave up")
    assert session.status == Status.WRAP_UP and session.wrapup_call_id == first.call_id

