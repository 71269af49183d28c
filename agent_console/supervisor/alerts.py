"""Alert rules: which agents need a supervisor's attention right now, and since when.

A pure function of one board row, the team's :class:`~agent_console.protocol.AlertPolicy`, the
agent's break budget and usage, and the server clock. The server evaluates it (one clock, one
database) and publishes the result; clients only display it. Each alert carries ``began_ms``, the
moment its threshold was crossed, and a ``key`` that identifies this occurrence: a new break, call
or wrap-up is a new alert that needs a new acknowledgement.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent_console.protocol import Alert, AlertKind, AlertPolicy, BoardRow


@dataclass(frozen=True)
class AgentFacts:
    """What a board row does not carry but the rules need (read by the server per agent)."""

    break_budget_s: float | None = None
    """The agent's daily break budget (policy); ``None``: no budget, no break alert."""
    break_used_before_ms: int = 0
    """Break time today before the current break began."""
    unreachable_since_ms: int | None = None
    """Last heartbeat of an agent flagged unreachable."""


def alert_key(kind: AlertKind, username: str, since_ms: int | None) -> str:
    return f"{kind}:{username}:{since_ms or 0}"


def evaluate(row: BoardRow, policy: AlertPolicy, facts: AgentFacts, now_ms: int) -> list[Alert]:
    """The active alerts of one agent at ``now_ms`` (possibly several, e.g. a long call of an
    agent whose console stopped answering)."""
    found: list[tuple[AlertKind, int | None, int, float | None]] = []  # kind, occurrence, began, limit
    since = row.since_ms
    if row.unreachable and policy.unreachable and row.status != "offline":
        began = facts.unreachable_since_ms or row.updated_ms
        found.append(("unreachable", began, began, None))
    if (row.phone == "unreachable" and row.phone_since_ms is not None and policy.phone_unreachable_s is not None
            and not row.unreachable and row.status != "offline"):
        began = row.phone_since_ms + policy.phone_unreachable_s * 1000
        if now_ms >= began:
            found.append(("phone_unreachable", row.phone_since_ms, began, float(policy.phone_unreachable_s)))
    if since is not None:
        if row.status == "break" and policy.break_over_budget and facts.break_budget_s is not None:
            left_ms = int(facts.break_budget_s * 1000) - facts.break_used_before_ms
            began = since + max(0, left_ms)
            if now_ms >= began:
                found.append(("break_over_budget", since, began, facts.break_budget_s))
        if row.status == "wrap_up" and policy.wrapup_max_s is not None:
            began = since + policy.wrapup_max_s * 1000
            if now_ms >= began:
                found.append(("wrapup_long", since, began, float(policy.wrapup_max_s)))
        if row.status == "dnd" and policy.dnd_max_s is not None:
            began = since + policy.dnd_max_s * 1000
            if now_ms >= began:
                found.append(("dnd_long", since, began, float(policy.dnd_max_s)))
    call = row.call
    if call is not None and call.state != "ringing" and policy.call_max_s is not None:
        began = call.since_ms + policy.call_max_s * 1000
        if now_ms >= began:
            found.append(("call_long", call.since_ms, began, float(policy.call_max_s)))
    return [
        Alert(key=alert_key(kind, row.username, occ), kind=kind, username=row.username,
              display_name=row.display_name, team=row.team, began_ms=began, limit_s=limit)
        for kind, occ, began, limit in found
    ]


def break_used_ms(changes: list[tuple[int, str]], until_ms: int) -> int:
    """Break time in ``changes`` ((at_ms, status) in time order) up to ``until_ms``."""
    used = 0
    start: int | None = None
    for at, status in changes:
        if at > until_ms:
            break
        if start is not None:
            used += max(0, at - start)
            start = None
        if status == "break":
            start = at
    if start is not None:
        used += max(0, until_ms - start)
    return used
