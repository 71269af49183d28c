"""The alert thresholds dialog against a real server process: a threshold saved in the window
changes the team's policy on the server (a second supervisor of the team gets the new values) and
the alerts follow it; bad numbers, a refusal or a lost server are said plainly and what was typed
stays; a supervisor of another team can neither read nor change the policy."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_console.app.supervisor.thresholds import NUMERIC, ThresholdError, parse, policy_from, shown
from agent_console.ui.supervisor.grid_model import Col
from agent_console.ui.supervisor.thresholds_dialog import ThresholdsDialog
from agent_console.ui.supervisor.window import SupervisorWindow
from tests.server.kit import status, wall_ms
from tests.supervisor import windows
from tests.sync.kit import ServerProc

WRAPUP, CALL = NUMERIC[0], NUMERIC[1]


def post(server: ServerProc, token: str, *events: dict[str, Any]) -> None:
    r = httpx.post(server.url + "/api/v1/events", json={"events": list(events)},
                   headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()


def policy(server: ServerProc, user: str, team: str) -> httpx.Response:
    return httpx.get(server.url + f"/api/v1/supervisor/teams/{team}/alert-policy",
                     headers={"Authorization": f"Bearer {server.login(user)}"}, timeout=10)


def open_window(qtbot: QtBot, server: ServerProc, user: str, rows: int) -> SupervisorWindow:
    return windows.open_window(qtbot, server, user, rows, lambda win: win.thresholds_button.isEnabled())


@pytest.fixture
def window(qtbot: QtBot, sup_server: ServerProc) -> Iterator[SupervisorWindow]:
    win = open_window(qtbot, sup_server, "sue", 2)
    yield win
    win.service.stop()


def loaded(qtbot: QtBot, win: SupervisorWindow, team: str) -> ThresholdsDialog:
    dialog = win.open_thresholds(team)
    assert dialog is not None
    qtbot.waitUntil(lambda: team in dialog.stored and dialog.edits["wrapup_max_s"].isEnabled(), timeout=10_000)
    return dialog


def alert_of(win: SupervisorWindow, name: str) -> Any:
    i = win.model.state.index_of(name)
    assert i is not None
    return win.model.data(win.model.index(i, Col.ALERT))


def test_the_form_converts_units_and_names_each_problem() -> None:
    assert shown(900, CALL) == "15" and shown(90, CALL) == "1.5" and shown(None, CALL) == ""
    assert parse("1,5", CALL) == 90 and parse(" 30 ", WRAPUP) == 30
    for text, problem in (("", "empty"), ("-5", "not_positive"), ("0", "not_positive"), ("abc", "not_a_number"),
                          ("nan", "not_a_number"), ("1441", "too_large")):
        with pytest.raises(ThresholdError) as err:
            parse(text, CALL)
        assert err.value.problem == problem
    off = policy_from({"break_over_budget": False, "unreachable": True},
                      {"wrapup_max_s": False, "call_max_s": True, "dnd_max_s": True, "phone_unreachable_s": True},
                      {"wrapup_max_s": "garbage", "call_max_s": "20", "dnd_max_s": "5", "phone_unreachable_s": "60"})
    assert (off.break_over_budget, off.wrapup_max_s, off.call_max_s, off.dnd_max_s) == (False, None, 1200, 300)


def test_a_threshold_saved_in_the_dialog_changes_the_policy_and_the_alerts(
        qtbot: QtBot, sup_server: ServerProc, window: SupervisorWindow) -> None:
    t = wall_ms()  # the server process runs on the wall clock
    post(sup_server, sup_server.login("alice"), status("alice", "available", at_ms=t - 60_000),
         status("alice", "wrap_up", "available", at_ms=t - 20_000))
    dialog = loaded(qtbot, window, "north")
    wrapup = dialog.edits["wrapup_max_s"]
    assert wrapup.text() == "120" and dialog.edits["call_max_s"].text() == "15"  # the defaults, in their units
    assert dialog.default_labels["call_max_s"].text() == "15 min"
    assert dialog.default_labels["wrapup_max_s"].text() == "120 s"
    assert "north" in dialog.intro.text() and dialog.save_button.isEnabled()
    assert alert_of(window, "alice") == ""  # 20 s of wrap-up is under the default 120 s

    wrapup.selectAll()
    qtbot.keyClicks(wrapup, "10")
    dialog.enabled["dnd_max_s"].setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_message.startswith("Saved."), timeout=10_000)
    stored = policy(sup_server, "una", "north")  # the team's other supervisor
    assert stored.status_code == 200
    assert (stored.json()["wrapup_max_s"], stored.json()["dnd_max_s"], stored.json()["call_max_s"]) == (10, None, 900)
    qtbot.waitUntil(lambda: alert_of(window, "alice") == "Long wrap-up", timeout=15_000)

    una = open_window(qtbot, sup_server, "una", 2)
    try:
        other = loaded(qtbot, una, "north")
        assert other.edits["wrapup_max_s"].text() == "10" and not other.enabled["dnd_max_s"].isChecked()
        qtbot.waitUntil(lambda: alert_of(una, "alice") == "Long wrap-up", timeout=15_000)
    finally:
        una.service.stop()

    dialog.enabled["wrapup_max_s"].setChecked(False)  # the rule off: the alert ends
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alert_of(window, "alice") == "", timeout=15_000)
    assert policy(sup_server, "sue", "north").json()["wrapup_max_s"] is None


def test_bad_input_and_a_lost_server_are_said_plainly_and_nothing_is_lost(
        qtbot: QtBot, sup_server: ServerProc, window: SupervisorWindow) -> None:
    dialog = loaded(qtbot, window, "north")
    call = dialog.edits["call_max_s"]
    for text, words in (("", "enter a number, or switch the rule off"), ("-5", "must be above zero"),
                        ("abc", "not a number"), ("100000", "at most a day")):
        call.setText(text)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert words in dialog.last_message and "Call longer than" in dialog.last_message
        assert call.text() == text
    assert policy(sup_server, "sue", "north").json()["call_max_s"] == 900  # nothing was sent

    call.setText("45")
    dialog.edits["wrapup_max_s"].setText("30")
    sup_server.kill()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reached; nothing was saved" in dialog.last_message, timeout=15_000)
    assert call.text() == "45" and dialog.edits["wrapup_max_s"].text() == "30" and dialog.is_dirty()
    assert dialog.save_button.isEnabled()

    dialog.close()  # closing keeps the draft: reopening shows what was typed, not the stored values
    sup_server.start()
    qtbot.waitUntil(lambda: window.thresholds_button.isEnabled(), timeout=20_000)
    again = window.open_thresholds("north")
    assert again is dialog and call.text() == "45"
    qtbot.waitUntil(lambda: "north" in dialog.stored and dialog.save_button.isEnabled(), timeout=10_000)
    assert call.text() == "45"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_message.startswith("Saved."), timeout=10_000)
    assert policy(sup_server, "sue", "north").json()["call_max_s"] == 45 * 60


def test_another_teams_supervisor_can_neither_read_nor_change_the_policy(
        qtbot: QtBot, sup_server: ServerProc) -> None:
    tom = open_window(qtbot, sup_server, "tom", 1)
    try:
        dialog = tom.open_thresholds("north")
        assert dialog is not None
        qtbot.waitUntil(lambda: "Only this team's supervisors and administrators" in dialog.last_message,
                        timeout=10_000)
        assert "north" in dialog.read_only and not dialog.save_button.isEnabled()
        assert "You may not change the thresholds of north" in dialog.intro.text()
        dialog.start("south")  # his own team is editable
        qtbot.waitUntil(lambda: "south" in dialog.stored and dialog.save_button.isEnabled(), timeout=10_000)
    finally:
        tom.service.stop()
    assert policy(sup_server, "tom", "north").status_code == 403
    r = httpx.put(sup_server.url + "/api/v1/supervisor/teams/north/alert-policy", json={"wrapup_max_s": 5},
                  headers={"Authorization": f"Bearer {sup_server.login('tom')}"}, timeout=10)
    assert r.status_code == 403 and policy(sup_server, "sue", "north").json()["wrapup_max_s"] == 120
