"""What a wallboard may see: per-team counts of agents by status and the longest call in
progress, today's calls per team, and the agents in alert.

Board rows are folded into per-team numbers here, on the server (:class:`TeamCounts`), so that a
wallboard token (or a browser tab left open on a TV) never receives agents' rows, let alone
numbers dialled, status reasons, call ids or note text, whatever the page does; and the page, which
shows only numbers, parses a few small messages a second instead of every agent's change.
Alerts are the supervisor console's (``services.alerts`` with each team's alert policy, pushed
by ``live.alert_feed`` to every team-scoped subscriber, wallboards included): the wall and the
supervisors flag the same agents from the same moments, and the server evaluates them once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, case, func, select
from sqlalchemy.orm import Session

from agent_console.server.context import ServerContext
from agent_console.server.models import Call, Team, User
from agent_console.server.services import board
from agent_console.server.services.clock import day_of

log = logging.getLogger("agent_console.server.live")


CATEGORIES = ("available", "on_call", "wrap_up", "dnd", "break", "offline", "unreachable")


@dataclass(frozen=True)
class Agent:
    """What a wallboard's numbers need of one board row."""

    username: str
    team: str | None
    category: str
    call_since_ms: int | None
    updated_ms: int


def agent(row: dict[str, Any]) -> Agent:
    """A board row (``BoardRow`` as JSON): plain dicts, since this runs for every delta for every
    connected wallboard. Unreachable (unless offline) counts only as unreachable, ringing as on call."""
    call = row.get("call")
    status = row["status"]
    if row["unreachable"] and status != "offline":
        category = "unreachable"
    else:
        category = "on_call" if status == "ringing" else status
    return Agent(row["username"], row["team"], category,
                 call["since_ms"] if call and call["state"] != "ringing" else None, row["updated_ms"])


def snapshot_agents(ctx: ServerContext, teams: Collection[str] | None) -> list[Agent]:
    with ctx.db.read() as s:
        return [agent(r.model_dump(mode="json")) for r in board.rows(s, ctx, teams=teams)]


def _team_order(team: str | None) -> tuple[bool, str]:
    return team is not None, team or ""


class TeamCounts:
    """One wallboard's per-team numbers, kept from its snapshot and the board's deltas.

    ``apply`` folds a delta in; ``take`` hands out the teams changed since the last call (a
    ``WallboardCounts``), so that the socket sends a few small messages a second whatever the
    rate of changes. Only teams in ``scope`` are ever counted (``None``: every team), whatever
    the caller passes in: an agent moving to a team outside it leaves the count of their old one.
    """

    def __init__(self, scope: Collection[str] | None, agents: Iterable[Agent] = ()) -> None:
        self.scope = None if scope is None else frozenset(scope)
        self._agents: dict[str, Agent] = {}
        self._counts: dict[str | None, dict[str, int]] = {}
        self._calls: dict[str | None, dict[str, int]] = {}
        """Team -> username -> start of their answered call in progress."""
        self._dirty: set[str | None] = set()
        self._changes: list[int] = []
        for team in self.scope or ():
            self._team(team)
        for a in agents:
            self.apply(a)
        self._dirty.clear()
        self._changes.clear()

    def _team(self, team: str | None) -> dict[str, int]:
        counts = self._counts.get(team)
        if counts is None:
            counts = self._counts[team] = dict.fromkeys(CATEGORIES, 0)
            self._calls[team] = {}
        return counts

    def _count(self, a: Agent, delta: int) -> None:
        self._team(a.team)[a.category] += delta
        if a.call_since_ms is not None:
            if delta > 0:
                self._calls[a.team][a.username] = a.call_since_ms
            else:
                self._calls[a.team].pop(a.username, None)
        self._dirty.add(a.team)

    def apply(self, a: Agent) -> None:
        old = self._agents.get(a.username)
        if old is not None:
            if old.updated_ms > a.updated_ms:
                return  # an older state after a newer one
            self._count(old, -1)
            del self._agents[a.username]
        if self.scope is None or a.team in self.scope:
            self._agents[a.username] = a
            self._count(a, 1)
        elif old is None:
            return  # never seen, not ours: nothing changed for this wall
        self._changes.append(a.updated_ms)

    def team(self, team: str | None) -> dict[str, Any]:
        calls = self._calls[team]
        return {"team": team, "counts": dict(self._counts[team]),
                "call_since_ms": min(calls.values()) if calls else None}

    def teams(self) -> list[dict[str, Any]]:
        """Every team, for the snapshot."""
        return [self.team(t) for t in sorted(self._counts, key=_team_order)]

    def take(self, now_ms: int) -> dict[str, Any] | None:
        """The ``WallboardCounts`` of the teams changed since the last take, or None."""
        if not self._dirty:
            return None
        msg = {"type": "counts", "teams": [self.team(t) for t in sorted(self._dirty, key=_team_order)],
               "changes_ms": self._changes, "server_ms": now_ms}
        self._dirty = set()
        self._changes = []
        return msg


_TALKED = and_(Call.answered_ms.is_not(None), Call.ended_ms.is_not(None))
_DAY = (
    select(
        Team.name.label("team"),
        func.sum(case((and_(Call.offered_ms.is_not(None), Call.answered_ms.is_not(None)), 1), else_=0))
        .label("answered"),
        func.sum(case((and_(Call.offered_ms.is_not(None), Call.answered_ms.is_(None), Call.ended_ms.is_not(None),
                            Call.rejected_ms.is_(None)), 1), else_=0)).label("missed"),
        func.sum(case((_TALKED, 1), else_=0)).label("handled"),
        func.sum(case((_TALKED, Call.ended_ms - Call.answered_ms), else_=0)).label("talk_ms"),
    )
    .join(User, User.id == Call.user_id)
    .outerjoin(Team, Team.id == User.team_id)
    .where(Call.day == bindparam("day"), User.role == "agent", User.active.is_(True))
    .group_by(Team.name)
)
"""Today's calls per team, counted by the same rules as the board's per-agent counters."""
_DAY_TEAMS = _DAY.where(Team.name.in_(bindparam("teams", expanding=True)))


def day_stats(s: Session, ctx: ServerContext, teams: Collection[str] | None) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"day": day_of(ctx.clock(), ctx.tz)}
    if teams is None:
        result = s.connection().execute(_DAY, params)
    else:
        result = s.connection().execute(_DAY_TEAMS, {**params, "teams": sorted(teams)})
    return [
        {"team": r.team, "answered": int(r.answered or 0), "missed": int(r.missed or 0),
         "handled": int(r.handled or 0), "talk_s": max(0, int(r.talk_ms or 0)) / 1000}
        for r in result
    ]


def stats(ctx: ServerContext, teams: Collection[str] | None) -> list[dict[str, Any]]:
    """Today's calls per team, for the union of the connected wallboards' teams."""
    with ctx.db.read() as s:
        return day_stats(s, ctx, teams)


def alerts_message(text: str) -> tuple[str | None, str]:
    """The supervisors' ``LiveAlerts`` of one team as the wallboard's ``WallboardAlerts``: who and
    since when, without acknowledgements or alert keys (a wall cannot act). Returns the team too."""
    msg = json.loads(text)
    return msg["team"], json.dumps({
        "type": "alerts",
        "team": msg["team"],
        "alerts": [{"kind": a["kind"], "username": a["username"], "name": a["display_name"], "team": a["team"],
                    "began_ms": a["began_ms"]} for a in msg["alerts"]],
        "server_ms": msg["server_ms"],
    }, ensure_ascii=False)
