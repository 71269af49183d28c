"""The history tab shows the last 14 days, not only this shift (issue 6): earlier shifts are read
and folded off the GUI thread after the window shows; their notes stay editable (a new version)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from agent_console.app import older_history
from agent_console.domain.calls import CallRecord
from agent_console.domain.clock import ManualClock
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal
from agent_console.protocol import EventKind
from agent_console.ui.history_panel import HistoryPanel
from agent_console.ui.models import local_time

DAY = 24 * 3600 * 1000
AGENT = "aigerim"  # make_console's agent


def _shift(path: Path, start_ms: int, numbers: list[str], *, notes: int = 0, end: bool = True) -> list[CallRecord]:
    """One shift written through the real domain and journal, on its own manual clock."""
    clock = ManualClock(start_ms)
    journal = Journal.open(path)
    try:
        s = AgentSession(AGENT, Policy(wrapup_s=0), clock, journal)
        s.restore(journal.events_since_last_shift(AGENT))
        s.start_shift(Status.AVAILABLE)
        for n, number in enumerate(numbers):
            clock.advance(10 * 60_000)
            s.call_offered(f"c{n}", number, "")
            s.call_answered(f"c{n}")
            clock.advance(3 * 60_000)
            s.call_ended(f"c{n}")
            for version in range(1, notes + 1):
                s.save_note(s.history[-1].call_id, "consultation", f"{number} note v{version}")
        if end:
            clock.advance(60_000)
            s.end_shift()
        return [c for c in s.history if c.offered_ms >= start_ms]  # not the previous shift restored above
    finally:
        journal.close()


def _shown_numbers(panel: HistoryPanel) -> set[str]:
    return {panel.proxy.index(r, 2).data() for r in range(panel.proxy.rowCount())}


def test_history_shows_14_days_searchable_and_an_older_note_gets_a_new_version(
        make_console, fake_phone, clock, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "journal0.sqlite3"  # the first console's journal
    now = clock.now_ms()
    _shift(path, now - 20 * DAY, ["+77014442001"])  # outside the window
    earlier = _shift(path, now - 6 * DAY, ["+77011110601", "+77012220602"], notes=2)
    _shift(path, now - 1 * DAY, ["+77013330101"])
    _shift(path, now - 3 * 3600_000, ["+77019990001"], end=False)  # the current shift, still open

    console = make_console(fake_phone)
    s, hp = console.session, console.window.history_panel
    figures = (s.summary.offered, s.summary.answered, s.summary.talk_ms, len(s.history), s.status)
    assert _shown_numbers(hp) == {"+77019990001"}  # this shift at once; earlier ones follow
    qtbot.waitUntil(lambda: hp.proxy.rowCount() == 4, timeout=5000)
    assert _shown_numbers(hp) == {"+77019990001", "+77013330101", "+77011110601", "+77012220602"}
    assert hp.proxy.index(0, 2).data() == "+77019990001"  # newest first

    hp.ui.searchEdit.setText("2220602")  # by number
    assert _shown_numbers(hp) == {"+77012220602"}
    hp.ui.searchEdit.setText(local_time(earlier[0].offered_ms)[:10])  # by date
    assert _shown_numbers(hp) == {"+77011110601", "+77012220602"}
    hp.ui.searchEdit.setText("consultation")  # by disposition
    assert _shown_numbers(hp) == {"+77011110601", "+77012220602"}

    hp.ui.searchEdit.setText("1110601")
    hp.ui.tableView.selectRow(0)
    older = earlier[0]
    assert hp.selected_call_id() == older.call_id

    qtbot.mouseClick(hp.ui.editNoteButton, Qt.MouseButton.LeftButton)
    notes = console.window.notes_panel
    assert notes.call_id == older.call_id
    assert notes.ui.noteEdit.toPlainText() == "+77011110601 note v2"  # the latest version, loaded
    assert "+77011110601" in notes.ui.callLabel.text()  # the header names the older call too
    notes.ui.noteEdit.setPlainText("called back: resolved")
    qtbot.mouseClick(notes.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "version 3" in notes.ui.savedLabel.text()

    reader = Journal.open(path)  # read back from disk
    try:
        saved = [e.payload for e in reader.events(AGENT)
                 if e.kind == EventKind.NOTE_SAVED and e.payload["call_id"] == older.call_id]
        assert reader.outbox_count() > 0  # the new version waits to be synced like any other event
    finally:
        reader.close()
    assert [p["version"] for p in saved] == [1, 2, 3] and saved[-1]["text"] == "called back: resolved"
    hp.ui.searchEdit.setText("resolved")
    assert _shown_numbers(hp) == {"+77011110601"}  # the table shows the new version
    assert (s.summary.offered, s.summary.answered, s.summary.talk_ms, len(s.history), s.status) == figures
    assert older.call_id not in s.calls  # the session's calls are still this shift's
    hp.ui.searchEdit.setText("1110601")
    hp.ui.tableView.selectRow(0)
    qtbot.mouseClick(hp.ui.redialButton, Qt.MouseButton.LeftButton)
    assert fake_phone.last("dial") == ("dial", "+77011110601")  # call back an earlier shift's caller


def test_older_history_is_read_off_the_gui_thread_after_the_window_shows(
        make_console, clock, qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "journal0.sqlite3"
    now = clock.now_ms()
    _shift(path, now - 2 * DAY, ["+77011110601", "+77012220602"])
    _shift(path, now - 3600_000, ["+77019990001"], end=False)
    release, read_on, handed_on = threading.Event(), [], []
    real_read, real_set = older_history.read_older_history, HistoryPanel.set_older

    def slow_read(*args):  # type: ignore[no-untyped-def]
        read_on.append(threading.get_ident())
        assert release.wait(5)
        return real_read(*args)

    def set_older(self, calls):  # type: ignore[no-untyped-def]
        handed_on.append(threading.get_ident())
        real_set(self, calls)

    monkeypatch.setattr(older_history, "read_older_history", slow_read)
    monkeypatch.setattr(HistoryPanel, "set_older", set_older)
    console = make_console()
    hp = console.window.history_panel
    assert console.window.isVisible() and _shown_numbers(hp) == {"+77019990001"}
    qtbot.waitUntil(lambda: bool(read_on), timeout=5000)
    assert read_on[0] != threading.main_thread().ident
    ticks = []
    console.controller.second.connect(lambda: ticks.append(1))
    clock.advance(1000)
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the GUI runs while the journal is being read
    assert _shown_numbers(hp) == {"+77019990001"} and not handed_on
    release.set()
    qtbot.waitUntil(lambda: hp.proxy.rowCount() == 3, timeout=5000)
    assert handed_on == [threading.main_thread().ident]  # handed back through a queued signal
    assert console.older_history.worker_ident == read_on[0]
