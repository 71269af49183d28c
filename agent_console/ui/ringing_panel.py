"""The ringing panel: who is calling, Answer / Decline, big enough to hit without looking twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QWidget

from agent_console.app.controller import ConsoleController
from agent_console.ui.base import Retranslatable
from agent_console.ui.forms.ui_ringing_panel import Ui_RingingPanel


class RingingPanel(Retranslatable, QFrame):
    def __init__(
        self, controller: ConsoleController, answer: QAction, decline: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._answer, self._decline = answer, decline
        self.ui = Ui_RingingPanel()
        self.ui.setupUi(self)
        self.ui.answerButton.clicked.connect(answer.trigger)
        self.ui.declineButton.clicked.connect(decline.trigger)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        info = c.calls.get(c.ringing_call or "")
        self.ui.numberLabel.setText(info.remote_number if info else "")
        self.ui.nameLabel.setText(info.remote_name if info else "")
        self.ui.nameLabel.setVisible(bool(info and info.remote_name))
        if c.focus_call is not None:
            self.ui.titleLabel.setText(
                QCoreApplication.translate("RingingPanel", "Second call — the current caller will be put on hold")
            )
        else:
            self.ui.titleLabel.setText(QCoreApplication.translate("RingingPanel", "Incoming call"))
        native = QKeySequence.SequenceFormat.NativeText
        self.ui.hintLabel.setText(
            QCoreApplication.translate("RingingPanel", "%1 to answer, %2 to decline")
            .replace("%1", self._answer.shortcut().toString(native))
            .replace("%2", self._decline.shortcut().toString(native))
        )
