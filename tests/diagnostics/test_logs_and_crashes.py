"""The rotating log file, its level, and crash reports (Python exceptions and a real fatal signal)."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from agent_console.diagnostics.crash import pending_reports
from agent_console.diagnostics.logs import LOG_FILE, install_file_logging, log_files, parse_level
from agent_console.diagnostics.setup import start_logging


def test_log_file_rotates_by_size_and_keeps_the_set_number(tmp_path: Path) -> None:
    install_file_logging(logging.INFO, tmp_path, max_bytes=2000, backups=2)
    log = logging.getLogger("agent_console.test")
    for i in range(200):
        log.info("line %d %s", i, "x" * 40)
    names = sorted(p.name for p in log_files(tmp_path))
    assert names == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2"]
    assert all(p.stat().st_size <= 2100 for p in log_files(tmp_path))
    assert "line 199" in (tmp_path / LOG_FILE).read_text()


def test_level_comes_from_the_setting_and_debug_wins(tmp_path: Path) -> None:
    assert parse_level("warning") == logging.WARNING and parse_level("nonsense") == logging.INFO
    start_logging("WARNING", directory=tmp_path)
    logging.getLogger("agent_console.test").info("quiet info")
    logging.getLogger("agent_console.test").warning("loud warning")
    text = (tmp_path / LOG_FILE).read_text()
    assert "loud warning" in text and "quiet info" not in text
    start_logging("WARNING", debug=True, directory=tmp_path)
    logging.getLogger("agent_console.test").debug("debug now")
    assert "debug now" in (tmp_path / LOG_FILE).read_text()


def test_unhandled_exception_leaves_a_report(tmp_path: Path, monkeypatch: Any) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: shown.append(e))  # pytest-qt's would fail the test
    start_logging("INFO", directory=tmp_path)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    [report] = pending_reports(tmp_path)
    assert "boom in a slot" in report.read_text() and "Traceback" in report.read_text()
    assert report.name in (tmp_path / LOG_FILE).read_text()
    assert [str(e) for e in shown] == ["boom in a slot"]  # the earlier hook still runs


def test_fatal_signal_is_adopted_as_a_report_at_the_next_start(tmp_path: Path) -> None:
    code = textwrap.dedent(f"""
        import faulthandler
        from pathlib import Path
        from agent_console.diagnostics.setup import start_logging
        start_logging("INFO", directory=Path({str(tmp_path)!r}))
        faulthandler._sigsegv()
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.returncode != 0
    assert not pending_reports(tmp_path)  # not yet: the crashed run could not write one
    start_logging("INFO", directory=tmp_path)
    [report] = pending_reports(tmp_path)
    assert report.name.endswith("-fatal.txt") and "Segmentation fault" in report.read_text()
    assert "crash report(s) from earlier runs" in (tmp_path / LOG_FILE).read_text()
