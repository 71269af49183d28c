"""ASGI middleware that bounds what a request may cost before any route code runs.

* :class:`BodyLimit`: 413 for a body over its route's limit, declared or streamed, before it is
  read: ``POST /events`` may carry ``max_body_bytes``, everything else ``max_small_body_bytes``.
* :class:`AuthFirst`: a request that carries a body to a route that needs a login is
  authenticated from its headers *before* the body is read. FastAPI reads and parses a JSON body
  before it resolves the dependencies that check the token, so without this anyone could make
  the server parse megabytes without logging in. The principal found is left in
  ``scope["state"]["principal"]`` for :func:`deps.get_current_user`.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agent_console.protocol import API_PREFIX

PUBLIC_PATHS = frozenset({f"{API_PREFIX}/auth/login"})
"""Routes that take a body without a token."""
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
DATABASE_ERRORS: tuple[type[Exception], ...] = (OperationalError, PoolTimeout)
DATABASE_DOWN = "the server cannot reach its database; try again shortly"


class BodyLimit:
    """413 for request bodies over ``limit_for(path)`` bytes, declared or streamed (before parsing)."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _reply(send, 413, "request body too large")
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    raise _TooLarge
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _reply(send, 413, "request body too large")


class _TooLarge(Exception):
    pass


class AuthFirst:
    """401 before the body is read for body-carrying requests without a valid bearer token."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] not in BODY_METHODS
                or not scope["path"].startswith(API_PREFIX + "/") or scope["path"] in PUBLIC_PATHS):
            await self.app(scope, receive, send)
            return
        from agent_console.server.deps import bearer_token
        from agent_console.server.services import auth

        ctx = scope["app"].state.ctx
        headers = dict(scope.get("headers") or [])
        token = bearer_token(headers.get(b"authorization", b"").decode("latin-1"))
        who = auth.cached(ctx, token)
        if who is None and token:
            try:
                who = await run_in_threadpool(auth.authenticate, ctx, token)
            except DATABASE_ERRORS:
                await _reply(send, 503, DATABASE_DOWN, [(b"retry-after", b"5")])
                return
        if who is None:
            await _reply(send, 401, "not authenticated (missing, expired or revoked token)",
                         [(b"www-authenticate", b"Bearer")])
            return
        scope.setdefault("state", {})["principal"] = who
        await self.app(scope, receive, send)


async def _reply(send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})
