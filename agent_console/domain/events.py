"""What the domain emits: facts, each journaled before anyone is told about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from agent_console.event_kinds import EventKind


@dataclass(frozen=True)
class DomainEvent:
    kind: EventKind
    at_ms: int
    mono_ns: int
    payload: dict[str, Any] = field(default_factory=dict)


class EventSink(Protocol):
    """Durable storage for events (the journal). ``append`` returns only once the events are
    committed; on failure it raises and the domain leaves its state unchanged."""

    def append(self, agent: str, events: list[DomainEvent]) -> object: ...


class MemorySink:
    """Keeps events in a list: for tests and for replays that need no storage."""

    def __init__(self) -> None:
        self.events: list[DomainEvent] = []

    def append(self, agent: str, events: list[DomainEvent]) -> None:
        self.events.extend(events)
