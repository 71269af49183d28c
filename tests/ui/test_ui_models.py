"""Models checked by qtmodeltester; history search, call back, note edits; the timeline picture."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agent_console.domain.calls import CallRecord, Direction, Outcome
from agent_console.domain.notes import NoteVersion
from agent_console.domain.shift import ShiftSummary
from agent_console.domain.status import Status
from agent_console.protocol import EventKind
from agent_console.ui.models import CallHistoryModel, HistoryFilter, ShiftStatsModel
from agent_console.ui.theme import status_colour

T0 = 1_764_054_000_000


def _calls() -> list[CallRecord]:
    a = CallRecord("id-a", Direction.INBOUND, "+77015550101", "Асель", T0, answered_ms=T0 + 3000,
                   ended_ms=T0 + 123_000, outcome=Outcome.ANSWERED)
    b = CallRecord("id-b", Direction.INBOUND, "+77470000001", "", T0 + 200_000, ended_ms=T0 + 200_000,
                   outcome=Outcome.REJECTED)
    c = CallRecord("id-c", Direction.OUTBOUND, "+77770000002", "Даурен", T0 + 400_000, answered_ms=T0 + 405_000,
                   ended_ms=T0 + 465_000, outcome=Outcome.COMPLETED)
    return [a, b, c]


def test_history_model_passes_modeltester(qtmodeltester):
    model = CallHistoryModel()
    notes = {"id-a": NoteVersion("id-a", 1, "complaint", "Жәрдемақы кешікті\nекінші жол", T0 + 130_000)}
    model.refresh(_calls(), notes.get)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 2).data() == "+77770000002"  # newest first
    row_a = 2
    assert model.index(row_a, 4).data() == "2:00"  # talk time
    assert model.index(row_a, 5).data() == "Answered"
    assert model.index(row_a, 6).data() == "Complaint"
    assert model.index(row_a, 7).data() == "Жәрдемақы кешікті"
    assert model.index(1, 5).data() == "Refused (unavailable)"
    model.refresh(_calls()[:1], notes.get)
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_history_filter_finds_by_number_date_and_disposition(qtmodeltester):
    model = CallHistoryModel()
    notes = {"id-a": NoteVersion("id-a", 1, "complaint", "", T0)}
    model.refresh(_calls(), notes.get)
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("555")
    assert proxy.rowCount() == 1
    proxy.setFilterFixedString("complaint")
    assert proxy.rowCount() == 1 and proxy.index(0, 2).data() == "+77015550101"
    day = model.index(0, 0).data()[:10]
    proxy.setFilterFixedString(day)
    assert proxy.rowCount() == 3
    proxy.setFilterFixedString("")
    proxy.sort(4, Qt.SortOrder.DescendingOrder)  # by talk time, numerically
    assert proxy.index(0, 2).data() == "+77015550101"


def test_shift_stats_model_passes_modeltester(qtmodeltester):
    summary = ShiftSummary(break_budget_ms=60_000)

    class E:
        def __init__(self, kind, at, payload):
            self.kind, self.at_ms, self.payload = kind, at, payload

    for e in [E(EventKind.SHIFT_STARTED, T0, {}),
              E(EventKind.STATUS_CHANGED, T0, {"status": "break", "reason": "lunch"}),
              E(EventKind.STATUS_CHANGED, T0 + 90_000, {"status": "available"})]:
        summary.apply(e)
    model = ShiftStatsModel()
    model.refresh(summary, T0 + 100_000)
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows["Break left"] == "0:00:00"
    assert rows["Break over budget"] == "0:00:30"
    assert rows["Calls answered"] == "0"


def test_history_panel_search_redial_and_note_edit(window, console, fake_phone, qtbot):
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    for number in ("+77015550101", "+77470000001"):
        call = fake_phone.ring(number)
        fake_phone.answer(call.call_id)
        fake_phone.remote_hangup(call.call_id)
        window.ui.actionFinishWrapup.trigger()
    hp = window.history_panel
    assert hp.proxy.rowCount() == 2
    qtbot.keyClicks(hp.ui.searchEdit, "5550101")
    assert hp.proxy.rowCount() == 1
    hp.ui.tableView.selectRow(0)
    qtbot.mouseClick(hp.ui.redialButton, Qt.MouseButton.LeftButton)
    assert fake_phone.last("dial") == ("dial", "+77015550101")
    fake_phone.remote_hangup(next(iter(fake_phone.calls)))
    window.ui.actionFinishWrapup.trigger()
    hp.ui.searchEdit.clear()
    hp.ui.searchEdit.setText("5550101")
    inbound = next(r for r in range(hp.proxy.rowCount()) if hp.proxy.index(r, 1).data() == "Incoming")
    hp.ui.tableView.selectRow(inbound)
    record = console.session.calls[hp.selected_call_id()]
    assert record.direction == Direction.INBOUND
    qtbot.mouseClick(hp.ui.editNoteButton, Qt.MouseButton.LeftButton)
    notes = window.notes_panel
    assert notes.call_id == record.call_id
    notes.ui.noteEdit.setPlainText("first version")
    notes.commit()
    notes.ui.noteEdit.setPlainText("second version")
    qtbot.mouseClick(notes.ui.saveButton, Qt.MouseButton.LeftButton)
    versions = console.session.notes.versions(record.call_id)
    assert [v.text for v in versions] == ["first version", "second version"]
    assert "version 2" in notes.ui.savedLabel.text()
    assert hp.proxy.index(inbound, 7).data() == "second version"


def test_timeline_paints_each_status_in_its_colour(window, console, clock, qtbot):
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    clock.advance(60 * 60_000)
    next(a for a in window.break_menu.actions() if a.data() == "lunch").trigger()
    clock.advance(30 * 60_000)
    qtbot.mouseClick(window.status_control.ui.dndButton, Qt.MouseButton.LeftButton)
    clock.advance(30 * 60_000)
    console.controller.tick()
    timeline = window.shift_panel.timeline
    timeline.resize(1200, timeline.sizeHint().height())
    assert [s.status for s in timeline.segments] == [Status.AVAILABLE, Status.BREAK, Status.DND]
    image = timeline.grab().toImage()
    y = 17
    for fraction, status in ((0.25, Status.AVAILABLE), (0.62, Status.BREAK), (0.9, Status.DND)):
        assert image.pixelColor(int(image.width() * fraction), y).name() == status_colour(status).name()
    assert "Available 8:00" not in timeline.accessibleDescription()
    assert "Break — Lunch" in timeline.accessibleDescription()
    assert timeline.totals()[Status.AVAILABLE] == 60 * 60_000


def test_history_model_inserts_new_calls_on_top_without_a_reset(qtmodeltester, qtbot):
    """Over a 300-call shift a reset per call would re-sort and re-measure everything."""
    model = CallHistoryModel()
    calls = _calls()
    model.refresh(calls, {}.get)
    qtmodeltester.check(model)
    newer = CallRecord("id-d", Direction.INBOUND, "+77015550199", "", T0 + 900_000, ended_ms=T0 + 900_000,
                       outcome=Outcome.MISSED)
    with qtbot.waitSignal(model.rowsInserted) as inserted, qtbot.assertNotEmitted(model.modelReset):
        model.refresh([*calls, newer], {}.get)
    assert inserted.args[1:] == [0, 0]
    assert model.index(0, 2).data() == "+77015550199" and model.rowCount() == 4
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.refresh([*calls, newer], {"id-a": NoteVersion("id-a", 1, "complaint", "x", T0)}.get)
    assert changed.args[0].row() == changed.args[1].row() == 3  # only the edited call's row
