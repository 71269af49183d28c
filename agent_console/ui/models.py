"""Table models for the call history and the shift figures (views stay dumb, qutebrowser style).

Both models are fed plain domain objects by :meth:`refresh` and never reach into the phone or
the journal, so ``qtmodeltester`` can check them in isolation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from agent_console.domain.calls import CallRecord
from agent_console.domain.notes import NoteVersion
from agent_console.domain.shift import ShiftSummary
from agent_console.ui import labels

Index = QModelIndex | QPersistentModelIndex
CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def local_time(ms: int | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return "" if ms is None else datetime.fromtimestamp(ms / 1000).strftime(fmt)


@dataclass(frozen=True)
class HistoryRow:
    call: CallRecord
    note: NoteVersion | None


class CallHistoryModel(QAbstractTableModel):
    """Calls (this shift and the earlier ones of the history window) with the latest note version
    of each; newest first unless the view sorts otherwise.

    Sized for two weeks (~4,000 calls): the model sorts itself in Python with plain keys and keeps
    each row's searchable text, so the proxy never calls :meth:`data` row by row across the
    Python/C++ boundary (that took ~0.3 s per keystroke at this size)."""

    COLUMNS = ("time", "direction", "number", "name", "duration", "outcome", "disposition", "note")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)
        self._texts: dict[str, tuple[HistoryRow, str]] = {}

    def refresh(self, calls: Sequence[CallRecord], note_of: Callable[[str], NoteVersion | None]) -> None:
        rows = self._sorted([HistoryRow(c, note_of(c.call_id)) for c in calls])
        new_ids = [r.call.call_id for r in rows]
        old_ids = [r.call.call_id for r in self._rows]
        added = len(new_ids) - len(old_ids)
        if new_ids == old_ids:
            changed = [i for i, (a, b) in enumerate(zip(rows, self._rows, strict=True)) if a != b]
            self._rows = rows
            if changed:  # a note edited, a call record updated: only those rows
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.COLUMNS) - 1))
        elif added > 0 and new_ids[added:] == old_ids:
            # The usual case over a shift: newer calls on top. Inserting keeps the view's selection
            # and scroll position and costs O(new rows), not O(shift).
            self.beginInsertRows(QModelIndex(), 0, added - 1)
            self._rows = rows
            self.endInsertRows()
        elif added > 0 and new_ids[:len(old_ids)] == old_ids:
            # Earlier shifts arriving below this one's calls (loaded after start).
            self.beginInsertRows(QModelIndex(), len(old_ids), len(new_ids) - 1)
            self._rows = rows
            self.endInsertRows()
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def _sorted(self, rows: list[HistoryRow]) -> list[HistoryRow]:
        column, order = self._sort
        name = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else "time"
        descending = order == Qt.SortOrder.DescendingOrder
        by_time = sorted(rows, key=lambda r: r.call.offered_ms, reverse=descending)
        if name == "time":
            return by_time
        if name == "duration":
            return sorted(by_time, key=lambda r: r.call.talk_ms, reverse=descending)  # stable: time breaks ties
        return sorted(by_time, key=lambda r: _display(r, name), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].call.call_id if 0 <= i.row() < len(self._rows) else "" for i in persistent]
        self._rows = self._sorted(self._rows)
        position = {r.call.call_id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[c], i.column()) if c in position else QModelIndex()
                         for i, c in zip(persistent, ids, strict=True)])
        self.layoutChanged.emit()

    def search_text(self, row: int) -> str:
        """Everything the row shows, case-folded, for the search box (kept until the row changes)."""
        item = self._rows[row]
        cached = self._texts.get(item.call.call_id)
        if cached is not None and cached[0] == item:
            return cached[1]
        text = "\x1f".join(_display(item, name) for name in self.COLUMNS).casefold()
        self._texts[item.call.call_id] = (item, text)
        return text

    def warm_texts(self, start: int, count: int) -> int:
        """Prepare the search texts of rows [start, start + count): spread over idle moments after
        a large load so the first keystroke does not pay for all of them. Returns the next row."""
        end = min(len(self._rows), start + count)
        for row in range(start, end):
            self.search_text(row)
        return end

    def forget_texts(self) -> None:
        """The language changed: the searchable words (direction, result, outcome) did too."""
        self._texts.clear()

    def call_at(self, row: int) -> CallRecord | None:
        return self._rows[row].call if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "time": QCoreApplication.translate("Models", "Time"),
            "direction": QCoreApplication.translate("Models", "Direction"),
            "number": QCoreApplication.translate("Models", "Number"),
            "name": QCoreApplication.translate("Models", "Name"),
            "duration": QCoreApplication.translate("Models", "Talk time"),
            "outcome": QCoreApplication.translate("Models", "Result"),
            "disposition": QCoreApplication.translate("Models", "Outcome"),
            "note": QCoreApplication.translate("Models", "Note"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        call, note = row.call, row.note
        column = self.COLUMNS[index.column()]
        if role == CALL_ID_ROLE:
            return call.call_id
        if role == SORT_ROLE:
            if column == "time":
                return call.offered_ms
            if column == "duration":
                return call.talk_ms
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # cells may be elided in a narrow column: the full text
            return note.text if column == "note" and note else (_display(row, column) or None)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _display(row, column)


def _display(row: HistoryRow, column: str) -> str:
    call, note = row.call, row.note
    if column == "time":
        return local_time(call.offered_ms)
    if column == "direction":
        return labels.direction(call.direction.value)
    if column == "number":
        return call.number
    if column == "name":
        return call.name
    if column == "duration":
        return labels.format_duration(call.talk_ms, hours=False) if call.answered_ms else ""
    if column == "outcome":
        return labels.call_outcome(call.outcome.value)
    if column == "disposition":
        return labels.disposition(note.disposition) if note and note.disposition else ""
    if column == "note":
        return (note.text.splitlines()[0][:80] if note.text else "") if note else ""
    return ""


class HistoryFilter(QSortFilterProxyModel):
    """Search by number, date or disposition: any column containing the text matches.

    Sorting is handed to :class:`CallHistoryModel` (Python keys, no per-comparison ``data`` calls)
    and matching uses its cached row texts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def setFilterFixedString(self, pattern: str) -> None:
        self._needle = pattern.casefold()
        super().setFilterFixedString(pattern)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, CallHistoryModel):
            return super().filterAcceptsRow(source_row, source_parent)
        return not self._needle or self._needle in source.search_text(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, CallHistoryModel):
            source.sort(column, order)
        else:
            super().sort(column, order)


class ShiftStatsModel(QAbstractTableModel):
    """The shift's call figures as (label, value) rows: calls, talk/hold/wrap-up, AHT, break left.
    Time per status is drawn by the timeline's legend, next to the picture it explains."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    def refresh(self, summary: ShiftSummary, now_ms: int) -> None:
        rows = self.compute(summary, now_ms)
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows != self._rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))

    @staticmethod
    def compute(summary: ShiftSummary, now_ms: int) -> list[tuple[str, str]]:
        d = labels.format_duration
        rows: list[tuple[str, str]] = [
            (QCoreApplication.translate("Models", "Calls answered"), str(summary.answered)),
            (QCoreApplication.translate("Models", "Calls offered"), str(summary.offered)),
            (QCoreApplication.translate("Models", "Missed"), str(summary.missed)),
            (QCoreApplication.translate("Models", "Refused while unavailable"), str(summary.rejected_unavailable)),
            (QCoreApplication.translate("Models", "Refused during wrap-up"), str(summary.rejected_in_wrapup)),
            (QCoreApplication.translate("Models", "Calls made"), str(summary.made)),
            (QCoreApplication.translate("Models", "Talk time"), d(summary.talk_ms_at(now_ms))),
            (QCoreApplication.translate("Models", "Hold time"), d(summary.hold_ms_at(now_ms))),
            (QCoreApplication.translate("Models", "Wrap-up time"), d(summary.wrapup_ms(now_ms))),
            (QCoreApplication.translate("Models", "Average handle time"), d(summary.aht_ms(now_ms), hours=False)),
            (QCoreApplication.translate("Models", "Break left"), d(summary.break_left_ms(now_ms))),
        ]
        if summary.break_overrun_ms(now_ms):
            rows.append(
                (QCoreApplication.translate("Models", "Break over budget"), d(summary.break_overrun_ms(now_ms)))
            )
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            0: QCoreApplication.translate("Models", "Figure"),
            1: QCoreApplication.translate("Models", "Value"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
