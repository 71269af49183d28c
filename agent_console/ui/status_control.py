"""The big status control: what the operator is (and will be) at a glance, changed in one click.

The banner shows the actual status in its colour with the time in it; wrap-up shows its countdown
and the status the agent returns to; a status chosen during a call is shown as *next*. The four
buttons are the window's status actions (same as the menu and the tray), so shortcuts, menu,
tray and buttons can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from agent_console.app.controller import ConsoleController
from agent_console.domain.status import Status
from agent_console.ui import labels
from agent_console.ui.base import Retranslatable
from agent_console.ui.forms.ui_status_control import Ui_StatusControl
from agent_console.ui.theme import status_colour


class StatusControl(Retranslatable, QWidget):
    def __init__(
        self,
        controller: ConsoleController,
        actions: dict[Status, QAction],
        finish_wrapup: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = Ui_StatusControl()
        self.ui.setupUi(self)
        buttons = {
            Status.AVAILABLE: self.ui.availableButton,
            Status.DND: self.ui.dndButton,
            Status.BREAK: self.ui.breakButton,
            Status.OFFLINE: self.ui.offlineButton,
        }
        for status, button in buttons.items():
            button.setDefaultAction(actions[status])
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = actions[Status.BREAK].menu()
        if menu is not None:
            self.ui.breakButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.ui.finishWrapupButton.clicked.connect(finish_wrapup.trigger)
        self.ui.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._banner_colour = ""
        self._banner_floor: int | None = None
        controller.changed.connect(self.refresh)
        controller.second.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.controller.session
        now = self.controller.now_ms()
        colour = status_colour(s.status).name()
        if colour != self._banner_colour:  # a style sheet change re-polishes: only when it changes
            self._banner_colour = colour
            self.ui.banner.setStyleSheet(f"QFrame#banner {{ background: {colour}; border-radius: 12px; }}")
        self.ui.statusLabel.setText(labels.status_with_reason(s.status, s.reason))
        self.ui.timerLabel.setText(labels.format_duration(now - s.status_since_ms) if s.shift_active else "")
        self.ui.detailLabel.setText(self._detail(now))
        pending = s.pending
        self.ui.pendingLabel.setText(
            QCoreApplication.translate("StatusControl", "Next: %1").replace("%1", labels.status_with_reason(*pending))
            if pending
            else ""
        )
        self.ui.pendingLabel.setVisible(pending is not None)
        self.ui.finishWrapupButton.setVisible(s.status == Status.WRAP_UP)
        self._fit_banner()
        self.setAccessibleDescription(f"{self.ui.statusLabel.text()}. {self.ui.detailLabel.text()}")

    def _fit_banner(self) -> None:
        """The banner keeps its usual height (the form's minimum) but grows when its three lines
        need more, so the window's layout can never squeeze it and clip the status's title."""
        banner = self.ui.banner
        if self._banner_floor is None:
            self._banner_floor = banner.minimumHeight()
        layout = banner.layout()
        needed = max(self._banner_floor, layout.minimumSize().height() if layout is not None else 0)
        if banner.minimumHeight() != needed:
            banner.setMinimumHeight(needed)

    def _detail(self, now: int) -> str:
        c = self.controller
        s = c.session
        if not s.shift_active:
            return QCoreApplication.translate(
                "StatusControl", "Shift not started. Choose Available to start your shift."
            )
        if s.status == Status.WRAP_UP:
            return self._wrapup_detail(now)
        if s.status in (Status.ON_CALL, Status.RINGING):
            info = c.calls.get(c.focus_call or c.ringing_call or "")
            who = (info.remote_name or info.remote_number) if info else ""
            return (
                QCoreApplication.translate("StatusControl", "With %1")
                if s.status == Status.ON_CALL
                else QCoreApplication.translate("StatusControl", "Call from %1")
            ).replace("%1", who)
        if s.status == Status.BREAK:
            return QCoreApplication.translate("StatusControl", "Break left today: %1").replace(
                "%1", labels.format_duration(s.summary.break_left_ms(now))
            )
        if s.status == Status.AVAILABLE:
            return QCoreApplication.translate("StatusControl", "Waiting for calls")
        if s.status == Status.DND:
            return QCoreApplication.translate("StatusControl", "Calls are refused; callers hear busy")
        return QCoreApplication.translate("StatusControl", "Calls are refused")

    def _wrapup_detail(self, now: int) -> str:
        """Wrap-up never shows a countdown that has run out: once the time is up it says what
        ends the wrap-up (the outcome the policy requires, or the Finish wrap-up button)."""
        s = self.controller.session
        back = labels.status_with_reason(*s.after_calls)
        left = (s.wrapup_deadline_ms if s.wrapup_deadline_ms is not None else now) - now
        if s.disposition_missing:
            if left > 0:
                return QCoreApplication.translate(
                    "StatusControl", "Choose the call outcome, then you go back to %1"
                ).replace("%1", back)
            return QCoreApplication.translate(
                "StatusControl", "Time is up: choose an outcome to finish, then you go back to %1"
            ).replace("%1", back)
        if left > 0:
            seconds_up = -(-left // 1000) * 1000  # 0:01 until the very end, never 0:00 while counting
            return (
                QCoreApplication.translate("StatusControl", "Back to %1 in %2")
                .replace("%1", back)
                .replace("%2", labels.format_duration(seconds_up, hours=False))
            )
        return QCoreApplication.translate("StatusControl", "Time is up: press Finish wrap-up to go back to %1").replace(
            "%1", back
        )
