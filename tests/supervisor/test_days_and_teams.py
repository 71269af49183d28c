"""The window's days and teams come from the server, against a real server process: the thresholds
dialog lists the supervisor's own teams (an admin's: every team) whether or not they have agents,
and with a report time zone other than this computer's, an earlier day in the drill-down ends at
the server's midnight and "today"'s report is the server's today."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from agent_console.domain.status import Status
from agent_console.ui.supervisor.thresholds_dialog import ThresholdsDialog
from agent_console.ui.supervisor.window import SupervisorWindow
from tests.server.kit import ev, status, wall_ms
from tests.supervisor import windows
from tests.sync.kit import ServerProc

SERVER_TZ = "Pacific/Pago_Pago"
"""UTC-11 all year: its day ends 11 hours after this (UTC) machine's, and for half of every UTC day
its today is this machine's yesterday."""
HOUR = 3_600_000


def open_window(qtbot: QtBot, server: ServerProc, user: str, rows: int) -> SupervisorWindow:
    return windows.open_window(qtbot, server, user, rows, lambda win: win.thresholds_button.isEnabled())


def opened(win: SupervisorWindow) -> ThresholdsDialog:
    dialog = win.open_thresholds()
    assert dialog is not None
    return dialog


def listed(dialog: ThresholdsDialog) -> list[str]:
    return [str(dialog.team.itemData(i)) for i in range(dialog.team.count())]


def policy(server: ServerProc, user: str, team: str) -> dict[str, Any]:
    r = httpx.get(server.url + f"/api/v1/supervisor/teams/{team}/alert-policy",
                  headers={"Authorization": f"Bearer {server.login(user)}"}, timeout=10)
    r.raise_for_status()
    return dict(r.json())


def test_the_thresholds_dialog_lists_the_supervisors_teams_also_without_agents(
        qtbot: QtBot, sup_server: ServerProc) -> None:
    vic = open_window(qtbot, sup_server, "vic", 2)  # north (alice, bob) and east (nobody yet)
    try:
        dialog = opened(vic)
        qtbot.waitUntil(lambda: listed(dialog) == ["east", "north"], timeout=10_000)
        dialog.start("east")
        qtbot.waitUntil(lambda: "east" in dialog.stored and dialog.save_button.isEnabled(), timeout=10_000)
        dialog.edits["wrapup_max_s"].setText("30")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.last_message.startswith("Saved."), timeout=10_000)
        assert policy(sup_server, "vic", "east")["wrapup_max_s"] == 30
    finally:
        vic.service.stop()

    ada = open_window(qtbot, sup_server, "ada", 3)  # an admin: every team
    try:
        every = opened(ada)
        qtbot.waitUntil(lambda: listed(every) == ["east", "north", "south"], timeout=10_000)
    finally:
        ada.service.stop()


@pytest.fixture
def far_server(tmp_path: Path, sup_template: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerProc]:
    """The supervisor fixtures' server with its report days in ``SERVER_TZ``."""
    monkeypatch.setenv("AGENT_CONSOLE_SERVER_REPORT_TIMEZONE", SERVER_TZ)
    db = tmp_path / "server.db"
    shutil.copy(sup_template, db)
    proc = ServerProc(db).start(timeout_s=90)
    try:
        yield proc
    finally:
        proc.kill()


def server_today() -> date:
    return datetime.fromtimestamp(wall_ms() / 1000, ZoneInfo(SERVER_TZ)).date()


def day_bounds(day: date) -> tuple[int, int]:
    zone = ZoneInfo(SERVER_TZ)
    return (int(datetime.combine(day, time(0), zone).timestamp() * 1000),
            int(datetime.combine(day + timedelta(days=1), time(0), zone).timestamp() * 1000))


def test_an_earlier_day_ends_at_the_servers_midnight_and_today_is_the_servers(
        qtbot: QtBot, far_server: ServerProc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    day = server_today() - timedelta(days=1)
    start, end = day_bounds(day)
    t = start + 20 * HOUR  # 20:00 on the server's day: alice goes on break at 21:00 and never comes back
    r = httpx.post(far_server.url + "/api/v1/events", json={"events": [
        ev("alice", "shift_started", at_ms=t - 1000),
        status("alice", "available", at_ms=t),
        status("alice", "break", "available", at_ms=t + HOUR, reason="lunch"),
    ]}, headers={"Authorization": f"Bearer {far_server.login('alice')}"}, timeout=10)
    r.raise_for_status()

    window = open_window(qtbot, far_server, "sue", 2)
    try:
        window.service.day("alice", day.isoformat())
        qtbot.waitUntil(lambda: window.drill is not None and window.drill.day is not None
                        and window.drill.day.day == day.isoformat(), timeout=10_000)
        drill = window.drill
        assert drill is not None and drill.day is not None
        assert (drill.day.day_start_ms, drill.day.day_end_ms) == (start, end)
        segs = drill.timeline.segments
        assert [(s.status, s.start_ms, s.end_ms) for s in segs] == [
            (Status.AVAILABLE, t, t + HOUR), (Status.BREAK, t + HOUR, end)]  # 3 h of break, to the server's midnight
        assert drill.tabs.tabText(2) == "Actions that day"

        # "Today" on the window is the server's today, whatever this computer's date is.
        assert window.selected_day() is None
        saved = tmp_path / "today.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(saved.exists, timeout=10_000)
        rows = [r for r in csv.DictReader(io.StringIO(saved.read_text())) if r["username"]]
        assert {r["day"] for r in rows} == {server_today().isoformat()}
    finally:
        window.service.stop()
