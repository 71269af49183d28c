"""``/live`` WebSocket: auth (header or first message, never the URL), Origin check, snapshot,
then deltas and commands from the hub; heartbeats in, acks out."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter, ValidationError

from agent_console.protocol import (
    LiveError,
    LiveHeartbeat,
    LiveHeartbeatAck,
    LivePhone,
    LiveSnapshot,
)
from agent_console.server.context import ServerContext
from agent_console.server.deps import socket_token
from agent_console.server.live.hub import Subscriber
from agent_console.server.middleware import DATABASE_ERRORS
from agent_console.server.services import auth, board, commands, phone_state
from agent_console.server.services.users import Principal

router = APIRouter(tags=["live"])
audit = logging.getLogger("agent_console.server.audit")

_incoming: TypeAdapter[LiveHeartbeat | LivePhone] = TypeAdapter(LiveHeartbeat | LivePhone)

CLOSE_POLICY = 1008
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN_ORIGIN = 4403
CLOSE_TRY_AGAIN = 1013
"""The database does not answer: reconnect later (the console's live channel backs off and does)."""


def _snapshot(ctx: ServerContext, who: Principal) -> LiveSnapshot:
    with ctx.db.read() as s:
        if who.role == "agent":
            rows = board.rows(s, ctx, user_ids=[who.id])
            snap = board.Board(agents=rows, summary=board.summarize(rows), server_ms=ctx.clock())
            return LiveSnapshot(board=snap, commands=commands.pending(s, ctx, who.id, who.username))
        return LiveSnapshot(board=board.board(s, ctx, None if who.role == "admin" else who.teams))


async def _authenticate(ws: WebSocket, ctx: ServerContext) -> Principal | None:
    token = await socket_token(ws, ctx.settings.ws_auth_timeout_s)
    who = await run_in_threadpool(auth.authenticate, ctx, token) if token else None
    if who is None:
        audit.warning("denied live feed address=%s (no valid token)", ws.client.host if ws.client else "?")
        with contextlib.suppress(Exception):
            await ws.send_text(LiveError(detail="not authenticated").model_dump_json())
            await ws.close(CLOSE_UNAUTHENTICATED)
    return who


async def _send_loop(ws: WebSocket, sub: Subscriber, ctx: ServerContext) -> None:
    while True:
        item = await sub.queue.get()
        if isinstance(item, int):
            await ws.close(item)
            return
        if isinstance(item, tuple):
            text, command_id = item
            await ws.send_text(text)
            await run_in_threadpool(commands.mark_delivered, ctx, [command_id])
        else:
            await ws.send_text(item)


async def _receive_loop(ws: WebSocket, sub: Subscriber, ctx: ServerContext) -> None:
    while True:
        raw = await ws.receive_text()
        try:
            beat = _incoming.validate_json(raw)
        except ValidationError:
            sub.queue.put_nowait(LiveError(detail="expected {\"type\": \"heartbeat\"}").model_dump_json())
            continue
        if isinstance(beat, LivePhone):
            if sub.role == "agent":
                try:
                    await run_in_threadpool(phone_state.report, ctx, sub.user_id, beat.state)
                except DATABASE_ERRORS:  # the console repeats it after its next reconnect
                    ctx.db.health.suspect()
            continue
        now = ctx.clock()
        ctx.hub.heartbeat(sub, now)
        ack = LiveHeartbeatAck(sent_ms=beat.sent_ms, server_ms=now)
        with contextlib.suppress(asyncio.QueueFull):
            sub.queue.put_nowait(ack.model_dump_json())


async def _try_again_later(ws: WebSocket, ctx: ServerContext) -> None:
    """Close with 1013 and no message first: the console then keeps backing off (a first message
    would count as a successful connection)."""
    ctx.db.health.suspect()
    with contextlib.suppress(Exception):
        await ws.close(CLOSE_TRY_AGAIN, "database unreachable")


@router.websocket("/live")
async def live(ws: WebSocket) -> None:
    ctx: ServerContext = ws.app.state.ctx
    origin = ws.headers.get("origin")
    if origin is not None and origin not in ctx.settings.allowed_origins:
        audit.warning("denied live feed: Origin %r not allowed", origin)
        await ws.close(CLOSE_FORBIDDEN_ORIGIN)
        return
    if {"token", "access_token"} & set(ws.query_params):
        audit.warning("denied live feed: token in URL")
        await ws.close(CLOSE_POLICY, "tokens are not accepted in URLs")
        return
    await ws.accept()
    try:
        who = await _authenticate(ws, ctx)
    except DATABASE_ERRORS:
        await _try_again_later(ws, ctx)
        return
    if who is None:
        return
    sub = ctx.hub.new_subscriber(
        user_id=who.id, username=who.username, role=who.role, teams=frozenset(who.teams),
        token_id=who.token_id, expires_ms=who.expires_ms,
    )
    ctx.hub.add(sub)  # before the snapshot: no delta can fall between the two
    tasks: list[asyncio.Task[None]] = []
    try:
        snap = await run_in_threadpool(_snapshot, ctx, who)
        await ws.send_text(snap.model_dump_json())
        if snap.commands:
            await run_in_threadpool(commands.mark_delivered, ctx, [c.id for c in snap.commands])
        ctx.hub.heartbeat(sub, ctx.clock())
        tasks = [
            asyncio.create_task(_send_loop(ws, sub, ctx)),
            asyncio.create_task(_receive_loop(ws, sub, ctx)),
        ]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    except (WebSocketDisconnect, RuntimeError):
        pass
    except DATABASE_ERRORS:
        await _try_again_later(ws, ctx)
    finally:
        ctx.hub.remove(sub)
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, RuntimeError, Exception):
                await t
