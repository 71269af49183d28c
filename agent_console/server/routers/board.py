"""Supervisor routes: board, commands, notes, day reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from agent_console.protocol import Board, BoardRow, Command, CommandRequest, DayReport, Note
from agent_console.server.context import ServerContext
from agent_console.server.deps import Ctx, CurrentUser, SupervisorOrAdmin
from agent_console.server.services import board, commands, notes, reports
from agent_console.server.services.errors import forbidden
from agent_console.server.services.users import Principal, visible_agent

router = APIRouter(tags=["supervisor"])


def _scope(who: Principal) -> set[str] | None:
    return None if who.role == "admin" else set(who.teams)


def _board(ctx: ServerContext, who: Principal) -> Board:
    with ctx.db.read() as s:
        return board.board(s, ctx, _scope(who))


@router.get("/agents", response_model=Board)
async def get_board(who: SupervisorOrAdmin, ctx: Ctx) -> Board:
    """The live board as of now for the caller's teams (admin: everyone)."""
    return await run_in_threadpool(_board, ctx, who)


@router.get("/agents/{username}", response_model=BoardRow)
def get_agent(username: str, who: CurrentUser, ctx: Ctx) -> BoardRow:
    with ctx.db.read() as s:
        user, _team = visible_agent(s, who, username)
        rows = board.rows(s, ctx, user_ids=[user.id])
        if not rows:
            raise forbidden("not an active agent")
        return rows[0]


@router.post("/agents/{username}/commands", response_model=Command, status_code=201)
def post_command(username: str, body: CommandRequest, who: SupervisorOrAdmin, ctx: Ctx) -> Command:
    return commands.issue(ctx, who, username, body)


Day = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$",
                                  description="Local day YYYY-MM-DD in REPORT_TIMEZONE; empty or absent: today")]


@router.get("/agents/{username}/notes", response_model=list[Note])
def get_notes(username: str, who: CurrentUser, ctx: Ctx, day: Day = None) -> list[Note]:
    """Latest version of each call note of that day (agent: own notes only)."""
    with ctx.db.read() as s:
        user, _team = visible_agent(s, who, username)
        return notes.notes_for_day(s, ctx, user.id, reports.parse_day(day, ctx))


@router.get("/reports/day", response_model=DayReport, responses={200: {"content": {"text/csv": {}}}})
def day_report(
    who: CurrentUser,
    ctx: Ctx,
    day: Day = None,
    team: str | None = None,
    agent: str | None = None,
    format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
) -> DayReport | Response:
    """Per-agent rows and team totals for one local day. Agents get their own row only."""
    with ctx.db.read() as s:
        d = reports.parse_day(day, ctx)
        teams = _scope(who)
        usernames: set[str] | None = None
        if who.role == "agent":
            if agent not in (None, who.username) or team is not None:
                raise forbidden()
            usernames = {who.username}
            teams = None
        if team is not None:
            if teams is not None and team not in teams:
                raise forbidden()
            teams = {team}
        if agent is not None and who.role != "agent":
            visible_agent(s, who, agent)
            usernames = {agent}
        rep = reports.day_report(s, ctx, d, teams, usernames)
    if format == "csv":
        return Response(
            reports.to_csv(rep),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="day-{rep.day}.csv"'},
        )
    return rep
