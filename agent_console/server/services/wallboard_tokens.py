"""Wallboard tokens: created, listed and revoked by an admin from the CLI; paired with a screen by
a one-time code; checked when a wallboard opens its feed.

A wallboard token opens the wallboard feed of its teams and nothing else: its secret starts with
``wb_`` and lives in its own table, so the REST API's bearer check (``auth_tokens``) never
accepts it. One token is one screen: redeeming a pairing code gives that screen a new secret,
which ends the previous one (a replaced TV needs no revocation).
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.protocol import WallboardPairResponse
from agent_console.server.models_wallboard import WallboardPairing, WallboardToken
from agent_console.server.security import token_digest
from agent_console.server.services.errors import ServiceError, not_found
from agent_console.server.services.users import team_named

audit = logging.getLogger("agent_console.server.audit")

PREFIX = "wb_"
PAIRING_TTL_MS = 15 * 60_000
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O, 1/I: read off a terminal and typed on a TV remote."""
CODE_LENGTH = 10
"""50 bits: with the pairing endpoint's throttle, guessing one in its 15 minutes is hopeless."""


@dataclass(frozen=True)
class Wallboard:
    """An authenticated wallboard: what the feed needs to scope and later close it."""

    id: int
    name: str
    teams: frozenset[str]
    digest: str


def is_wallboard_token(token: str) -> bool:
    return token.startswith(PREFIX)


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def _new_secret() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def _named(s: Session, ref: str) -> WallboardToken:
    row = s.scalar(select(WallboardToken).where(WallboardToken.name == ref))
    if row is None and ref.isdigit():
        row = s.get(WallboardToken, int(ref))
    if row is None:
        raise not_found(f"wallboard token {ref!r}")
    return row


def create(s: Session, name: str, teams: list[str], now_ms: int, with_secret: bool = False) -> tuple[int, str]:
    """A new token for ``teams`` (which must exist). Returns its id and either a pairing code
    (default) or, with ``with_secret``, the secret itself to paste into the page."""
    name = name.strip()
    if not name or len(name) > 100:
        raise ServiceError(422, "a wallboard token needs a name of 1 to 100 characters")
    if not teams:
        raise ServiceError(422, "a wallboard token needs at least one team")
    for team in teams:
        team_named(s, team)
    if s.scalar(select(WallboardToken.id).where(WallboardToken.name == name)) is not None:
        raise ServiceError(409, f"a wallboard token named {name!r} exists already")
    secret = _new_secret() if with_secret else None
    row = WallboardToken(
        name=name, teams=sorted(set(teams)), token_hash=token_digest(secret) if secret else None,
        created_ms=now_ms, changed_ms=now_ms,
    )
    s.add(row)
    s.flush()
    audit.info("wallboard token created id=%d name=%r teams=%s", row.id, name, ",".join(row.teams))
    return row.id, secret if secret else pairing_code(s, str(row.id), now_ms)


def pairing_code(s: Session, ref: str, now_ms: int) -> str:
    """A one-time code (valid ``PAIRING_TTL_MS``) that pairs a screen with this token."""
    row = _named(s, ref)
    if row.revoked_ms is not None:
        raise ServiceError(409, f"wallboard token {row.name!r} is revoked")
    code = _new_code()
    s.add(WallboardPairing(code_hash=token_digest(normalize_code(code)), token_id=row.id,
                           created_ms=now_ms, expires_ms=now_ms + PAIRING_TTL_MS))
    return code


def redeem(s: Session, code: str, now_ms: int) -> WallboardPairResponse:
    """Trade a pairing code for a new secret (once). Any failure is the same 401, so the answer
    says nothing about which codes exist."""
    pairing = s.get(WallboardPairing, token_digest(normalize_code(code)))
    row = s.get(WallboardToken, pairing.token_id) if pairing is not None else None
    if (pairing is None or row is None or pairing.used_ms is not None or pairing.expires_ms <= now_ms
            or row.revoked_ms is not None):
        raise ServiceError(401, "unknown, used or expired pairing code")
    pairing.used_ms = now_ms
    secret = _new_secret()
    row.token_hash = token_digest(secret)
    row.changed_ms = now_ms
    audit.info("wallboard paired id=%d name=%r", row.id, row.name)
    return WallboardPairResponse(token=secret, name=row.name, teams=list(row.teams))


def revoke(s: Session, ref: str, now_ms: int) -> str:
    row = _named(s, ref)
    if row.revoked_ms is None:
        row.revoked_ms = now_ms
        row.changed_ms = now_ms
        audit.info("wallboard token revoked id=%d name=%r", row.id, row.name)
    return row.name


def listing(s: Session) -> list[dict[str, Any]]:
    return [
        {"id": r.id, "name": r.name, "teams": list(r.teams), "created_ms": r.created_ms,
         "paired": r.token_hash is not None, "revoked_ms": r.revoked_ms, "last_used_ms": r.last_used_ms}
        for r in s.scalars(select(WallboardToken).order_by(WallboardToken.id))
    ]


def authenticate(s: Session, token: str, now_ms: int) -> Wallboard | None:
    """The wallboard behind a secret, or ``None`` (unknown, replaced or revoked)."""
    if not is_wallboard_token(token) or len(token) > 256:
        return None
    digest = token_digest(token)
    row = s.scalar(select(WallboardToken).where(WallboardToken.token_hash == digest))
    if row is None or row.revoked_ms is not None:
        return None
    row.last_used_ms = now_ms
    return Wallboard(id=row.id, name=row.name, teams=frozenset(row.teams), digest=digest)


def changed_since(s: Session, since_ms: int) -> dict[int, str | None]:
    """Tokens revoked or given a new secret since ``since_ms``: id -> current digest (``None``:
    revoked). A screen whose digest differs must be closed."""
    rows = s.execute(
        select(WallboardToken.id, WallboardToken.token_hash, WallboardToken.revoked_ms)
        .where(WallboardToken.changed_ms >= since_ms)
    )
    return {r.id: (None if r.revoked_ms is not None else r.token_hash) for r in rows}
