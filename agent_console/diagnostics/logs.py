"""The console's log files: the platform's user log directory, rotated by size, always redacted.

``agent-console.log`` plus up to :data:`BACKUPS` older files of at most :data:`MAX_BYTES` each
(standard :class:`logging.handlers.RotatingFileHandler`). The level comes from the settings
(``[diagnostics] log_level``, which IT can set and lock in the machine policy) and, once the console
is signed in, from the server's policy (:func:`effective_level_name`, applied at once with
:func:`apply_level`); ``--debug`` wins over all of them.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from agent_console.diagnostics.redact import RedactingFilter

LOG_FILE = "agent-console.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_debug_forced = False
"""``--debug`` on the command line: no policy changes the level afterwards."""


def default_log_dir() -> Path:
    import platformdirs

    return platformdirs.user_log_path("agent-console", appauthor=False)


def parse_level(name: str, default: int = logging.INFO) -> int:
    """A level name from a settings file or policy; anything unknown means ``default``."""
    name = (name or "").strip().upper()
    return getattr(logging, name) if name in LEVELS else default


def install_file_logging(level: int, directory: Path | None = None, *, max_bytes: int = MAX_BYTES,
                         backups: int = BACKUPS) -> Path:
    """Route the root logger to the rotating file in ``directory`` and put the redaction filter on
    every root handler (the console's stderr one too). Returns the log directory. Calling it again
    replaces the earlier file handler, so tests and restarts do not write each line twice."""
    directory = directory or default_log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_agent_console_file", False)]:
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        directory / LOG_FILE, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=False)
    handler._agent_console_file = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    for h in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in h.filters):
            h.addFilter(RedactingFilter())
    root.setLevel(level)
    return directory


def log_files(directory: Path) -> list[Path]:
    """The current log file and its rotated predecessors, oldest first."""
    files = [directory / f"{LOG_FILE}.{i}" for i in range(BACKUPS * 4, 0, -1)] + [directory / LOG_FILE]
    return [f for f in files if f.is_file()]


def force_debug(on: bool = True) -> None:
    """``--debug`` was given: :func:`apply_level` leaves the DEBUG level alone."""
    global _debug_forced
    _debug_forced = on


def effective_level_name(own: str, *, machine_locked: bool, user_set: bool, server: str | None,
                         server_locked: bool) -> str:
    """The level in force, by the same layers as every setting: the machine policy's locked value,
    else the user's own unless the server locks it, else the server's policy, else ``own`` (the
    settings' value: the user's, the machine's or the default)."""
    if machine_locked or not server or (user_set and not server_locked):
        return own
    return server


def apply_level(name: str) -> int:
    """Set the console's logging level now (the running file handler keeps going); returns the
    level in force, which is DEBUG whatever ``name`` says when ``--debug`` was given."""
    level = logging.DEBUG if _debug_forced else parse_level(name)
    root = logging.getLogger()
    if root.level != level:
        logging.getLogger(__name__).info("log level now %s", logging.getLevelName(level))
        root.setLevel(level)
    return level
