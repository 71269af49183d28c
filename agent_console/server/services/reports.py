"""Day reports per agent and per team, from the stored events folded by the domain's own
``ShiftSummary`` (the console shows the same numbers, computed by the same code).

A shift belongs to the day it started on (a night shift crossing midnight is not cut in two);
several shifts of one agent on the same day are added up.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.domain.shift import ShiftSummary
from agent_console.domain.status import Status
from agent_console.protocol import DayReport, DayReportRow, EventKind
from agent_console.server.context import ServerContext
from agent_console.server.models import Event, Team, User
from agent_console.server.services.clock import day_bounds
from agent_console.server.services.errors import ServiceError
from agent_console.server.services.provisioning import merged_policy

MAX_SHIFT_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class _Ev:
    kind: EventKind
    at_ms: int
    payload: dict[str, Any]


def _shifts(events: Iterable[_Ev], day_end: int, budget_ms: int) -> list[ShiftSummary]:
    shifts: list[ShiftSummary] = []
    for ev in events:
        if ev.kind is EventKind.SHIFT_STARTED:
            if ev.at_ms >= day_end:
                break
            shifts.append(ShiftSummary(break_budget_ms=budget_ms))
        if shifts:
            shifts[-1].apply(ev)
    return shifts


def agent_row(
    s: Session, ctx: ServerContext, user: User, team: str | None, day: date
) -> DayReportRow:
    start, end = day_bounds(day, ctx.tz)
    now = ctx.clock()
    budget_s = merged_policy(s, user.username, team).break_budget_s or 0
    rows = s.execute(
        select(Event.kind, Event.at_ms, Event.payload)
        .where(Event.user_id == user.id, Event.at_ms >= start, Event.at_ms < end + MAX_SHIFT_MS)
        .order_by(Event.at_ms, Event.seq, Event.id)
    ).all()
    shifts = _shifts((_Ev(EventKind(k), at, p) for k, at, p in rows), end, budget_s * 1000)
    # An open shift counts up to now, but never past the day it started plus MAX_SHIFT_MS.
    cap = min(now, end + MAX_SHIFT_MS)
    status_ms = {st.value: 0 for st in Status}
    totals = {"shift": 0, "talk": 0, "hold": 0, "wrap": 0, "brk": 0}
    counts = {"offered": 0, "answered": 0, "missed": 0, "rejected": 0, "made": 0, "handled": 0}
    for sh in shifts:
        for st, ms in sh.time_in_status(cap).items():
            status_ms[st.value] += ms
        totals["shift"] += sh.shift_ms(cap)
        totals["talk"] += sh.talk_ms
        totals["hold"] += sh.hold_ms
        totals["wrap"] += sh.wrapup_ms(cap)
        totals["brk"] += sh.break_ms(cap)
        counts["offered"] += sh.offered
        counts["answered"] += sh.answered
        counts["missed"] += sh.missed
        counts["rejected"] += sh.rejected
        counts["made"] += sh.made
        counts["handled"] += sh.handled
    handle = totals["talk"] + totals["hold"] + totals["wrap"]
    return DayReportRow(
        username=user.username,
        team=team,
        day=day.isoformat(),
        shift_start_ms=shifts[0].started_ms if shifts else None,
        shift_end_ms=shifts[-1].ended_ms if shifts else None,
        shift_s=totals["shift"] / 1000,
        status_s={k: v / 1000 for k, v in status_ms.items() if v},
        calls_offered=counts["offered"],
        calls_answered=counts["answered"],
        calls_missed=counts["missed"],
        calls_rejected=counts["rejected"],
        calls_made=counts["made"],
        calls_handled=counts["handled"],
        talk_s=totals["talk"] / 1000,
        hold_s=totals["hold"] / 1000,
        wrapup_s=totals["wrap"] / 1000,
        aht_s=round(handle / counts["handled"] / 1000, 3) if counts["handled"] else None,
        break_s=totals["brk"] / 1000,
        break_budget_s=float(budget_s * max(1, len(shifts))),
        break_overrun_s=max(0, totals["brk"] - budget_s * 1000 * max(1, len(shifts))) / 1000,
    )


def team_total(team: str | None, day: str, rows: list[DayReportRow]) -> DayReportRow:
    status_s: dict[str, float] = {}
    for r in rows:
        for k, v in r.status_s.items():
            status_s[k] = status_s.get(k, 0) + v
    handled_time = sum(r.talk_s + r.hold_s + r.wrapup_s for r in rows)
    handled = sum(r.calls_handled for r in rows)
    starts = [r.shift_start_ms for r in rows if r.shift_start_ms is not None]
    ends = [r.shift_end_ms for r in rows if r.shift_end_ms is not None]
    return DayReportRow(
        username="*",
        team=team,
        day=day,
        shift_start_ms=min(starts) if starts else None,
        shift_end_ms=max(ends) if ends else None,
        shift_s=sum(r.shift_s for r in rows),
        status_s=status_s,
        calls_offered=sum(r.calls_offered for r in rows),
        calls_answered=sum(r.calls_answered for r in rows),
        calls_missed=sum(r.calls_missed for r in rows),
        calls_rejected=sum(r.calls_rejected for r in rows),
        calls_made=sum(r.calls_made for r in rows),
        calls_handled=handled,
        talk_s=sum(r.talk_s for r in rows),
        hold_s=sum(r.hold_s for r in rows),
        wrapup_s=sum(r.wrapup_s for r in rows),
        aht_s=round(handled_time / handled, 3) if handled else None,
        break_s=sum(r.break_s for r in rows),
        break_budget_s=sum(r.break_budget_s for r in rows),
        break_overrun_s=sum(r.break_overrun_s for r in rows),
    )


def day_report(
    s: Session, ctx: ServerContext, day: date, teams: Collection[str] | None, usernames: Collection[str] | None
) -> DayReport:
    q = (
        select(User, Team.name)
        .outerjoin(Team, Team.id == User.team_id)
        .where(User.role == "agent")
        .order_by(Team.name, User.username)
    )
    if teams is not None:
        q = q.where(Team.name.in_(list(teams)))
    if usernames is not None:
        q = q.where(User.username.in_(list(usernames)))
    agents = [agent_row(s, ctx, u, t, day) for u, t in s.execute(q).all()]
    by_team: dict[str | None, list[DayReportRow]] = {}
    for r in agents:
        by_team.setdefault(r.team, []).append(r)
    totals = [team_total(t, day.isoformat(), rows) for t, rows in by_team.items()]
    return DayReport(day=day.isoformat(), timezone=ctx.settings.report_timezone, agents=agents, team_totals=totals)


CSV_STATUSES = [st.value for st in Status]


def to_csv(report: DayReport) -> str:
    """Flat CSV: one line per agent then one per team total; status times as columns."""
    out = io.StringIO()
    fields = [f for f in DayReportRow.model_fields if f != "status_s"]
    w = csv.writer(out)
    w.writerow(fields + [f"status_{st}_s" for st in CSV_STATUSES])
    for r in [*report.agents, *report.team_totals]:
        d = r.model_dump()
        w.writerow([_csv_cell(d[f]) for f in fields] + [r.status_s.get(st, 0) for st in CSV_STATUSES])
    return out.getvalue()


def _csv_cell(v: Any) -> Any:
    """Neutralise spreadsheet formulas in user-controlled text (CSV injection)."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return "" if v is None else v


def parse_day(value: str | None, ctx: ServerContext) -> date:
    """``YYYY-MM-DD``; absent or empty (``day=``): today in the report time zone. A day after the
    server's today in that time zone is refused (422): a future day has nothing to show, and an
    empty answer would look like agents who did nothing. Every route that takes a day reads it here."""
    today = datetime.fromtimestamp(ctx.clock() / 1000, ctx.tz).date()
    if not value:
        return today
    try:
        d = date.fromisoformat(value)
    except ValueError:
        raise ServiceError(422, "day must be YYYY-MM-DD") from None
    if d > today:
        raise ServiceError(422, "day is in the future")
    return d
