"""Supervisor commands to an agent's console: message, force status, force logout, and a request
for the console's diagnostics (which the agent accepts by uploading, or declines: :func:`answer`).

Stored (audit trail, redelivery of messages/forced statuses to a console that was offline) and
published on the live bus in the same transaction. A forced logout also revokes the agent's
tokens, so the console must log in again even if it missed the message.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from agent_console.protocol import Command, CommandAnswer, CommandRequest
from agent_console.server.context import ServerContext
from agent_console.server.models import CommandRow, User
from agent_console.server.services.errors import ServiceError, not_found
from agent_console.server.services.users import Principal, revoke_tokens, team_name, visible_agent

audit = logging.getLogger("agent_console.server.audit")


def to_api(row: CommandRow, agent: str, issuer: str) -> Command:
    return Command(
        id=row.id,
        agent=agent,
        type=row.type,  # type: ignore[arg-type]
        text=row.text,
        status=row.status,
        reason=row.reason,
        issued_by=issuer,
        created_ms=row.created_ms,
        answer=row.answer,  # type: ignore[arg-type]
        answered_ms=row.answered_ms,
        upload_id=row.upload_id,
    )


def issue(ctx: ServerContext, who: Principal, username: str, req: CommandRequest) -> Command:
    if req.type == "message" and not (req.text and req.text.strip()):
        raise ServiceError(422, "a message needs text")
    if req.type == "force_status" and req.status is None:
        raise ServiceError(422, "force_status needs a status")
    if req.type == "force_status" and req.status == "break" and not req.reason:
        raise ServiceError(422, "forcing a break needs a reason")
    with ctx.db.write() as s:
        agent, team = visible_agent(s, who, username)
        if agent.role != "agent":
            raise ServiceError(422, "commands go to agents only")
        now = ctx.clock()
        row = CommandRow(
            id=str(uuid.uuid4()),
            user_id=agent.id,
            issued_by=who.id,
            type=req.type,
            text=req.text,
            status=req.status,
            reason=req.reason,
            created_ms=now,
        )
        s.add(row)
        if req.type == "force_logout":
            revoke_tokens(s, agent.id, now)
        cmd = to_api(row, agent.username, who.username)
        ctx.bus.publish(s, [{"k": "cmd", "user": agent.username, "team": team, "command": cmd.model_dump()}])
    if req.type == "force_logout":
        ctx.principals.drop_user(agent.username)
    audit.info("command %s by %r to %r", req.type, who.username, username)
    return cmd


def pending(s: Session, ctx: ServerContext, agent_id: int, agent: str) -> list[Command]:
    """Undelivered messages/forced statuses still fresh enough to matter (a forced logout is
    never replayed: the tokens it revoked already did its job)."""
    cutoff = ctx.clock() - ctx.settings.command_ttl_s * 1000
    rows = s.execute(
        select(CommandRow, User.username)
        .join(User, User.id == CommandRow.issued_by)
        .where(
            CommandRow.user_id == agent_id,
            CommandRow.delivered_ms.is_(None),
            CommandRow.type != "force_logout",
            CommandRow.created_ms >= cutoff,
        )
        .order_by(CommandRow.created_ms)
    ).all()
    return [to_api(row, agent, issuer) for row, issuer in rows]


def mark_delivered(ctx: ServerContext, ids: list[str]) -> None:
    if not ids:
        return
    with ctx.db.write() as s:
        s.execute(
            update(CommandRow)
            .where(CommandRow.id.in_(ids), CommandRow.delivered_ms.is_(None))
            .values(delivered_ms=ctx.clock())
        )


def answer(ctx: ServerContext, who: Principal, command_id: str, body: CommandAnswer,
           upload_exists: Callable[[str], bool]) -> Command:
    """The agent's answer to a diagnostics request addressed to them (404 for anyone else's or
    an unknown id; 409 once answered). Accepting names the upload the console just made, which
    must be the agent's own (``upload_exists``); the answer is audited, pushed to the supervisors
    of the agent's team on the live feed and shown in the agent's day."""
    if body.answer == "accepted" and not (body.upload_id and upload_exists(body.upload_id)):
        raise ServiceError(422, "an accepted request needs the id of your diagnostics upload")
    with ctx.db.write() as s:
        row = s.get(CommandRow, command_id)
        if row is None or row.user_id != who.id or row.type != "diagnostics":
            raise not_found("diagnostics request")
        if row.answer is not None:
            raise ServiceError(409, "this request was already answered")
        row.answer = body.answer
        row.answered_ms = ctx.clock()
        row.upload_id = body.upload_id if body.answer == "accepted" else None
        issuer = s.get(User, row.issued_by)
        cmd = to_api(row, who.username, issuer.username if issuer else "")
        agent = s.get(User, who.id)
        team = team_name(s, agent) if agent is not None else None
        ctx.bus.publish(s, [{"k": "answer", "user": who.username, "team": team, "command": cmd.model_dump()}])
    audit.info("diagnostics request %s from %r %s by %r upload=%s", command_id, cmd.issued_by, body.answer,
               who.username, cmd.upload_id)
    return cmd
