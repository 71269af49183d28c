"""The in-call panel: timer, hold, mute, keypad, transfer, hang up, and the line quality."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from agent_console.app.controller import ConsoleController
from agent_console.phone.api import CallQuality, CallState
from agent_console.ui import labels
from agent_console.ui.base import Retranslatable
from agent_console.ui.forms.ui_incall_panel import Ui_InCallPanel

QUALITY_COLOURS = {"good": "#2e7d4f", "fair": "#c07a12", "poor": "#b5483f"}
DTMF_KEYS = "0123456789*#"


class InCallPanel(Retranslatable, QFrame):
    def __init__(
        self,
        controller: ConsoleController,
        hangup: QAction,
        hold: QAction,
        mute: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._hold, self._mute = hold, mute
        self.ui = Ui_InCallPanel()
        self.ui.setupUi(self)
        self.ui.hangupButton.clicked.connect(hangup.trigger)
        self.ui.holdButton.clicked.connect(hold.trigger)
        self.ui.muteButton.clicked.connect(mute.trigger)
        self.ui.keypad.setVisible(False)
        self.ui.keypadButton.toggled.connect(self._show_keypad)
        for key in self.ui.keypad.findChildren(QPushButton):
            digit = key.text()
            key.clicked.connect(lambda _=False, d=digit: controller.send_dtmf(d))
            key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ui.blindTransferButton.clicked.connect(lambda: controller.transfer_blind(self.ui.transferTarget.text()))
        self.ui.consultButton.clicked.connect(lambda: controller.consult(self.ui.transferTarget.text()))
        self.ui.completeTransferButton.clicked.connect(controller.complete_transfer)
        controller.changed.connect(self.refresh)
        controller.second.connect(self._refresh_timer)
        controller.quality.connect(self._on_quality)
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        info = c.calls.get(c.focus_call or "")
        self.ui.numberLabel.setText(info.remote_number if info else "")
        self.ui.nameLabel.setText(info.remote_name if info else "")
        state = info.state if info else None
        self.ui.stateLabel.setText(
            {
                CallState.CONNECTED: QCoreApplication.translate("InCallPanel", "Connected"),
                CallState.HELD: QCoreApplication.translate("InCallPanel", "On hold — the caller hears silence"),
                CallState.DIALING: QCoreApplication.translate("InCallPanel", "Calling…"),
                CallState.RINGING_OUT: QCoreApplication.translate("InCallPanel", "Ringing at the other end…"),
            }.get(state, "")
            if state
            else ""
        )  # type: ignore[arg-type]
        held = state == CallState.HELD
        self._hold.setChecked(held)
        self.ui.holdButton.setChecked(held)
        self.ui.holdButton.setText(
            QCoreApplication.translate("InCallPanel", "Resume")
            if held
            else QCoreApplication.translate("InCallPanel", "Hold")
        )
        self._mute.setChecked(c.muted)
        self.ui.muteButton.setChecked(c.muted)
        self.ui.muteButton.setText(
            QCoreApplication.translate("InCallPanel", "Unmute")
            if c.muted
            else QCoreApplication.translate("InCallPanel", "Mute")
        )
        connected = state in (CallState.CONNECTED, CallState.HELD)
        for w in (self.ui.holdButton, self.ui.keypadButton, self.ui.blindTransferButton, self.ui.consultButton):
            w.setEnabled(connected)
        self.ui.completeTransferButton.setVisible(c.consult_call is not None)
        self.ui.consultButton.setVisible(c.consult_call is None)
        q = c.qualities.get(c.focus_call or "")
        self._show_quality(q)
        self._refresh_timer()

    def _show_keypad(self, on: bool) -> None:
        """The keypad takes the transfer box's place: the panel stays laptop-screen sized."""
        self.ui.keypad.setVisible(on)
        self.ui.transferBox.setVisible(not on)

    def _refresh_timer(self) -> None:
        c = self.controller
        record = c.record_for(c.focus_call)
        if record is None:
            self.ui.callTimerLabel.setText("")
            return
        start = record.answered_ms or record.offered_ms
        self.ui.callTimerLabel.setText(labels.format_duration(c.now_ms() - start, hours=False))

    def _on_quality(self, call_id: str, quality: CallQuality) -> None:
        if call_id == self.controller.focus_call:
            self._show_quality(quality)

    def _show_quality(self, q: CallQuality | None) -> None:
        if q is None:
            self.ui.qualityLabel.setText("")
            self.ui.qualityLabel.setToolTip("")
            return
        colour = QUALITY_COLOURS.get(q.grade, "#6b7785")
        self.ui.qualityLabel.setText(f"<span style='color:{colour}'>●</span> {labels.quality(q.grade)}")
        self.ui.qualityLabel.setToolTip(
            QCoreApplication.translate("InCallPanel", "MOS %1, round trip %2 ms, jitter %3 ms, loss %4 %")
            .replace("%1", f"{q.mos:.1f}")
            .replace("%2", f"{q.rtt_ms:.0f}")
            .replace("%3", f"{q.jitter_ms:.0f}")
            .replace("%4", f"{q.loss_pct:.1f}")
        )
        self.ui.qualityLabel.setAccessibleDescription(self.ui.qualityLabel.toolTip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits typed while the keypad is open go to the caller's IVR as DTMF."""
        text = event.text()
        if self.ui.keypad.isVisible() and text and text in DTMF_KEYS and not self.ui.transferTarget.hasFocus():
            self.controller.send_dtmf(text)
            return
        super().keyPressEvent(event)
