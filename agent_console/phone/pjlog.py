"""Route pjsua2's log to Python ``logging`` instead of stdout, and keep the last SIP messages.

pjsip at level >= 4 dumps whole SIP messages (Authorization headers included). Entries above the
engine's log level (3 by default) never reach ``logging``; the message dumps among them are kept,
redacted, in a small ring (:func:`recent_sip_messages`) for the diagnostics zip only. The writer
runs on whatever thread logged (pjmedia threads too), so it only calls ``logging`` and appends to
the ring under a lock.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

import pjsua2 as pj

from agent_console.diagnostics.redact import redact

LOG = logging.getLogger("agent_console.phone.pjsua")
SIP_MESSAGES_KEPT = 50
_sip_messages: deque[str] = deque(maxlen=SIP_MESSAGES_KEPT)
_sip_lock = threading.Lock()

# pjsip level 3 is chatty (timer heap dumps, version banners): DEBUG for us.
_LEVELS = {0: logging.CRITICAL, 1: logging.ERROR, 2: logging.WARNING}


def _is_message_dump(text: str) -> bool:
    head = text.lstrip()[:3]
    return head in ("TX ", "RX ") and "SIP/2.0" in text


def recent_sip_messages() -> list[str]:
    """The last :data:`SIP_MESSAGES_KEPT` SIP messages sent or received, oldest first, redacted."""
    with _sip_lock:
        return list(_sip_messages)


class PjLogWriter(pj.LogWriter):  # type: ignore[misc]
    def __init__(self, log_level: int = 3) -> None:
        super().__init__()
        self.log_level = log_level

    def write(self, entry: pj.LogEntry) -> None:
        text = entry.msg.rstrip()
        if entry.level >= 4 and _is_message_dump(text):
            with _sip_lock:
                _sip_messages.append(redact(text))
        if entry.level <= self.log_level:
            LOG.log(_LEVELS.get(entry.level, logging.DEBUG), "%s", text)


_first_create_done = False


@contextmanager
def quiet_stdout_once() -> Iterator[None]:
    """The very first ``libCreate`` of a process logs a few lines to fd 1 before any log level can
    be set (pjlib's compile-time default is 5). Silence fd 1 for that call only, so a CLI like the
    simulator keeps a clean stdout. Later cycles keep the level set by ``libInit``."""
    global _first_create_done
    if _first_create_done:
        yield
        return
    _first_create_done = True
    try:
        saved = os.dup(1)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)
