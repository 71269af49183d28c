"""The real console (``agent_console.app.main.main``) with a stall meter, for test_keyring_console.py.

Run as a subprocess (under scripts/services/keyring.sh, or with no D-Bus at all). Before handing
over to ``main()`` it creates the QApplication and starts a 10 ms QTimer heartbeat on the GUI
thread; every half second it prints the longest gap between beats (minus the period) seen in that
half second, so a GUI thread blocked inside a keyring call shows as a stall. It also prints each
message the window shows the operator, and does what an operator does while the keyring makes
the console wait: chooses Available (a status change journaled on the GUI thread).

stdout lines: ``pid N``, ``shown``, ``stall MS AT_MS``, ``message LEVEL TEXT``, ``status STATUS``,
``sync STATE`` (the sync indicator's state).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

HEARTBEAT_MS = 10


def say(*parts: object) -> None:
    print(*parts, flush=True)


def run(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from agent_console.app import console as console_mod
    from agent_console.app.main import main
    from agent_console.domain.status import Status
    from agent_console.ui.main_window import MainWindow
    from agent_console.ui.sync_indicator import SyncIndicator

    app = QApplication(sys.argv[:1])  # main() uses this one (QApplication.instance())
    app.setObjectName("keyring-console")
    worst = [0.0]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        worst[0] = max(worst[0], (now - last[0]) * 1000 - HEARTBEAT_MS)
        last[0] = now

    def report() -> None:
        say("stall", f"{worst[0]:.1f}", f"{time.monotonic() * 1000:.0f}")  # the longest gap, and when
        worst[0] = 0.0

    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    heartbeat.start(HEARTBEAT_MS)
    meter = QTimer()
    meter.timeout.connect(report)
    meter.start(500)

    shown = MainWindow.show_message

    def show_message(self: MainWindow, level: str, text: str) -> None:
        say("message", level, text.replace("\n", " "))
        shown(self, level, text)

    MainWindow.show_message = show_message  # type: ignore[method-assign]
    set_state = SyncIndicator.set_state

    def show_state(self: SyncIndicator, state: str, *args: Any) -> None:
        say("sync", state)
        set_state(self, state, *args)

    SyncIndicator.set_state = show_state  # type: ignore[method-assign,assignment]
    start = console_mod.Console.start

    def start_and_work(self: Any) -> None:
        start(self)
        say("shown")

        def work() -> None:
            ok = self.controller.choose_status(Status.AVAILABLE)
            say("status", self.session.status.value if ok else "refused")

        QTimer.singleShot(300, work)

    console_mod.Console.start = start_and_work  # type: ignore[method-assign]
    return main(argv)


if __name__ == "__main__":
    say("pid", os.getpid())
    sys.exit(run(sys.argv[1:]))
