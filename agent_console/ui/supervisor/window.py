"""The supervisor's main window: counters, filters, the live grid, the alerts panel, actions, the
day chart, and the connection's state. Everything shown comes from the
:class:`~agent_console.app.supervisor.service.SupervisorService`'s signals; every action goes back
through it. No business logic here: the grid's state and the alert rules live in
:mod:`agent_console.supervisor`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.protocol import ActionRequest, AgentDay, Alert, Board, BoardRow, Command, DayMix, TeamList
from agent_console.supervisor.grid import counters
from agent_console.ui import labels
from agent_console.ui.supervisor.actions import ActionDialog, refusal_text
from agent_console.ui.supervisor.alerts_panel import AlertsPanel
from agent_console.ui.supervisor.counters import CountersBar
from agent_console.ui.supervisor.day_chart import DayChart
from agent_console.ui.supervisor.drilldown import DrillDownDialog
from agent_console.ui.supervisor.filter_proxy import UNREACHABLE, AgentFilterProxy
from agent_console.ui.supervisor.grid_model import AgentGridModel, Col, hhmmss
from agent_console.ui.supervisor.thresholds_dialog import ThresholdsDialog

STATUS_FILTERS = ("available", "on_call", "wrap_up", "dnd", "break", "offline")
HISTORY_DAYS = 400
"""How far back the day picker goes (the server keeps the days; a year and a bit is plenty)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


class SupervisorWindow(QMainWindow):
    closed = Signal()

    def __init__(self, service: Any, username: str, clock: Callable[[], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.username = username
        self.model = AgentGridModel(clock, self)
        self.proxy = AgentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.drill: DrillDownDialog | None = None
        self.thresholds: ThresholdsDialog | None = None
        self.own_teams: list[str] = []
        """The caller's teams as the server lists them (admin: all), agents on the board or not."""
        self._today = date.today()
        self._report_day = self._today.isoformat()
        self.last_message = ""
        self._build()
        self._wire()
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start(1000)
        self.mix_timer = QTimer(self)
        self.mix_timer.timeout.connect(self.refresh_day_chart)
        self.mix_timer.start(60_000)
        self.set_online(False, 0)
        self.retranslate()

    # -- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("SupervisorWindow")
        self.resize(1280, 800)
        self.counters = CountersBar()
        self.team_filter = QComboBox()
        self.status_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.message_button = QPushButton()
        self.force_button = QPushButton()
        self.logout_button = QPushButton()
        self.diagnostics_button = QPushButton()
        self.diagnostics_button.setObjectName("askDiagnosticsButton")
        self.export_button = QPushButton()
        self.thresholds_button = QPushButton()
        self.day_label = QLabel()
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("supervisorDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self._set_day_range(self._today)
        self.day_edit.setDate(_qdate(self._today))
        self.day_label.setBuddy(self.day_edit)
        filters = QHBoxLayout()
        self.team_label, self.status_label = QLabel(), QLabel()
        self.team_label.setBuddy(self.team_filter)
        self.status_label.setBuddy(self.status_filter)
        for w in (self.team_label, self.team_filter, self.status_label, self.status_filter, self.search):
            filters.addWidget(w)
        filters.addStretch(1)
        for b in (self.message_button, self.force_button, self.logout_button):
            filters.addWidget(b)
        filters.addWidget(self.diagnostics_button)
        filters.addWidget(self.day_label)
        filters.addWidget(self.day_edit)
        filters.addWidget(self.export_button)
        filters.addWidget(self.thresholds_button)
        self.table = QTableView()
        self.table.setObjectName("supervisorGrid")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Col.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((Col.NAME, 170), (Col.STATUS, 190), (Col.CALL, 170), (Col.REACH, 170)):
            self.table.setColumnWidth(col, width)
        self.alerts_panel = AlertsPanel()
        self.chart = DayChart()
        self.chart_label = QLabel()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.alerts_panel)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 2)
        self.banner = QLabel()
        self.banner.setObjectName("supervisorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.banner_timer = QTimer(self)
        self.banner_timer.setSingleShot(True)
        self.banner_timer.setInterval(8000)
        self.banner_timer.timeout.connect(self.banner.hide)
        self.connection = QLabel()
        self.connection.setObjectName("connectionLabel")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.counters)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addWidget(self.chart_label)
        layout.addWidget(self.chart)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.connection)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.addAction(self.find_action)
        self.table.installEventFilter(self)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _wire(self) -> None:
        s = self.service
        if s is not None:
            s.snapshot.connect(self.on_snapshot)
            s.row.connect(self.on_row)
            s.alerts.connect(self.on_alerts)
            s.online.connect(self.set_online)
            s.reply.connect(self.on_reply)
            s.answered.connect(self.on_answered)
        self.team_filter.currentIndexChanged.connect(self._filters_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self.proxy.set_search)
        self.message_button.clicked.connect(lambda: self.ask_action("message"))
        self.force_button.clicked.connect(lambda: self.ask_action("force_status"))
        self.logout_button.clicked.connect(lambda: self.ask_action("force_logout"))
        self.diagnostics_button.clicked.connect(lambda: self.ask_action("diagnostics"))
        self.export_button.clicked.connect(self.export_report)
        self.thresholds_button.clicked.connect(lambda: self.open_thresholds())
        self.day_edit.dateChanged.connect(self._day_changed)
        self.table.doubleClicked.connect(self._open_drill)
        self.alerts_panel.acknowledge.connect(self._ack)
        self.alerts_panel.agent_chosen.connect(self.select_agent)

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Agent Console — supervisor %1").replace("%1", self.username))
        self.team_label.setText(_tr("&Team:"))
        self.status_label.setText(_tr("&Status:"))
        self.search.setPlaceholderText(_tr("Search by name (Ctrl+F)"))
        self.search.setAccessibleName(_tr("Search by name"))
        self.message_button.setText(_tr("&Message…"))
        self.force_button.setText(_tr("&Force status…"))
        self.logout_button.setText(_tr("Force &logout…"))
        self.diagnostics_button.setText(_tr("Ask for dia&gnostics…"))
        self.diagnostics_button.setToolTip(
            _tr("Ask the agent's console to send its diagnostics to IT (they may decline)"))
        self.export_button.setText(_tr("&Export day report…"))
        self.thresholds_button.setText(_tr("Alert t&hresholds…"))
        self.day_label.setText(_tr("&Day:"))
        self.day_edit.setToolTip(_tr("The day of the report, the chart and the agent's day (today or earlier)"))
        self._show_chart_label()
        self.table.setAccessibleName(_tr("Agents"))
        self._fill_filters()
        self.counters.retranslate()
        self.alerts_panel.retranslate()
        if self.thresholds is not None:
            self.thresholds.retranslate()
        self._show_connection()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.forget_sort_keys()
            self.proxy.invalidate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        team, status = self.team_filter.currentData(), self.status_filter.currentData()
        for combo in (self.team_filter, self.status_filter):
            combo.blockSignals(True)
            combo.clear()
        self.team_filter.addItem(_tr("All teams"), None)
        for t in self.model.state.teams():
            self.team_filter.addItem(t, t)
        self.status_filter.addItem(_tr("All statuses"), None)
        for s in STATUS_FILTERS:
            self.status_filter.addItem(labels.status_name(s), s)
        self.status_filter.addItem(_tr("Unreachable"), UNREACHABLE)
        for combo, value in ((self.team_filter, team), (self.status_filter, status)):
            i = combo.findData(value)
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)

    # -- feed ----------------------------------------------------------------------------------------

    def on_snapshot(self, board: Board) -> None:
        selected = self.selected_agent()
        self.model.set_board(board.agents, board.server_ms)  # merged in place: the view keeps its order
        self.model.clear_alerts()
        self.alerts_panel.set_alerts([])
        self._fill_filters()
        self._update_counters()
        if selected is not None:
            self.select_agent(selected.username)
        self.refresh_day_chart()
        if self.service is not None:
            self.service.teams()  # after each (re)connect: a team may have been given or taken meanwhile

    def on_row(self, row: BoardRow) -> None:
        self.model.apply_row(row)
        self._counters_dirty = True

    def on_alerts(self, team: str | None, alerts: list[Alert]) -> None:
        self.model.set_alerts(team, alerts)
        self.alerts_panel.set_alerts(self.model.alerts.all())

    def set_online(self, online: bool, as_of_ms: int) -> None:
        self._online = online
        self._as_of = as_of_ms
        self.model.set_stale(None if online or not as_of_ms else as_of_ms)
        self.table.setEnabled(True)
        for b in (self.message_button, self.force_button, self.logout_button, self.export_button,
                  self.thresholds_button):
            b.setEnabled(online)
        self.diagnostics_button.setEnabled(online)
        self._show_connection()

    def _show_connection(self) -> None:
        if getattr(self, "_online", False):
            self.connection.setText(_tr("Live"))
        elif getattr(self, "_as_of", 0):
            text = _tr("Server unreachable — as of %1; reconnecting…")
            self.connection.setText(text.replace("%1", hhmmss(self._as_of)))
        else:
            self.connection.setText(_tr("Connecting…"))

    def _tick(self) -> None:
        # Durations are computed when painted: repainting the rows on screen is the whole tick
        # (a dataChanged over every row would make the proxy re-filter 2,500 rows each second).
        self.table.viewport().update()
        if date.today() != self._today:
            self._new_day(date.today())
        if getattr(self, "_counters_dirty", False):
            self._update_counters()

    def _update_counters(self) -> None:
        self._counters_dirty = False
        self.counters.set_counts(counters(self.model.state.rows))

    def _filters_changed(self) -> None:
        self.proxy.set_team(self.team_filter.currentData())
        self.proxy.set_status(self.status_filter.currentData())
        self.refresh_day_chart()

    # -- selection and actions -------------------------------------------------------------------------

    def selected_agent(self) -> BoardRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_agent(self, username: str) -> None:
        for r in range(self.proxy.rowCount()):
            row = self.proxy.row_at(r)
            if row is not None and row.username == username:
                idx = self.proxy.index(r, 0)
                self.table.selectionModel().setCurrentIndex(
                    idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(idx)
                return

    def ask_action(self, kind: str) -> None:
        row = self.selected_agent()
        if row is None:
            self.show_banner(_tr("Select an agent first."))
            return
        dialog = ActionDialog(kind, row.display_name, self)
        if dialog.exec():
            req = dialog.request()
            if req is not None:
                self.send_action(row.username, req)

    def send_action(self, username: str, req: ActionRequest) -> None:
        self.service.act(username, req)

    def _ack(self, key: str) -> None:
        self.service.ack(key)

    def on_reply(self, tag: str, ok: bool, result: Any) -> None:
        if tag in ("policy", "policy_saved"):
            if self.thresholds is not None:
                self.thresholds.on_reply(tag, ok, result)
            return
        if tag == "teams":
            if ok and isinstance(result, TeamList):  # else the board's teams stand in
                self._set_own_teams(result.teams)
            return
        if not ok:
            self.show_banner(refusal_text(str(result)))
            return
        if tag == "act" and getattr(result, "type", "") == "diagnostics":
            self.show_banner(_tr("Asked %1 for diagnostics. Their answer shows in their day (double-click the row).")
                             .replace("%1", result.agent), error=False)
        elif tag == "act":
            self.show_banner(_tr("Sent to %1.").replace("%1", result.agent), error=False)
        elif tag == "day" and isinstance(result, AgentDay):
            if self.drill is None:
                self.drill = DrillDownDialog(self)
                self.drill.annotate.connect(self.service.annotate)
                self.drill.day_requested.connect(self.service.day)
            self.drill.set_day(result)
            self.drill.show()
        elif tag == "annotate" and self.drill is not None and self.drill.day is not None:
            self.service.day(self.drill.day.username, self.drill.day.day)
        elif tag == "report":
            self._save_report(result)
        elif tag == "mix" and isinstance(result, DayMix):
            self.chart.set_mix(result.slots, result.start_ms)

    def on_answered(self, cmd: Command) -> None:
        """An agent answered a request for diagnostics: say so, and refresh their open day."""
        if cmd.answer == "accepted":
            self.show_banner(_tr("%1 sent the diagnostics to IT (%2).").replace("%1", cmd.agent)
                             .replace("%2", cmd.upload_id or ""), error=False)
        else:
            self.show_banner(_tr("%1 declined to send the diagnostics.").replace("%1", cmd.agent), error=False)
        if self.drill is not None and self.drill.isVisible() and self.drill.day is not None \
                and self.drill.day.username == cmd.agent:
            self.service.day(cmd.agent, self.drill.day.day)

    def show_banner(self, text: str, error: bool = True) -> None:
        self.last_message = text
        self.banner.setProperty("error", error)
        self.banner.setText(text)
        self.banner.show()
        self.banner_timer.start()

    def _open_drill(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index.row())
        if row is not None:
            self.service.day(row.username, self.selected_day())

    def eventFilter(self, obj: Any, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                idx = self.table.currentIndex()
                if idx.isValid():
                    self._open_drill(idx)
                    return True
        return super().eventFilter(obj, event)

    def refresh_day_chart(self) -> None:
        if self.service is not None and getattr(self, "_online", False):
            self.service.day_mix(self.team_filter.currentData(), self.selected_day())

    # -- report --------------------------------------------------------------------------------------

    def export_report(self) -> None:
        # Today is asked as "today" so the server's day is used: this computer's date may already
        # be the server's tomorrow, which the server refuses.
        day = self.selected_day()
        self._report_day = day or self._today.isoformat()
        self._report_team = self.team_filter.currentData()
        self.service.report_csv(self._report_team, day)

    def _save_report(self, data: bytes) -> None:
        team = getattr(self, "_report_team", None) or "all"
        default = str(Path.home() / f"day-{self._report_day}-{team}.csv")
        path, _ = QFileDialog.getSaveFileName(self, _tr("Save the day report"), default, _tr("CSV files (*.csv)"))
        if path:
            try:
                Path(path).write_bytes(data)
                self.show_banner(_tr("Saved %1.").replace("%1", path), error=False)
            except OSError as exc:
                self.show_banner(_tr("The report could not be saved: %1").replace("%1", str(exc)))

    # -- day picker ----------------------------------------------------------------------------------

    def selected_day(self) -> str | None:
        """The chosen day as ``YYYY-MM-DD``; ``None`` for today, so that the server's today is used."""
        chosen: date = self.day_edit.date().toPython()  # type: ignore[assignment]
        return None if chosen == self._today else chosen.isoformat()

    def set_day(self, day: date) -> bool:
        """Choose ``day`` for the report, the chart and the drill-down; a future day is refused."""
        if day > date.today():
            self.show_banner(_tr("%1 is in the future: choose today or an earlier day.").replace("%1", day.isoformat()))
            return False
        self.day_edit.setDate(_qdate(day))
        return True

    def _set_day_range(self, today: date) -> None:
        self.day_edit.setDateRange(_qdate(today).addDays(-HISTORY_DAYS), _qdate(today))

    def _new_day(self, today: date) -> None:
        """After midnight: tomorrow becomes choosable, and a window showing "today" moves on to it."""
        was_today = self.day_edit.date().toPython() == self._today
        self._today = today
        self._set_day_range(today)
        if was_today:
            self.day_edit.setDate(_qdate(today))
        self._show_chart_label()

    def _day_changed(self) -> None:
        self._show_chart_label()
        self.refresh_day_chart()

    def _show_chart_label(self) -> None:
        day = self.selected_day()
        if day is None:
            self.chart_label.setText(_tr("Today, status mix per 15 minutes"))
        else:
            self.chart_label.setText(_tr("%1, status mix per 15 minutes").replace("%1", day))

    # -- alert thresholds ----------------------------------------------------------------------------

    def thresholds_teams(self) -> list[str]:
        """The caller's teams from the server (with those on the board until the list arrives)."""
        return sorted({*self.own_teams, *self.model.state.teams()})

    def _set_own_teams(self, teams: list[str]) -> None:
        self.own_teams = list(teams)
        if self.thresholds is not None:
            self.thresholds.add_teams(self.thresholds_teams())

    def open_thresholds(self, team: str | None = None) -> ThresholdsDialog | None:
        """The alert thresholds dialog for ``team`` (else the team filter's, else the first team)."""
        teams = self.thresholds_teams()
        team = team or self.team_filter.currentData()
        if team is not None and team not in teams:
            teams = [*teams, team]
        if not teams:
            self.show_banner(_tr("No team to show yet: wait for the agents' list."))
            return None
        if self.thresholds is None:
            self.thresholds = ThresholdsDialog(teams, self)
            self.thresholds.load_requested.connect(self.service.alert_policy)
            self.thresholds.save_requested.connect(self.service.set_alert_policy)
        else:
            self.thresholds.add_teams(teams)
        self.thresholds.show()
        self.thresholds.raise_()
        self.thresholds.start(team)
        return self.thresholds

    def closeEvent(self, event: Any) -> None:
        self.closed.emit()
        super().closeEvent(event)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
