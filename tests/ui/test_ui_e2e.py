"""End to end: the real pjsua2 phone in direct mode, a simulated caller in a subprocess.

Only one pjsua2 Endpoint may exist per process: the agent's PjsuaPhone is it; the caller is the
simulator process. Console.shutdown stops the phone (and waits for its thread) at teardown.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from agent_console.domain.status import Status
from agent_console.local_process import free_port
from agent_console.protocol import EventKind

pytestmark = pytest.mark.slow


@pytest.fixture
def real_console(make_console, qtbot) -> Iterator:
    from agent_console.phone.pjsua_phone import PjsuaPhone

    port = free_port()
    console = make_console(PjsuaPhone(), registrar="", extension="agent", local_port=port)
    qtbot.waitUntil(lambda: console.controller.reg_state == "direct", timeout=15_000)
    console.test_port = port
    yield console


def _caller(port: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "agent_console.phone.simulator", "--target", f"sip:agent@127.0.0.1:{port}",
         "--count", "1", "--first-delay", "0.2", "--json", "--silent", "--seed", "7", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def _finish(proc: subprocess.Popen[str]) -> list[dict]:
    try:
        out, _ = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_real_incoming_call_answered_by_clicking(real_console, qtbot):
    console = real_console
    window = console.window
    assert "direct" in window.reg_label.text().lower() or "no PBX" in window.reg_label.text()
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.phone._accepting is True, timeout=5000)
    proc = _caller(console.test_port, "--talk-seconds", "1.5-1.5")
    try:
        qtbot.waitUntil(lambda: window.ui.callStack.currentWidget() is window.ui.ringingPage, timeout=15_000)
        number = window.ringing_panel.ui.numberLabel.text()
        assert number.startswith("+77")
        assert window.ringing_panel.ui.nameLabel.text()  # a Kazakh or Russian display name
        qtbot.mouseClick(window.ringing_panel.ui.answerButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: console.session.status == Status.ON_CALL, timeout=10_000)
        assert window.ui.callStack.currentWidget() is window.ui.inCallPage
        assert window.incall_panel.ui.numberLabel.text() == number
        qtbot.keyClicks(window.notes_panel.ui.noteEdit, "asked about the 42500 benefit")
        # the caller hangs up after 1.5 s of talk: wrap-up starts
        qtbot.waitUntil(lambda: console.session.status == Status.WRAP_UP, timeout=15_000)
    finally:
        events = _finish(proc)
    calls = [e for e in events if e.get("event") == "call"]
    assert calls and calls[0]["answered"] is True and calls[0]["number"] == number
    window.ui.actionFinishWrapup.trigger()  # saves the note first
    assert console.session.status == Status.AVAILABLE
    kinds = [e.kind for e in console.journal.events("aigerim")]
    assert kinds.count(EventKind.CALL_ANSWERED) == 1 and EventKind.NOTE_SAVED in kinds
    assert console.session.history[-1].number == number


def test_real_call_to_a_dnd_agent_gets_busy_and_never_rings(real_console, qtbot):
    console = real_console
    window = console.window
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.status_control.ui.dndButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.phone._accepting is False, timeout=5000)
    rang: list[object] = []
    console.controller.ringing.connect(rang.append)
    proc = _caller(console.test_port)
    events = _finish(proc)
    qtbot.waitUntil(lambda: console.session.summary.rejected == 1, timeout=10_000)
    assert rang == []
    assert console.session.status == Status.DND
    calls = [e for e in events if e.get("event") == "call"]
    assert calls and calls[0]["answered"] is False and "486" in calls[0]["end"]


def test_demo_mode_rings_with_the_simulated_caller_and_stops_it(qapp, qtbot, tmp_path, monkeypatch):
    """--demo without the server part: direct mode + simulated caller subprocess, stopped on exit.
    (The demo server and sign-in are exercised by tests/sync against a real server process.)"""
    from agent_console.app.config import AppConfig
    from agent_console.app.console import Console
    from agent_console.app.demo import DemoServices
    from agent_console.phone.pjsua_phone import PjsuaPhone

    original_start = DemoServices.start

    def caller_only(self: DemoServices) -> None:
        self.with_server = False
        self.first_delay_s = 0.5
        self.rate_per_min = 60
        original_start(self)

    monkeypatch.setattr(DemoServices, "start", caller_only)
    console = Console(qapp, AppConfig(agent="demo", language="en"), None, demo=True,
                      journal_path=tmp_path / "demo" / "journal.sqlite3", phone=PjsuaPhone())
    console.start()
    console.window.quit_requested.disconnect()
    qtbot.addWidget(console.window)
    try:
        assert console.config.registrar == "" and console.config.local_port > 0
        qtbot.waitUntil(lambda: console.controller.reg_state == "direct", timeout=15_000)
        qtbot.mouseClick(console.window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: console.controller.ringing_call is not None, timeout=20_000)
        caller = console.demo_services.processes["caller"]
        assert caller.poll() is None
    finally:
        console.shutdown()
    assert caller.poll() is not None  # stopped with the console
