"""The day as a picture: one coloured bar per status across the shift.

People would rather look than read: a glance shows whether the morning was mostly calls, when
the lunch break was and how long wrap-ups ran. Hovering a segment names it and its times; the
accessible description carries the same facts as text for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from agent_console.domain.shift import Segment
from agent_console.domain.status import Status
from agent_console.ui import labels
from agent_console.ui.theme import status_colour

BAR_HEIGHT = 34
AXIS_HEIGHT = 18
LEGEND_HEIGHT = 24


def _hhmm(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000).strftime("%H:%M")


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._described: list[tuple[Segment, str]] = []
        self._totals: dict[Status, int] | None = None
        self._start = 0
        self._end = 0
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Timeline of the shift"))

    def _height_for(self, width: int) -> int:
        return BAR_HEIGHT + AXIS_HEIGHT + max(1, len(self.legend_rows(width))) * LEGEND_HEIGHT + 8

    def sizeHint(self) -> QSize:
        return QSize(600, self._height_for(self.width() if self.width() > 0 else 600))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height_for(self.width() if self.width() > 0 else 600))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_legend()

    def _fit_legend(self) -> None:
        """The legend wraps onto more rows rather than dropping statuses: the widget grows to hold them."""
        if self.height() != self._height_for(self.width()):
            self.updateGeometry()

    @property
    def segments(self) -> list[Segment]:
        return list(self._segments)

    def set_segments(self, segments: Sequence[Segment], start_ms: int | None, end_ms: int) -> None:
        """Called every second over the whole shift: only the segments that changed since the last
        call (usually the open one at the end) are described again, so a refresh late in a long
        shift costs what one early in it does."""
        self._segments = list(segments)
        self._start = start_ms if start_ms is not None else (segments[0].start_ms if segments else 0)
        self._end = max(end_ms, self._start + 1)
        self._totals = None
        self._describe()
        self._fit_legend()
        self.update()

    def _describe(self) -> None:
        description = "; ".join(self._segment_texts())
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    def _segment_texts(self) -> list[str]:
        """One "status HH:MM–HH:MM" per segment; the texts of the unchanged leading segments are kept."""
        new, old = self._segments, self._described
        keep = 0
        while keep < min(len(new), len(old)):
            segment, (known, text) = new[keep], old[keep]
            if segment is not known:
                if segment != known:
                    break
                old[keep] = (segment, text)  # an equal copy (the open segment closed): hold only the shift's own
            keep += 1
        del old[keep:]
        old.extend(
            (s, f"{labels.status_with_reason(s.status, s.reason)} {_hhmm(s.start_ms)}–{_hhmm(s.end_ms)}")
            for s in new[keep:]
        )
        return [text for _segment, text in old]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._described.clear()  # the status names are in the new language
            self._describe()
        super().changeEvent(event)

    def _x(self, ms: int, width: float) -> float:
        return (ms - self._start) / (self._end - self._start) * width

    def _bar(self) -> QRectF:
        return QRectF(1, 1, self.width() - 2, BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = self._bar()
        base = self.palette().color(self.backgroundRole())
        p.setPen(QPen(QColor("#c3c8cf"), 1))
        p.setBrush(base.darker(104))
        p.drawRoundedRect(bar, 6, 6)
        if not self._segments:
            p.setPen(self.palette().color(self.foregroundRole()))
            p.drawText(
                bar, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("Timeline", "The shift has not started")
            )
            p.end()
            return
        p.setPen(Qt.PenStyle.NoPen)
        for seg in self._segments:
            x0 = bar.left() + self._x(seg.start_ms, bar.width())
            x1 = bar.left() + self._x(seg.end_ms, bar.width())
            p.setBrush(status_colour(seg.status))
            p.drawRect(QRectF(x0, bar.top(), max(1.0, x1 - x0), bar.height()))
        # hour ticks and labels under the bar
        p.setPen(self.palette().color(self.foregroundRole()))
        font = p.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        p.setFont(font)
        hour = 3_600_000
        span = self._end - self._start
        step = hour // 2 if span <= 3 * hour else (hour if span <= 10 * hour else 2 * hour)
        first = (self._start // step + 1) * step
        offset = datetime.fromtimestamp(self._start / 1000).astimezone().utcoffset()
        if offset is not None:  # ticks on local whole hours
            off_ms = int(offset.total_seconds() * 1000)
            first = ((self._start + off_ms) // step + 1) * step - off_ms
        last_label_x = -100.0
        for t in range(first, self._end, step):
            x = bar.left() + self._x(t, bar.width())
            p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 4))
            if x - last_label_x > 40:
                p.drawText(QRectF(x - 24, bar.bottom() + 3, 48, AXIS_HEIGHT), Qt.AlignmentFlag.AlignCenter, _hhmm(t))
                last_label_x = x
        self._paint_legend(p, bar.bottom() + AXIS_HEIGHT + 4)
        p.end()

    def totals(self) -> dict[Status, int]:
        """Time per status (kept until the next :meth:`set_segments`: the legend asks several times per paint)."""
        if self._totals is None:
            totals: dict[Status, int] = {}
            for seg in self._segments:
                totals[seg.status] = totals.get(seg.status, 0) + seg.duration_ms
            self._totals = totals
        return dict(self._totals)

    def legend_rows(self, width: int) -> list[list[tuple[Status, str, float, float]]]:
        """(status, text, x, width) of each legend entry, row by row: every status has its entry,
        wrapped onto a new row where the line is full (never silently dropped)."""
        metrics = self.fontMetrics()
        rows: list[list[tuple[Status, str, float, float]]] = []
        x = 2.0
        for status, ms in sorted(self.totals().items(), key=lambda kv: -kv[1]):
            text = f"{labels.status_name(status)} {labels.format_duration(ms)}"
            item_width = metrics.horizontalAdvance(text) + 22
            if not rows or (rows[-1] and x + item_width > width):
                rows.append([])
                x = 2.0
            rows[-1].append((status, text, x, item_width))
            x += item_width + 8
        return rows

    def _paint_legend(self, p: QPainter, top: float) -> None:
        """Time per status, in the bar's colours: the figures next to the picture."""
        for row in self.legend_rows(self.width()):
            for status, text, x, width in row:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(status_colour(status))
                p.drawRoundedRect(QRectF(x, top + 5, 12, 12), 3, 3)
                p.setPen(self.palette().color(self.foregroundRole()))
                p.drawText(
                    QRectF(x + 16, top, width, LEGEND_HEIGHT - 2),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    text,
                )
            top += LEGEND_HEIGHT

    def segment_at(self, x: float) -> Segment | None:
        bar = self._bar()
        if not self._segments or bar.width() <= 0:
            return None
        ms = self._start + (x - bar.left()) / bar.width() * (self._end - self._start)
        for seg in self._segments:
            if seg.start_ms <= ms < seg.end_ms:
                return seg
        return None

    def event(self, e):  # type: ignore[no-untyped-def]
        if e.type() == e.Type.ToolTip and isinstance(e, QHelpEvent):
            seg = self.segment_at(e.pos().x())
            if seg is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    e.globalPos(),
                    (
                        f"{labels.status_with_reason(seg.status, seg.reason)}\n"
                        f"{_hhmm(seg.start_ms)}–{_hhmm(seg.end_ms)} "
                        f"({labels.format_duration(seg.duration_ms)})"
                    ),
                    self,
                )
            return True
        return super().event(e)
