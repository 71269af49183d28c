"""What a supervisor does to and reads about one agent: audited actions and the agent's day.

Actions are the existing commands (message, force status, force logout) with the stricter rule
that forcing a status needs a reason, which the agent is shown. The ``commands`` table is the
audit trail: issuer, agent, type, status/text, reason and time, kept after delivery.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from agent_console.protocol import (
    ActionRequest,
    AgentDay,
    Command,
    CommandRequest,
    DayMix,
    EventKind,
    NoteVersion,
    TeamList,
)
from agent_console.server.context import ServerContext
from agent_console.server.models import Call, CommandRow, Event, NoteAnnotation, Team, User
from agent_console.server.services import commands
from agent_console.server.services.alerts import resolve_agent
from agent_console.server.services.clock import day_bounds
from agent_console.server.services.errors import ServiceError, forbidden
from agent_console.server.services.users import Principal
from agent_console.supervisor.day_mix import SLOT_MS, mix

audit = logging.getLogger("agent_console.server.audit")


def act(ctx: ServerContext, who: Principal, username: str, req: ActionRequest) -> Command:
    """Issue a command to an agent of one of ``who``'s teams (403 otherwise), audited."""
    if req.type == "force_status" and not (req.reason and req.reason.strip()):
        raise ServiceError(422, "forcing a status needs a reason")
    with ctx.db.read() as s:
        resolve_agent(s, who, username)
    cmd = commands.issue(ctx, who, username, CommandRequest(**req.model_dump()))
    audit.info("action %s by %r on %r status=%s reason=%r", req.type, who.username, username, req.status,
               req.reason)
    return cmd


def actions_on(s: Session, agent_id: int, agent: str, start_ms: int, end_ms: int) -> list[Command]:
    issuer = User.__table__.alias("issuer")
    rows = s.execute(
        select(CommandRow, issuer.c.username)
        .join(issuer, issuer.c.id == CommandRow.issued_by)
        .where(CommandRow.user_id == agent_id, CommandRow.created_ms >= start_ms, CommandRow.created_ms < end_ms)
        .order_by(CommandRow.created_ms)
    ).all()
    return [
        commands.to_api(r, agent, by)
        for r, by in rows
    ]


def note_versions(s: Session, agent: User, start_ms: int, end_ms: int,
                  call_ids: Collection[str] = ()) -> list[NoteVersion]:
    """Every version of the day's call notes, the agent's and supervisors', in time order.
    Annotations count if written that day or about one of ``call_ids`` (a supervisor reviewing
    yesterday's calls today annotates yesterday's notes)."""
    versions: list[NoteVersion] = []
    for at, payload in s.execute(
        select(Event.at_ms, Event.payload)
        .where(Event.user_id == agent.id, Event.kind == EventKind.NOTE_SAVED.value,
               Event.at_ms >= start_ms, Event.at_ms < end_ms)
        .order_by(Event.at_ms, Event.id)
    ):
        versions.append(NoteVersion(call_id=payload["call_id"], version=payload["version"],
                                    disposition=payload["disposition"], text=payload["text"], at_ms=at,
                                    author=agent.username))
    author = User.__table__.alias("author")
    for ann, name in s.execute(
        select(NoteAnnotation, author.c.username)
        .join(author, author.c.id == NoteAnnotation.author_id)
        .where(NoteAnnotation.user_id == agent.id,
               or_(and_(NoteAnnotation.at_ms >= start_ms, NoteAnnotation.at_ms < end_ms),
                   NoteAnnotation.call_id.in_(list(call_ids))))
    ).all():
        versions.append(NoteVersion(call_id=ann.call_id, version=0, disposition="", text=ann.text,
                                    at_ms=ann.at_ms, author=name, by_supervisor=True))
    return number_versions(versions)


def number_versions(versions: list[NoteVersion]) -> list[NoteVersion]:
    """Time order per call; a supervisor's annotation takes the number after the versions before it
    and the latest disposition (the agent's own numbers are kept as they saved them)."""
    out: list[NoteVersion] = []
    last: dict[str, NoteVersion] = {}
    for v in sorted(versions, key=lambda v: (v.at_ms, v.by_supervisor)):
        prev = last.get(v.call_id)
        if v.by_supervisor:
            v = v.model_copy(update={"version": (prev.version if prev else 0) + 1,
                                     "disposition": prev.disposition if prev else ""})
        out.append(v)
        if prev is None or v.version >= prev.version or v.by_supervisor:
            last[v.call_id] = v
    return out


def annotate(ctx: ServerContext, who: Principal, username: str, call_id: str, text: str) -> NoteVersion:
    with ctx.db.write() as s:
        agent, _team = resolve_agent(s, who, username)
        if s.get(Call, (agent.id, call_id)) is None:
            raise ServiceError(404, "no such call")
        now = ctx.clock()
        s.add(NoteAnnotation(user_id=agent.id, call_id=call_id, author_id=who.id, text=text, at_ms=now))
        s.flush()
        start = now - 86_400_000 * 2
        mine = [v for v in note_versions(s, agent, start, now + 1, [call_id]) if v.call_id == call_id]
    audit.info("note annotation by %r on %r call %s", who.username, username, call_id)
    return mine[-1]


def _call_dict(c: Call) -> dict[str, Any]:
    start = c.answered_ms or c.first_ms
    talk = (c.ended_ms - c.answered_ms) / 1000 if c.ended_ms and c.answered_ms else 0.0
    return {
        "call_id": c.call_id, "direction": c.direction or ("outbound" if c.dialed_ms else "inbound"),
        "number": c.number, "start_ms": c.first_ms, "answered": c.answered_ms is not None,
        "ended_ms": c.ended_ms, "talk_s": max(0.0, talk), "since_ms": start,
    }


def agent_day(ctx: ServerContext, who: Principal, username: str, day: date) -> AgentDay:
    start, end = day_bounds(day, ctx.tz)
    with ctx.db.read() as s:
        agent, team = resolve_agent(s, who, username)
        statuses = [
            (at, payload["status"])
            for at, payload in s.execute(
                select(Event.at_ms, Event.payload)
                .where(Event.user_id == agent.id, Event.kind == EventKind.STATUS_CHANGED.value,
                       Event.at_ms >= start, Event.at_ms < end)
                .order_by(Event.at_ms, Event.id)
            )
        ]
        calls = [_call_dict(c) for c in s.scalars(
            select(Call).where(Call.user_id == agent.id, Call.day == day.isoformat()).order_by(Call.first_ms))]
        notes = note_versions(s, agent, start, end, [c["call_id"] for c in calls])
        disp = {n.call_id: n.disposition for n in notes}
        for c in calls:
            c["disposition"] = disp.get(c["call_id"])
        actions = actions_on(s, agent.id, agent.username, start, end)
    return AgentDay(username=agent.username, display_name=agent.display_name, team=team, day=day.isoformat(),
                    statuses=statuses, calls=calls, notes=notes, actions=actions, server_ms=ctx.clock(),
                    day_start_ms=start, day_end_ms=end)


def teams_of(ctx: ServerContext, who: Principal) -> TeamList:
    """The teams ``who`` looks after: an admin every team, a supervisor their own (the same scope
    the alert policy routes allow), agents on the board or not."""
    if who.role != "admin":
        return TeamList(teams=sorted(who.teams))
    with ctx.db.read() as s:
        return TeamList(teams=sorted(s.scalars(select(Team.name))))


def day_mix(ctx: ServerContext, who: Principal, team: str | None, day: date) -> DayMix:
    """The status mix of ``team`` (else all of ``who``'s teams) per 15 minutes of ``day``, up to now."""
    if team is not None and who.role != "admin" and team not in who.teams:
        raise forbidden("not one of your teams")
    teams = [team] if team is not None else (None if who.role == "admin" else sorted(who.teams))
    start, end = day_bounds(day, ctx.tz)
    end = min(end, ctx.clock())
    q = (select(Event.user_id, Event.at_ms, Event.payload)
         .join(User, User.id == Event.user_id).outerjoin(Team, Team.id == User.team_id)
         .where(User.role == "agent", Event.kind == EventKind.STATUS_CHANGED.value,
                Event.at_ms >= start, Event.at_ms < end)
         .order_by(Event.user_id, Event.at_ms, Event.id))
    if teams is not None:
        q = q.where(Team.name.in_(teams))
    per_agent: dict[int, list[tuple[int, str]]] = {}
    with ctx.db.read() as s:
        for uid, at, payload in s.execute(q):
            per_agent.setdefault(uid, []).append((at, str(payload.get("status", ""))))
    first = min((c[0][0] for c in per_agent.values() if c), default=end)
    first = start + (first - start) // SLOT_MS * SLOT_MS
    return DayMix(team=team, day=day.isoformat(), start_ms=first, slot_ms=SLOT_MS,
                  slots=mix(per_agent.values(), first, max(first, end)))
