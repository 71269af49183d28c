"""The picture of the day: the status mix of the selected team(s) per 15 minutes, stacked bars
in the statuses' colours (the same as the agent's timeline)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from agent_console.supervisor.day_mix import SLOT_MS
from agent_console.ui import labels
from agent_console.ui.theme import status_colour

ORDER = ("on_call", "ringing", "wrap_up", "available", "dnd", "break")


class DayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots: list[dict[str, float]] = []
        self.start_ms = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("DayChart", "Status mix of the day per 15 minutes"))

    def sizeHint(self) -> QSize:
        return QSize(600, 120)

    def set_mix(self, slots: list[dict[str, float]], start_ms: int) -> None:
        self.slots = slots
        self.start_ms = start_ms
        busiest = max((sum(s.values()) for s in slots), default=0)
        self.setToolTip(QCoreApplication.translate("DayChart", "Most agent-minutes in a quarter hour: %1")
                        .replace("%1", str(round(busiest))))
        self.setAccessibleDescription(", ".join(labels.status_name(s) for s in ORDER))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fg = self.palette().color(self.foregroundRole())
        area = QRectF(4, 4, self.width() - 8, self.height() - 22)
        if not self.slots:
            p.setPen(fg)
            empty = QCoreApplication.translate("DayChart", "No activity yet today")
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, empty)
            p.end()
            return
        top = max(sum(s.values()) for s in self.slots) or 1.0
        w = area.width() / len(self.slots)
        p.setPen(Qt.PenStyle.NoPen)
        for i, slot in enumerate(self.slots):
            y = area.bottom()
            for status in ORDER:
                h = slot.get(status, 0.0) / top * area.height()
                if h <= 0:
                    continue
                p.setBrush(status_colour(status))
                p.drawRect(QRectF(area.left() + i * w + 0.5, y - h, max(1.0, w - 1), h))
                y -= h
        p.setPen(fg)
        every = max(1, int(2 * 3_600_000 / SLOT_MS)) if len(self.slots) > 24 else 4
        for i in range(0, len(self.slots), every):
            t = datetime.fromtimestamp((self.start_ms + i * SLOT_MS) / 1000).strftime("%H:%M")
            x = max(area.left(), min(area.right() - 40, area.left() + i * w - 20))
            p.drawText(QRectF(x, area.bottom() + 2, 40, 16), Qt.AlignmentFlag.AlignCenter, t)
        p.end()
