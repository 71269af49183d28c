"""Route pjsua2's log to Python ``logging`` instead of stdout.

pjsip at level >= 4 dumps whole SIP messages (Authorization headers included); we keep it at 3 by
default so message dumps never reach a log file. The writer runs on whatever thread logged
(pjmedia threads too), so it only calls ``logging``, which is thread-safe.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

import pjsua2 as pj

LOG = logging.getLogger("agent_console.phone.pjsua")

# pjsip level 3 is chatty (timer heap dumps, version banners): DEBUG for us.
_LEVELS = {0: logging.CRITICAL, 1: logging.ERROR, 2: logging.WARNING}


class PjLogWriter(pj.LogWriter):  # type: ignore[misc]
    def write(self, entry: pj.LogEntry) -> None:
        LOG.log(_LEVELS.get(entry.level, logging.DEBUG), "%s", entry.msg.rstrip())


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
