"""Screenshot of the agent's prompt when a supervisor asks for the console's diagnostics, in Russian.

    .venv/bin/python scripts/diagnostics_screenshots.py [OUT_DIR]   (default docs/screenshots)

Starts its own Xvfb, runs the real Console (FakePhone, no server) in Russian, hands its
diagnostics wiring the request a supervisor's command would bring, and grabs the screen around
the main window and the prompt: diagnostics-request-ru.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import T0, start_xvfb  # noqa: E402


def shoot(out: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from agent_console.app.config import AppConfig
    from agent_console.app.console import Console
    from agent_console.domain.clock import ManualClock
    from agent_console.phone.fake import FakePhone
    from agent_console.protocol import Command
    from agent_console.ui.i18n import LanguageManager
    from agent_console.ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    languages = LanguageManager(app)
    languages.set_language("ru")
    apply_theme(app, "light")
    tmp = Path(tempfile.mkdtemp(prefix="ac-shots-"))
    console = Console(app, AppConfig(agent="aigerim", language="ru"), None, journal_path=tmp / "journal.sqlite3",
                      phone=FakePhone(), clock=ManualClock(start_ms=T0), languages=languages)
    console.start()
    window = console.window
    assert window is not None
    window.resize(1000, 700)
    window.move(0, 0)
    window.show()
    window.clear_message()
    console.diagnostics._on_command(Command(
        id="c1", agent="aigerim", type="diagnostics", text=None, status=None,
        reason="нет звука у клиентов с 10:00", issued_by="saule", created_ms=T0))
    dialog = console.diagnostics.prompts["c1"]
    for _ in range(20):
        app.processEvents()
        time.sleep(0.05)
    geo = window.frameGeometry().united(dialog.frameGeometry())
    shot = app.primaryScreen().grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
    path = out / "diagnostics-request-ru.png"
    shot.save(str(path))
    console.shutdown()
    return path


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    xvfb, display = start_xvfb()
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        print(f"screenshots: {shoot(out)}")
    finally:
        xvfb.terminate()
        xvfb.wait(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
