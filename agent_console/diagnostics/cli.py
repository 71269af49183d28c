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
