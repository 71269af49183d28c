"""``agent-console --diagnostics PATH``: the diagnostics zip without starting the console (IT's scripts)."""

from __future__ import annotations

import sys
from pathlib import Path

from agent_console.diagnostics.bundle import build_zip, offline_sections
from agent_console.diagnostics.logs import default_log_dir


def export_offline(dest: Path, config_path: Path | None, journal_path: Path | None,
                   log_dir: Path | None = None) -> int:
    from agent_console.journal.store import default_journal_path

    try:
        sections = offline_sections(config_path, journal_path or default_journal_path())
        build_zip(dest, log_dir or default_log_dir(), sections)
    except OSError as exc:
        print(f"agent-console: the diagnostics zip could not be written: {exc}", file=sys.stderr)
        return 1
    print(f"agent-console: diagnostics written to {dest}")
    return 0


def run_check(config_path: Path | None, journal_path: Path | None, language: str | None,
              log_dir: Path | None = None, audio: bool = True) -> int:
    """``agent-console --check``: the report on stdout, exit 1 when a line is red. Lines that ask a
    person ("did you hear it?") are reported as measured. The result is saved for the diagnostics zip."""
    from PySide6.QtCore import QCoreApplication

    from agent_console.app.config import load_config
    from agent_console.diagnostics.precheck import plan_from_config, report, run_plan
    from agent_console.diagnostics.precheck_result import save_result
    from agent_console.ui.i18n import LanguageManager

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    config, _ = load_config(config_path)
    languages = LanguageManager(app)
    languages.set_language(language or config.language)
    lines = run_plan(plan_from_config(config, journal_path, audio=audio))
    save_result(log_dir or default_log_dir(), lines, "cli")
    text, rc = report(lines, colours=sys.stdout.isatty())
    print(text)
    return rc
