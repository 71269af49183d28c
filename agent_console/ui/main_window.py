"""The agent window: assembles the panels around the controller and routes actions to it.

All commands go through QActions declared in ``ui/main_window.ui`` (menu, shortcuts, buttons and
the tray share them), and every action only calls the controller. What the window decides itself
is presentation: which call page to show, which actions are enabled, where focus goes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSystemTrayIcon,
    QWidget,
)

from agent_console import __version__
from agent_console.app.config import AppConfig
from agent_console.app.controller import ConsoleController
from agent_console.domain.status import Status
from agent_console.phone.api import CallInfo, CallState, RegState
from agent_console.ui import labels
from agent_console.ui.forms.ui_main_window import Ui_MainWindow
from agent_console.ui.history_panel import HistoryPanel
from agent_console.ui.incall_panel import InCallPanel
from agent_console.ui.notes_panel import NotesPanel
from agent_console.ui.operator_text import for_operator
from agent_console.ui.ringing_panel import RingingPanel
from agent_console.ui.shift_panel import ShiftPanel
from agent_console.ui.shortcuts import ShortcutGuard
from agent_console.ui.status_control import StatusControl
from agent_console.ui.theme import app_icon, status_colour
from agent_console.ui.tray import StatusTray

log = logging.getLogger(__name__)

MESSAGE_MS = {"info": 8000, "warning": 15000, "error": 60000}
REG_OK = (RegState.REGISTERED.value, RegState.DIRECT.value)


class MainWindow(QMainWindow):
    settings_accepted = Signal(object, str)
    """AppConfig, new SIP password ("" = unchanged): the app saves and applies them."""
    quit_requested = Signal()
    export_diagnostics_requested = Signal(str)
    """A path the user chose for the diagnostics zip: the app writes it (see app/diagnostics_wiring)."""

    def __init__(
        self, controller: ConsoleController, config: AppConfig | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.config = config or AppConfig()
        self.device_lister: Callable[[], dict[str, list[tuple[str, str]]]] | None = None
        """Set by the app: {"input": [(id, label)], "output": ..., "ringer": ...} for Settings."""
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        u = self.ui
        self.status_actions: dict[Status, QAction] = {
            Status.AVAILABLE: u.actionAvailable,
            Status.DND: u.actionDnd,
            Status.BREAK: u.actionBreak,
            Status.OFFLINE: u.actionOffline,
        }
        self.break_menu = QMenu(self)
        self.break_menu.setObjectName("breakMenu")
        u.actionBreak.setMenu(self.break_menu)
        self._build_break_menu()
        self.apply_shortcuts(self.config.shortcuts)

        self.status_control = StatusControl(controller, self.status_actions, u.actionFinishWrapup, u.statusHost)
        u.statusHostLayout.addWidget(self.status_control)
        self.ringing_panel = RingingPanel(controller, u.actionAnswer, u.actionDecline, u.ringingHost)
        u.ringingHostLayout.addWidget(self.ringing_panel)
        self.incall_panel = InCallPanel(controller, u.actionHangup, u.actionHold, u.actionMute, u.inCallHost)
        u.inCallHostLayout.addWidget(self.incall_panel)
        # A popup is a window of its own: it carries the window's commands so their keys work there.
        self.incall_panel.keypad_popup.addActions(self.shortcut_actions())
        self.notes_panel = NotesPanel(controller, u.notesHost)
        u.notesHostLayout.addWidget(self.notes_panel)
        self.shift_panel = ShiftPanel(controller, u.shiftHost)
        # In a scroll area: the figures may scroll on a small screen, but they never force the
        # window taller than the screen (it grew 720 -> 738 px when the message strip appeared).
        self.shift_scroll = QScrollArea(u.shiftHost)
        self.shift_scroll.setObjectName("shiftScroll")
        self.shift_scroll.setWidgetResizable(True)
        self.shift_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.shift_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.shift_scroll.setWidget(self.shift_panel)
        # The tab's own background shows through (setWidget paints the panel with the light palette).
        # Found by its Qt object name: viewport() makes PySide6 look up the most derived type of the
        # widget it returns, which builds the Python types (and enums) of every QWidget subclass the
        # first time, about 15 ms before the first paint.
        viewport = self.shift_scroll.findChild(QWidget, "qt_scrollarea_viewport")
        (viewport or self.shift_scroll.viewport()).setAutoFillBackground(False)
        self.shift_panel.setAutoFillBackground(False)
        u.shiftHostLayout.addWidget(self.shift_scroll)
        self.history_panel = HistoryPanel(controller, u.historyHost)
        u.historyHostLayout.addWidget(self.history_panel)
        self.history_panel.edit_requested = self._edit_note_requested
        # Hosts add no margins of their own: the whole window fits a 1366x768 laptop screen.
        for layout in (u.shiftTabLayout, u.historyTabLayout, u.ringingPageLayout, u.inCallPageLayout):
            layout.setContentsMargins(0, 0, 0, 0)
        u.callSplitter.setSizes([620, 480])
        u.mainSplitter.setSizes([400, 360])
        u.mainSplitter.setStretchFactor(0, 3)
        u.mainSplitter.setStretchFactor(1, 2)

        self.reg_label = QLabel(self)
        self.reg_label.setObjectName("regLabel")
        self.reg_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Phone connection"))
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncLabel")
        self.sync_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Server connection"))
        self.journal_label = QLabel(self)
        self.journal_label.setObjectName("journalLabel")
        self.journal_label.setAccessibleName(QCoreApplication.translate("MainWindow", "Local journal"))
        u.statusbar.addWidget(self.reg_label)
        u.statusbar.addWidget(self.sync_label)
        u.statusbar.addPermanentWidget(self.journal_label)
        u.messageLabel.setVisible(False)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.clear_message)
        self._sync_text = ""
        self._refused_shown = False

        self._connect_actions()
        controller.changed.connect(self.refresh)
        controller.ringing.connect(self._on_ringing)
        controller.refused_while_unavailable.connect(self._on_refused)
        controller.message.connect(self.show_message)
        controller.registration.connect(lambda _s, _t: self._refresh_statusbar())
        controller.second.connect(self._refresh_journal_label)
        controller.second.connect(lambda: self.ui.idleSummaryLabel.setText(self._idle_summary()))
        controller.sync_state.connect(self.set_sync_state)

        # On the widgets that can hold the focus (ShortcutOverride goes to the focus widget), not on
        # the whole application: a Python filter there would see every event of every object.
        self.shortcut_guard = ShortcutGuard(self, self.shortcut_actions)
        for widget in [self, *self.findChildren(QWidget)]:  # the keypad popup is a child too
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.installEventFilter(self.shortcut_guard)

        self.tray_menu = QMenu(self)
        for action in (
            u.actionAvailable,
            u.actionDnd,
            u.actionBreak,
            u.actionOffline,
            None,
            u.actionShowWindow,
            u.actionQuit,
        ):
            if action is None:
                self.tray_menu.addSeparator()
            else:
                self.tray_menu.addAction(action)
        self.tray = StatusTray(controller, self.tray_menu, self)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.refresh()

    # -- wiring --------------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        u, c = self.ui, self.controller
        u.actionAvailable.triggered.connect(lambda: self._choose(Status.AVAILABLE))
        u.actionDnd.triggered.connect(lambda: self._choose(Status.DND))
        u.actionOffline.triggered.connect(lambda: self._choose(Status.OFFLINE))
        u.actionBreak.triggered.connect(self._pop_break_menu)
        u.actionFinishWrapup.triggered.connect(self.finish_wrapup)
        u.actionAnswer.triggered.connect(c.answer)
        u.actionDecline.triggered.connect(c.decline)
        u.actionHangup.triggered.connect(c.hangup)
        u.actionHold.triggered.connect(lambda checked: c.set_hold(bool(checked)))
        u.actionMute.triggered.connect(lambda checked: c.set_mute(bool(checked)))
        u.actionDial.triggered.connect(self._focus_dial)
        u.dialButton.clicked.connect(self._dial)
        u.dialEdit.returnPressed.connect(self._dial)
        u.actionSaveNote.triggered.connect(self.notes_panel.commit)
        u.actionStartShift.triggered.connect(c.start_shift)
        u.actionEndShift.triggered.connect(self._end_shift)
        u.actionSearchHistory.triggered.connect(self._focus_search)
        u.actionSettings.triggered.connect(lambda: self.open_settings())
        u.actionShowWindow.triggered.connect(self._show_window)
        u.actionAbout.triggered.connect(
            lambda: self.show_message(
                "info", QCoreApplication.translate("MainWindow", "Agent Console %1").replace("%1", __version__)
            )
        )
        u.actionQuit.triggered.connect(self.quit_requested.emit)
        self.actionExportDiagnostics = QAction(
            QCoreApplication.translate("Diagnostics", "Export &diagnostics…"), self)
        self.actionExportDiagnostics.setObjectName("actionExportDiagnostics")
        u.menuTools.insertAction(u.actionAbout, self.actionExportDiagnostics)
        self.actionExportDiagnostics.triggered.connect(self._export_diagnostics)

    def _build_break_menu(self) -> None:
        self.break_menu.clear()
        for code in self.controller.session.policy.break_reasons:
            action = self.break_menu.addAction(labels.break_reason(code))
            action.setObjectName(f"break_{code}")
            action.setData(code)
            action.triggered.connect(lambda _=False, r=code: self._choose(Status.BREAK, r))

    def refresh_policy(self) -> None:
        """New provisioning (break reasons, dispositions): rebuild what depends on the policy."""
        self._build_break_menu()
        self.notes_panel.refresh()
        self.refresh()

    def apply_shortcuts(self, shortcuts: dict[str, str]) -> None:
        for name, seq in shortcuts.items():
            action = self.findChild(QAction, name)
            if action is not None:
                action.setShortcut(QKeySequence(seq))

    def _export_diagnostics(self) -> None:
        import time

        from PySide6.QtWidgets import QFileDialog

        name = time.strftime("agent-console-diagnostics-%Y%m%d-%H%M.zip")
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("Diagnostics", "Export diagnostics"), str(Path.home() / name),
            QCoreApplication.translate("Diagnostics", "Zip files (*.zip)"))
        if path:
            self.export_diagnostics_requested.emit(path)

    def shortcut_actions(self) -> list[QAction]:
        u = self.ui
        return [
            u.actionAvailable,
            u.actionDnd,
            u.actionBreak,
            u.actionOffline,
            u.actionFinishWrapup,
            u.actionAnswer,
            u.actionDecline,
            u.actionHangup,
            u.actionHold,
            u.actionMute,
            u.actionDial,
            u.actionSaveNote,
            u.actionSearchHistory,
            u.actionSettings,
            u.actionQuit,
        ]

    # -- commands ------------------------------------------------------------------------------------

    def _choose(self, status: Status, reason: str | None = None) -> None:
        self.clear_message()
        self.controller.choose_status(status, reason)
        self.refresh()  # a refused change must put the checked button back

    def _pop_break_menu(self) -> None:
        self.refresh()
        button = self.status_control.ui.breakButton
        self.break_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        if self.break_menu.actions():
            self.break_menu.setActiveAction(self.break_menu.actions()[0])

    def finish_wrapup(self) -> None:
        self.notes_panel.commit()
        self.controller.finish_wrapup()

    def _end_shift(self) -> None:
        self.notes_panel.commit()
        self.controller.end_shift()

    def _dial(self) -> None:
        if self.controller.dial(self.ui.dialEdit.text()):
            self.ui.dialEdit.clear()

    def _focus_dial(self) -> None:
        if self.ui.callStack.currentWidget() is self.ui.idlePage:
            self.ui.dialEdit.setFocus()
            self.ui.dialEdit.selectAll()

    def _focus_search(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.historyTab)
        self.history_panel.ui.searchEdit.setFocus()

    def _edit_note_requested(self) -> None:
        self.notes_panel.ui.noteEdit.setFocus()

    def _show_window(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_settings(self, intro: str = "") -> None:
        """``intro``: why the dialog opened by itself (it then opens on the phone account)."""
        from agent_console.ui.settings_dialog import SettingsDialog  # not needed to start: keep startup lean

        devices = self.device_lister() if self.device_lister is not None else {}
        dialog = SettingsDialog(self.config, self.shortcut_actions(), devices, self)
        if intro:
            dialog.show_intro(intro)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self.settings_accepted.emit(dialog.result_config(), dialog.password()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.settings_dialog = dialog

    # -- redraw --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        c = self.controller
        s = c.session
        u = self.ui
        after = s.after_calls[0] if s.shift_active else None
        for status, action in self.status_actions.items():
            action.setChecked(status == after)
        for action in self.break_menu.actions():
            action.setCheckable(True)
            action.setChecked(after == Status.BREAK and s.after_calls[1] == action.data())
        u.actionOffline.setEnabled(not s.active_calls)
        u.actionFinishWrapup.setEnabled(s.status == Status.WRAP_UP)
        ringing = c.ringing_call is not None
        u.actionAnswer.setEnabled(ringing)
        u.actionDecline.setEnabled(ringing)
        focus = c.calls.get(c.focus_call or "")
        in_call = focus is not None and focus.state in (CallState.CONNECTED, CallState.HELD)
        u.actionHangup.setEnabled(focus is not None or ringing)
        u.actionHold.setEnabled(in_call)
        u.actionMute.setEnabled(in_call)
        u.actionStartShift.setEnabled(not s.shift_active)
        u.actionEndShift.setEnabled(s.shift_active and not s.active_calls)
        page = u.ringingPage if ringing else (u.inCallPage if focus is not None else u.idlePage)
        if u.callStack.currentWidget() is not page:
            self._size_call_area_for(page)
            u.callStack.setCurrentWidget(page)
            if page is u.ringingPage:
                self.ringing_panel.ui.answerButton.setFocus()
            elif page is u.inCallPage:
                self.notes_panel.ui.noteEdit.setFocus()
        self._clear_stale_refusal()
        u.idleLabel.setText(self._idle_text())
        u.idleSummaryLabel.setText(self._idle_summary())
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "%1 — Agent Console").replace(
                "%1", labels.status_with_reason(s.status, s.reason)
            )
        )
        self._refresh_statusbar()

    def _size_call_area_for(self, page: QWidget) -> None:
        """The call area needs only the shown page's room (a stacked widget asks for its largest
        page's): when idle, the history below gets the in-call panel's extra height."""
        stack = self.ui.callStack
        for i in range(stack.count()):
            other = stack.widget(i)
            if other is None:
                continue
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        stack.updateGeometry()

    def _idle_text(self) -> str:
        s = self.controller.session
        if not s.shift_active:
            return QCoreApplication.translate("MainWindow", "Good day! Choose Available to start your shift.")
        if s.status == Status.AVAILABLE:
            if self.controller.reg_state not in REG_OK:
                return QCoreApplication.translate(
                    "MainWindow", "You are available, but the phone is not connected yet."
                )
            return QCoreApplication.translate("MainWindow", "No call right now. Calls will ring here.")
        if s.status == Status.WRAP_UP:
            return QCoreApplication.translate("MainWindow", "Finish your notes for the last call.")
        return QCoreApplication.translate("MainWindow", "Calls will not ring while you are: %1").replace(
            "%1", labels.status_with_reason(s.status, s.reason)
        )

    def _idle_summary(self) -> str:
        """Today at a glance under the idle text: calls, average handle time, break left."""
        s = self.controller.session
        if not s.shift_active:
            return ""
        now = self.controller.now_ms()
        summary = s.summary
        return (
            QCoreApplication.translate("MainWindow", "Today: %1 answered · average %2 · break left %3")
            .replace("%1", str(summary.answered))
            .replace("%2", labels.format_duration(summary.aht_ms(now), hours=False))
            .replace("%3", labels.format_amount(summary.break_left_ms(now)))
        )

    def _refresh_statusbar(self) -> None:
        c = self.controller
        ok = c.reg_state in REG_OK
        colour = status_colour(Status.AVAILABLE if ok else Status.BREAK).name()
        if c.reg_state in ("failed_auth", "failed_forbidden", "failed_tls"):
            colour = status_colour(Status.ON_CALL).name()
        self.reg_label.setText(f"<span style='color:{colour}'>●</span> {c.reg_text}")
        self.sync_label.setText(self._sync_text)
        self._refresh_journal_label()

    def _refresh_journal_label(self) -> None:
        """Also every second: the sync thread empties the outbox without a domain change, and a
        label still saying "2 events waiting" next to "Synced" reads as a contradiction."""
        c = self.controller
        try:
            waiting = c.journal.outbox_count()
        except Exception:  # a status bar must never take the window down
            waiting = -1
        if waiting >= 0 and not self.config.server_url:
            # Nobody drains the outbox without a server: a growing "N waiting" would read as a fault.
            # The events stay kept for a server configured later.
            self.journal_label.setText(
                QCoreApplication.translate("MainWindow", "Saved on this computer (no server configured)")
            )
        elif waiting > 0:
            self.journal_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "Saved on this computer; %n event(s) waiting to sync", "", waiting
                )
            )
        elif waiting == 0:
            self.journal_label.setText(QCoreApplication.translate("MainWindow", "All work saved"))
        else:
            self.journal_label.setText(QCoreApplication.translate("MainWindow", "Journal unavailable"))

    def set_sync_state(self, text: str) -> None:
        """Seam for the sync client (issue 7): "Server: connected" / "offline — your work is saved"."""
        self._sync_text = text
        self.sync_label.setText(text)

    # -- messages ------------------------------------------------------------------------------------

    def show_message(self, level: str, text: str) -> None:
        text, detail = for_operator(text)
        if detail:
            log.warning("message shown without its technical detail: %s", detail)
        label = self.ui.messageLabel
        label.setProperty("level", level)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(True)
        self._message_timer.start(MESSAGE_MS.get(level, 8000))

    def clear_message(self) -> None:
        self.ui.messageLabel.setVisible(False)
        self.ui.messageLabel.setText("")

    def _on_ringing(self, info: CallInfo) -> None:
        QApplication.alert(self, 0)  # the views already redrew on ``changed``; flash the taskbar

    def _on_refused(self, info: CallInfo) -> None:
        who = f"{info.remote_name} {info.remote_number}".strip()
        if self.controller.session.status == Status.WRAP_UP:
            text = QCoreApplication.translate(
                "MainWindow", "Refused a call from %1 during wrap-up of the last call."
            )
        else:
            text = QCoreApplication.translate("MainWindow", "Refused a call from %1: you are not available.")
        self.ui.statusbar.showMessage(text.replace("%1", who), 10000)
        self._refused_shown = True

    def _clear_stale_refusal(self) -> None:
        """Once calls ring again, "you are not available" is no longer true: take it down."""
        if self._refused_shown and self.controller.session.accepts_calls:
            self._refused_shown = False
            self.ui.statusbar.clearMessage()

    # -- Qt events -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._build_break_menu()
            self.refresh()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.session.active_calls:
            event.ignore()
            self.show_message(
                "warning", QCoreApplication.translate("MainWindow", "Hang up before closing Agent Console.")
            )
            return
        self.notes_panel.commit()
        event.accept()
        self.quit_requested.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.ui.messageLabel.isVisible():
            self.clear_message()
            return
        super().keyPressEvent(event)
