"""The wallboard: its page (``GET /wallboard`` and two static files), pairing a screen
(``POST /wallboard/pair``) and its read-only live feed (``WS /api/v1/wallboard/live``).

The feed authenticates like ``/live``: ``Authorization`` header or a first ``auth`` message,
never the URL. It accepts a wallboard token (its teams) or a supervisor's or admin's login
token (their own scope); agents are refused. It is a separate socket from ``/live`` so that a
wallboard only ever receives per-team numbers and stripped alerts (``services.wallboard``) and has no
command or heartbeat path at all. Board deltas reach a wall as per-team counts, a few times a
second (``_send_loop``), never as rows.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, Request, WebSocket, WebSocketDisconnect
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from agent_console.protocol import API_PREFIX, LiveError, WallboardPairRequest, WallboardPairResponse
from agent_console.server.context import ServerContext
from agent_console.server.deps import Ctx, client_address, socket_token
from agent_console.server.live.hub import Subscriber
from agent_console.server.live.wallboard_feed import COUNTS_EVERY_S, Screen, feed_for
from agent_console.server.services import auth, wallboard, wallboard_tokens
from agent_console.server.services.errors import ServiceError

audit = logging.getLogger("agent_console.server.audit")

page_router = APIRouter(tags=["wallboard"], include_in_schema=False)
api_router = APIRouter(tags=["wallboard"])

CLOSE_POLICY = 1008
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
"""No inline script or style, nothing from elsewhere: the page talks only to its own server
(``connect-src 'self'`` covers ``ws:``/``wss:`` of the same host)."""
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}
_FILES = {"index.html": "text/html; charset=utf-8", "wallboard.js": "text/javascript; charset=utf-8",
          "wallboard.css": "text/css; charset=utf-8"}
_PAIR_KEY = "\0wallboard-pairing\0"
"""Prefix of the login throttle's user name for pairing attempts. The address is part of it, so
failures count per address only: guesses from many addresses cannot block everyone's pairing."""


def _static(name: str) -> bytes:
    return resources.files("agent_console.server").joinpath("static", "wallboard", name).read_bytes()


def _serve(name: str) -> Response:
    return Response(_static(name), media_type=_FILES[name], headers=PAGE_HEADERS)


@page_router.get("/wallboard")
def wallboard_page() -> Response:
    """The page itself: HTML, then its script and style from the two routes below."""
    return _serve("index.html")


@page_router.get("/wallboard/wallboard.js")
def wallboard_js() -> Response:
    return _serve("wallboard.js")


@page_router.get("/wallboard/wallboard.css")
def wallboard_css() -> Response:
    return _serve("wallboard.css")


@page_router.post("/wallboard/pair", response_model=WallboardPairResponse, include_in_schema=True)
def pair(body: WallboardPairRequest, request: Request, ctx: Ctx) -> WallboardPairResponse:
    """Trade a one-time pairing code for the wallboard's secret (throttled per address like logins).
    Beside the page rather than under the API prefix: it is the page's own call, needs no login,
    and the API's body-carrying routes all authenticate before reading a body."""
    address = client_address(request)
    key = _PAIR_KEY + address
    wait = ctx.limiter.retry_after(key, address)
    if wait is not None:
        raise ServiceError(429, "too many pairing attempts; try again later", {"Retry-After": str(int(wait) + 1)})
    try:
        with ctx.db.write() as s:
            return wallboard_tokens.redeem(s, body.code, ctx.clock())
    except ServiceError:
        ctx.limiter.failed(key, address)
        audit.warning("wallboard pairing failed address=%s", address)
        raise


@dataclass(frozen=True)
class Viewer:
    """Who opened the feed, reduced to what the wallboard needs."""

    kind: str
    name: str
    teams: frozenset[str] | None
    key: str
    token_id: int
    expires_ms: int
    wallboard_id: int | None = None
    digest: str | None = None


NEVER_MS = 2**62


def _viewer(ctx: ServerContext, token: str) -> Viewer | str:
    """The viewer behind ``token``, or why not."""
    if wallboard_tokens.is_wallboard_token(token):
        with ctx.db.write() as s:
            wb = wallboard_tokens.authenticate(s, token, ctx.clock())
        if wb is None:
            return "not authenticated"
        # Never a user's name or id: commands, kicks and heartbeats addressed to users cannot match.
        return Viewer("wallboard", wb.name, wb.teams, f"wallboard:{wb.id}", -wb.id, NEVER_MS, wb.id, wb.digest)
    who = auth.authenticate(ctx, token)
    if who is None:
        return "not authenticated"
    if who.role not in ("supervisor", "admin"):
        return "the wallboard is for supervisors, admins and wallboard tokens"
    teams = None if who.role == "admin" else frozenset(who.teams)
    return Viewer(who.role, who.display_name, teams, who.username, who.token_id, who.expires_ms)


def _origin_allowed(ws: WebSocket, ctx: ServerContext) -> bool:
    """No Origin (not a browser), one of ``ALLOWED_ORIGINS``, or the page's own server: the Origin's
    host is the request's ``Host`` (with its port when ``Host`` has one; a reverse proxy passing
    nginx's ``$host`` drops the port)."""
    origin = ws.headers.get("origin")
    if origin is None or origin in ctx.settings.allowed_origins:
        return True
    host = (ws.headers.get("host") or "").lower()
    parts = urlsplit(origin)
    if not parts.hostname or not host:
        return False
    if re.search(r":\d+$", host):  # host:port, [v6]:port
        return parts.netloc.lower() == host
    return parts.hostname == host.strip("[]")


async def _authenticate(ws: WebSocket, ctx: ServerContext) -> Viewer | None:
    token = await socket_token(ws, ctx.settings.ws_auth_timeout_s)
    found = await run_in_threadpool(_viewer, ctx, token) if token else "not authenticated"
    if isinstance(found, Viewer):
        return found
    audit.warning("denied wallboard feed address=%s (%s)", ws.client.host if ws.client else "?", found)
    with contextlib.suppress(Exception):
        await ws.send_text(LiveError(detail=found).model_dump_json())
        await ws.close(CLOSE_UNAUTHENTICATED if found == "not authenticated" else CLOSE_FORBIDDEN)
    return None


async def _send_loop(ws: WebSocket, sub: Subscriber, counts: wallboard.TeamCounts, ctx: ServerContext) -> None:
    """Board deltas are folded into ``counts``, and teams' alert lists kept (the latest of each
    team), and both go out at most every ``COUNTS_EVERY_S``: at once when the last send is older
    than that (a quiet floor sees a change immediately), otherwise when that much has passed (a
    busy one gets a few messages a second, each one frame's worth of work for the page)."""
    loop = asyncio.get_running_loop()
    due: float | None = None
    last_sent = -COUNTS_EVERY_S
    alerts: dict[str | None, str] = {}
    stats: str | None = None
    while True:
        if due is None:
            item: object = await sub.queue.get()
        else:
            try:
                item = await asyncio.wait_for(sub.queue.get(), max(0.0, due - loop.time()))
            except TimeoutError:
                item = None
        if isinstance(item, int):
            await ws.close(item)
            return
        held = False
        if not isinstance(item, str):
            pass  # a flush (None), or a command: never addressed to a wallboard's key, dropped all the same
        elif item.startswith('{"type": "agent"'):
            counts.apply(wallboard.agent(json.loads(item)["agent"]))
            held = True
        elif item.startswith('{"type":"alerts"'):
            team, text = wallboard.alerts_message(item)
            alerts[team] = text
            held = True
        elif item.startswith('{"type": "stats"'):
            if due is None:
                await ws.send_text(item)
            else:
                stats = item  # goes with the counts due soon: one frame's work for the page, not two
        # anything else on the hub (future kinds) is not for a wall until it is stripped here
        if held and due is None:
            due = max(loop.time(), last_sent + COUNTS_EVERY_S)
        if due is not None and loop.time() >= due:
            due = None
            texts = list(alerts.values())
            alerts.clear()
            if stats is not None:
                texts.append(stats)
                stats = None
            msg = counts.take(ctx.clock())
            if msg is not None:
                texts.append(json.dumps(msg, ensure_ascii=False))
            for text in texts:
                await ws.send_text(text)
            if texts:
                last_sent = loop.time()


async def _drain(ws: WebSocket) -> None:
    """The page sends nothing after auth; reading notices a closed socket."""
    while True:
        await ws.receive_text()


@api_router.websocket("/wallboard/live")
async def wallboard_live(ws: WebSocket) -> None:
    ctx: ServerContext = ws.app.state.ctx
    if not _origin_allowed(ws, ctx):
        audit.warning("denied wallboard feed: Origin %r not allowed", ws.headers.get("origin"))
        await ws.close(CLOSE_FORBIDDEN)
        return
    if {"token", "access_token"} & set(ws.query_params):
        audit.warning("denied wallboard feed: token in URL")
        await ws.close(CLOSE_POLICY, "tokens are not accepted in URLs")
        return
    await ws.accept()
    viewer = await _authenticate(ws, ctx)
    if viewer is None:
        return
    role = "admin" if viewer.teams is None else "supervisor"  # the hub's team scoping
    sub = ctx.hub.new_subscriber(
        user_id=-(viewer.wallboard_id or 0), username=viewer.key, role=role, teams=viewer.teams or frozenset(),
        token_id=viewer.token_id, expires_ms=viewer.expires_ms,
    )
    screen = Screen(sub, viewer.teams, viewer.wallboard_id, viewer.digest)
    feed = feed_for(ctx)
    ctx.hub.add(sub)  # before the snapshot: no delta can fall between the two
    tasks: list[asyncio.Task[None]] = []
    try:
        agents = await run_in_threadpool(wallboard.snapshot_agents, ctx, viewer.teams)
        counts = wallboard.TeamCounts(viewer.teams, agents)
        snap = {
            "type": "snapshot",
            "scope": {"kind": viewer.kind, "name": viewer.name,
                      "teams": None if viewer.teams is None else sorted(viewer.teams)},
            "teams": counts.teams(),
            "server_ms": ctx.clock(),
        }
        await ws.send_text(json.dumps(snap, ensure_ascii=False))
        feed.add(screen)
        await feed.send_stats_to(screen)
        tasks = [asyncio.create_task(_send_loop(ws, sub, counts, ctx)), asyncio.create_task(_drain(ws))]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        feed.remove(screen)
        ctx.hub.remove(sub)
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, RuntimeError, Exception):
                await t


def install(app: FastAPI) -> None:
    """Mount the page (outside the API prefix, for a short address) and the API routes."""
    app.include_router(page_router)
    app.include_router(api_router, prefix=API_PREFIX)
