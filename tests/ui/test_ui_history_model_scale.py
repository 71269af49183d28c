"""The history model at two weeks' size: older calls appended without a reset, sorting in the
model (selection kept), search texts cached but never stale."""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelectionModel, Qt

from agent_console.domain.calls import CallRecord, Direction, Outcome
from agent_console.domain.notes import NoteVersion
from agent_console.ui.models import CallHistoryModel, HistoryFilter

T0 = 1_764_054_000_000


def _calls(n: int, start: int = 0) -> list[CallRecord]:
    return [CallRecord(f"id{i}", Direction.INBOUND, f"+7701{i:07d}", "", T0 - i * 300_000,
                       answered_ms=T0 - i * 300_000 + 5_000, ended_ms=T0 - i * 300_000 + 5_000 + (i % 7) * 1000,
                       outcome=Outcome.ANSWERED) for i in range(start, start + n)]


def test_older_calls_are_appended_below_without_a_reset(qtmodeltester, qtbot):  # type: ignore[no-untyped-def]
    model = CallHistoryModel()
    shift, older = _calls(300), _calls(4000, start=300)
    model.refresh(shift, {}.get)
    with qtbot.waitSignal(model.rowsInserted) as inserted, qtbot.assertNotEmitted(model.modelReset):
        model.refresh([*older, *shift], {}.get)
    assert inserted.args[1:] == [300, 4299]
    qtmodeltester.check(model)


def test_sorting_happens_in_the_model_and_keeps_the_selection(qtbot):  # type: ignore[no-untyped-def]
    model, proxy = CallHistoryModel(), HistoryFilter()
    proxy.setSourceModel(model)
    model.refresh(_calls(50), {}.get)
    selection = QItemSelectionModel(proxy)
    selection.select(proxy.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen = proxy.index(3, 2).data()
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # by number
    numbers = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert numbers == sorted(numbers)
    assert [i.data() for i in selection.selectedIndexes()] and selection.selectedIndexes()[0].siblingAtColumn(
        2).data() == chosen
    model.refresh(_calls(51), {}.get)  # a new call, sorted by number: lands where it belongs
    numbers = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert numbers == sorted(numbers) and len(numbers) == 51
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 2).data() == "+77010000000"


def test_search_texts_follow_note_edits_and_the_language(qtbot):  # type: ignore[no-untyped-def]
    model, proxy = CallHistoryModel(), HistoryFilter()
    proxy.setSourceModel(model)
    calls = _calls(4300)
    model.refresh(calls, {}.get)
    assert model.warm_texts(0, 10_000) == 4300
    started = time.perf_counter()
    proxy.setFilterFixedString("0004299")
    assert proxy.rowCount() == 1
    assert time.perf_counter() - started < 0.2  # was ~0.35 s per keystroke when the proxy asked data()
    proxy.setFilterFixedString("ring back")
    assert proxy.rowCount() == 0
    model.refresh(calls, {"id7": NoteVersion("id7", 1, "callback_needed", "ring back", T0)}.get)
    assert proxy.rowCount() == 1 and proxy.index(0, 2).data() == "+77010000007"
    proxy.setFilterFixedString("INCOMING")  # case-insensitive, like the Qt filter it replaces
    assert proxy.rowCount() == 4300
    model.forget_texts()
    assert model.search_text(0).startswith(model.index(0, 0).data())
