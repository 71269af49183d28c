"""Agent statuses and the errors raised for transitions a call center does not allow."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    AVAILABLE = "available"
    DND = "dnd"               # Working — do not disturb
    BREAK = "break"
    OFFLINE = "offline"
    RINGING = "ringing"       # automatic
    ON_CALL = "on_call"       # automatic
    WRAP_UP = "wrap_up"       # automatic


MANUAL_STATUSES: frozenset[Status] = frozenset({Status.AVAILABLE, Status.DND, Status.BREAK, Status.OFFLINE})
AUTOMATIC_STATUSES: frozenset[Status] = frozenset({Status.RINGING, Status.ON_CALL, Status.WRAP_UP})
UNAVAILABLE_STATUSES: frozenset[Status] = frozenset({Status.DND, Status.BREAK, Status.OFFLINE})
"""Statuses in which the phone must not ring: incoming calls are refused at once."""


class TransitionError(Exception):
    """An action the rules forbid. ``code`` lets the UI show its own translated text;
    ``str(e)`` is a plain English explanation of what and why (logs, API)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
