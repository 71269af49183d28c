"""A clean logging and secret state for each diagnostics test."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Iterator

import pytest

from agent_console.diagnostics import redact


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    hooks = (sys.excepthook, threading.excepthook)
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    for h, fs in filters.items():
        h.filters[:] = fs
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hooks
    faulthandler.enable(file=sys.__stderr__ or sys.stderr)
    redact.forget_secrets()
