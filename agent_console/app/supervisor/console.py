"""Composition root of the supervisor's console: service (server API + live feed) -> window.

Started after a sign-in whose role is supervisor or admin (see :mod:`.routing`), or directly by
``agent-console --demo --supervisor``. Owns nothing on disk: the token came from the sign-in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from agent_console.app.supervisor.service import SupervisorService
from agent_console.ui.supervisor.window import SupervisorWindow


class SupervisorConsole(QObject):
    def __init__(self, server_url: str, token: str, username: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = SupervisorService(server_url, token, self)
        self.window = SupervisorWindow(self.service, username)

    def start(self) -> None:
        self.window.show()
        self.service.start()

    def shutdown(self) -> None:
        self.service.stop()
        self.window.close()
