"""Removing secrets from text before it is written to a log file, a crash report or the zip.

Two nets: patterns (``Authorization``/``Proxy-Authorization``/``WWW-Authenticate``/
``Proxy-Authenticate`` header values, ``password=``/``token:``-style pairs, ``Bearer`` values, the
password in a URL's user-info), and the literal values of the secrets this process knows (the SIP
password, the server password typed at sign-in, the server token), which the code that handles
them registers with :func:`remember_secret`. The literal net catches a secret wherever it shows
up, even in a message no pattern foresaw.
"""

from __future__ import annotations

import logging
import re
import threading
from urllib.parse import quote

REDACTED = "<redacted>"
MIN_SECRET_LEN = 4
"""Shorter values are not redacted literally (a 3-character "secret" would blank out ordinary
words); the patterns still remove them where they appear as a header, pair or URL password."""

_lock = threading.Lock()
_secrets: set[str] = set()

_HEADER = re.compile(
    r"(?im)^(\s*(?:proxy-authorization|authorization|www-authenticate|proxy-authenticate)\s*:)[^\r\n]*")
_INLINE_HEADER = re.compile(
    r"(?i)\b((?:proxy-authorization|authorization|www-authenticate|proxy-authenticate)\s*[:=]\s*)"
    r"(?:\"[^\"]*\"|'[^']*'|digest\s[^\r\n]*|(?:bearer|basic)\s+[^\s,;]+|[^\s,;]+)")
_PAIR = re.compile(
    r"(?i)(\b[\w-]*(?:password|passwd|secret|token|credential)s?[\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s,;&}\])]+)")
_BEARER = re.compile(r"(?i)\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]+")
_DIGEST = re.compile(r"(?i)\b(digest)(\s+)(?=[\w-]+\s*=)[^\r\n]*")
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^:/@\s]*:)([^@\s/]+)@")


def remember_secret(value: str | None) -> None:
    """Make ``value`` (and its URL-encoded form) redacted from every later log line and report."""
    if not value or len(value) < MIN_SECRET_LEN:
        return
    with _lock:
        _secrets.add(value)
        encoded = quote(value, safe="")
        if encoded != value:
            _secrets.add(encoded)


def forget_secrets() -> None:
    """Tests only: start from an empty set of known secrets."""
    with _lock:
        _secrets.clear()


def redact(text: str) -> str:
    """``text`` with every known secret and secret-looking value replaced by ``<redacted>``."""
    if not text:
        return text
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, REDACTED)
    text = _HEADER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _INLINE_HEADER.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    text = _URL_PASSWORD.sub(lambda m: f"{m.group(1)}{REDACTED}@", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = _DIGEST.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return _PAIR.sub(lambda m: f"{m.group(1)}{REDACTED}", text)


def redact_bytes(data: bytes) -> bytes:
    """Like :func:`redact` for a file's bytes (decoded leniently; undecodable bytes are kept)."""
    return redact(data.decode("utf-8", errors="surrogateescape")).encode("utf-8", errors="surrogateescape")


class RedactingFilter(logging.Filter):
    """On a handler: renders the record's message and traceback once, redacted, so no formatter
    after it can put a secret back. It changes the record in place, which protects every other
    handler that sees the same record after this one."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what there is
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
