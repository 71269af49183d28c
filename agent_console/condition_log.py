"""Log a failing condition once when it starts and once when it clears.

Some checks repeat many times a second while something is broken (a device list read on every
audio retry with no sound server running): a warning per attempt buries everything else in the
log. :class:`ConditionLog` writes the first failure as a warning, counts the repeats quietly
(debug level) and writes one info line when the condition clears, with how often it failed.
"""

from __future__ import annotations

import logging
import threading


class ConditionLog:
    def __init__(self, logger: logging.Logger, what: str) -> None:
        self._log = logger
        self._what = what
        self._lock = threading.Lock()
        self._failures = 0

    @property
    def failing(self) -> bool:
        return self._failures > 0

    def failed(self, detail: object) -> None:
        """Another failed attempt: a warning only for the first of a run."""
        with self._lock:
            self._failures += 1
            first = self._failures == 1
        if first:
            self._log.warning("%s: %s", self._what, detail)
        else:
            self._log.debug("%s (again): %s", self._what, detail)

    def ok(self) -> None:
        """A successful attempt: says once that the condition cleared."""
        with self._lock:
            failures, self._failures = self._failures, 0
        if failures:
            self._log.info("%s: works again after %d failed attempt(s)", self._what, failures)
