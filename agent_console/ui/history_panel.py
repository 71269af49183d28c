"""Call history: search by number, date or outcome; call back; edit a note (adds a version)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from agent_console.app.controller import ConsoleController
from agent_console.domain.calls import CallRecord
from agent_console.ui.base import Retranslatable
from agent_console.ui.forms.ui_history_panel import Ui_HistoryPanel
from agent_console.ui.models import CALL_ID_ROLE, CallHistoryModel, HistoryFilter

MAX_COLUMN_PX = 190
"""Widest a history column gets (the note column takes the rest)."""


class HistoryPanel(Retranslatable, QWidget):
    def __init__(self, controller: ConsoleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = Ui_HistoryPanel()
        self.ui.setupUi(self)
        self.model = CallHistoryModel(self)
        self.proxy = HistoryFilter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.tableView
        view.setModel(self.proxy)
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.verticalHeader().setVisible(False)
        # Compact rows: more calls visible on a 720 px laptop screen.
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # size columns from 40 rows, not from the whole shift
        # No column may push the others off-screen on a 1280 px laptop (long Kazakh and Russian
        # outcomes and names): a capped width, the rest elided in the cell with the full text in
        # its tooltip; the last (the note) takes what is left.
        header.setMaximumSectionSize(MAX_COLUMN_PX)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ui.searchEdit.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.redialButton.clicked.connect(self.redial)
        self.ui.editNoteButton.clicked.connect(self.edit_note)
        view.doubleClicked.connect(lambda _i: self.edit_note())
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.edit_requested: Callable[[], None] | None = None
        """Set by the main window: move focus to the notes editor."""
        self._warm_from = 0
        self.older_calls: dict[str, CallRecord] = {}
        """Calls of earlier shifts (loaded after start); the session stays the source of this shift's."""
        controller.changed.connect(self.refresh)
        self.refresh()

    def set_older(self, calls: Sequence[CallRecord]) -> None:
        current = self.controller.session.calls
        self.older_calls = {c.call_id: c for c in calls if c.call_id not in current}
        self.refresh()
        self._warm_from = 0
        QTimer.singleShot(0, self._warm_search)

    def _warm_search(self) -> None:
        """Search texts of two weeks of calls, a few hundred rows per event-loop turn (no stall)."""
        self._warm_from = self.model.warm_texts(self._warm_from, 300)
        if self._warm_from < self.model.rowCount():
            QTimer.singleShot(0, self._warm_search)

    def refresh(self) -> None:
        s = self.controller.session
        calls = [*self.older_calls.values(), *s.history] if self.older_calls else s.history
        self.model.refresh(calls, s.notes.latest)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.forget_texts()  # searched words (direction, result) are in the new language
        super().changeEvent(event)

    def selected_call_id(self) -> str:
        rows = self.ui.tableView.selectionModel().selectedRows()
        index: QModelIndex = rows[0] if rows else QModelIndex()
        return str(index.data(CALL_ID_ROLE) or "") if index.isValid() else ""

    def _update_buttons(self) -> None:
        has = bool(self.selected_call_id())
        self.ui.redialButton.setEnabled(has)
        self.ui.editNoteButton.setEnabled(has)

    def redial(self) -> None:
        call_id = self.selected_call_id()
        call = self.controller.session.calls.get(call_id) or self.older_calls.get(call_id)
        if call is not None:
            self.controller.redial(call.number)

    def edit_note(self) -> None:
        call_id = self.selected_call_id()
        if call_id:
            self.controller.set_note_target(call_id)
            if self.edit_requested is not None:
                self.edit_requested()
