"""Wallboard tokens and their one-time pairing codes (SQLAlchemy 2 models on the shared ``Base``).

A wallboard token is not a user: it has a name ("Floor 2 TV"), a list of teams and a secret,
and it opens nothing but the wallboard's feed. Only SHA-256 digests of secrets and pairing codes
are stored, as for login tokens.
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from agent_console.server.models import Base


class WallboardToken(Base):
    __tablename__ = "wallboard_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    teams: Mapped[list[str]] = mapped_column(JSON)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    """``None`` until a pairing code is redeemed (a token created for pairing has no secret yet)."""
    created_ms: Mapped[int] = mapped_column(BigInteger)
    changed_ms: Mapped[int] = mapped_column(BigInteger, index=True)
    """Last revocation or new secret: each server process polls it to close stale screens."""
    revoked_ms: Mapped[int | None] = mapped_column(BigInteger)
    last_used_ms: Mapped[int | None] = mapped_column(BigInteger)


class WallboardPairing(Base):
    """A short code the CLI prints; the page trades it once, before it expires, for a new secret."""

    __tablename__ = "wallboard_pairings"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_id: Mapped[int] = mapped_column(ForeignKey("wallboard_tokens.id", ondelete="CASCADE"), index=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    expires_ms: Mapped[int] = mapped_column(BigInteger)
    used_ms: Mapped[int | None] = mapped_column(BigInteger)
