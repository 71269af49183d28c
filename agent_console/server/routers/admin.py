"""Admin routes (IT): users, SIP accounts, policy layers. The CLI calls the same services."""

from __future__ import annotations

from fastapi import APIRouter, Response

from agent_console.protocol import CreateUserRequest, Me, PolicyValues, SipAccount
from agent_console.server.deps import Admin, Ctx
from agent_console.server.services import provisioning, users

router = APIRouter(prefix="/admin", tags=["admin"])


@router.post("/users", response_model=Me, status_code=201)
def create_user(body: CreateUserRequest, who: Admin, ctx: Ctx) -> Me:
    with ctx.db.write() as s:
        user = users.create_user(
            s, ctx.passwords, body.username, body.role, body.teams, body.password, ctx.clock(), body.display_name
        )
        teams = users.teams_of(s, user)
        team = users.team_name(s, user)
    return Me(username=user.username, display_name=user.display_name, role=body.role, team=team,
              teams=sorted(teams))


@router.post("/users/{username}/disable", status_code=204)
def disable_user(username: str, who: Admin, ctx: Ctx) -> Response:
    """Disable and revoke every token of that user at once; their live sockets close."""
    with ctx.db.write() as s:
        users.set_active(s, username, False, ctx.clock())
        ctx.bus.publish(s, [{"k": "kick", "user": username}])
    ctx.principals.drop_user(username)
    return Response(status_code=204)


@router.post("/users/{username}/enable", status_code=204)
def enable_user(username: str, who: Admin, ctx: Ctx) -> Response:
    with ctx.db.write() as s:
        users.set_active(s, username, True, ctx.clock())
    return Response(status_code=204)


@router.put("/users/{username}/sip", status_code=204)
def put_sip(username: str, body: SipAccount, who: Admin, ctx: Ctx) -> Response:
    with ctx.db.write() as s:
        provisioning.set_sip(s, username, body)
    return Response(status_code=204)


@router.put("/policy/{scope}", response_model=PolicyValues)
def put_policy(scope: str, body: PolicyValues, who: Admin, ctx: Ctx, ref: str = "") -> PolicyValues:
    """Set policy values at ``global``, ``team`` (ref = team) or ``agent`` (ref = username)."""
    with ctx.db.write() as s:
        return provisioning.set_policy(s, scope, ref, body)
