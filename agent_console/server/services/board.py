"""The supervisors' board: one row per agent from ``agent_state`` + today's ``calls``."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from agent_console.protocol import Board, BoardRow, BoardSummary, CallQualityNow, CurrentCall, DayCounters
from agent_console.server.context import ServerContext
from agent_console.server.db import before_commit
from agent_console.server.models import AgentState, Call, Team, User
from agent_console.server.services import break_time
from agent_console.server.services.clock import day_of

OPEN_CALL_MAX_MS = 12 * 3600 * 1000
"""A call never ended (lost call_ended) stops showing as current after this long."""


_MISSED = and_(
    Call.offered_ms.is_not(None),
    Call.answered_ms.is_(None),
    Call.ended_ms.is_not(None),
    Call.rejected_ms.is_(None),
)
_TALKED = and_(Call.answered_ms.is_not(None), Call.ended_ms.is_not(None))
_COUNTERS = (
    select(
        Call.user_id,
        func.sum(case((or_(Call.offered_ms.is_not(None), Call.rejected_ms.is_not(None)), 1), else_=0)).label("offered"),
        func.sum(case((and_(Call.offered_ms.is_not(None), Call.answered_ms.is_not(None)), 1), else_=0))
        .label("answered"),
        func.sum(case((_MISSED, 1), else_=0)).label("missed"),
        func.count(Call.rejected_ms).label("rejected"),
        func.count(Call.dialed_ms).label("made"),
        func.sum(case((_TALKED, Call.ended_ms - Call.answered_ms), else_=0)).label("talk_ms"),
    )
    .where(Call.day == bindparam("day"))
    .group_by(Call.user_id)
)
_COUNTERS_IDS = _COUNTERS.where(Call.user_id.in_(bindparam("ids", expanding=True)))
_OPEN = select(
    Call.user_id, Call.call_id, Call.direction, Call.number, Call.first_ms, Call.answered_ms,
    Call.dialed_ms, Call.held_ms, Call.resumed_ms,
).where(Call.ended_ms.is_(None), Call.rejected_ms.is_(None), Call.first_ms > bindparam("since"))
_OPEN_IDS = _OPEN.where(Call.user_id.in_(bindparam("ids", expanding=True)))
_AGENTS = (
    select(
        User.id, User.username, User.display_name, Team.name, AgentState.status, AgentState.reason,
        AgentState.since_ms, AgentState.unreachable, AgentState.updated_ms, User.console_version,
        AgentState.phone, AgentState.phone_since_ms, AgentState.quality_call_id, AgentState.q_mos,
        AgentState.q_loss, AgentState.q_at_ms, AgentState.break_day, AgentState.break_used_ms,
    )
    .join(AgentState, AgentState.user_id == User.id)
    .outerjoin(Team, Team.id == User.team_id)
    .where(User.role == "agent", User.active.is_(True))
)
_AGENTS_ALL = _AGENTS.order_by(User.username)
_AGENTS_TEAMS = _AGENTS.where(Team.name.in_(bindparam("teams", expanding=True))).order_by(User.username)
"""Statements built once: constructing SQLAlchemy expressions per request cost more than running them."""

_cnt = _COUNTERS_IDS.subquery("cnt")
_oc = Call.__table__.alias("oc")
_ROWS_IDS = (
    _AGENTS.add_columns(
        _cnt.c.offered, _cnt.c.answered, _cnt.c.missed, _cnt.c.rejected, _cnt.c.made, _cnt.c.talk_ms,
        _oc.c.call_id, _oc.c.direction, _oc.c.number, _oc.c.first_ms, _oc.c.answered_ms, _oc.c.dialed_ms,
        _oc.c.held_ms, _oc.c.resumed_ms,
    )
    .outerjoin(_cnt, _cnt.c.user_id == User.id)
    .outerjoin(_oc, and_(_oc.c.user_id == User.id, _oc.c.ended_ms.is_(None), _oc.c.rejected_ms.is_(None),
                         _oc.c.first_ms > bindparam("since")))
    .where(User.id.in_(bindparam("ids", expanding=True)))
    .order_by(User.username)
)
"""The rows of a few agents in one statement (one row per open call, usually one per agent): the
live path announces every change with it, where the board reads three."""


def _counters(s: Session, day: str, user_ids: Collection[int] | None) -> dict[int, DayCounters]:
    if user_ids is None:
        result = s.connection().execute(_COUNTERS, {"day": day})
    else:
        result = s.connection().execute(_COUNTERS_IDS, {"day": day, "ids": list(user_ids)})
    return {r.user_id: _day_counters(r) for r in result}


def _day_counters(r: Any) -> DayCounters:
    """From a row with the ``_COUNTERS`` columns (all NULL for an agent without calls today)."""
    return DayCounters(
        offered=int(r.offered or 0),
        answered=int(r.answered or 0),
        missed=int(r.missed or 0),
        rejected=int(r.rejected or 0),
        made=int(r.made or 0),
        talk_s=max(0, int(r.talk_ms or 0)) / 1000,
    )


def _open_calls(s: Session, now: int, user_ids: Collection[int] | None) -> dict[int, Any]:
    since = now - OPEN_CALL_MAX_MS
    if user_ids is None:
        result = s.connection().execute(_OPEN, {"since": since})
    else:
        result = s.connection().execute(_OPEN_IDS, {"since": since, "ids": list(user_ids)})
    latest: dict[int, Any] = {}
    for call in result:
        latest[call.user_id] = _newest(latest.get(call.user_id), call)
    return latest


def _newest(prev: Any, call: Any) -> Any:
    """Of an agent's open calls, the one that started last is the current one."""
    return call if prev is None or call.first_ms >= prev.first_ms else prev


def _current(call: Any, now: int) -> CurrentCall | None:
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
    """Board rows for active agents, limited to ``user_ids`` if given, else to ``teams`` if given."""
    now = ctx.clock()
    if user_ids is not None:
        return _rows_of(s, ctx, now, user_ids, teams)
    if teams is not None:
        result = list(s.connection().execute(_AGENTS_TEAMS, {"teams": list(teams)}))
    else:
        result = list(s.connection().execute(_AGENTS_ALL))
    ids = [r.id for r in result] if teams is not None else None
    counters = _counters(s, day_of(now, ctx.tz), ids)
    calls = _open_calls(s, now, ids)
    today = _Today(s, ctx, now)
    return [_board_row(r, calls.get(r.id), counters.get(r.id, DayCounters()), today) for r in result]


def _rows_of(
    s: Session, ctx: ServerContext, now: int, user_ids: Sequence[int], teams: Collection[str] | None
) -> list[BoardRow]:
    params = {"ids": list(user_ids), "day": day_of(now, ctx.tz), "since": now - OPEN_CALL_MAX_MS}
    agents: dict[int, Any] = {}
    calls: dict[int, Any] = {}
    for r in s.connection().execute(_ROWS_IDS, params):
        if teams is not None and r.name not in teams:
            continue
        agents.setdefault(r.id, r)
        if r.call_id is not None:
            calls[r.id] = _newest(calls.get(r.id), r)
    today = _Today(s, ctx, now)
    return [_board_row(r, calls.get(uid), _day_counters(r), today) for uid, r in agents.items()]


class _Today:
    """What every row of one board read shares: the time, the day, the break budgets."""

    def __init__(self, s: Session, ctx: ServerContext, now: int) -> None:
        from agent_console.server.services.provisioning import DEFAULT_POLICY  # it imports this module

        self.now = now
        self.day = day_of(now, ctx.tz)
        self.budgets = break_time.Budgets(s.connection(), DEFAULT_POLICY.break_budget_s)


def _quality(r: Any, current: CurrentCall | None) -> CallQualityNow | None:
    if current is None or r.quality_call_id != current.call_id or r.q_mos is None:
        return None
    return CallQualityNow(mos=r.q_mos, loss_pct=r.q_loss or 0.0, at_ms=r.q_at_ms or 0)


def _board_row(r: Any, call: Any, counters: DayCounters, today: _Today) -> BoardRow:
    now = today.now
    current = _current(call, now)
    return BoardRow(
        username=r.username,
        display_name=r.display_name,
        team=r.name,
        status=r.status,
        reason=r.reason,
        since_ms=r.since_ms,
        unreachable=bool(r.unreachable),
        call=current,
        today=counters,
        updated_ms=r.updated_ms,
        console_version=r.console_version,
        phone=r.phone,
        phone_since_ms=r.phone_since_ms,
        quality=_quality(r, current),
        break_before_s=break_time.before_s(r, today.day),
        break_budget_s=today.budgets.of(r.username, r.name),
    )


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


def announce(s: Session, ctx: ServerContext, user_ids: Iterable[int]) -> None:
    """Publish these agents' board rows when the transaction commits. Called once per batch; the
    rows are read once per transaction for every agent announced in it (a group commit of thirty
    batches costs three queries and one or two notifications, not ninety and thirty)."""
    ids = set(user_ids)
    if not ids:
        return
    pending: set[int] | None = s.info.get("announce")
    if pending is None:
        pending = s.info["announce"] = set()
        before_commit(s, lambda sess: _publish_announced(sess, ctx))
    pending.update(ids)


def _publish_announced(s: Session, ctx: ServerContext) -> None:
    ids = sorted(s.info.pop("announce", ()))
    ctx.bus.publish(s, delta_messages(s, ctx, ids))
