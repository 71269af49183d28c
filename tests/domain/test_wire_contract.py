"""Every event the domain emits must pass the server's payload schemas (protocol.py), or the sync
client would be stuck with events the server refuses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agent_console.domain.clock import ManualClock
from agent_console.domain.events import MemorySink
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.protocol import PAYLOAD_MODELS, EventKind
from tests.domain.test_properties import ACTIONS, run_day


def test_a_full_scripted_day_validates() -> None:
    clock, sink = ManualClock(), MemorySink()
    s = AgentSession("a", Policy(), clock, sink)
    s.start_shift(Status.AVAILABLE)
    call = s.call_offered("c1", "+77011234567", "Айгерім Сәрсенова")
    s.call_answered("c1")
    s.call_quality("c1", 40, 5, 0, 4.3)
    s.call_held("c1")
    s.call_resumed("c1")
    s.choose_status(Status.BREAK, "lunch")
    s.save_note(call.call_id, "consultation", "Жәрдемақы 42 500 теңге")
    s.call_ended("c1", "hangup")
    clock.advance(40_000)
    s.tick()
    s.choose_status(Status.DND)
    s.call_rejected("c2", "+77010000000", "", 486)
    s.choose_status(Status.AVAILABLE)
    s.call_dialed("c3", "+77020000000")
    s.call_ended("c3", "no answer")
    s.end_shift()
    assert {e.kind for e in sink.events} == set(EventKind)
    for event in sink.events:
        PAYLOAD_MODELS[event.kind].model_validate(event.payload)


@settings(max_examples=100, deadline=None)
@given(st.lists(ACTIONS, max_size=60), st.sampled_from([0, 30]), st.booleans())
def test_random_days_validate(actions, wrapup_s, require_disp) -> None:
    _, sink, _ = run_day(actions, wrapup_s, require_disp)
    for event in sink.events:
        PAYLOAD_MODELS[event.kind].model_validate(event.payload)
