"""Colours and style sheets.

One calm colour per status, used everywhere the status appears (banner, buttons, tray icon,
timeline) so that an operator reads the state from the corner of an eye. Saturation is kept
moderate: the window is looked at nine hours a day.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from agent_console.domain.status import Status
from agent_console.ui.paths import resource

STATUS_COLOURS: dict[Status, str] = {
    Status.AVAILABLE: "#2e7d4f",  # calm green
    Status.DND: "#6a4c9c",  # muted violet: working, not reachable
    Status.BREAK: "#c07a12",  # amber
    Status.OFFLINE: "#6b7785",  # slate grey
    Status.RINGING: "#1f6fb8",  # blue
    Status.ON_CALL: "#b5483f",  # brick red: busy
    Status.WRAP_UP: "#1d8a86",  # teal
}

THEMES = ("light", "dark")


def status_colour(status: Status | str) -> QColor:
    try:
        return QColor(STATUS_COLOURS[Status(status)])
    except ValueError:
        return QColor("#6b7785")


@functools.cache
def status_icon(status: Status | str, size: int = 64) -> QIcon:
    """A filled disc in the status colour with a light ring: readable in any tray. Cached: the
    tray asks for one at every status change."""
    icon = QIcon()
    for px in (16, 22, 24, 32, 48, size):
        pix = QPixmap(px, px)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen_w = max(1.0, px / 14)
        p.setPen(QPen(QColor("white"), pen_w))
        p.setBrush(status_colour(status))
        r = QRectF(pen_w, pen_w, px - 2 * pen_w, px - 2 * pen_w)
        p.drawEllipse(r)
        p.end()
        icon.addPixmap(pix)
    return icon


def app_icon() -> QIcon:
    path = resource("icons", "agent-console.svg")
    return QIcon(str(path)) if path.exists() else status_icon(Status.AVAILABLE)


def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def load_style(theme: str) -> str:
    """The QSS of a theme; status colours are substituted for ``@available`` etc."""
    if theme not in THEMES:
        theme = "light"
    path = resource("styles", f"{theme}.qss")
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    for status, colour in STATUS_COLOURS.items():
        text = text.replace(f"@{status.value}", colour)
    return text


def apply_theme(app: QApplication, theme: str) -> None:
    app.setProperty("agentConsoleTheme", theme)
    style = load_style(theme)
    if app.styleSheet() != style:  # re-polishing every widget is not free
        app.setStyleSheet(style)
