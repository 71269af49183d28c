"""The server's JSON-lines log format and its redaction of the database password."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from agent_console.diagnostics import redact
from agent_console.server.logformat import configure_server_logging
from agent_console.server.settings import Settings


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    out = io.StringIO()
    root.handlers[:] = [logging.StreamHandler(out)]
    yield out
    root.handlers[:] = saved
    root.setLevel(level)
    redact.forget_secrets()


def test_json_lines_with_traceback_and_extra_fields(stream: io.StringIO) -> None:
    configure_server_logging("json")
    log = logging.getLogger("agent_console.server.test")
    log.info("agent %s signed in", "aigerim", extra={"agent": "aigerim", "status": 200})
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        log.exception("failed")
    first, second = (json.loads(line) for line in stream.getvalue().splitlines() if line.startswith("{"))
    assert first["msg"] == "agent aigerim signed in" and first["level"] == "INFO"
    assert first["agent"] == "aigerim" and first["status"] == 200 and first["ts"].endswith("Z")
    assert second["level"] == "ERROR" and "ZeroDivisionError" in second["exc"]


def test_database_password_never_logged_in_either_format(stream: io.StringIO) -> None:
    url = "postgresql://app:Db%21pass-77@db.example/agents"
    for fmt in ("json", "text"):
        configure_server_logging(fmt, url)
        logging.getLogger("sqlalchemy").warning("cannot connect to %s (password Db!pass-77 refused)", url)
        logging.getLogger("x").info("settings %r", Settings(database_url=url))
    text = stream.getvalue()
    assert "Db!pass-77" not in text and "Db%21pass-77" not in text and "db.example/agents" in text


def test_log_format_setting_is_checked() -> None:
    assert Settings(log_format="json").log_format == "json"
    with pytest.raises(ValueError):
        Settings(log_format="xml")
