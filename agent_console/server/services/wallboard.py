"""What a wallboard may see: board rows stripped to status and timing, today's calls per team,
and the agents in alert.

Rows are stripped here, on the server, so that a wallboard token (or a browser tab left open on a
TV) never receives numbers dialled, status reasons, call ids or note text, whatever the page does.
Alerts are the supervisor console's (``services.alerts`` with each team's alert policy, pushed
by ``live.alert_feed`` to every team-scoped subscriber, wallboards included): the wall and the
supervisors flag the same agents from the same moments, and the server evaluates them once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from typing import Any

from sqlalchemy import and_, bindparam, case, func, select
from sqlalchemy.orm import Session

from agent_console.server.context import ServerContext
from agent_console.server.models import Call, Team, User
from agent_console.server.services import board
from agent_console.server.services.clock import day_of

log = logging.getLogger("agent_console.server.live")


def agent(row: dict[str, Any]) -> dict[str, Any]:
    """A board row (``BoardRow`` as JSON) as a ``WallboardAgent``: plain dicts, since this runs
    for every delta for every connected wallboard."""
    call = row.get("call")
    return {
        "username": row["username"],
        "name": row["display_name"],
        "team": row["team"],
        "status": row["status"],
        "since_ms": row["since_ms"],
        "unreachable": row["unreachable"],
        "call_since_ms": call["since_ms"] if call and call["state"] != "ringing" else None,
        "updated_ms": row["updated_ms"],
    }


def snapshot_agents(ctx: ServerContext, teams: Collection[str] | None) -> list[dict[str, Any]]:
    with ctx.db.read() as s:
        return [agent(r.model_dump(mode="json")) for r in board.rows(s, ctx, teams=teams)]


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


def alerts_message(text: str) -> str:
    """The supervisors' ``LiveAlerts`` of one team as the wallboard's ``WallboardAlerts``: who and
    since when, without acknowledgements or alert keys (a wall cannot act)."""
    msg = json.loads(text)
    return json.dumps({
        "type": "alerts",
        "team": msg["team"],
        "alerts": [{"kind": a["kind"], "username": a["username"], "name": a["display_name"], "team": a["team"],
                    "began_ms": a["began_ms"]} for a in msg["alerts"]],
        "server_ms": msg["server_ms"],
    }, ensure_ascii=False)
