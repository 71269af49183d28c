"""The supervisor window's screenshots (run by ``scripts/screenshots.py --supervisor``).

Starts the real ``--demo --supervisor`` set-up (local server, 300 simulated agents through the real
API), lets a minute pass so that alerts are there, and saves:

    supervisor-grid.png  supervisor-alert-ack.png  supervisor-drilldown.png  supervisor-kk.png
    supervisor-dark.png
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def demo_window(prefix: str, agents: int) -> tuple[Any, Any, Any, Any]:
    """The real ``--demo --supervisor`` set-up in English and the light theme: (app, language
    manager, started demo, supervisor console not yet started). The caller stops the demo."""
    from PySide6.QtWidgets import QApplication

    from agent_console.app.supervisor.console import SupervisorConsole
    from agent_console.app.supervisor.demo import SUPERVISOR, SupervisorDemo
    from agent_console.ui.i18n import LanguageManager
    from agent_console.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    languages = LanguageManager(app)
    languages.set_language("en")
    apply_theme(app, "light")
    demo = SupervisorDemo(Path(tempfile.mkdtemp(prefix=prefix)), agents=agents)
    token = demo.start()
    return app, languages, demo, SupervisorConsole(demo.url, token, SUPERVISOR)


def shoot_supervisor(out: Path, wait_s: float = 75.0) -> int:
    from PySide6.QtCore import Qt

    from agent_console.ui.supervisor.grid_model import Col
    from agent_console.ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    app, languages, demo, console = demo_window("ac-sup-shots-", 300)
    window = console.window
    window.resize(1400, 900)
    console.start()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def save(widget: object, name: str) -> None:
        pump(0.5)
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(f"screenshots: {out / name}")

    try:
        pump(wait_s)
        window.table.sortByColumn(Col.ALERT, Qt.SortOrder.DescendingOrder)
        window.table.scrollToTop()
        alerts = window.model.alerts.all()
        if alerts:
            window.select_agent(alerts[0].username)
        save(window, "supervisor-grid.png")
        if alerts:
            window.alerts_panel.view.selectRow(0)
            window.alerts_panel.ack_button.click()
            pump(3)
            save(window, "supervisor-alert-ack.png")
        busiest = max(window.model.state.rows, key=lambda r: r.today.answered)
        window.select_agent(busiest.username)
        window.service.day(busiest.username)
        pump(3)
        if window.drill is not None:
            window.drill.resize(1000, 640)
            save(window.drill, "supervisor-drilldown.png")
            window.drill.close()
        if alerts:
            window.select_agent(alerts[0].username)
        window.table.scrollToTop()
        languages.set_language("kk")
        pump(1)
        save(window, "supervisor-kk.png")
        languages.set_language("en")
        apply_theme(app, "dark")
        pump(1)
        save(window, "supervisor-dark.png")
        apply_theme(app, "light")
    finally:
        console.shutdown()
        demo.stop()
    return 0
