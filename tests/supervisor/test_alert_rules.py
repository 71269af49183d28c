"""The alert rules as a pure function: each kind, its start time and its key."""

from __future__ import annotations

from typing import Any

from agent_console.protocol import AlertPolicy, BoardRow, CurrentCall, DayCounters
from agent_console.supervisor.alerts import AgentFacts, break_used_ms, evaluate

T = 1_800_000_000_000


def row(status: str, since: int = T, **kw: Any) -> BoardRow:
    base: dict[str, Any] = dict(username="ann", display_name="Ann", team="north", status=status, reason=None,
                                since_ms=since, unreachable=False, call=None, today=DayCounters(), updated_ms=since)
    return BoardRow(**{**base, **kw})


NO_FACTS = AgentFacts()
DEFAULTS = AlertPolicy()


def kinds(r: BoardRow, now: int, facts: AgentFacts = NO_FACTS, policy: AlertPolicy = DEFAULTS) -> list[Any]:
    return [(a.kind, a.began_ms) for a in evaluate(r, policy, facts, now)]


def test_wrapup_dnd_and_call_thresholds() -> None:
    assert kinds(row("wrap_up"), T + 119_999) == []
    assert kinds(row("wrap_up"), T + 120_000) == [("wrapup_long", T + 120_000)]
    assert kinds(row("dnd"), T + 600_000) == [("dnd_long", T + 600_000)]
    call = CurrentCall(call_id="c", direction="inbound", number=None, state="talking", since_ms=T, duration_s=0)
    assert kinds(row("on_call", call=call), T + 900_000) == [("call_long", T + 900_000)]
    ringing = call.model_copy(update={"state": "ringing"})
    assert kinds(row("ringing", call=ringing), T + 9_900_000) == []
    assert kinds(row("dnd"), T + 10**9, policy=AlertPolicy(dnd_max_s=None)) == []


def test_unreachable_but_not_offline() -> None:
    facts = AgentFacts(unreachable_since_ms=T - 5000)
    assert kinds(row("available", unreachable=True), T, facts) == [("unreachable", T - 5000)]
    assert kinds(row("offline", unreachable=True), T, facts) == []


def test_break_budget_counts_earlier_breaks() -> None:
    facts = AgentFacts(break_budget_s=600, break_used_before_ms=500_000)
    assert kinds(row("break"), T + 99_999, facts) == []
    assert kinds(row("break"), T + 100_000, facts) == [("break_over_budget", T + 100_000)]
    assert kinds(row("break"), T + 10**9, AgentFacts()) == []  # no budget, no alert


def test_key_names_the_occurrence() -> None:
    [a] = evaluate(row("dnd"), AlertPolicy(), AgentFacts(), T + 10**9)
    [b] = evaluate(row("dnd", since=T + 1), AlertPolicy(), AgentFacts(), T + 10**9)
    assert a.key != b.key and a.key == f"dnd_long:ann:{T}"


def test_break_used() -> None:
    changes = [(0, "break"), (100, "available"), (200, "break"), (250, "dnd"), (300, "break")]
    assert break_used_ms(changes, 350) == 100 + 50 + 50
    assert break_used_ms([], 10) == 0
