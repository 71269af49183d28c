"""The supervisors' board: one row per agent from ``agent_state`` + today's ``calls``."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from agent_console.protocol import Board, BoardRow, BoardSummary, CurrentCall, DayCounters
from agent_console.server.context import ServerContext
from agent_console.server.models import AgentState, Call, Team, User
from agent_console.server.services.clock import day_of

OPEN_CALL_MAX_MS = 12 * 3600 * 1000
"""A call never ended (lost call_ended) stops showing as current after this long."""


def _counters(s: Session, day: str, user_ids: Collection[int] | None) -> dict[int, DayCounters]:
    missed = and_(
        Call.offered_ms.is_not(None),
        Call.answered_ms.is_(None),
        Call.ended_ms.is_not(None),
        Call.rejected_ms.is_(None),
    )
    talked = and_(Call.answered_ms.is_not(None), Call.ended_ms.is_not(None))
    q = (
        select(
            Call.user_id,
            func.sum(case((or_(Call.offered_ms.is_not(None), Call.rejected_ms.is_not(None)), 1), else_=0)),
            func.sum(case((and_(Call.offered_ms.is_not(None), Call.answered_ms.is_not(None)), 1), else_=0)),
            func.sum(case((missed, 1), else_=0)),
            func.count(Call.rejected_ms),
            func.count(Call.dialed_ms),
            func.sum(case((talked, Call.ended_ms - Call.answered_ms), else_=0)),
        )
        .where(Call.day == day)
        .group_by(Call.user_id)
    )
    if user_ids is not None:
        q = q.where(Call.user_id.in_(list(user_ids)))
    out: dict[int, DayCounters] = {}
    for uid, offered, answered, miss, rejected, made, talk_ms in s.execute(q):
        out[uid] = DayCounters(
            offered=int(offered or 0),
            answered=int(answered or 0),
            missed=int(miss or 0),
            rejected=rejected,
            made=made,
            talk_s=max(0, int(talk_ms or 0)) / 1000,
        )
    return out


def _open_calls(s: Session, now: int, user_ids: Collection[int] | None) -> dict[int, Call]:
    q = select(Call).where(
        Call.ended_ms.is_(None), Call.rejected_ms.is_(None), Call.first_ms > now - OPEN_CALL_MAX_MS
    )
    if user_ids is not None:
        q = q.where(Call.user_id.in_(list(user_ids)))
    latest: dict[int, Call] = {}
    for call in s.scalars(q.order_by(Call.first_ms)):
        latest[call.user_id] = call
    return latest


def _current(call: Call | None, now: int) -> CurrentCall | None:
    if call is None:
        return None
    if call.answered_ms is None:
        state = "ringing"
    elif (call.held_ms or 0) > (call.resumed_ms or 0):
        state = "held"
    else:
        state = "talking"
    direction = call.direction or ("outbound" if call.dialed_ms else "inbound")
    since = call.answered_ms or call.first_ms
    return CurrentCall(
        call_id=call.call_id,
        direction=direction,  # type: ignore[arg-type]
        number=call.number,
        state=state,  # type: ignore[arg-type]
        since_ms=since,
        duration_s=max(0, now - since) / 1000,
    )


def rows(
    s: Session, ctx: ServerContext, teams: Collection[str] | None = None, user_ids: Sequence[int] | None = None
) -> list[BoardRow]:
    """Board rows for active agents, optionally limited to ``teams`` and/or ``user_ids``."""
    now = ctx.clock()
    q: Any = (
        select(User, Team.name, AgentState)
        .join(AgentState, AgentState.user_id == User.id)
        .outerjoin(Team, Team.id == User.team_id)
        .where(User.role == "agent", User.active.is_(True))
        .order_by(User.username)
    )
    if teams is not None:
        q = q.where(Team.name.in_(list(teams)))
    if user_ids is not None:
        q = q.where(User.id.in_(list(user_ids)))
    result = s.execute(q).all()
    ids = [u.id for u, _t, _st in result] if (teams is not None or user_ids is not None) else None
    counters = _counters(s, day_of(now, ctx.tz), ids)
    calls = _open_calls(s, now, ids)
    out = []
    for user, team, st in result:
        out.append(
            BoardRow(
                username=user.username,
                display_name=user.display_name,
                team=team,
                status=st.status,
                reason=st.reason,
                since_ms=st.since_ms,
                unreachable=bool(st.unreachable),
                call=_current(calls.get(user.id), now),
                today=counters.get(user.id, DayCounters()),
                updated_ms=st.updated_ms,
            )
        )
    return out


def summarize(board_rows: Sequence[BoardRow]) -> BoardSummary:
    by_status: dict[str, int] = {}
    for r in board_rows:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    return BoardSummary(
        total=len(board_rows),
        by_status=by_status,
        available=sum(1 for r in board_rows if r.status == "available" and not r.unreachable),
        unreachable=sum(1 for r in board_rows if r.unreachable),
    )


def board(s: Session, ctx: ServerContext, teams: Collection[str] | None) -> Board:
    r = rows(s, ctx, teams=teams)
    return Board(agents=r, summary=summarize(r), server_ms=ctx.clock())


def delta_messages(s: Session, ctx: ServerContext, user_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Bus messages announcing the current rows of ``user_ids`` (computed inside the caller's
    transaction, so they describe exactly what that transaction commits)."""
    if not user_ids:
        return []
    return [
        {"k": "agent", "user": r.username, "team": r.team, "row": r.model_dump(mode="json")}
        for r in rows(s, ctx, user_ids=user_ids)
    ]
