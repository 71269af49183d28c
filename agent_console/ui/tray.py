"""Tray icon in the status colour with the window's own status menu.

The operator may hide the window to work in the government portal; the tray keeps the status
visible and a click away, and a ringing call pops a desktop notification when the window is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from agent_console.app.controller import ConsoleController
from agent_console.domain.status import Status
from agent_console.phone.api import CallInfo
from agent_console.ui import labels
from agent_console.ui.theme import status_icon


class StatusTray(QSystemTrayIcon):
    def __init__(self, controller: ConsoleController, menu: QMenu, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.setContextMenu(menu)
        self._status: Status | None = None
        self.activated.connect(self._activated)
        controller.changed.connect(self.refresh)
        controller.ringing.connect(self.notify_ringing)
        controller.refused_while_unavailable.connect(self._notify_refused)
        self.refresh()

    def refresh(self) -> None:
        s = self.controller.session
        if s.status != self._status:
            self._status = s.status
            self.setIcon(status_icon(s.status))
        self.setToolTip(
            QCoreApplication.translate("Tray", "Agent Console — %1").replace(
                "%1", labels.status_with_reason(s.status, s.reason)
            )
        )

    def window_hidden(self) -> bool:
        w = self.window
        return not w.isVisible() or w.isMinimized() or not w.isActiveWindow()

    def notify_ringing(self, info: CallInfo) -> None:
        if self.window_hidden() and self.isVisible():
            who = f"{info.remote_name} {info.remote_number}".strip()
            self.showMessage(
                QCoreApplication.translate("Tray", "Incoming call"), who, QSystemTrayIcon.MessageIcon.Information, 15000
            )

    def _notify_refused(self, info: CallInfo) -> None:
        pass  # refused calls are expected while on DND/Break: no popup, the status bar says it

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
