"""Break time used today, kept on ``agent_state`` as statuses arrive, and the agents' budgets.

Why kept and not computed from the events: the board row is rebuilt for every change of an
agent (thousands a minute on a large floor); reading a day of status events for each would cost
more than the rest of the row. Each status batch adds the breaks it completes; the current break
is added by whoever shows the row, as time passes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select, update

from agent_console.server.models import AgentState, PolicyLayer
from agent_console.server.services.clock import day_bounds, day_of

_STATE: Any = AgentState.__table__


def previous(conn: Connection, user_id: int) -> Any:
    """The stored status row before a batch changes it."""
    return conn.execute(
        select(_STATE.c.status, _STATE.c.reason, _STATE.c.since_ms, _STATE.c.status_at_ms,
               _STATE.c.break_day, _STATE.c.break_used_ms).where(_STATE.c.user_id == user_id)
    ).first()


def completed(prev: Any, changes: Sequence[tuple[int, str, str | None]], tz: ZoneInfo) -> tuple[str, int] | None:
    """(day, break ms of that day before the new status began) after ``changes`` ((at_ms, status,
    reason), time order) are applied over ``prev``; ``None`` if the batch does not move the status
    (older than what is stored)."""
    if not changes or (prev is not None and changes[-1][0] < (prev.status_at_ms or 0)):
        return None
    status, reason = changes[-1][1], changes[-1][2]
    run_since = changes[-1][0]
    for at, st, why in reversed(changes):
        if (st, why) != (status, reason):
            break
        run_since = at
    prev_since = prev.since_ms if prev is not None else None
    if prev is not None and prev_since is not None and (prev.status, prev.reason) == (status, reason):
        since = prev_since  # the stored status goes on (the same rule as the status update)
    else:
        since = run_since
    day = day_of(since, tz)
    start, _ = day_bounds(date.fromisoformat(day), tz)
    used = (prev.break_used_ms or 0) if prev is not None and prev.break_day == day else 0
    if since == prev_since:
        return day, used
    steps = [(at, st) for at, st, _ in changes if prev_since is None or at >= prev_since]
    if prev is not None and prev_since is not None:
        steps.insert(0, (prev_since, prev.status))
    steps = [(at, st) for at, st in steps if at < since]
    for i, (at, st) in enumerate(steps):
        if st == "break":
            end = steps[i + 1][0] if i + 1 < len(steps) else since
            used += max(0, min(end, since) - max(at, start))
    return day, used


def store(conn: Connection, user_id: int, day: str, used_ms: int) -> None:
    conn.execute(update(_STATE).where(_STATE.c.user_id == user_id).values(break_day=day, break_used_ms=used_ms))


def before_s(r: Any, today: str) -> float:
    """Break time today before the current status of a board-row record (``break_day``,
    ``break_used_ms``); a break in progress is added by whoever shows it (it grows with time)."""
    return ((r.break_used_ms or 0) if r.break_day == today else 0) / 1000


class Budgets:
    """Every agent's daily break budget from the policy layers, read once per board (a handful
    of rows), merged like provisioning does: global, then team, then agent."""

    def __init__(self, conn: Connection, default_s: int | None) -> None:
        self.default = default_s
        self.layers: dict[tuple[str, str], Any] = {}
        for scope, ref, values in conn.execute(select(PolicyLayer.scope, PolicyLayer.ref, PolicyLayer.values)):
            if isinstance(values, dict) and values.get("break_budget_s") is not None:
                self.layers[(scope, ref)] = values["break_budget_s"]

    def of(self, username: str, team: str | None) -> float | None:
        budget = self.default
        for key in (("global", ""), ("team", team or ""), ("agent", username)):
            if key in self.layers and (key[0] != "team" or team):
                budget = self.layers[key]
        return float(budget) if budget is not None else None
