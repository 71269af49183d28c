"""The server's log output: plain text for a terminal, or JSON lines for IT's log collectors.

``AGENT_CONSOLE_SERVER_LOG_FORMAT=json`` (or ``--log-format json``) writes one JSON object per line
with ``ts`` (UTC, ISO 8601 with milliseconds), ``level``, ``logger``, ``msg``, ``thread``, ``exc``
when there is a traceback, and any ``extra=`` fields. Both formats pass the redaction filter, and
the database URL's password is registered with it, so no password reaches the log.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any
from urllib.parse import unquote, urlsplit

from agent_console.diagnostics.redact import RedactingFilter, redact, remember_secret

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime", "color_message"}


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per record, stdlib only."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "thread": record.threadName,
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc"] = record.exc_text
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                plain = isinstance(value, int | float | bool | None)
                out[key] = value if plain else redact(str(value))  # extras skip the filter's pass
        return json.dumps(out, ensure_ascii=False)


def remember_database_password(database_url: str) -> None:
    """The URL's password is redacted literally too (it may appear outside a URL, e.g. in a driver error)."""
    try:
        password = urlsplit(database_url).password
    except ValueError:
        return
    if password:
        remember_secret(password)
        remember_secret(unquote(password))


def configure_server_logging(log_format: str, database_url: str = "", level: int = logging.INFO) -> None:
    """Set every root handler's format (creating a stderr one if there is none) and its redaction."""
    remember_database_password(database_url)
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.StreamHandler())
    formatter = JsonLinesFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)
    for handler in root.handlers:
        handler.setFormatter(formatter)
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    root.setLevel(level)
