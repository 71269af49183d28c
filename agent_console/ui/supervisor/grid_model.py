"""The live grid as a Qt table model: one row per agent, updated in place.

A feed delta becomes ``dataChanged`` for that one row (a new agent: one inserted row). A snapshot
(after a (re)connect) is merged, not reset: rows of agents gone are removed, changed rows replaced
in place (one ``dataChanged`` per run of neighbouring rows, or one over the changed span when
there are many), new agents appended. Selection and scroll position therefore survive the hundreds
of changes a minute a large team produces and every reconnect, and nothing flickers.

Which roles a ``dataChanged`` names tells the proxy what it has to redo: none (or ``ROW_ROLE``) —
the row itself was replaced (filter and sort); ``SORT_ROLE`` — the sort key may have changed;
anything else — a repaint only.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from agent_console.phone.api import CallQuality
from agent_console.protocol import Alert, BoardRow
from agent_console.supervisor.grid import AlertBook, GridState, is_unreachable, runs, version_key
from agent_console.ui import labels
from agent_console.ui.theme import status_colour

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ALERT_ROLE = Qt.ItemDataRole.UserRole + 3

ALERT_BACKGROUND = QColor(230, 140, 20, 80)
"""Translucent amber: readable over the light and the dark theme's base colour."""
STALE_FOREGROUND = QColor(128, 128, 128)

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgentGridModel", text)


def hhmmss(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000).strftime("%H:%M:%S")


class Col(IntEnum):
    NAME = 0
    TEAM = 1
    STATUS = 2
    IN_STATUS = 3
    CALL = 4
    CALL_TIME = 5
    QUALITY = 6
    ANSWERED = 7
    MISSED = 8
    AHT = 9
    BREAK = 10
    REACH = 11
    ALERT = 12
    VERSION = 13


NCOLS = len(Col)
# The columns as plain ints for the per-cell code: reading an enum member costs more than the
# rest of a cell on Python 3.11.
_NAME = int(Col.NAME)
_TEAM = int(Col.TEAM)
_STATUS = int(Col.STATUS)
_IN_STATUS = int(Col.IN_STATUS)
_CALL = int(Col.CALL)
_CALL_TIME = int(Col.CALL_TIME)
_QUALITY = int(Col.QUALITY)
_ANSWERED = int(Col.ANSWERED)
_MISSED = int(Col.MISSED)
_AHT = int(Col.AHT)
_BREAK = int(Col.BREAK)
_REACH = int(Col.REACH)
_ALERT = int(Col.ALERT)
_VERSION = int(Col.VERSION)


def headers() -> list[str]:
    return [_tr("Agent"), _tr("Team"), _tr("Status"), _tr("In status"), _tr("Current call"), _tr("Call time"),
            _tr("Call quality"), _tr("Answered"), _tr("Missed"), _tr("AHT"), _tr("Break used"), _tr("Reachability"),
            _tr("Alert"), _tr("Console version")]


TIMED = (Col.IN_STATUS, Col.CALL_TIME, Col.BREAK)
"""Columns whose shown value grows with time (repainted each second)."""
TIME_VARIANT_SORT = (Col.BREAK,)
"""Columns whose *order* changes with time (a running break's share of the budget grows, the
others' does not): their keys are never cached and a view sorted by them re-sorts each second.
In-status and call time sort by when the status or call began, which orders the same as their
durations at any moment."""
_TIME_VARIANT = frozenset(int(c) for c in TIME_VARIANT_SORT)
MANY_CHANGED = 32
"""A snapshot changing more rows than this says so with one ``dataChanged`` over their span."""
_NO_SINCE = 1 << 62
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_UNANSWERED = frozenset(int(r) for r in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.CheckStateRole,
                                         Qt.ItemDataRole.SizeHintRole, Qt.ItemDataRole.EditRole))
"""Roles a painted cell asks for that this model never answers: answered first, cheaply."""
_PAINT_ONLY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole)
NO_AUDIO_LOSS_PCT = 100.0
"""What a console reports for an interval in which no RTP arrived at all (with MOS 1.0)."""


def alert_name(kind: str) -> str:
    names = {
        "break_over_budget": _tr("Break over budget"),
        "wrapup_long": _tr("Long wrap-up"),
        "call_long": _tr("Long call"),
        "unreachable": _tr("Unreachable"),
        "dnd_long": _tr("Long do-not-disturb"),
        "phone_unreachable": _tr("Phone unreachable"),
    }
    return names.get(kind, kind)


class AgentGridModel(QAbstractTableModel):
    def __init__(self, clock: Callable[[], int] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = GridState()
        self.alerts = AlertBook()
        self._clock = clock or (lambda: time.time_ns() // 1_000_000)
        self.offset_ms = 0
        """Server clock minus ours (from the last snapshot): durations use the server's time."""
        self.stale_since_ms: int | None = None
        self._alerted: dict[str, list[Alert]] = {}
        self._keys: dict[int, list[Any]] = {}
        """Sort keys per column, one per row, kept in step with the rows (the proxy compares
        thousands of pairs after a snapshot; recomputing a key per comparison made that seconds)."""
        self._status_texts: dict[tuple[str, str | None], str] = {}
        """Translated status labels by (status, reason): a handful, asked for thousands of times."""

    # -- feed --------------------------------------------------------------------------------------

    def set_board(self, rows: Iterable[BoardRow], server_ms: int | None = None) -> None:
        """A snapshot (after each (re)connect): merged into the rows shown, never a reset — only
        what differs is removed, replaced or appended, so the view keeps selection, scroll and
        sort, and re-sorts only the rows that changed."""
        if server_ms is not None:
            self.offset_ms = server_ms - self._clock()
        plan = self.state.plan(rows)
        root = QModelIndex()
        for first, last in reversed(runs(plan.removed)):
            self.beginRemoveRows(root, first, last)
            self.state.remove(first, last)
            for keys in self._keys.values():
                del keys[first:last + 1]
            self.endRemoveRows()
        changed = [i for i, _ in plan.changed]
        if len(changed) > MANY_CHANGED:
            self._keys.clear()  # rebuilt for the one column the view sorts by, when it asks
        for i, row in plan.changed:
            self.state.replace(i, row)
            for col, keys in self._keys.items():
                keys[i] = self._sort_key(row, col)
        spans = [(changed[0], changed[-1])] if len(changed) > MANY_CHANGED else runs(changed)
        for first, last in spans:
            self.dataChanged.emit(self.index(first, 0), self.index(last, NCOLS - 1))
        if plan.added:
            n = len(self.state)
            self.beginInsertRows(root, n, n + len(plan.added) - 1)
            for row in plan.added:
                self.state.apply(row)
                for col, keys in self._keys.items():
                    keys.append(self._sort_key(row, col))
            self.endInsertRows()
        self.set_stale(None)

    def apply_row(self, row: BoardRow) -> int:
        """One agent's row changed: repaint that row only. Returns its index."""
        i = self.state.index_of(row.username)
        if i is None:
            n = len(self.state)
            self.beginInsertRows(QModelIndex(), n, n)
            self.state.apply(row)
            for col, keys in self._keys.items():
                keys.append(self._sort_key(row, col))
            self.endInsertRows()
            return n
        self.state.apply(row)
        for col, keys in self._keys.items():
            keys[i] = self._sort_key(row, col)
        self.dataChanged.emit(self.index(i, 0), self.index(i, NCOLS - 1))
        return i

    def set_alerts(self, team: str | None, alerts: list[Alert]) -> None:
        self.forget_sort_keys(Col.ALERT, Col.REACH)
        roles = [*_PAINT_ONLY, SORT_ROLE]  # alerts never change what the filters look at
        for name in self.alerts.set_team(team, alerts):
            self._alerted[name] = self.alerts.of(name)
            i = self.state.index_of(name)
            if i is not None:
                self.dataChanged.emit(self.index(i, 0), self.index(i, NCOLS - 1), roles)

    def clear_alerts(self) -> None:
        had = bool(self._alerted)
        self.alerts.clear()
        self._alerted.clear()
        self.forget_sort_keys(Col.ALERT, Col.REACH)
        if had and len(self.state):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.state) - 1, NCOLS - 1),
                                  [*_PAINT_ONLY, SORT_ROLE])

    def forget_sort_keys(self, *cols: int) -> None:
        """Drop cached sort keys (of ``cols``, or all and the translated labels: after a language
        change)."""
        if not cols:
            self._keys.clear()
            self._status_texts.clear()
        for col in cols:
            self._keys.pop(col, None)

    def set_stale(self, since_ms: int | None) -> None:
        """Grey the rows (the connection is down, the data is as of ``since_ms``), or not."""
        if since_ms == self.stale_since_ms:
            return
        self.stale_since_ms = since_ms
        if len(self.state):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.state) - 1, NCOLS - 1),
                                  [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole])

    def tick(self) -> None:
        """Time passes: the duration columns of every row (for views that sort by them; the
        window itself just repaints, which recomputes the durations of the rows on screen)."""
        n = len(self.state)
        if n and self.stale_since_ms is None:
            roles = [Qt.ItemDataRole.DisplayRole, SORT_ROLE]
            self.dataChanged.emit(self.index(0, Col.IN_STATUS), self.index(n - 1, Col.IN_STATUS), roles)
            self.dataChanged.emit(self.index(0, Col.CALL_TIME), self.index(n - 1, Col.CALL_TIME), roles)
            self.dataChanged.emit(self.index(0, Col.BREAK), self.index(n - 1, Col.BREAK), roles)

    def now_ms(self) -> int:
        return self._clock() + self.offset_ms

    # -- model -------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.state.rows)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's table index() asks rowCount() and columnCount() first: two calls into Python per
        # cell painted. One is enough.
        if 0 <= row < len(self.state.rows) and 0 <= column < NCOLS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else NCOLS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Col):
            return headers()[section]
        return None

    def row_at(self, i: int) -> BoardRow:
        return self.state.rows[i]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cell(index.row(), index.column(), role)  # an invalid index has row -1

    def cell(self, i: int, col: int, role: int) -> Any:
        """What ``data()`` answers for row ``i``, column ``col`` (the proxy asks directly, without
        building a source index per call: every cell painted asks for seven roles)."""
        if not 0 <= i < len(self.state.rows):
            return None
        row = self.state.rows[i]
        if role == _DISPLAY:
            return self._text(row, col)
        if role in _UNANSWERED:
            return None
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == ROW_ROLE:
            return row
        if role == ALERT_ROLE:
            return self._alerted.get(row.username, [])
        if role == Qt.ItemDataRole.BackgroundRole:
            return ALERT_BACKGROUND if self._alerted.get(row.username) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return STALE_FOREGROUND if self.stale_since_ms is not None else None
        if role == Qt.ItemDataRole.DecorationRole and col == _STATUS:
            return status_colour(row.status) if self.stale_since_ms is None else STALE_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole and col == _ALERT:
            found = self._alerted.get(row.username, [])
            return "\n".join(f"{alert_name(a.kind)} — {hhmmss(a.began_ms)}" for a in found)
        if role == Qt.ItemDataRole.ToolTipRole and col == _QUALITY and row.quality is not None:
            return _tr("MOS %1, packet loss %2 %").replace("%1", f"{row.quality.mos:.1f}").replace(
                "%2", f"{row.quality.loss_pct:.0f}")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (_IN_STATUS, _CALL_TIME, _ANSWERED,
                                                                 _MISSED, _AHT, _BREAK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _in_status_ms(self, row: BoardRow) -> int:
        return max(0, self.now_ms() - row.since_ms) if row.since_ms else 0

    def _call_ms(self, row: BoardRow) -> int:
        return max(0, self.now_ms() - row.call.since_ms) if row.call else 0

    def _break_ms(self, row: BoardRow) -> int | None:
        """Break time today, the break in progress included (``None``: the server did not say)."""
        if row.break_before_s is None:
            return None
        used = int(row.break_before_s * 1000)
        if row.status == "break" and row.since_ms:
            used += max(0, self.now_ms() - row.since_ms)
        return used

    @staticmethod
    def _quality_text(row: BoardRow) -> str:
        q = row.quality
        if q is None or row.call is None:
            return ""
        grade = CallQuality(0.0, 0.0, q.loss_pct, q.mos, no_audio=q.loss_pct >= NO_AUDIO_LOSS_PCT).grade
        text = labels.quality(grade)
        return text if grade == "no_audio" else f"{text} ({q.mos:.1f})"

    @staticmethod
    def _aht_s(row: BoardRow) -> float | None:
        return row.today.talk_s / row.today.answered if row.today.answered else None

    def key_of(self, row: BoardRow, col: int) -> Any:
        """The value ``row`` would sort by in ``col`` (before it is in the model)."""
        return self._sort_key(row, col)

    def sort_keys(self, col: int) -> list[Any]:
        """Every row's sort key in ``col``, by source row (a full sort reads them in one go)."""
        if col in _TIME_VARIANT:
            return [self._sort_key(r, col) for r in self.state.rows]
        keys = self._keys.get(col)
        if keys is None:
            keys = self._keys[col] = [self._sort_key(r, col) for r in self.state.rows]
        return keys

    def sort_key(self, i: int, col: int) -> Any:
        """The value row ``i`` sorts by in column ``col``: plain numbers, strings or tuples of
        them, so that sorting compares in C. Cached, except where the order changes with time."""
        if col in _TIME_VARIANT:
            return self._sort_key(self.state.rows[i], col)
        keys = self._keys.get(col)
        if keys is None:
            keys = self._keys[col] = [self._sort_key(r, col) for r in self.state.rows]
        return keys[i]

    def _text(self, row: BoardRow, col: int) -> str:
        if col == _NAME:
            return row.display_name
        if col == _TEAM:
            return row.team or ""
        if col == _STATUS:
            key = (row.status, row.reason)
            text = self._status_texts.get(key)
            if text is None:
                text = self._status_texts[key] = labels.status_with_reason(row.status, row.reason)
            return text
        if col == _IN_STATUS:
            return labels.format_duration(self._in_status_ms(row)) if row.since_ms else ""
        if col == _CALL:
            if row.call is None:
                return ""
            return f"{labels.direction(row.call.direction)} {row.call.number or ''}".strip()
        if col == _CALL_TIME:
            return labels.format_duration(self._call_ms(row)) if row.call else ""
        if col == _ANSWERED:
            return str(row.today.answered)
        if col == _MISSED:
            return str(row.today.missed)
        if col == _AHT:
            aht = self._aht_s(row)
            return labels.format_duration(int(aht * 1000), hours=False) if aht is not None else ""
        if col == _QUALITY:
            return self._quality_text(row)
        if col == _BREAK:
            used = self._break_ms(row)
            if used is None:
                return ""
            text = labels.format_duration(used, hours=False)
            if row.break_budget_s is not None:
                text += " / " + labels.format_duration(int(row.break_budget_s * 1000), hours=False)
            return text
        if col == _REACH:
            if is_unreachable(row):
                since = next((a.began_ms for a in self._alerted.get(row.username, []) if a.kind == "unreachable"),
                             row.updated_ms)
                return _tr("Unreachable since %1").replace("%1", hhmmss(since)[:5])
            if row.status == "offline":
                return ""
            if row.phone == "unreachable":
                return _tr("Phone unreachable since %1").replace("%1", hhmmss(row.phone_since_ms or row.updated_ms)[:5])
            if row.phone == "not_configured":
                return _tr("Online, no phone")
            return _tr("Online")
        if col == _ALERT:
            return ", ".join(alert_name(a.kind) for a in self._alerted.get(row.username, []))
        if col == _VERSION:
            return row.console_version or ""
        return ""

    def _sort_key(self, row: BoardRow, col: int) -> Any:
        if col == _IN_STATUS:  # longer in status = began earlier; not begun = shortest
            return -(row.since_ms or _NO_SINCE)
        if col == _CALL_TIME:
            return -(row.call.since_ms or _NO_SINCE) if row.call else -_NO_SINCE
        if col == _ANSWERED:
            return row.today.answered
        if col == _MISSED:
            return row.today.missed
        if col == _AHT:
            return self._aht_s(row) or 0.0
        if col == _QUALITY:  # worst first
            return row.quality.mos if row.quality is not None and row.call is not None else 9.0
        if col == _BREAK:  # share of the budget used, then time
            used = self._break_ms(row) or 0
            budget = row.break_budget_s
            return (used / (budget * 1000) if budget else 0.0, used)
        if col == _ALERT:
            return len(self._alerted.get(row.username, []))
        if col == _VERSION:
            return version_key(row.console_version)
        return self._text(row, col).casefold()
