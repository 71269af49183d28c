"""Screenshots of the door page in each state and language, in real headless Chromium.

    .venv/bin/python scripts/doorsign_screenshots.py [OUT_DIR]   (default docs/screenshots)

Writes doorsign-<state>-<lang>.png (a tablet in portrait, 600x800) from a DoorSignServer on
loopback ("gone" is the page after the console went away), and doorsign-dialog-<lang>.png, the
console's dialog with the pairing QR code (offscreen Qt unless a display is set).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent_console.doorsign.server import DoorSignServer, new_key  # noqa: E402
from agent_console.doorsign.states import DoorState  # noqa: E402
from tests.server.browser import chromium  # noqa: E402


def wait_for(driver, state: str, timeout: float = 5) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while driver.execute_script("return document.body.dataset.state") != state:
        if time.monotonic() > deadline:
            raise RuntimeError(f"the page never showed {state}")
        time.sleep(0.05)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    driver = chromium(600, 800)
    try:
        for lang in ("kk", "ru", "en"):
            server = DoorSignServer("127.0.0.1", 0, new_key(), lang)
            server.start()
            driver.get(server.url)
            for state in (DoorState.ON_CALL, DoorState.WORKING, DoorState.BREAK, DoorState.NOT_WORKING):
                server.set_state(state)
                wait_for(driver, str(state))
                time.sleep(0.4)  # the background's colour transition
                driver.save_screenshot(str(out / f"doorsign-{state}-{lang}.png"))
            server.stop()
            wait_for(driver, "gone")
            time.sleep(0.4)
            driver.save_screenshot(str(out / f"doorsign-gone-{lang}.png"))
    finally:
        driver.quit()
    dialog_shots(out)
    print(f"door sign screenshots in {out}")


def dialog_shots(out: Path) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from agent_console.ui.doorsign_dialog import DoorSignDialog, DoorSignForm
    from agent_console.ui.i18n import LanguageManager
    from agent_console.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, "light")  # type: ignore[arg-type]
    languages = LanguageManager(app)  # type: ignore[arg-type]
    for lang in ("kk", "ru", "en"):
        languages.set_language(lang)
        dialog = DoorSignDialog(DoorSignForm(True, 8765, "192.168.1.10", 1883, "household", "", False))
        dialog.set_address("http://192.168.1.23:8765/?k=" + new_key())
        dialog.resize(460, dialog.sizeHint().height())
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"doorsign-dialog-{lang}.png"))
        dialog.close()


if __name__ == "__main__":
    main()
