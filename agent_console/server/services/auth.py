"""Login, token check, logout. Failures are deliberately uniform: one message for unknown
user, wrong password and disabled account (no user enumeration, ASVS 6.3.8)."""

from __future__ import annotations

import logging

from sqlalchemy import bindparam, select, update

from agent_console.protocol import TokenResponse
from agent_console.server.context import ServerContext
from agent_console.server.models import AuthToken, SupervisorTeam, Team, User
from agent_console.server.security import new_token, token_digest
from agent_console.server.services.errors import ServiceError
from agent_console.server.services.users import Principal, team_name

audit = logging.getLogger("agent_console.server.audit")

BAD_CREDENTIALS = "invalid user name or password"


def login(ctx: ServerContext, username: str, password: str, address: str) -> TokenResponse:
    wait = ctx.limiter.retry_after(username, address)
    if wait is not None and _used_before(ctx, username, address):
        wait = ctx.limiter.retry_after(username, address, known_address=True)
    if wait is not None:
        audit.warning("login throttled user=%r address=%s", username, address)
        ctx.metrics.login_failures.labels("throttled").inc()
        raise ServiceError(
            429, "too many failed logins; try again later", {"Retry-After": str(int(wait) + 1)}
        )
    with ctx.db.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        stored = user.password_hash if user is not None else None
    ok = ctx.passwords.verify(stored, password)
    if not ok or user is None or not user.active:
        ctx.limiter.failed(username, address)
        audit.warning("login failed user=%r address=%s", username, address)
        ctx.metrics.login_failures.labels("bad_credentials").inc()
        raise ServiceError(401, BAD_CREDENTIALS, {"WWW-Authenticate": "Bearer"})
    ctx.limiter.succeeded(username, address)
    token = new_token()
    now = ctx.clock()
    expires = now + ctx.settings.token_ttl_s * 1000
    with ctx.db.write() as s:
        s.add(
            AuthToken(
                token_hash=token_digest(token),
                user_id=user.id,
                created_ms=now,
                expires_ms=expires,
                address=address[:64],
            )
        )
        team = team_name(s, user)
    audit.info("login ok user=%r role=%s address=%s", user.username, user.role, address)
    return TokenResponse(
        access_token=token,
        expires_at_ms=expires,
        username=user.username,
        role=user.role,  # type: ignore[arg-type]
        team=team,
        server_ms=now,
    )


def _used_before(ctx: ServerContext, username: str, address: str) -> bool:
    """Has this user ever logged in from this address (any process, any time the token table
    remembers)? Asked only when a limit is reached."""
    with ctx.db.read_one() as s:
        return s.connection().execute(_USED_FROM, {"u": username, "a": address[:64]}).first() is not None


_USED_FROM = (
    select(AuthToken.id).join(User, User.id == AuthToken.user_id)
    .where(User.username == bindparam("u"), AuthToken.address == bindparam("a")).limit(1)
)


def cached(ctx: ServerContext, token: str | None) -> Principal | None:
    """Cache hit only (no database): lets async code skip a thread hop on most requests."""
    if not token or len(token) > 256:
        return None
    who: Principal | None = ctx.principals.get(token_digest(token))
    if who is not None and who.expires_ms > ctx.clock():
        return who
    return None


def authenticate(ctx: ServerContext, token: str) -> Principal | None:
    """The principal behind a bearer token, or ``None`` if unknown, expired, revoked or the
    user is disabled."""
    if not token or len(token) > 256:
        return None
    hit = cached(ctx, token)
    if hit is not None:
        return hit
    now = ctx.clock()
    digest = token_digest(token)
    with ctx.db.read_one() as s:
        row = s.connection().execute(_PRINCIPAL, {"digest": digest}).first()
        if row is None:
            return None
        if row.revoked_ms is not None or row.expires_ms <= now or not row.active:
            return None
        teams = {row.team} if row.team else set()
        if row.role != "agent":  # an agent has exactly its own team
            teams.update(s.connection().execute(_WATCHED, {"uid": row.user_id}).scalars())
        who = Principal(
            id=row.user_id,
            username=row.username,
            display_name=row.display_name,
            role=row.role,
            team=row.team,
            teams=frozenset(teams),
            token_id=row.token_id,
            expires_ms=row.expires_ms,
        )
    ctx.principals.put(digest, who)
    return who


_PRINCIPAL = (
    select(
        AuthToken.id.label("token_id"), AuthToken.revoked_ms, AuthToken.expires_ms, User.id.label("user_id"),
        User.username, User.display_name, User.role, User.active, Team.name.label("team"),
    )
    .join(User, User.id == AuthToken.user_id)
    .outerjoin(Team, Team.id == User.team_id)
    .where(AuthToken.token_hash == bindparam("digest"))
)
_WATCHED = (
    select(Team.name)
    .join(SupervisorTeam, SupervisorTeam.team_id == Team.id)
    .where(SupervisorTeam.user_id == bindparam("uid"))
)
"""A cache miss costs one query for an agent (it was four): 2,500 agents' tokens expire from
the cache all the time."""


class RevocationWatch:
    """Evicts cached principals whose tokens were revoked by *any* writer, the CLI included, and
    closes this process's live sockets opened with them (4001).

    Revocations made through a server reach every process at once on the live bus; this poll is
    what lets the cache live for minutes anyway (``auth_cache_s``): a ``disable-user`` from the
    CLI, or a bus message lost in a reconnect, takes effect within one poll. Each poll is one
    indexed query for tokens revoked since the last poll, less ``MARGIN_MS`` for writers whose
    commit came late or whose clock is behind this one's.
    """

    MARGIN_MS = 60_000

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self._last_ms = ctx.clock()
        self._handled: set[int] = set()

    def poll(self) -> int:
        """Evict the newly revoked tokens; returns how many there were."""
        now = self.ctx.clock()
        with self.ctx.db.read_one() as s:
            ids = set(s.connection().execute(_REVOKED_SINCE, {"since": self._last_ms - self.MARGIN_MS}).scalars())
        self._last_ms = now  # only after a successful query: a failed poll's window is re-read
        new = ids - self._handled
        self._handled = ids
        if new:
            self.ctx.principals.drop_where(lambda p: p.token_id in new)
            self.ctx.hub.close_tokens_threadsafe(new)
        return len(new)


_REVOKED_SINCE = select(AuthToken.id).where(AuthToken.revoked_ms >= bindparam("since"))


def logout(ctx: ServerContext, who: Principal) -> None:
    with ctx.db.write() as s:
        s.execute(update(AuthToken).where(AuthToken.id == who.token_id).values(revoked_ms=ctx.clock()))
        ctx.bus.publish(s, [{"k": "kick", "token": who.token_id}])
    ctx.principals.drop_token(who.token_id)
    audit.info("logout user=%r", who.username)
