"""SQLAlchemy 2 models. Times are Unix epoch milliseconds (BigInteger): laptop time (``at_ms``)
and server receive time (``received_ms``) are kept apart so reports can correct clock skew."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    console_version: Mapped[str | None] = mapped_column(String(32), default=None)
    """Reported by the console when it fetches provisioning; shown on the supervisors' board."""


class SupervisorTeam(Base):
    """Extra teams a supervisor watches (besides their own ``users.team_id``)."""

    __tablename__ = "supervisor_teams"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)


class AuthToken(Base):
    """Opaque bearer tokens: only their SHA-256 is stored, so a database leak yields no token."""

    __tablename__ = "auth_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    expires_ms: Mapped[int] = mapped_column(BigInteger)
    revoked_ms: Mapped[int | None] = mapped_column(BigInteger, index=True)
    """Indexed: every server process polls recent revocations (see ``services.auth.RevocationWatch``)."""
    address: Mapped[str | None] = mapped_column(String(64))


class Event(Base):
    """Journal events as received. ``event_id`` is unique: the dedupe happens in the INSERT."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(40), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(32))
    at_ms: Mapped[int] = mapped_column(BigInteger)
    mono_ns: Mapped[int] = mapped_column(BigInteger)
    call_id: Mapped[str | None] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_ms: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_events_user_at", "user_id", "at_ms"),
        Index("ix_events_user_call", "user_id", "call_id"),
        Index("ix_events_device_seq", "device_id", "seq"),
    )


class AgentState(Base):
    """Current board state of one agent, updated in the ingest transaction. Status updates apply
    only if newer (``status_at_ms``), so out-of-order batches cannot move the board back."""

    __tablename__ = "agent_state"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="offline")
    reason: Mapped[str | None] = mapped_column(String(200))
    since_ms: Mapped[int | None] = mapped_column(BigInteger)
    status_at_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    unreachable: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seen_ms: Mapped[int | None] = mapped_column(BigInteger)
    updated_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    phone: Mapped[str | None] = mapped_column(String(16))
    """registered / unreachable / not_configured, as the console last reported (live channel)."""
    phone_since_ms: Mapped[int | None] = mapped_column(BigInteger)
    quality_call_id: Mapped[str | None] = mapped_column(String(64))
    """The call the latest quality report (``q_*``) belongs to."""
    q_mos: Mapped[float | None] = mapped_column(Float)
    q_loss: Mapped[float | None] = mapped_column(Float)
    q_at_ms: Mapped[int | None] = mapped_column(BigInteger)
    break_day: Mapped[str | None] = mapped_column(String(10))
    break_used_ms: Mapped[int | None] = mapped_column(BigInteger)
    """Break time of ``break_day`` before the current status began."""


class Call(Base):
    """One call per (agent, call id), assembled from its events in any arrival order: every
    column is filled by an upsert that keeps the first/greatest value."""

    __tablename__ = "calls"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    call_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[str] = mapped_column(String(10))
    first_ms: Mapped[int] = mapped_column(BigInteger)
    direction: Mapped[str | None] = mapped_column(String(8))
    number: Mapped[str | None] = mapped_column(String(200))
    offered_ms: Mapped[int | None] = mapped_column(BigInteger)
    dialed_ms: Mapped[int | None] = mapped_column(BigInteger)
    rejected_ms: Mapped[int | None] = mapped_column(BigInteger)
    answered_ms: Mapped[int | None] = mapped_column(BigInteger)
    ended_ms: Mapped[int | None] = mapped_column(BigInteger)
    ended_answered: Mapped[bool | None] = mapped_column(Boolean)
    held_ms: Mapped[int | None] = mapped_column(BigInteger)
    resumed_ms: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_calls_day_user", "day", "user_id"), Index("ix_calls_ended", "ended_ms"))


class SipAccountRow(Base):
    __tablename__ = "sip_accounts"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    registrar: Mapped[str] = mapped_column(String(255))
    transport: Mapped[str] = mapped_column(String(8))
    extension: Mapped[str] = mapped_column(String(64))
    password: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str | None] = mapped_column(String(200))


class PolicyLayer(Base):
    """Policy values set by IT at one scope: ``global`` (ref ''), ``team`` (team name) or
    ``agent`` (username). Provisioning merges global -> team -> agent."""

    __tablename__ = "policy_layers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(8))
    ref: Mapped[str] = mapped_column(String(64))
    values: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (UniqueConstraint("scope", "ref", name="uq_policy_layers_scope_ref"),)


class CommandRow(Base):
    __tablename__ = "commands"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    issued_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(200))
    created_ms: Mapped[int] = mapped_column(BigInteger)
    delivered_ms: Mapped[int | None] = mapped_column(BigInteger)
    answer: Mapped[str | None] = mapped_column(String(16))
    """The agent's answer to a diagnostics request: accepted or declined."""
    answered_ms: Mapped[int | None] = mapped_column(BigInteger)
    upload_id: Mapped[str | None] = mapped_column(String(40))


class AlertPolicyRow(Base):
    """A team's alert thresholds (JSON of ``protocol.AlertPolicy``); a team without a row uses
    the defaults."""

    __tablename__ = "alert_policies"
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_ms: Mapped[int] = mapped_column(BigInteger)


class AlertAck(Base):
    """Who acknowledged which alert occurrence, and when (kept after the alert clears)."""

    __tablename__ = "alert_acks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_key: Mapped[str] = mapped_column(String(200), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    acked_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    acked_ms: Mapped[int] = mapped_column(BigInteger)


class NoteAnnotation(Base):
    """A supervisor's annotation of a call note: a version of its own, never an edit of the
    agent's versions (those stay in ``events``)."""

    __tablename__ = "note_annotations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    call_id: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    at_ms: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_note_annotations_user_call", "user_id", "call_id"),)


# The wallboard's tables live in their own module; imported here so that ``Base.metadata``
# (migrations, schema checks) always holds them.
from agent_console.server import models_wallboard as _models_wallboard  # noqa: E402,F401
