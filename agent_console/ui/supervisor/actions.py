"""Asking the supervisor for an action's details: a message's text, a forced status and its
reason (required: the agent is shown it), a forced logout's confirmation; and saying plainly why
the server refused one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from agent_console.protocol import ActionRequest
from agent_console.ui import labels

FORCEABLE = ("available", "dnd", "break", "offline")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionDialog", text)


def refusal_text(detail: str) -> str:
    """The server's reason for refusing an action, in the supervisor's language."""
    if detail.startswith("offline:") or detail == "not connected":
        return _tr("The server cannot be reached; the action was not sent. Try again when the connection is back.")
    known = {
        "this agent is not in your teams": _tr("This agent is not in your teams: the server refused the action."),
        "forcing a status needs a reason": _tr("Forcing a status needs a reason."),
        "a message needs text": _tr("A message needs text."),
        "auth": _tr("Your sign-in has expired. Sign in again."),
        "this alert is no longer active": _tr("This alert has already ended."),
        "day is in the future": _tr("That day is in the future: choose today or an earlier day."),
        "not one of your teams": _tr("This team is not one of yours: the server refused."),
    }
    return known.get(detail, _tr("The server refused the action: %1").replace("%1", detail))


class ActionDialog(QDialog):
    """One dialog for the actions: ``kind`` is "message", "force_status", "force_logout" or
    "diagnostics" (ask the agent's console for its diagnostics; the agent may decline)."""

    def __init__(self, kind: str, agent_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        form = QFormLayout(self)
        self.text = QPlainTextEdit()
        self.status = QComboBox()
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        if kind == "message":
            self.setWindowTitle(_tr("Message to %1").replace("%1", agent_name))
            form.addRow(_tr("Message:"), self.text)
        elif kind == "force_status":
            self.setWindowTitle(_tr("Force the status of %1").replace("%1", agent_name))
            for s in FORCEABLE:
                self.status.addItem(labels.status_name(s), s)
            form.addRow(_tr("New status:"), self.status)
            self.reason.setPlaceholderText(_tr("Shown to the agent, e.g. back from a forgotten do-not-disturb"))
            form.addRow(_tr("Reason:"), self.reason)
        elif kind == "diagnostics":
            self.setWindowTitle(_tr("Ask %1 for diagnostics").replace("%1", agent_name))
            ask = QLabel(_tr("%1's console will ask them to send its diagnostics to IT; they may decline. "
                             "Reason (shown to the agent):").replace("%1", agent_name))
            ask.setWordWrap(True)
            form.addRow(ask)
            form.addRow(self.reason)
        else:
            self.setWindowTitle(_tr("Sign %1 out").replace("%1", agent_name))
            form.addRow(QLabel(_tr("%1 will be signed out and must sign in again. Reason:").replace("%1", agent_name)))
            form.addRow(self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def request(self) -> ActionRequest | None:
        """The action as entered, or ``None`` with ``self.error`` saying what is missing."""
        reason = self.reason.text().strip() or None
        if self.kind == "message":
            text = self.text.toPlainText().strip()
            if not text:
                self.error.setText(_tr("Write the message first."))
                return None
            return ActionRequest(type="message", text=text)
        if self.kind == "force_status":
            if not reason:
                self.error.setText(_tr("A reason is required: the agent is shown it."))
                return None
            return ActionRequest(type="force_status", status=self.status.currentData(), reason=reason)
        if self.kind == "diagnostics":
            return ActionRequest(type="diagnostics", reason=reason)
        return ActionRequest(type="force_logout", reason=reason)

    def _accept(self) -> None:
        if self.request() is not None:
            self.accept()
