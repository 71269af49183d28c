"""The shift panel: start/end, the day's timeline picture, break budget and the figures."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from agent_console.app.controller import ConsoleController
from agent_console.ui import labels
from agent_console.ui.base import Retranslatable
from agent_console.ui.forms.ui_shift_panel import Ui_ShiftPanel
from agent_console.ui.models import ShiftStatsModel
from agent_console.ui.timeline import TimelineWidget


def short(ms: int) -> str:
    """An amount with its unit ("41 s", "60 min"): short enough for the budget bar in any language."""
    return labels.format_amount(ms)


class ShiftPanel(Retranslatable, QWidget):
    def __init__(self, controller: ConsoleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = Ui_ShiftPanel()
        self.ui.setupUi(self)
        self.timeline = TimelineWidget(self.ui.timelineHost)
        self.ui.timelineLayout.addWidget(self.timeline)
        self.model = ShiftStatsModel(self)
        self.ui.statsView.setModel(self.model)
        self.ui.statsView.verticalHeader().setVisible(False)
        self.ui.statsView.verticalHeader().setDefaultSectionSize(24)
        self.ui.statsView.horizontalHeader().setVisible(False)
        self.ui.statsView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.statsView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.startButton.clicked.connect(controller.start_shift)
        self.ui.endButton.clicked.connect(controller.end_shift)
        controller.changed.connect(self.refresh)
        controller.second.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.controller.session
        summary = s.summary
        now = self.controller.now_ms()
        started = summary.started_ms
        if s.shift_active and started is not None:
            self.ui.shiftLabel.setText(
                QCoreApplication.translate("ShiftPanel", "Shift since %1 — %2")
                .replace("%1", datetime.fromtimestamp(started / 1000).strftime("%H:%M"))
                .replace("%2", labels.format_duration(summary.shift_ms(now)))
            )
        elif started is not None and summary.ended_ms is not None:
            self.ui.shiftLabel.setText(
                QCoreApplication.translate("ShiftPanel", "Shift ended at %1 after %2")
                .replace("%1", datetime.fromtimestamp(summary.ended_ms / 1000).strftime("%H:%M"))
                .replace("%2", labels.format_duration(summary.shift_ms(now)))
            )
        else:
            self.ui.shiftLabel.setText(QCoreApplication.translate("ShiftPanel", "Shift not started"))
        self.ui.startButton.setEnabled(not s.shift_active)
        self.ui.endButton.setEnabled(s.shift_active and not s.active_calls)
        self.timeline.set_segments(summary.timeline(now), started, summary.ended_ms or now)
        budget = summary.break_budget_ms
        used = summary.break_ms(now)
        bar = self.ui.budgetBar
        bar.setMaximum(max(1, budget // 1000))
        bar.setValue(min(budget, used) // 1000)
        overrun = summary.break_overrun_ms(now)
        bar.setFormat(f"{short(used)} / {short(budget)}" + (f"  +{short(overrun)}" if overrun else ""))
        bar.setToolTip(
            QCoreApplication.translate("ShiftPanel", "%1 of %2 used")
            .replace("%1", labels.format_duration(used))
            .replace("%2", labels.format_duration(budget))
            + (
                QCoreApplication.translate("ShiftPanel", " — %1 over").replace("%1", labels.format_duration(overrun))
                if overrun
                else ""
            )
        )
        bar.setAccessibleDescription(bar.toolTip())
        # Unset counts as false: re-polishing asks for the widget's QStyle, whose Python type (and its
        # large enums) PySide6 would otherwise build on the start path for a bar that is not overrun.
        if bool(bar.property("overrun")) != bool(overrun):
            bar.setProperty("overrun", bool(overrun))
            bar.style().unpolish(bar)
            bar.style().polish(bar)
        self.model.refresh(summary, now)
