"""An agent's console without a screen, in its own process: the real journal, domain session and
sync service (live channel included) wired as the window wires them (``SyncWiring``): commands
from the server go through ``apply_command``. Prints ``status <status> <message>`` after each
command, for the end-to-end supervisor test.

Usage: python -m tests.supervisor.agent_proc URL JOURNAL USER (token on stdin)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from agent_console.domain.clock import SystemClock
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal
from agent_console.sync.commands import apply_command
from agent_console.sync.credentials import StoredToken
from agent_console.sync.service import SyncService
from tests.sync.kit import MemoryCredentials


def main() -> int:
    url, journal_path, user = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    token = sys.stdin.readline().strip()
    app = QCoreApplication(sys.argv[:1])
    journal = Journal.open(journal_path)
    session = AgentSession(user, Policy(), SystemClock(), journal)
    session.start_shift(Status.AVAILABLE)
    session.choose_status(Status.DND)
    creds = MemoryCredentials(token=StoredToken(user, token, time.time_ns() // 1_000_000 + 3_600_000))
    service = SyncService(url, journal.path, credentials=creds)
    session.add_listener(lambda _events: service.notify_outbox())

    def on_command(cmd: object) -> None:
        outcome = apply_command(session, cmd)  # type: ignore[arg-type]
        print(f"status {session.status.value} {outcome.message}", flush=True)

    service.command_received.connect(on_command)
    service.state_changed.connect(lambda state, waiting, _since: print(f"sync {state} {waiting}", flush=True))
    service.start()
    stop = QTimer()
    stop.timeout.connect(lambda: None)
    stop.start(200)
    try:
        return app.exec()
    finally:
        service.stop()
        journal.close()


if __name__ == "__main__":
    sys.exit(main())
