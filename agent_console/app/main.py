"""``agent-console``: the desktop console.

agent-console                 the console with the saved settings
agent-console --demo          the embedded default: direct calls from a simulated caller, a
                              local server on SQLite; no PBX needed
agent-console --demo --supervisor   the supervisor window on simulated agents
agent-console --config PATH   use this settings file (INI)
agent-console --lang ru       start in Russian (kk, ru, en)
agent-console --diagnostics PATH   write a diagnostics zip for IT and exit
agent-console --check         pre-shift check: green/amber/red lines, exit 1 on a red one
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from agent_console import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTimer

LANGS = ("kk", "ru", "en")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="agent-console", description="Softphone and agent console.")
    p.add_argument("--version", action="version", version=f"agent-console {__version__}")
    p.add_argument("--config", type=Path, default=None, help="settings file (INI)")
    p.add_argument("--demo", action="store_true", help="run on the embedded default (simulated caller)")
    p.add_argument("--demo-rate", type=float, default=3.0, help="demo: simulated calls per minute")
    p.add_argument("--supervisor", action="store_true",
                   help="with --demo: the supervisor window on a few hundred simulated agents")
    p.add_argument("--demo-agents", type=int, default=300, help="demo --supervisor: simulated agents")
    p.add_argument("--lang", choices=LANGS, default=None, help="interface language")
    p.add_argument("--journal", type=Path, default=None, help="journal file (default: user data dir)")
    p.add_argument("--debug", action="store_true", help="log debug messages")
    p.add_argument("--diagnostics", type=Path, default=None, metavar="PATH",
                   help="write a diagnostics zip (logs, versions, settings, journal statistics) and exit")
    p.add_argument("--check", action="store_true",
                   help="pre-shift check (server, clock, PBX and the network path to it, disk, keyring, "
                        "microphone, speaker, ringer); exit 1 when something fails")
    p.add_argument("--no-audio", action="store_true",
                   help="with --check: leave out the microphone, speaker and ringer (no sound is played)")
    return p


def _ensure_forms() -> None:
    """A source checkout without the build step run yet: build the forms once."""
    try:
        import agent_console.ui.forms.ui_main_window  # noqa: F401
    except ImportError:
        import runpy

        script = Path(__file__).resolve().parents[2] / "scripts" / "build_resources.py"
        if script.exists():
            runpy.run_path(str(script), run_name="__main__")


def _no_display() -> bool:
    """Qt would abort with a plugin error; say plainly what is missing instead."""
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def no_bus_autolaunch() -> None:
    """Without a session bus, Qt's first D-Bus use makes libdbus "autolaunch" one: it starts
    ``dbus-launch`` and a ``dbus-daemon`` that outlive the console (dbus-launch even ignores
    SIGTERM). Such a bus would serve nobody else, and the keyring library never finds it anyway;
    ``disabled:`` tells libdbus there is no bus, so nothing is started behind the operator's back."""
    import os

    if sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"


def no_pydantic_plugin_scan() -> None:
    """pydantic looks for plugins in the entry points of every installed distribution when the
    first model class is built, which the journal's envelope does on the start path: a quarter of
    a second on a loaded laptop for plugins the console never uses. Only this process and its
    children (the demo's server) are affected; an explicit setting is kept."""
    import os

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def exit_on_signals(app: QCoreApplication) -> QTimer:
    """Ctrl+C / SIGTERM (log-out, system shutdown, IT's deployment tool) end the event loop, so the
    ordered shutdown after ``exec()`` always runs: calls hung up, journal closed.

    ``exit(0)``, not ``quit()``: since Qt 6 ``quit()`` is a *request* that a window may refuse, and
    the main window refuses to close during a call ("Hang up before closing"), so a SIGTERM while
    a call rang was silently ignored. A call live at that moment is hung up by the phone's stop and
    recorded as ended; nothing journaled is lost. Returns the timer that lets Python see signals
    while Qt sleeps in C++; keep a reference to it."""
    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_: app.exit(0))
    signal.signal(signal.SIGTERM, lambda *_: app.exit(0))
    wake = QTimer()
    wake.start(300)
    wake.timeout.connect(lambda: None)
    return wake


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if args.diagnostics is not None:
        from agent_console.diagnostics.cli import export_offline

        return export_offline(args.diagnostics, args.config, args.journal)
    if args.check:
        from agent_console.diagnostics.cli import run_check

        return run_check(args.config, args.journal, args.lang, audio=not args.no_audio)
    _ensure_forms()
    if _no_display():
        print("agent-console: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
              "Run it in a desktop session, or headless for a look: xvfb-run -a agent-console --demo",
              file=sys.stderr)
        return 2

    from agent_console.phone.refguard import immortalize_singletons

    immortalize_singletons()  # before pjsua2 runs: the wheel leaks references to None (see refguard)
    no_bus_autolaunch()  # before Qt starts
    no_pydantic_plugin_scan()  # before the journal and protocol imports
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication  # QMessageBox (and its enums) only if the journal fails

    from agent_console.app.pyside_source_cache import stop_pyside_source_cache

    stop_pyside_source_cache()  # before the rest is imported: ~12 MB of source lines never kept
    from agent_console.app.config import load_config
    from agent_console.app.console import Console
    from agent_console.journal import JournalError
    from agent_console.ui.i18n import LanguageManager
    from agent_console.ui.theme import apply_theme

    QCoreApplication.setApplicationName("agent-console")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the window quits explicitly (tray keeps it alive otherwise)
    config, path = load_config(args.config)
    from agent_console.diagnostics.setup import start_logging

    start_logging(config.log_level, debug=args.debug)
    if args.lang:
        config = replace(config, language=args.lang)
    languages = LanguageManager(app)
    languages.set_language(config.language)
    apply_theme(app, config.theme)
    if args.supervisor:
        if not args.demo:
            print("agent-console: --supervisor goes with --demo; supervisors otherwise sign in as usual "
                  "and get their window from their role", file=sys.stderr)
            return 2
        from agent_console.app.supervisor.demo import run_demo

        return run_demo(app, max(1, args.demo_agents))

    console = Console(
        app,
        config,
        path,
        demo=args.demo,
        journal_path=args.journal,
        languages=languages,
        demo_rate_per_min=args.demo_rate,
    )
    try:
        console.start()
    except JournalError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("Console", "Agent Console"),
            QCoreApplication.translate(
                "Console", "The journal cannot be opened, so nothing could be saved: %1"
            ).replace("%1", str(exc)),
        )
        console.shutdown()
        return 2
    wake = exit_on_signals(app)
    try:
        rc = app.exec()
    finally:
        wake.stop()
        console.shutdown()
    leave_if_keyring_pending(rc)
    return rc


def leave_if_keyring_pending(rc: int) -> None:
    """After the ordered shutdown (calls ended, sync stopped, journal closed): when a keyring call
    is still running (a frozen keyring daemon, an unlock prompt left open), end the process now.

    That call cannot be interrupted; its thread is a daemon, but interpreter finalization would
    still run with it blocked inside D-Bus and about to signal Qt objects being destroyed. Nothing
    is left to save at this point, so ``os._exit`` after flushing the logs is the clean way out."""
    import os

    from agent_console.sync.keyring_worker import worker

    if not worker().pending():
        return
    logging.getLogger(__name__).warning(
        "a keyring call is still pending (%.1f s); leaving without waiting for it", worker().busy_for())
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(rc)


if __name__ == "__main__":
    sys.exit(main())
