"""FastAPI dependencies as types (``CurrentUser``, ``Ctx``, role guards).

Every route declares who may call it through one of these types, so the role check cannot be
forgotten in the body; denials are logged (ASVS 16.3.2) without the token.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request, WebSocket, WebSocketDisconnect
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from agent_console.protocol import LiveAuth
from agent_console.server.context import ServerContext
from agent_console.server.services import auth
from agent_console.server.services.users import Principal

audit = logging.getLogger("agent_console.server.audit")


async def get_ctx(request: Request) -> ServerContext:
    ctx: ServerContext = request.app.state.ctx
    return ctx


Ctx = Annotated[ServerContext, Depends(get_ctx)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def socket_token(ws: WebSocket, timeout_s: float) -> str | None:
    """A live socket's token: the Authorization header, or else the first message
    (``LiveAuth``), since browsers cannot set headers on a WebSocket and tokens never travel in URLs."""
    token = bearer_token(ws.headers.get("authorization"))
    if token is not None:
        return token
    try:
        raw = await asyncio.wait_for(ws.receive_text(), timeout_s)
        return LiveAuth.model_validate_json(raw).token
    except (TimeoutError, ValidationError, WebSocketDisconnect, KeyError):
        return None


async def get_current_user(request: Request, ctx: Ctx) -> Principal:
    checked: Principal | None = request.scope.get("state", {}).get("principal")  # by AuthFirst
    if checked is not None:
        return checked
    token = bearer_token(request.headers.get("authorization"))
    who = auth.cached(ctx, token)
    if who is None and token:
        who = await run_in_threadpool(auth.authenticate, ctx, token)
    if who is None:
        audit.warning(
            "denied 401 %s %s address=%s (%s token)",
            request.method, request.url.path, client_address(request),
            "no" if token is None else "invalid/expired/revoked",
        )
        raise HTTPException(401, "not authenticated (missing, expired or revoked token)",
                            headers={"WWW-Authenticate": "Bearer"})
    return who


CurrentUser = Annotated[Principal, Depends(get_current_user)]


def require(*roles: str) -> Callable[[Request, Principal], Awaitable[Principal]]:
    async def check(request: Request, who: CurrentUser) -> Principal:
        if who.role not in roles:
            audit.warning(
                "denied 403 %s %s user=%r role=%s", request.method, request.url.path, who.username, who.role
            )
            raise HTTPException(403, f"requires role {' or '.join(roles)}")
        return who

    return check


SupervisorOrAdmin = Annotated[Principal, Depends(require("supervisor", "admin"))]
Admin = Annotated[Principal, Depends(require("admin"))]
