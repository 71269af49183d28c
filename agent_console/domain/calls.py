"""What the agent knows about each call of the shift."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Outcome(StrEnum):
    ACTIVE = ""
    ANSWERED = "answered"       # inbound, talked
    MISSED = "missed"           # inbound, rang, ended unanswered
    REJECTED = "rejected"       # inbound, refused at once: agent unavailable
    COMPLETED = "completed"     # outbound, connected
    FAILED = "failed"           # outbound, never connected
    INTERRUPTED = "interrupted" # the app stopped (crash, kill) while the call was live


@dataclass
class CallRecord:
    call_id: str
    """Domain id (UUIDv7): unique across devices and restarts, unlike the phone's own ids."""
    direction: Direction
    number: str
    name: str
    offered_ms: int
    phone_call_id: str = ""
    """The phone's id of a live call in this process; empty for calls restored from the journal."""
    answered_ms: int | None = None
    ended_ms: int | None = None
    held_since_ms: int | None = None
    hold_ms: int = 0
    outcome: Outcome = Outcome.ACTIVE
    end_reason: str = ""
    mos: float | None = None
    rtt_ms: float | None = None
    jitter_ms: float | None = None
    loss_pct: float | None = None

    @property
    def live(self) -> bool:
        return self.ended_ms is None

    @property
    def talk_ms(self) -> int:
        if self.answered_ms is None or self.ended_ms is None:
            return 0
        return max(0, self.ended_ms - self.answered_ms - self.hold_ms)
