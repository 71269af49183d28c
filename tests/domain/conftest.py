from __future__ import annotations

import pytest

from agent_console.domain.clock import ManualClock
from agent_console.domain.events import MemorySink
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sink() -> MemorySink:
    return MemorySink()


@pytest.fixture
def session(clock: ManualClock, sink: MemorySink) -> AgentSession:
    s = AgentSession("aigerim", Policy(wrapup_s=30, break_budget_s=600), clock, sink)
    s.start_shift()
    return s
