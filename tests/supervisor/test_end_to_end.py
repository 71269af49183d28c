"""End to end: a forced status sent from the supervisor window reaches a real agent console
process (journal, session, sync and live channel in a subprocess) and changes its status with
cause "supervisor"; a supervisor of the other team never sees the agent nor acts on them."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agent_console.app.supervisor.service import SupervisorService
from agent_console.protocol import ActionRequest
from agent_console.ui.supervisor.grid_model import Col
from agent_console.ui.supervisor.window import SupervisorWindow
from tests.sync.kit import ROOT, ServerProc, server_env


class AgentProc:
    def __init__(self, server: ServerProc, journal: Path, user: str) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.supervisor.agent_proc", server.url, str(journal), user],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT,
            env={**server_env(), "QT_QPA_PLATFORM": "offscreen"},
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write(server.login(user) + "\n")
        self.proc.stdin.flush()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture
def alice(sup_server: ServerProc, tmp_path: Path) -> Iterator[AgentProc]:
    proc = AgentProc(sup_server, tmp_path / "alice" / "journal.sqlite3", "alice")
    yield proc
    proc.stop()


def open_window(qtbot: QtBot, server: ServerProc, user: str) -> SupervisorWindow:
    service = SupervisorService(server.url, server.login(user))
    win = SupervisorWindow(service, user)
    qtbot.addWidget(win)
    service.start()
    return win


def status_cell(win: SupervisorWindow, name: str) -> str | None:
    i = win.model.state.index_of(name)
    return None if i is None else win.model.data(win.model.index(i, Col.STATUS))


@pytest.mark.slow
def test_forced_status_reaches_the_agents_console(qtbot: QtBot, sup_server: ServerProc, alice: AgentProc) -> None:
    sue = open_window(qtbot, sup_server, "sue")
    tom = open_window(qtbot, sup_server, "tom")
    try:
        qtbot.waitUntil(lambda: status_cell(sue, "alice") == "Working — do not disturb", timeout=30_000)
        qtbot.waitUntil(lambda: tom.model.rowCount() == 1, timeout=10_000)
        assert status_cell(tom, "alice") is None  # team south's supervisor never sees north's agent

        tom.send_action("alice", ActionRequest(type="force_status", status="available", reason="mine now"))
        qtbot.waitUntil(lambda: "not in your teams" in tom.last_message, timeout=10_000)
        tom.service.day("alice")
        qtbot.waitUntil(lambda: tom.drill is None and "not in your teams" in tom.last_message, timeout=10_000)

        sue.select_agent("alice")
        sue.send_action("alice", ActionRequest(type="force_status", status="available",
                                               reason="back from a forgotten do-not-disturb"))
        qtbot.waitUntil(lambda: any(line.startswith("status available") for line in alice.lines), timeout=15_000)
        told = next(line for line in alice.lines if line.startswith("status available"))
        assert "back from a forgotten do-not-disturb" in told  # the agent is shown the reason
        qtbot.waitUntil(lambda: status_cell(sue, "alice") == "Available", timeout=15_000)
        latest = [json.loads(e["payload"]) for e in sup_server.events("alice") if e["kind"] == "status_changed"][-1]
        assert latest["status"] == "available" and latest["cause"] == "supervisor"
    finally:
        sue.service.stop()
        tom.service.stop()
