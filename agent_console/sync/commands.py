"""Supervisor commands applied to the agent's session (on the GUI thread, where it lives).

Kept out of the service so the rules are plain and testable: a forced status goes through the
domain like any choice (cause ``supervisor``), so it is journaled, synced and — during a call —
becomes *pending* instead of cutting the call; a forced logout ends the shift when no call is in
progress. Refusals are returned as text for the agent, never raised into Qt's event loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status, TransitionError
from agent_console.journal import JournalError
from agent_console.protocol import Command


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


@dataclass(frozen=True)
class CommandOutcome:
    applied: bool
    message: str
    """Translated text to show the agent (the supervisor's message, or what happened)."""
    logout: bool = False
    """The session must end: show the sign-in dialog."""


def apply_command(session: AgentSession, cmd: Command) -> CommandOutcome:
    who = cmd.issued_by
    if cmd.type == "message":
        return CommandOutcome(True, _tr("Message from {who}: {text}").format(who=who, text=cmd.text or ""))
    if cmd.type == "force_status":
        try:
            status = Status(cmd.status or "")
            if not session.shift_active:
                return CommandOutcome(False, _tr("{who} asked for a status change, but no shift is running.")
                                      .format(who=who))
            session.choose_status(status, cmd.reason if status == Status.BREAK else None, cause="supervisor")
        except (ValueError, TransitionError, JournalError) as exc:
            return CommandOutcome(False, _tr("{who} asked for a status change that could not be applied: {why}")
                                  .format(who=who, why=str(exc)))
        if cmd.reason:
            return CommandOutcome(True, _tr("{who} changed your status: {why}").format(who=who, why=cmd.reason))
        return CommandOutcome(True, _tr("{who} changed your status.").format(who=who))
    if cmd.type == "force_logout":
        try:
            if session.shift_active:
                session.end_shift()
        except (TransitionError, JournalError) as exc:
            return CommandOutcome(False, _tr("{who} signed you out; the shift stays open: {why}")
                                  .format(who=who, why=str(exc)), logout=True)
        return CommandOutcome(True, _tr("{who} signed you out.").format(who=who), logout=True)
    if cmd.type == "diagnostics":
        return CommandOutcome(True, "")  # the diagnostics wiring asks the agent (accept or decline)
    return CommandOutcome(False, _tr("Unknown command from {who}.").format(who=who))
