"""The supervisor window against a real server process: rows follow the live feed in place, the
team scope holds (grid, drill-down, actions), refusals are said plainly, and after a server
restart the greyed grid reconnects and equals the server's board again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_console.protocol import ActionRequest
from agent_console.ui.supervisor.grid_model import ALERT_BACKGROUND, Col
from agent_console.ui.supervisor.window import SupervisorWindow
from tests.server.kit import ev, status, wall_ms
from tests.supervisor.windows import open_window
from tests.sync.kit import ServerProc


def utc_day(ms: int) -> str:
    """The server process's day of ``ms`` (its report time zone is UTC; it runs on the wall clock,
    not on the shifted clock of the in-process test servers)."""
    return datetime.fromtimestamp(ms / 1000, UTC).date().isoformat()


def post(server: ServerProc, token: str, *events: dict[str, Any]) -> None:
    r = httpx.post(server.url + "/api/v1/events", json={"events": list(events)},
                   headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()


@pytest.fixture
def window(qtbot: QtBot, sup_server: ServerProc) -> Iterator[SupervisorWindow]:
    win = open_window(qtbot, sup_server, "sue", 2)
    yield win
    win.service.stop()


def cell(win: SupervisorWindow, name: str, col: Col) -> Any:
    i = win.model.state.index_of(name)
    assert i is not None
    return win.model.data(win.model.index(i, col))


def test_status_change_appears_in_its_row_in_place(qtbot: QtBot, sup_server: ServerProc,
                                                   window: SupervisorWindow) -> None:
    assert sorted(r.username for r in window.model.state.rows) == ["alice", "bob"]  # never carl (south)
    window.select_agent("bob")
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    post(sup_server, sup_server.login("alice"), status("alice", "available"))
    qtbot.waitUntil(lambda: cell(window, "alice", Col.STATUS) == "Available", timeout=10_000)
    post(sup_server, sup_server.login("carl"), status("carl", "available"))  # other team: no row, no reset
    post(sup_server, sup_server.login("alice"), status("alice", "break", "available", reason="lunch"))
    qtbot.waitUntil(lambda: cell(window, "alice", Col.STATUS) == "Break — Lunch", timeout=10_000)
    assert resets == [] and window.model.rowCount() == 2
    selected = window.selected_agent()
    assert selected is not None and selected.username == "bob"  # selection kept
    qtbot.waitUntil(lambda: window.counters.values["break"] == 1, timeout=5000)


def test_actions_outside_the_team_are_refused_with_a_clear_message(qtbot: QtBot, window: SupervisorWindow) -> None:
    window.send_action("carl", ActionRequest(type="force_status", status="available", reason="x"))
    qtbot.waitUntil(lambda: "not in your teams" in window.last_message, timeout=10_000)
    window.send_action("alice", ActionRequest(type="message", text="Please call me"))
    qtbot.waitUntil(lambda: window.last_message == "Sent to alice.", timeout=10_000)
    window.service.day("carl")
    qtbot.waitUntil(lambda: "not in your teams" in window.last_message, timeout=10_000)


def test_drill_down_shows_the_day_and_the_actions(qtbot: QtBot, sup_server: ServerProc,
                                                  window: SupervisorWindow) -> None:
    alice = sup_server.login("alice")
    t = wall_ms()
    post(sup_server, alice, status("alice", "available", at_ms=t),
         ev("alice", "call_offered", {"call_id": "c1", "direction": "inbound", "number": "+77010000001"}, t),
         ev("alice", "call_answered", {"call_id": "c1"}, t),
         ev("alice", "call_ended", {"call_id": "c1", "reason": "hangup", "answered": True}, t),
         ev("alice", "note_saved", {"call_id": "c1", "version": 1, "disposition": "complaint", "text": "late"}, t))
    window.send_action("alice", ActionRequest(type="force_status", status="dnd", reason="coaching"))
    qtbot.waitUntil(lambda: window.last_message == "Sent to alice.", timeout=10_000)
    window.service.day("alice", utc_day(t))
    qtbot.waitUntil(lambda: window.drill is not None and window.drill.isVisible(), timeout=10_000)
    drill = window.drill
    assert drill is not None
    assert drill.calls.rowCount() == 1 and drill.notes.rowCount() == 1 and drill.action_log.rowCount() == 1
    reason = drill.action_log.item(0, 4)
    assert reason is not None and reason.text() == "coaching"
    assert drill.timeline.segments
    drill.annotate.emit("alice", "c1", "Offer a callback next time")
    qtbot.waitUntil(lambda: drill.notes.rowCount() == 2, timeout=10_000)
    item = drill.notes.item(1, 3)
    assert item is not None and "supervisor" in item.text()


def test_after_a_server_restart_the_grid_equals_the_board(qtbot: QtBot, sup_server: ServerProc,
                                                          window: SupervisorWindow) -> None:
    alice = sup_server.login("alice")
    sup_server.kill()
    qtbot.waitUntil(lambda: window.model.stale_since_ms is not None, timeout=10_000)
    assert "as of" in window.connection.text()
    sup_server.start()
    post(sup_server, alice, status("alice", "dnd"))  # changed while the window was disconnected
    qtbot.waitUntil(lambda: window.model.stale_since_ms is None and cell(window, "alice", Col.STATUS)
                    == "Working — do not disturb", timeout=20_000)
    board = sup_server.board(sup_server.login("sue"))
    shown = {r.username: (r.status, r.since_ms, r.unreachable) for r in window.model.state.rows}
    assert shown == {a["username"]: (a["status"], a["since_ms"], a["unreachable"]) for a in board["agents"]}


def test_break_overrun_alert_is_highlighted_acknowledged_and_clears(qtbot: QtBot, sup_server: ServerProc,
                                                                     window: SupervisorWindow) -> None:
    alice = sup_server.login("alice")
    t = wall_ms()
    post(sup_server, alice, status("alice", "available", at_ms=t - 3_700_000),
         status("alice", "break", "available", at_ms=t - 3_600_000 + 1500, reason="lunch"))  # budget: 1 h
    qtbot.waitUntil(lambda: cell(window, "alice", Col.ALERT) == "Break over budget", timeout=15_000)
    i = window.model.state.index_of("alice")
    assert i is not None
    assert window.model.data(window.model.index(i, Col.NAME), Qt.ItemDataRole.BackgroundRole) == ALERT_BACKGROUND
    panel = window.alerts_panel
    assert panel.model.rowCount() == 1
    panel.view.selectRow(0)
    qtbot.mouseClick(panel.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (panel.model.data(panel.model.index(0, 3)) or "").startswith("sue at"), timeout=10_000)
    post(sup_server, alice, status("alice", "available", "break"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0 and cell(window, "alice", Col.ALERT) == "", timeout=10_000)
