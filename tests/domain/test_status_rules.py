"""The status rules a call center expects (issue 2)."""

from __future__ import annotations

import pytest

from agent_console.domain.calls import Outcome
from agent_console.domain.clock import ManualClock
from agent_console.domain.events import MemorySink
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status, TransitionError
from agent_console.protocol import EventKind


def test_shift_starts_offline_and_agent_chooses_available(session: AgentSession, sink: MemorySink) -> None:
    assert session.status == Status.OFFLINE
    assert not session.accepts_calls
    session.choose_status(Status.AVAILABLE)
    assert session.status == Status.AVAILABLE
    assert session.accepts_calls
    kinds = [e.kind for e in sink.events]
    assert kinds == [EventKind.SHIFT_STARTED, EventKind.STATUS_CHANGED, EventKind.STATUS_CHANGED]


def test_answer_moves_to_on_call_then_wrapup_then_back(session: AgentSession, clock: ManualClock) -> None:
    session.choose_status(Status.AVAILABLE)
    call = session.call_offered("c1", "+77011234567", "Айгерім")
    assert session.status == Status.RINGING
    clock.advance(3_000)
    session.call_answered("c1")
    assert session.status == Status.ON_CALL
    assert session.accepts_calls  # call waiting may ring softly
    clock.advance(60_000)
    session.call_ended("c1", "remote hangup")
    assert session.status == Status.WRAP_UP
    assert not session.accepts_calls
    assert session.wrapup_deadline_ms == clock.now_ms() + 30_000
    clock.advance(29_999)
    session.tick()
    assert session.status == Status.WRAP_UP
    clock.advance(1)
    session.tick()
    assert session.status == Status.AVAILABLE
    assert session.calls[call.call_id].outcome == Outcome.ANSWERED
    assert session.calls[call.call_id].talk_ms == 60_000


def test_wrapup_zero_returns_immediately() -> None:
    s = AgentSession("a", Policy(wrapup_s=0), ManualClock(), MemorySink())
    s.start_shift(Status.AVAILABLE)
    s.call_offered("c1", "1", "")
    s.call_answered("c1")
    s.call_ended("c1")
    assert s.status == Status.AVAILABLE


def test_status_chosen_during_call_is_pending_and_applies_after_wrapup(
        session: AgentSession, clock: ManualClock) -> None:
    session.choose_status(Status.AVAILABLE)
    session.call_offered("c1", "1", "")
    session.call_answered("c1")
    session.choose_status(Status.BREAK, "childcare")
    assert session.status == Status.ON_CALL
    assert session.pending == (Status.BREAK, "childcare")
    assert not session.accepts_calls  # no call waiting once a break is requested
    session.call_ended("c1")
    assert session.status == Status.WRAP_UP
    clock.advance(30_000)
    session.tick()
    assert (session.status, session.reason) == (Status.BREAK, "childcare")
    assert session.pending is None


def test_break_is_never_overridden_to_available(session: AgentSession, clock: ManualClock) -> None:
    session.choose_status(Status.BREAK, "lunch")
    session.call_dialed("c1", "+77001112233")  # a callback during the break
    session.call_answered("c1")
    session.call_ended("c1")
    clock.advance(31_000)
    session.tick()
    assert (session.status, session.reason) == (Status.BREAK, "lunch")


def test_offline_is_refused_during_a_call(session: AgentSession) -> None:
    session.choose_status(Status.AVAILABLE)
    session.call_offered("c1", "1", "")
    with pytest.raises(TransitionError) as err:
        session.choose_status(Status.OFFLINE)
    assert err.value.code == "offline_in_call"
    assert "hang up" in str(err.value)
    assert session.status == Status.RINGING


def test_offline_chosen_in_wrapup_applies_after_it(session: AgentSession, clock: ManualClock) -> None:
    session.choose_status(Status.AVAILABLE)
    session.call_offered("c1", "1", "")
    session.call_answered("c1")
    session.call_ended("c1")
    session.choose_status(Status.OFFLINE)
    assert session.status == Status.WRAP_UP
    session.finish_wrapup()
    assert session.status == Status.OFFLINE


@pytest.mark.parametrize("status", [Status.DND, Status.OFFLINE])
def test_unavailable_statuses_reject_calls(session: AgentSession, status: Status) -> None:
    session.choose_status(status)
    assert not session.accepts_calls
    call = session.call_offered("c9", "+77010000000", "")
    assert call.outcome == Outcome.REJECTED
    assert session.status == status
    assert session.summary.rejected == 1 and session.summary.offered == 1


def test_break_rejects_calls_and_needs_a_known_reason(session: AgentSession) -> None:
    with pytest.raises(TransitionError) as err:
        session.choose_status(Status.BREAK, "nap")
    assert err.value.code == "break_reason"
    with pytest.raises(TransitionError):
        session.choose_status(Status.BREAK)
    session.choose_status(Status.BREAK, "technical")
    assert not session.accepts_calls


def test_automatic_statuses_cannot_be_chosen(session: AgentSession) -> None:
    for status in (Status.RINGING, Status.ON_CALL, Status.WRAP_UP):
        with pytest.raises(TransitionError) as err:
            session.choose_status(status)
        assert err.value.code == "not_manual"


def test_missed_call_returns_to_available_without_wrapup(session: AgentSession) -> None:
    session.choose_status(Status.AVAILABLE)
    session.call_offered("c1", "1", "")
    session.call_ended("c1", "caller gave up")
    assert session.status == Status.AVAILABLE
    assert session.summary.missed == 1


def test_call_waiting_keeps_on_call_and_second_call_after_first(session: AgentSession, clock: ManualClock) -> None:
    session.choose_status(Status.AVAILABLE)
    session.call_offered("c1", "1", "")
    session.call_answered("c1")
    session.call_offered("c2", "2", "")
    assert session.status == Status.ON_CALL
    session.call_ended("c1")
    assert session.status == Status.RINGING  # only the waiting call is left, still ringing
    session.call_answered("c2")
    clock.advance(10_000)
    session.call_ended("c2")
    assert session.status == Status.WRAP_UP


def test_required_disposition_holds_wrapup_open(clock: ManualClock) -> None:
    s = AgentSession("a", Policy(wrapup_s=5, require_disposition=True), clock, MemorySink())
    s.start_shift(Status.AVAILABLE)
    call = s.call_offered("c1", "1", "")
    s.call_answered("c1")
    s.call_ended("c1")
    clock.advance(6_000)
    s.tick()
    assert s.status == Status.WRAP_UP and s.disposition_missing
    with pytest.raises(TransitionError) as err:
        s.finish_wrapup()
    assert err.value.code == "disposition_required"
    s.save_note(call.call_id, "consultation", "")
    assert s.status == Status.AVAILABLE


def test_notes_are_versioned_never_overwritten(session: AgentSession) -> None:
    session.choose_status(Status.AVAILABLE)
    call = session.call_offered("c1", "1", "")
    session.call_answered("c1")
    v1 = session.save_note(call.call_id, "", "Сұрақ: жәрдемақы")
    v2 = session.save_note(call.call_id, "consultation", "Сұрақ: жәрдемақы 42 500")
    same = session.save_note(call.call_id, "consultation", "Сұрақ: жәрдемақы 42 500")
    assert (v1.version, v2.version, same.version) == (1, 2, 2)
    assert [n.text for n in session.notes.versions(call.call_id)] == ["Сұрақ: жәрдемақы", "Сұрақ: жәрдемақы 42 500"]
    with pytest.raises(TransitionError):
        session.save_note(call.call_id, "not-a-code", "")


def test_failed_sink_leaves_state_unchanged(clock: ManualClock) -> None:
    class FullDisk:
        def append(self, agent: str, events: list) -> None:
            raise OSError("disk full")

    s = AgentSession("a", Policy(), clock, MemorySink())
    s.start_shift(Status.AVAILABLE)
    s._sink = FullDisk()
    heard: list = []
    s.add_listener(heard.append)
    with pytest.raises(OSError):
        s.choose_status(Status.DND)
    assert s.status == Status.AVAILABLE and heard == []


def test_end_shift_refused_during_call_then_goes_offline(session: AgentSession) -> None:
    session.choose_status(Status.AVAILABLE)
    session.call_dialed("c1", "+77000000000")
    with pytest.raises(TransitionError):
        session.end_shift()
    session.call_ended("c1", "no answer")
    assert session.status == Status.AVAILABLE  # an unanswered outbound call needs no wrap-up
    session.end_shift()
    assert not session.shift_active and session.status == Status.OFFLINE


def test_dialing_while_offline_is_refused(session: AgentSession) -> None:
    with pytest.raises(TransitionError) as err:
        session.call_dialed("c1", "123")
    assert err.value.code == "offline_dial"


def test_listeners_hear_events_after_commit(session: AgentSession, sink: MemorySink) -> None:
    heard: list = []
    session.add_listener(lambda events: heard.append((len(sink.events), [e.kind for e in events])))
    session.choose_status(Status.DND)
    assert heard == [(len(sink.events), [EventKind.STATUS_CHANGED])]
