"""Supervisor console routes (``/supervisor``): alerts, alert policy, audited actions, an agent's
day and note annotations. Every route is for supervisors (their teams) and admins."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from agent_console.protocol import (
    ActionRequest,
    AgentDay,
    Alert,
    AlertAckRequest,
    AlertList,
    AlertPolicy,
    AnnotationRequest,
    Command,
    DayMix,
    NoteVersion,
    TeamList,
)
from agent_console.server.deps import Ctx, SupervisorOrAdmin
from agent_console.server.services import alerts, reports, supervision

router = APIRouter(prefix="/supervisor", tags=["supervisor"])


@router.get("/alerts", response_model=AlertList)
async def get_alerts(who: SupervisorOrAdmin, ctx: Ctx) -> AlertList:
    """Active alerts in the caller's teams, as of now (the live feed sends changes)."""
    found = await run_in_threadpool(alerts.engine_for(ctx).compute, alerts.scope_of(who))
    return AlertList(alerts=found, server_ms=ctx.clock())


@router.post("/alerts/ack", response_model=Alert)
def ack_alert(body: AlertAckRequest, who: SupervisorOrAdmin, ctx: Ctx) -> Alert:
    return alerts.acknowledge(ctx, who, body.key)


@router.get("/teams", response_model=TeamList)
def get_teams(who: SupervisorOrAdmin, ctx: Ctx) -> TeamList:
    """The caller's teams (admin: every team), also those without agents: the thresholds dialog's list."""
    return supervision.teams_of(ctx, who)


@router.get("/teams/{team}/alert-policy", response_model=AlertPolicy)
def get_alert_policy(team: str, who: SupervisorOrAdmin, ctx: Ctx) -> AlertPolicy:
    with ctx.db.read() as s:
        return alerts.get_policy(s, who, team)


@router.put("/teams/{team}/alert-policy", response_model=AlertPolicy)
def put_alert_policy(team: str, body: AlertPolicy, who: SupervisorOrAdmin, ctx: Ctx) -> AlertPolicy:
    with ctx.db.write() as s:
        return alerts.set_policy(s, who, team, body, ctx.clock())


@router.post("/agents/{username}/actions", response_model=Command, status_code=201)
def post_action(username: str, body: ActionRequest, who: SupervisorOrAdmin, ctx: Ctx) -> Command:
    """Message, force a status (reason required, shown to the agent) or force logout; audited."""
    return supervision.act(ctx, who, username, body)


@router.get("/agents/{username}/day", response_model=AgentDay)
def get_agent_day(username: str, who: SupervisorOrAdmin, ctx: Ctx, day: str | None = None) -> AgentDay:
    """One agent's day (``day=YYYY-MM-DD``, absent: today; a future day is refused with 422)."""
    return supervision.agent_day(ctx, who, username, reports.parse_day(day, ctx))


@router.post("/agents/{username}/notes/{call_id}/annotations", response_model=NoteVersion, status_code=201)
def post_annotation(username: str, call_id: str, body: AnnotationRequest, who: SupervisorOrAdmin,
                    ctx: Ctx) -> NoteVersion:
    """A supervisor's annotation becomes a new version of the call note; the agent's are kept."""
    return supervision.annotate(ctx, who, username, call_id, body.text)


@router.get("/day-mix", response_model=DayMix)
def get_day_mix(who: SupervisorOrAdmin, ctx: Ctx, team: str | None = None, day: str | None = None) -> DayMix:
    """Status mix per 15 minutes for the day chart (one team, or all the caller's teams)."""
    return supervision.day_mix(ctx, who, team, reports.parse_day(day, ctx))
