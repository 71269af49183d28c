"""Call notes as stored by ``note_saved`` events: versioned, never edited; reads return the
latest version per call."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.protocol import EventKind, Note
from agent_console.server.context import ServerContext
from agent_console.server.models import Event
from agent_console.server.services.clock import day_bounds


def notes_for_day(s: Session, ctx: ServerContext, user_id: int, day: date) -> list[Note]:
    start, end = day_bounds(day, ctx.tz)
    latest: dict[str, Note] = {}
    for at, payload in s.execute(
        select(Event.at_ms, Event.payload)
        .where(
            Event.user_id == user_id,
            Event.kind == EventKind.NOTE_SAVED.value,
            Event.at_ms >= start,
            Event.at_ms < end,
        )
        .order_by(Event.at_ms)
    ):
        note = Note(
            call_id=payload["call_id"],
            version=payload["version"],
            disposition=payload["disposition"],
            text=payload["text"],
            at_ms=at,
        )
        prev = latest.get(note.call_id)
        if prev is None or note.version >= prev.version:
            latest[note.call_id] = note
    return sorted(latest.values(), key=lambda n: n.at_ms)
