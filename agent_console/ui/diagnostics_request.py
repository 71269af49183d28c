"""The agent's prompt when a supervisor asks this console for its diagnostics: who asked, why, what
the file holds (and that no password is in it), and two answers — send it to IT, or decline.

A widget only: the answer leaves as a signal; sending and telling the server are the app layer's
(``app/diagnostics_wiring.py``). Not modal, so a call can be answered while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiagnosticsRequest", text)


class DiagnosticsRequestDialog(QDialog):
    answered = Signal(str, bool)
    """(command id, accepted)."""

    def __init__(self, command_id: str, asked_by: str, reason: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.command_id = command_id
        self.setObjectName("diagnosticsRequestDialog")
        self.setWindowTitle(_tr("Diagnostics requested"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.question = QLabel(_tr("%1 asks for this console's diagnostics, to send to IT.").replace("%1", asked_by))
        self.question.setObjectName("diagnosticsRequestQuestion")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        layout.addWidget(self.question)
        self.reason = QLabel(_tr("Reason: %1").replace("%1", reason) if reason else "")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setVisible(bool(reason))
        layout.addWidget(self.reason)
        details = QLabel(_tr(
            "The file holds this console's logs, versions, settings, audio devices, network and "
            "registration state and the last call's quality numbers. Passwords and sign-in tokens "
            "are never in it."))
        details.setWordWrap(True)
        layout.addWidget(details)
        buttons = QDialogButtonBox()
        self.send_button = QPushButton(_tr("&Send to IT"))
        self.send_button.setObjectName("sendDiagnosticsButton")
        self.decline_button = QPushButton(_tr("&Decline"))
        self.decline_button.setObjectName("declineDiagnosticsButton")
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.send_button.setDefault(True)
        self.setMinimumWidth(460)

    def done(self, result: int) -> None:
        """Closing the window (Esc, the title bar's ×) declines, like the Decline button."""
        super().done(result)
        self.answered.emit(self.command_id, result == QDialog.DialogCode.Accepted)
