"""Users, teams and who may see whom."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from agent_console.server.models import AgentState, AuthToken, SupervisorTeam, Team, User
from agent_console.server.security import Passwords
from agent_console.server.services.errors import ServiceError, forbidden, not_found

ROLES = ("agent", "supervisor", "admin")
USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
TEAM_RE = re.compile(r"^[\w .-]{1,64}$")


@dataclass(frozen=True)
class Principal:
    """The authenticated caller, as every authorization check sees it."""

    id: int
    username: str
    display_name: str
    role: str
    team: str | None
    teams: frozenset[str]
    token_id: int = 0
    expires_ms: int = 0

    def can_see(self, username: str, team: str | None) -> bool:
        """Per-record rule: admin everyone, supervisor their teams, agent only themself."""
        if self.role == "admin":
            return True
        if self.role == "supervisor":
            return team is not None and team in self.teams
        return username == self.username


def team_named(s: Session, name: str, create: bool = False) -> Team:
    team = s.scalar(select(Team).where(Team.name == name))
    if team is None:
        if not create:
            raise not_found(f"team {name!r}")
        if not TEAM_RE.match(name):
            raise ServiceError(422, f"invalid team name {name!r}")
        team = Team(name=name)
        s.add(team)
        s.flush()
    return team


def user_named(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username))
    if user is None:
        raise not_found(f"user {username!r}")
    return user


def team_name(s: Session, user: User) -> str | None:
    if user.team_id is None:
        return None
    return s.scalar(select(Team.name).where(Team.id == user.team_id))


def teams_of(s: Session, user: User) -> frozenset[str]:
    names = set(
        s.scalars(
            select(Team.name).join(SupervisorTeam, SupervisorTeam.team_id == Team.id).where(
                SupervisorTeam.user_id == user.id
            )
        )
    )
    own = team_name(s, user)
    if own:
        names.add(own)
    return frozenset(names)


def create_user(
    s: Session,
    passwords: Passwords,
    username: str,
    role: str,
    teams: Iterable[str],
    password: str,
    now_ms: int,
    display_name: str | None = None,
) -> User:
    teams = [t for t in teams if t]
    if not USERNAME_RE.match(username):
        raise ServiceError(422, f"invalid user name {username!r} (letters, digits, . _ @ -; max 64)")
    if role not in ROLES:
        raise ServiceError(422, f"role must be one of {', '.join(ROLES)}")
    if role in ("agent", "supervisor") and not teams:
        raise ServiceError(422, f"a {role} needs a team")
    if role == "agent" and len(teams) > 1:
        raise ServiceError(422, "an agent belongs to exactly one team")
    if len(password) < 8:
        raise ServiceError(422, "password must have at least 8 characters")
    if s.scalar(select(User.id).where(User.username == username)) is not None:
        raise ServiceError(409, f"user {username!r} already exists")
    team_objs = [team_named(s, t, create=True) for t in teams]
    user = User(
        username=username,
        display_name=display_name or username,
        role=role,
        team_id=team_objs[0].id if team_objs else None,
        password_hash=passwords.hash(password),
        active=True,
        created_ms=now_ms,
    )
    s.add(user)
    s.flush()
    for extra in team_objs[1:]:
        s.add(SupervisorTeam(user_id=user.id, team_id=extra.id))
    s.add(AgentState(user_id=user.id, status="offline", status_at_ms=0, unreachable=False, updated_ms=now_ms))
    s.flush()
    return user


def assign_team(s: Session, username: str, team: str) -> None:
    user = user_named(s, username)
    if user.role != "supervisor":
        raise ServiceError(422, "only supervisors watch extra teams")
    t = team_named(s, team, create=True)
    if s.get(SupervisorTeam, (user.id, t.id)) is None:
        s.add(SupervisorTeam(user_id=user.id, team_id=t.id))


def revoke_tokens(s: Session, user_id: int, now_ms: int) -> None:
    s.execute(
        update(AuthToken)
        .where(AuthToken.user_id == user_id, AuthToken.revoked_ms.is_(None))
        .values(revoked_ms=now_ms)
    )


def set_active(s: Session, username: str, active: bool, now_ms: int) -> User:
    """Disabling revokes every token at once (ASVS 7.4): the next request gets 401."""
    user = user_named(s, username)
    user.active = active
    if not active:
        revoke_tokens(s, user.id, now_ms)
    return user


def set_password(s: Session, passwords: Passwords, username: str, password: str, now_ms: int) -> None:
    if len(password) < 8:
        raise ServiceError(422, "password must have at least 8 characters")
    user = user_named(s, username)
    user.password_hash = passwords.hash(password)
    revoke_tokens(s, user.id, now_ms)


def visible_agent(s: Session, who: Principal, username: str) -> tuple[User, str | None]:
    """The agent ``username`` if ``who`` may see it; unknown and out-of-scope both give 403 to
    non-admins so that scope probing does not enumerate users."""
    user = s.scalar(select(User).where(User.username == username))
    if user is None:
        if who.role == "admin":
            raise not_found(f"user {username!r}")
        raise forbidden()
    team = team_name(s, user)
    if not who.can_see(user.username, team):
        raise forbidden()
    return user, team
