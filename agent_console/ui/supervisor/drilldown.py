"""An agent's day for the supervisor: the same timeline picture the agent sees, the calls with
durations and dispositions, every version of the notes (the supervisor's annotations marked), and
the actions taken on the agent that day. A date picker goes back to an earlier day (never a
future one)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_console.domain.shift import Segment
from agent_console.domain.status import Status
from agent_console.protocol import AgentDay, Command
from agent_console.supervisor.day_mix import segments
from agent_console.ui import labels
from agent_console.ui.timeline import TimelineWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrillDownDialog", text)


def _hm(ms: int | None) -> str:
    return datetime.fromtimestamp(ms / 1000).strftime("%H:%M:%S") if ms else ""


def action_text(kind: str) -> str:
    return {
        "message": _tr("Message"),
        "force_status": _tr("Forced status"),
        "force_logout": _tr("Forced logout"),
        "diagnostics": _tr("Diagnostics requested"),
    }.get(kind, kind)


def action_detail(a: Command) -> str:
    """The reason or text; for a diagnostics request also the agent's answer."""
    detail = a.reason or a.text or ""
    if a.type != "diagnostics":
        return detail
    answer = (_tr("sent to IT (%1)").replace("%1", a.upload_id or "") if a.answer == "accepted"
              else _tr("declined by the agent") if a.answer == "declined" else _tr("no answer yet"))
    return f"{detail} — {answer}" if detail else answer


def _talk(call: dict[str, object]) -> str:
    if not call.get("answered"):
        return _tr("not answered")
    if call.get("ended_ms") is None:
        return _tr("in progress")
    return labels.format_duration(int(float(call["talk_s"]) * 1000), hours=False)  # type: ignore[arg-type]


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            t.setItem(i, j, QTableWidgetItem(text))
    t.resizeColumnsToContents()


class DrillDownDialog(QDialog):
    annotate = Signal(str, str, str)
    """(agent, call id, text): add a supervisor's version to that call's note."""
    day_requested = Signal(str, str)
    """(agent, ``YYYY-MM-DD``): show that day of the agent instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(900, 600)
        self.day: AgentDay | None = None
        self.title = QLabel()
        self.title.setObjectName("drillTitle")
        self.day_label = QLabel(_tr("&Day:"))
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("drillDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_label.setBuddy(self.day_edit)
        self.day_edit.dateChanged.connect(self._day_chosen)
        self.timeline = TimelineWidget()
        self.calls = _table([_tr("Time"), _tr("Direction"), _tr("Number"), _tr("Talk time"), _tr("Outcome")])
        self.notes = _table([_tr("Time"), _tr("Call"), _tr("Version"), _tr("By"), _tr("Outcome"), _tr("Text")])
        self.action_log = _table([_tr("Time"), _tr("By"), _tr("Action"), _tr("Status"), _tr("Reason / text")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.calls, _tr("Calls"))
        self.tabs.addTab(self.notes, _tr("Notes"))
        self.tabs.addTab(self.action_log, _tr("Actions today"))
        self.annotate_button = QPushButton(_tr("&Annotate the selected call's note…"))
        self.annotate_button.clicked.connect(self._annotate)
        close = QPushButton(_tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.annotate_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.day_label)
        header.addWidget(self.day_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.timeline)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def set_day(self, day: AgentDay) -> None:
        self.day = day
        self.setWindowTitle(_tr("%1 — day of %2").replace("%1", day.display_name).replace("%2", day.day))
        self.title.setText(f"<b>{day.display_name}</b> · {day.team or ''} · {day.day}")
        shown = date.fromisoformat(day.day)
        today = max(date.today(), shown)
        self.day_edit.blockSignals(True)
        self.day_edit.setDateRange(_qdate(today).addDays(-400), _qdate(today))
        self.day_edit.setDate(_qdate(shown))
        self.day_edit.blockSignals(False)
        # The server's day (its report time zone), not this computer's: an earlier day ends at
        # the server's midnight, today at the server's now.
        today_on_server = day.day_start_ms <= day.server_ms < day.day_end_ms
        self.tabs.setTabText(2, _tr("Actions today") if today_on_server else _tr("Actions that day"))
        end = min(day.server_ms, day.day_end_ms)
        segs = [Segment(Status(s), None, a, b) for a, b, s in segments(day.statuses, end)]
        self.timeline.set_segments(segs, segs[0].start_ms if segs else None, end)
        _fill(self.calls, [
            [_hm(c["start_ms"]), labels.direction(c["direction"]), c.get("number") or "",
             _talk(c),
             labels.disposition(c["disposition"]) if c.get("disposition") else ""]
            for c in day.calls
        ])
        for i, c in enumerate(day.calls):
            item = self.calls.item(i, 0)
            if item is not None:
                item.setData(Qt.ItemDataRole.UserRole, c["call_id"])
        _fill(self.notes, [
            [_hm(n.at_ms), n.call_id[:8], str(n.version),
             (_tr("%1 (supervisor)").replace("%1", n.author) if n.by_supervisor else n.author),
             labels.disposition(n.disposition) if n.disposition else "", n.text]
            for n in day.notes
        ])
        _fill(self.action_log, [
            [_hm(a.created_ms), a.issued_by, action_text(a.type),
             labels.status_name(a.status) if a.status else "", action_detail(a)]
            for a in day.actions
        ])

    def _day_chosen(self) -> None:
        if self.day is not None:
            chosen: date = self.day_edit.date().toPython()  # type: ignore[assignment]
            if chosen.isoformat() != self.day.day:
                self.day_requested.emit(self.day.username, chosen.isoformat())

    def selected_call(self) -> str | None:
        rows = self.calls.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.calls.item(rows[0].row(), 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _annotate(self) -> None:
        call = self.selected_call()
        if self.day is None:
            return
        if call is None:
            self.tabs.setCurrentWidget(self.calls)
            self.title.setText(self.title.text().split("<br>")[0] + "<br>" + _tr("Select a call first."))
            return
        text, ok = QInputDialog.getMultiLineText(self, _tr("Annotate the note"),
                                                 _tr("Your annotation becomes a new version of the note; the agent's "
                                                     "versions are kept."))
        if ok and text.strip():
            self.annotate.emit(self.day.username, call, text.strip())


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)

