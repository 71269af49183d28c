"""Screenshots of the agent window's main states, for docs/screenshots/ (linked from the README).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Starts its own Xvfb (a private display), runs the *real* window composed by the real Console
with a FakePhone and a ManualClock (so the pictures are deterministic: same times, same callers),
drives it into each state and saves PNGs:

    idle.png  ringing.png  in-call.png  wrap-up.png  shift.png  idle-kk.png  in-call-ru.png  dark.png
    shift-kk-1280x720.png  history-ru-1280x720.png  settings-kk.png

With ``--supervisor``: the supervisor window on the demo's simulated agents (see
scripts/supervisor_screenshots.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MINUTE = 60_000
T0 = 1_764_046_800_000  # 2025-11-25 05:00 UTC = 10:00 in Almaty (UTC+5)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    if not shutil.which("Xvfb"):
        raise SystemExit("screenshots: Xvfb is not installed (Debian package xvfb)")
    for n in range(91, 140):
        if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
            continue
        proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                return proc, f":{n}"
            if proc.poll() is not None:
                break
            time.sleep(0.1)
        proc.kill()
    raise SystemExit("screenshots: could not start Xvfb")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--supervisor", action="store_true",
                        help="the supervisor window's pictures instead (demo server, simulated agents; ~2 min)")
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.setdefault("TZ", "Asia/Almaty")
    time.tzset()
    try:
        if args.supervisor:
            from scripts.supervisor_screenshots import shoot_supervisor

            return shoot_supervisor(args.out)
        return shoot(args.out)
    finally:
        xvfb.terminate()
        xvfb.wait(5)


def shoot(out: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from agent_console.app.config import AppConfig
    from agent_console.app.console import Console
    from agent_console.domain.clock import ManualClock
    from agent_console.domain.status import Status
    from agent_console.phone.api import CallQuality
    from agent_console.phone.fake import FakePhone
    from agent_console.ui.i18n import LanguageManager
    from agent_console.ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    languages = LanguageManager(app)
    languages.set_language("en")
    apply_theme(app, "light")
    tmp = Path(tempfile.mkdtemp(prefix="ac-shots-"))
    clock = ManualClock(start_ms=T0)
    phone = FakePhone()
    console = Console(app, AppConfig(agent="aigerim", language="en", wrapup_s=30, break_budget_s=3600), None,
                      journal_path=tmp / "journal.sqlite3", phone=phone, clock=clock, languages=languages)
    console.start()
    window = console.window
    controller = console.controller
    assert window is not None and controller is not None
    window.resize(1180, 820)
    window.show()
    window.clear_message()

    def settle() -> None:
        controller.tick()
        for _ in range(5):
            app.processEvents()
            time.sleep(0.02)

    def save(name: str) -> None:
        settle()
        window.grab().save(str(out / name))
        print(f"screenshots: {out / name}")

    def call(number: str, name: str, talk_min: int, disposition: str, text: str) -> None:
        c = phone.ring(number, name)
        clock.advance(4_000)
        phone.answer(c.call_id)
        clock.advance(talk_min * MINUTE)
        phone.remote_hangup(c.call_id)
        window.notes_panel.ui.dispositionCombo.setCurrentIndex(
            window.notes_panel.ui.dispositionCombo.findData(disposition))
        window.notes_panel.ui.noteEdit.setPlainText(text)
        clock.advance(20_000)
        window.finish_wrapup()
        clock.advance(2 * MINUTE)

    # A morning: work, calls, a lunch break, more calls.
    controller.choose_status(Status.AVAILABLE)
    clock.advance(3 * MINUTE)
    call("+77015550101", "Айгерим Сапарова", 4, "consultation",
         "42 500 теңге жәрдемақы: өтініш мәртебесі түсіндірілді.")
    call("+77472223344", "Сергей Иванов", 7, "application_status",
         "Справка о несудимости: заявка в обработке, срок 3 дня.")
    controller.choose_status(Status.DND)
    clock.advance(12 * MINUTE)
    controller.choose_status(Status.AVAILABLE)
    call("+77771234567", "Нурлан Ахметов", 3, "redirected", "Адрестік анықтама — ХҚО-ға жіберілді.")
    controller.choose_status(Status.BREAK, "lunch")
    clock.advance(40 * MINUTE)
    controller.choose_status(Status.AVAILABLE)
    call("+77053330099", "Динара Оспанова", 5, "complaint", "Жалоба на очередь в ЦОН №2.")
    clock.advance(6 * MINUTE)
    phone.ring("+77470000001", "")
    phone.remote_hangup(next(iter(phone.calls)))  # a missed call
    clock.advance(3 * MINUTE)
    window.clear_message()
    save("idle.png")

    phone.ring("+77017778899", "Асель Жумабаева")
    clock.advance(3_000)
    save("ringing.png")

    qtbot_click = window.ringing_panel.ui.answerButton
    qtbot_click.click()
    clock.advance(2 * MINUTE + 17_000)
    live = next(iter(phone.calls))
    phone.emit_quality(live, CallQuality(rtt_ms=48, jitter_ms=6, loss_pct=0.2, mos=4.3))
    window.notes_panel.ui.dispositionCombo.setCurrentIndex(
        window.notes_panel.ui.dispositionCombo.findData("consultation"))
    window.notes_panel.ui.noteEdit.setPlainText(
        "Балалар жәрдемақысы туралы сұрады.\nЖСН тексерілді, өтініш 12.11 берілген.")
    window.notes_panel.flush_draft()
    save("in-call.png")

    languages.set_language("ru")
    save("in-call-ru.png")
    languages.set_language("en")

    window.incall_panel.ui.keypadButton.setChecked(True)
    settle()
    # the keypad is a popup window: grab the screen where the window is, not the widget
    geo = window.geometry()
    screen = app.primaryScreen().grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
    screen.save(str(out / "in-call-keypad.png"))
    print(f"screenshots: {out / 'in-call-keypad.png'}")
    window.incall_panel.ui.keypadButton.setChecked(False)

    next(a for a in window.break_menu.actions() if a.data() == "childcare").trigger()
    phone.remote_hangup(live)
    clock.advance(12_000)
    save("wrap-up.png")

    clock.advance(20_000)
    settle()
    window.ui.tabs.setCurrentWidget(window.ui.shiftTab)
    window.ui.mainSplitter.setSizes([300, 520])
    save("shift.png")
    window.ui.tabs.setCurrentWidget(window.ui.historyTab)
    save("history.png")
    window.ui.mainSplitter.setSizes([400, 360])
    window.ui.tabs.setCurrentWidget(window.ui.shiftTab)

    # Kazakh and Russian on a 1280x720 laptop: the longest texts at the smallest supported screen.
    window.resize(1280, 720)
    languages.set_language("kk")
    save("shift-kk-1280x720.png")
    languages.set_language("ru")
    window.ui.tabs.setCurrentWidget(window.ui.historyTab)
    save("history-ru-1280x720.png")
    window.ui.tabs.setCurrentWidget(window.ui.shiftTab)
    languages.set_language("kk")
    window.open_settings()
    settle()
    window.settings_dialog.grab().save(str(out / "settings-kk.png"))
    print(f"screenshots: {out / 'settings-kk.png'}")
    window.settings_dialog.reject()
    languages.set_language("en")
    window.resize(1180, 820)

    controller.choose_status(Status.AVAILABLE)
    languages.set_language("kk")
    save("idle-kk.png")
    languages.set_language("en")
    apply_theme(app, "dark")
    save("dark.png")
    apply_theme(app, "light")

    window.hide()
    console.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)
    del Qt
    return 0


if __name__ == "__main__":
    sys.exit(main())
