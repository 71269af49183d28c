"""The console process's logging and crash reporting, switched on once at start."""

from __future__ import annotations

import logging
from pathlib import Path

from agent_console.diagnostics.crash import install_crash_reports
from agent_console.diagnostics.logs import force_debug, install_file_logging, parse_level


def start_logging(level_name: str, *, debug: bool = False, directory: Path | None = None) -> Path | None:
    """Log file at the configured level (``--debug`` wins) and crash reports. A log directory that
    cannot be created leaves the console running with its stderr log only."""
    level = logging.DEBUG if debug else parse_level(level_name)
    force_debug(debug)
    try:
        log_dir = install_file_logging(level, directory)
        install_crash_reports(log_dir)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s): logging to stderr only", exc)
        logging.getLogger().setLevel(level)
        return None
    return log_dir
