"""Wire schemas shared by the sync client and the central server (one module, one truth).

Every journal event travels as an :class:`EventEnvelope`. The envelope is immutable and carries
what the server needs to dedupe and order it without trusting the laptop's clock:
``event_id`` (UUIDv7, unique constraint on the server), ``device_id`` + ``seq`` (gap-free per
device), the laptop's wall time and monotonic time. The server adds its own receive time.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

API_PREFIX = "/api/v1"
MAX_BATCH = 500
"""Largest event batch the server accepts in one POST /events (bigger -> 413)."""


class EventKind(StrEnum):
    SHIFT_STARTED = "shift_started"
    SHIFT_ENDED = "shift_ended"
    STATUS_CHANGED = "status_changed"
    CALL_OFFERED = "call_offered"
    CALL_REJECTED = "call_rejected"
    CALL_ANSWERED = "call_answered"
    CALL_DIALED = "call_dialed"
    CALL_HELD = "call_held"
    CALL_RESUMED = "call_resumed"
    CALL_ENDED = "call_ended"
    CALL_QUALITY = "call_quality"
    NOTE_SAVED = "note_saved"


class EventEnvelope(BaseModel):
    """One immutable journal event as stored locally and sent to the server."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_id: str = Field(min_length=32, max_length=40, description="UUIDv7, globally unique")
    device_id: str = Field(min_length=8, max_length=64)
    seq: int = Field(ge=1, description="Per-device sequence number, gap-free, starts at 1")
    agent: str = Field(min_length=1, max_length=64, description="Login name the event belongs to")
    kind: EventKind
    at_ms: int = Field(ge=0, description="Laptop wall-clock time, Unix epoch milliseconds")
    mono_ns: int = Field(ge=0, description="Laptop monotonic clock, nanoseconds (ordering within a boot)")
    payload: dict[str, Any] = Field(default_factory=dict)
