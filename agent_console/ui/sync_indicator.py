"""Status-bar widget: "Synced" / "n events waiting" / "Offline since hh:mm". No pop-ups, no
nagging: the agent glances at it; the details are in the tooltip. A click emits ``clicked``
(the window opens the sign-in dialog when a sign-in is needed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

COLOURS = {"synced": "#2e7d32", "waiting": "#1565c0", "connecting": "#757575", "offline": "#ef6c00",
           "login": "#c62828", "held": "#c62828"}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Sync", text, None, n)


def _clock(ms: int) -> str:
    when = QDateTime.fromMSecsSinceEpoch(ms)
    if when.date() == QDateTime.currentDateTime().date():
        return when.toString("HH:mm")
    return when.toString("dd.MM HH:mm")


def describe(state: str, waiting: int, offline_since_ms: int) -> tuple[str, str]:
    """(short text, tooltip) for a ``SyncService.state_changed`` triple."""
    pending = _tr("%n event(s) waiting", waiting) if waiting else ""
    safe = _tr("Everything you do is saved on this computer first and sent automatically.")
    if state == "synced":
        return _tr("Synced"), _tr("All your events have reached the server.")
    if state == "waiting":
        return pending, _tr("Sending to the server.") + " " + safe
    if state == "offline":
        text = _tr("Offline since {time}").format(time=_clock(offline_since_ms)) if offline_since_ms \
            else _tr("Offline")
        return (f"{text} · {pending}" if pending else text), _tr("The server cannot be reached.") + " " + safe
    if state == "login":
        text = _tr("Sign-in needed")
        return (f"{text} · {pending}" if pending else text), _tr("Click to sign in again.") + " " + safe
    if state == "held":
        return (_tr("Some events were refused by the server"),
                _tr("They are kept on this computer and offered again later; IT can see why in the log."))
    return _tr("Connecting…"), safe


class SyncIndicator(QWidget):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: tuple[str, int, int] = ("connecting", 0, 0)
        self.dot = QLabel("●", self)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._render()

    @Slot(str, int, "qint64")  # type: ignore[arg-type]
    def set_state(self, state: str, waiting: int, offline_since_ms: int) -> None:
        self._state = (state, waiting, offline_since_ms)
        self._render()

    @property
    def state(self) -> str:
        return self._state[0]

    def _render(self) -> None:
        text, tip = describe(*self._state)
        self.label.setText(text)
        self.setToolTip(tip)
        self.dot.setStyleSheet(f"color: {COLOURS.get(self._state[0], '#757575')};")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
