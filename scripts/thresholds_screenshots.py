"""Screenshots of the supervisor's alert thresholds dialog in Kazakh and Russian, for
docs/screenshots/ (linked from docs/supervisor.md):

    .venv/bin/python scripts/thresholds_screenshots.py [--out docs/screenshots]

Starts its own Xvfb, the real ``--demo --supervisor`` set-up (local server, simulated agents
through the real API; its teams have short thresholds, so the team's values differ from the
defaults) and the real supervisor window, opens the dialog on the first team and saves:

    supervisor-thresholds-kk.png   the team's values beside the defaults
    supervisor-thresholds-ru.png   the same after a negative number: the message, the value kept
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shoot_thresholds(out: Path) -> int:
    from scripts.supervisor_screenshots import demo_window

    out.mkdir(parents=True, exist_ok=True)
    app, languages, demo, console = demo_window("ac-thresholds-shots-", 40)
    window = console.window
    console.start()

    def pump(seconds: float, until: object = None) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)
            if callable(until) and until():
                return

    def save(widget: object, name: str) -> None:
        pump(0.5)
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(f"screenshots: {out / name}")

    try:
        pump(60, lambda: window.model.rowCount() > 0 and window.thresholds_button.isEnabled())
        team = window.model.state.teams()[0]
        dialog = window.open_thresholds(team)
        assert dialog is not None
        pump(15, lambda: team in dialog.stored and dialog.save_button.isEnabled())
        languages.set_language("kk")
        dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
        dialog.adjustSize()
        save(dialog, "supervisor-thresholds-kk.png")
        languages.set_language("ru")
        dialog.edits["call_max_s"].setText("-5")
        dialog.save()
        dialog.adjustSize()
        save(dialog, "supervisor-thresholds-ru.png")
    finally:
        console.shutdown()
        demo.stop()
    return 0


def main() -> int:
    from scripts.screenshots import start_xvfb

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        return shoot_thresholds(args.out)
    finally:
        xvfb.terminate()
        xvfb.wait(5)


if __name__ == "__main__":
    raise SystemExit(main())
