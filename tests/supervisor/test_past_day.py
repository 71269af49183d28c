"""An earlier day for the drill-down, the day chart and the CSV report, against a real server
process: the day is taken, the team scope holds for it, a future day is refused in plain words,
and the window's day picker drives the export and the drill-down."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from agent_console.ui.supervisor.window import SupervisorWindow
from tests.server.kit import ev, status, wall_ms
from tests.supervisor.windows import open_window
from tests.sync.kit import ServerProc


def server_today() -> date:
    """Today in the server's report time zone (UTC by default), from the wall clock it runs on."""
    return datetime.fromtimestamp(wall_ms() / 1000, UTC).date()


def noon_ms(day: date) -> int:
    return int(datetime.combine(day, time(12), UTC).timestamp() * 1000)


def get(server: ServerProc, user: str, path: str) -> httpx.Response:
    return httpx.get(server.url + "/api/v1" + path, headers={"Authorization": f"Bearer {server.login(user)}"},
                     timeout=10)


def post(server: ServerProc, user: str, path: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(server.url + "/api/v1" + path, json=body,
                      headers={"Authorization": f"Bearer {server.login(user)}"}, timeout=10)


def yesterday_of_alice(server: ServerProc) -> str:
    """Alice worked yesterday: a shift from noon, one answered call with a note, an hour available."""
    day = server_today() - timedelta(days=1)
    t = noon_ms(day)
    r = post(server, "alice", "/events", {"events": [
        ev("alice", "shift_started", at_ms=t - 1000),
        status("alice", "available", at_ms=t),
        ev("alice", "call_offered", {"call_id": "y1", "direction": "inbound", "number": "+77010000009"}, t + 60_000),
        ev("alice", "call_answered", {"call_id": "y1"}, t + 65_000),
        ev("alice", "call_ended", {"call_id": "y1", "reason": "hangup", "answered": True}, t + 245_000),
        ev("alice", "note_saved", {"call_id": "y1", "version": 1, "disposition": "complaint", "text": "late"},
           t + 250_000),
        status("alice", "offline", "available", at_ms=t + 3_600_000),
        ev("alice", "shift_ended", at_ms=t + 3_600_000),
    ]})
    r.raise_for_status()
    return day.isoformat()


def test_the_day_endpoints_take_an_earlier_day_within_the_team(sup_server: ServerProc) -> None:
    day = yesterday_of_alice(sup_server)
    mine = get(sup_server, "sue", f"/supervisor/agents/alice/day?day={day}")
    assert mine.status_code == 200, mine.text
    body = mine.json()
    assert body["day"] == day and [c["call_id"] for c in body["calls"]] == ["y1"]
    assert [s for _at, s in body["statuses"]] == ["available", "offline"]
    assert get(sup_server, "sue", "/supervisor/agents/alice/day").json()["calls"] == []  # today: nothing

    mix = get(sup_server, "sue", f"/supervisor/day-mix?team=north&day={day}").json()
    assert mix["day"] == day and sum(s.get("available", 0) for s in mix["slots"]) == pytest.approx(60, abs=0.5)

    # A supervisor's annotation today on yesterday's call is shown with yesterday's note.
    assert post(sup_server, "sue", "/supervisor/agents/alice/notes/y1/annotations",
                {"text": "Offer a callback"}).status_code == 201
    notes = get(sup_server, "sue", f"/supervisor/agents/alice/day?day={day}").json()["notes"]
    assert [(n["version"], n["by_supervisor"]) for n in notes] == [(1, False), (2, True)]

    # Team scope holds on any day: tom (south) sees neither alice's day nor north's mix or report.
    assert get(sup_server, "tom", f"/supervisor/agents/alice/day?day={day}").status_code == 403
    assert get(sup_server, "tom", f"/supervisor/day-mix?team=north&day={day}").status_code == 403
    own = get(sup_server, "tom", f"/supervisor/day-mix?day={day}").json()  # his teams: nothing of alice
    assert sum(sum(s.values()) for s in own["slots"]) == 0
    assert get(sup_server, "tom", f"/reports/day?format=csv&team=north&day={day}").status_code == 403

    report = get(sup_server, "sue", f"/reports/day?format=csv&team=north&day={day}")
    rows = {r["username"]: r for r in csv.DictReader(io.StringIO(report.text)) if r["username"]}
    assert rows["alice"]["day"] == day and rows["alice"]["calls_answered"] == "1"

    tomorrow = (server_today() + timedelta(days=1)).isoformat()
    for path in (f"/supervisor/agents/alice/day?day={tomorrow}", f"/supervisor/day-mix?day={tomorrow}"):
        refused = get(sup_server, "sue", path)
        assert refused.status_code == 422 and refused.json()["detail"] == "day is in the future"
    assert get(sup_server, "sue", "/supervisor/agents/alice/day?day=yesterday").status_code == 422


@pytest.fixture
def window(qtbot: QtBot, sup_server: ServerProc) -> Iterator[SupervisorWindow]:
    win = open_window(qtbot, sup_server, "sue", 2, lambda w: w.export_button.isEnabled())
    yield win
    win.service.stop()


def test_the_day_picker_drives_the_export_and_the_drill_down(qtbot: QtBot, sup_server: ServerProc,
                                                             window: SupervisorWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    day = yesterday_of_alice(sup_server)
    today = date.today()
    assert window.day_edit.maximumDate() == QDate(today.year, today.month, today.day)
    assert window.selected_day() is None and window.chart_label.text().startswith("Today")
    assert not window.set_day(today + timedelta(days=1))
    assert "is in the future: choose today or an earlier day" in window.last_message
    assert window.selected_day() is None

    assert window.set_day(date.fromisoformat(day))
    assert window.selected_day() == day and window.chart_label.text().startswith(day)
    saved = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(saved.exists, timeout=10_000)
    rows = {r["username"]: r for r in csv.DictReader(io.StringIO(saved.read_text())) if r["username"]}
    assert rows["alice"]["day"] == day and rows["alice"]["calls_answered"] == "1"

    window.select_agent("alice")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.drill is not None and window.drill.day is not None
                    and window.drill.day.day == day, timeout=10_000)
    drill = window.drill
    assert drill is not None and drill.calls.rowCount() == 1 and drill.tabs.tabText(2) == "Actions that day"
    assert drill.timeline.segments
    drill.day_edit.setDate(QDate(today.year, today.month, today.day))  # the drill-down's own picker
    qtbot.waitUntil(lambda: drill.day is not None and drill.day.day != day, timeout=10_000)
    assert drill.calls.rowCount() == 0 and drill.tabs.tabText(2) == "Actions today"

    window.service.day("alice", (server_today() + timedelta(days=1)).isoformat())  # the server refuses too
    qtbot.waitUntil(lambda: "That day is in the future" in window.last_message, timeout=10_000)


def test_after_midnight_the_picker_moves_on_with_today_unless_an_earlier_day_was_chosen(qtbot: QtBot) -> None:
    win = SupervisorWindow(None, "sue")
    qtbot.addWidget(win)
    today = date.today()
    qtoday = QDate(today.year, today.month, today.day)

    win._new_day(today - timedelta(days=1))  # the window as it was the day before, showing "today"
    assert win.day_edit.maximumDate() == qtoday.addDays(-1) and win.selected_day() is None
    win._tick()  # the first tick after midnight
    assert win.day_edit.maximumDate() == qtoday and win.day_edit.date() == qtoday and win.selected_day() is None

    win._new_day(today - timedelta(days=1))
    assert win.set_day(today - timedelta(days=5))  # an earlier day chosen: it stays chosen
    win._tick()
    assert win.day_edit.maximumDate() == qtoday and win.day_edit.date() == qtoday.addDays(-5)
    assert win.chart_label.text().startswith((today - timedelta(days=5)).isoformat())
