"""The supervisor window as the tests open it: signed in to a real server process, its service
running with a short back-off, shown once the grid holds the expected agents."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from agent_console.app.supervisor.service import SupervisorService
from agent_console.sync.backoff import Backoff
from agent_console.ui.supervisor.window import SupervisorWindow
from tests.sync.kit import ServerProc


def open_window(qtbot: QtBot, server: ServerProc, user: str, rows: int,
                ready: Callable[[SupervisorWindow], bool] | None = None) -> SupervisorWindow:
    """``user``'s window once it shows ``rows`` agents and ``ready(window)`` holds; the caller
    stops ``window.service``."""
    service = SupervisorService(server.url, server.login(user), backoff=Backoff(0.1, 0.5))
    win = SupervisorWindow(service, user)
    qtbot.addWidget(win)
    service.start()
    qtbot.waitUntil(lambda: win.model.rowCount() == rows and (ready is None or ready(win)), timeout=15_000)
    return win
