"""The kinds of journal events, without the wire models.

The console needs them on its start path (the session and the journal restore the shift before the
window is shown), where importing pydantic and building the wire models of :mod:`agent_console.protocol`
would cost a fifth of a second and about 20 MB for nothing: they matter only once the sync client
talks to a server. :mod:`agent_console.protocol` re-exports :class:`EventKind`, so both spellings
name the same class.
"""

from __future__ import annotations

from enum import StrEnum


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
