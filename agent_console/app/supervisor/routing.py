"""Which window a signed-in user gets: the server's role decides, never a local setting."""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import QObject, Signal

SUPERVISING_ROLES = frozenset({"supervisor", "admin"})


def window_for(role: str | None) -> Literal["agent", "supervisor"]:
    """Supervisors and admins get the supervisor window; agents (and unknown roles) never do."""
    return "supervisor" if role in SUPERVISING_ROLES else "agent"


class LoginRouter(QObject):
    """Watches the sync service's sign-ins; a supervisor's or admin's opens the supervisor window
    (``supervisor_signed_in`` with server URL, token and user name)."""

    supervisor_signed_in = Signal(str, str, str)

    def __init__(self, service: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        service.logged_in.connect(self._on_logged_in)

    def _on_logged_in(self, username: str) -> None:
        engine = self.service.engine
        if engine is None or window_for(getattr(engine, "role", None)) != "supervisor":
            return
        token = engine.client.token
        if token:
            self.supervisor_signed_in.emit(engine.server_url, token, username)
