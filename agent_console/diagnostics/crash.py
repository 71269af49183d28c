"""Crash reports: an unhandled Python exception or a fatal signal leaves a file in the log directory.

- Python exceptions (the main thread, other threads, and Qt slots, whose exceptions PySide hands to
  ``sys.excepthook``) write ``crash-<time>.txt``: the redacted traceback and the versions.
- A fatal signal (segfault in a native library, abort) cannot run Python code; :mod:`faulthandler`
  writes the C-level traceback of every thread to ``fatal.log``, kept open for the whole run. At
  the next start a non-empty ``fatal.log`` becomes ``crash-<time>-fatal.txt``.

The next start logs the reports it finds (:func:`pending_reports`) and the diagnostics zip takes
all of them, so IT sees crashes the operator never mentioned.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from agent_console.diagnostics.redact import redact

log = logging.getLogger(__name__)

FATAL_LOG = "fatal.log"
REPORT_GLOB = "crash-*.txt"
_fatal_file: IO[str] | None = None


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S", time.gmtime()) + f"-{time.time_ns() % 1_000_000_000:09d}"


def write_report(directory: Path, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None, where: str = "main thread") -> Path:
    """One crash report file, redacted; returns its path."""
    from agent_console import __version__

    text = "".join(traceback.format_exception(exc_type, exc, tb))
    body = (f"agent-console {__version__} crashed ({where}) at "
            f"{time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC\n"
            f"python {sys.version.split()[0]} on {sys.platform}\n\n{text}")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"crash-{_stamp()}.txt"
    path.write_text(redact(body), encoding="utf-8")
    return path


def _adopt_fatal_log(directory: Path) -> Path | None:
    """A ``fatal.log`` left with content by an earlier run becomes a crash report."""
    fatal = directory / FATAL_LOG
    try:
        if fatal.stat().st_size == 0:
            return None
    except OSError:
        return None
    target = directory / f"crash-{_stamp()}-fatal.txt"
    text = fatal.read_text(encoding="utf-8", errors="replace")
    target.write_text("agent-console ended on a fatal signal (C-level traceback):\n\n" + redact(text),
                      encoding="utf-8")
    fatal.unlink()
    return target


def install_crash_reports(directory: Path) -> list[Path]:
    """Arm :mod:`faulthandler` and the exception hooks; returns the reports earlier runs left
    (logged here once, so the log IT receives says so too)."""
    global _fatal_file
    directory.mkdir(parents=True, exist_ok=True)
    _adopt_fatal_log(directory)
    if _fatal_file is not None:
        _fatal_file.close()
    _fatal_file = (directory / FATAL_LOG).open("w", encoding="utf-8")
    faulthandler.enable(file=_fatal_file, all_threads=True)
    previous = sys.excepthook

    def on_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            try:
                path = write_report(directory, exc_type, exc, tb)
                log.critical("unhandled exception; crash report %s", path.name, exc_info=(exc_type, exc, tb))
            except Exception:  # the report must never hide the original error
                pass
        previous(exc_type, exc, tb)

    def on_thread_exception(args: Any) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            try:
                where = f"thread {args.thread.name if args.thread else '?'}"
                path = write_report(directory, args.exc_type, args.exc_value, args.exc_traceback, where)
                log.critical("unhandled exception in %s; crash report %s", where, path.name,
                             exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
            except Exception:
                pass

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
    reports = pending_reports(directory)
    if reports:
        log.warning("%d crash report(s) from earlier runs, included in an exported diagnostics zip: %s",
                    len(reports), ", ".join(p.name for p in reports))
    return reports


def pending_reports(directory: Path) -> list[Path]:
    """Crash reports in the log directory, oldest first."""
    return sorted(directory.glob(REPORT_GLOB))
