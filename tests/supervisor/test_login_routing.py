"""After sign-in the server's role decides the window: supervisors and admins get the supervisor
window, an agent never does (against a real server, through the agent's own sign-in path)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agent_console.app.supervisor.routing import LoginRouter, window_for
from agent_console.sync.service import SyncService
from tests.sync.kit import PASSWORD, MemoryCredentials, ServerProc


def test_window_for_role() -> None:
    assert window_for("supervisor") == window_for("admin") == "supervisor"
    assert window_for("agent") == window_for(None) == window_for("") == "agent"


@pytest.mark.parametrize(("user", "opens"), [("sue", True), ("alice", False)])
def test_sign_in_routes_by_server_role(qtbot: QtBot, tmp_path: Path, sup_server: ServerProc, user: str,
                                       opens: bool) -> None:
    service = SyncService(sup_server.url, tmp_path / "journal.sqlite3", credentials=MemoryCredentials())
    router = LoginRouter(service)
    opened: list[tuple[str, str, str]] = []
    signed_in: list[str] = []
    router.supervisor_signed_in.connect(lambda url, token, name: opened.append((url, token, name)))
    service.logged_in.connect(signed_in.append)
    service.start()
    try:
        service.login(user, PASSWORD, sup_server.url)
        qtbot.waitUntil(lambda: signed_in == [user], timeout=15_000)
        qtbot.wait(200)
        if opens:
            assert len(opened) == 1 and opened[0][0] == sup_server.url and opened[0][2] == "sue" and opened[0][1]
        else:
            assert opened == []
    finally:
        service.stop()
