"""The in-call panel: timer, hold, mute, keypad, transfer, hang up, and the line quality."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from agent_console.app.controller import ConsoleController
from agent_console.phone.api import CallQuality, CallState
from agent_console.ui import labels
from agent_console.ui.base import Retranslatable
from agent_console.ui.forms.ui_incall_panel import Ui_InCallPanel

QUALITY_COLOURS = {"good": "#2e7d4f", "fair": "#c07a12", "poor": "#b5483f", "no_audio": "#b5483f"}
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
        # The keypad opens as a popup under its button: it never makes the panel taller (laptops
        # with 768-pixel screens) and closes with Esc or a click elsewhere.
        self.keypad_popup = KeypadPopup(self)
        self.ui.layout.removeWidget(self.ui.keypad)
        self.keypad_popup.box.addWidget(self.ui.keypad)
        self.keypad_popup.digit.connect(controller.send_dtmf)
        self.keypad_popup.closed.connect(lambda: self.ui.keypadButton.setChecked(False))
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
        if on and not self.keypad_popup.isVisible():
            button = self.ui.keypadButton
            self.keypad_popup.popup_at(button.mapToGlobal(button.rect().bottomLeft()))
        elif not on and self.keypad_popup.isVisible():
            self.keypad_popup.hide()

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
        if q.no_audio:
            self.ui.qualityLabel.setToolTip(QCoreApplication.translate(
                "InCallPanel", "No sound is arriving from the other side (network or their phone)."))
            self.ui.qualityLabel.setAccessibleDescription(self.ui.qualityLabel.toolTip())
            return
        self.ui.qualityLabel.setToolTip(
            QCoreApplication.translate("InCallPanel", "MOS %1, round trip %2 ms, jitter %3 ms, loss %4 %")
            .replace("%1", f"{q.mos:.1f}")
            .replace("%2", f"{q.rtt_ms:.0f}")
            .replace("%3", f"{q.jitter_ms:.0f}")
            .replace("%4", f"{q.loss_pct:.1f}")
        )
        self.ui.qualityLabel.setAccessibleDescription(self.ui.qualityLabel.toolTip())


class KeypadPopup(QFrame):
    """The DTMF keypad as a popup; digits typed while it is open are sent too."""

    digit = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("keypadPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(6, 6, 6, 6)

    def popup_at(self, pos: QPoint) -> None:
        self.move(pos)
        self.show()
        first = self.findChild(QPushButton)
        if first is not None:
            first.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in DTMF_KEYS:
            self.digit.emit(text)
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.closed.emit()
        super().hideEvent(event)
