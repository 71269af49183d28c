from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool

from agent_console.protocol import LoginRequest, Me, TokenResponse
from agent_console.server.deps import Ctx, CurrentUser, client_address
from agent_console.server.services import auth

router = APIRouter(tags=["auth"])


@router.post("/auth/login", response_model=TokenResponse)
async def login(body: LoginRequest, request: Request, ctx: Ctx) -> TokenResponse:
    """Exchange user name + password for a bearer token (rate-limited; one error for all failures)."""
    return await run_in_threadpool(auth.login, ctx, body.username, body.password, client_address(request))


@router.post("/auth/logout", status_code=204)
def logout(who: CurrentUser, ctx: Ctx) -> Response:
    """Revoke this token now (live sockets opened with it are closed)."""
    auth.logout(ctx, who)
    return Response(status_code=204)


@router.get("/me", response_model=Me)
async def me(who: CurrentUser) -> Me:
    """Async: no database (the principal is cached), so it answers even when no worker thread is free."""
    return Me(
        username=who.username,
        display_name=who.display_name,
        role=who.role,  # type: ignore[arg-type]
        team=who.team,
        teams=sorted(who.teams),
    )
