"""A note of a call from an earlier shift, edited from history: the session accepts it and the
versions continue (issue 6), while this shift's calls and figures stay its own."""

from __future__ import annotations

import pytest

from agent_console.domain.clock import ManualClock
from agent_console.domain.events import MemorySink
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status, TransitionError
from agent_console.protocol import EventKind


def _yesterday(clock: ManualClock) -> AgentSession:
    """A throwaway fold of an earlier shift with one answered call and two note versions."""
    sink = MemorySink()
    s = AgentSession("aigerim", Policy(wrapup_s=0), clock, sink)
    s.start_shift(Status.AVAILABLE)
    s.call_offered("c1", "+77015550101", "")
    s.call_answered("c1")
    clock.advance(60_000)
    s.call_ended("c1")
    call_id = s.history[0].call_id
    s.save_note(call_id, "consultation", "v1")
    s.save_note(call_id, "complaint", "v2")
    s.end_shift()
    fold = AgentSession("aigerim", Policy(), clock, MemorySink())
    fold.restore(sink.events)
    return fold


def test_an_older_call_note_continues_its_versions(session: AgentSession, sink: MemorySink,
                                                   clock: ManualClock) -> None:
    older = _yesterday(ManualClock(clock.now_ms() - 86_400_000))
    (call,) = older.history
    before = (session.summary.answered, session.summary.offered, len(session.calls))
    with pytest.raises(TransitionError):
        session.save_note(call.call_id, "", "not yet known")
    session.adopt_older(older.history, older.notes)
    assert session.notes.latest(call.call_id).text == "v2"  # type: ignore[union-attr]
    note = session.save_note(call.call_id, "callback_needed", "called back today")
    assert note.version == 3
    assert sink.events[-1].kind == EventKind.NOTE_SAVED
    assert sink.events[-1].payload["version"] == 3 and sink.events[-1].payload["call_id"] == call.call_id
    assert (session.summary.answered, session.summary.offered, len(session.calls)) == before
    assert call.call_id not in session.calls and not session.history
    with pytest.raises(TransitionError):
        session.save_note("never-seen", "", "x")


def test_a_version_saved_this_shift_wins_over_older_ones(session: AgentSession, clock: ManualClock) -> None:
    """After a restart the current shift may already hold v3 of an older call: adopting v1, v2 keeps v3."""
    older = _yesterday(ManualClock(clock.now_ms() - 86_400_000))
    (call,) = older.history
    session.adopt_older(older.history, older.notes)
    session.save_note(call.call_id, "", "v3")
    again = AgentSession("aigerim", session.policy, clock, MemorySink())
    again.restore([e for e in session._sink.events])  # type: ignore[attr-defined]
    again.adopt_older(older.history, older.notes)
    assert again.notes.latest(call.call_id).version == 3  # type: ignore[union-attr]
    assert again.save_note(call.call_id, "", "v4").version == 4
