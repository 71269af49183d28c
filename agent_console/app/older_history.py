"""Calls of earlier shifts (the last 14 days) for the history tab, read off the GUI thread.

The current shift is restored on the GUI thread at start (a few thousand events). Two weeks are
~45,000 events: a worker thread opens its *own* journal connection (SQLite connections belong to
one thread; WAL lets it read while the GUI thread writes), folds the events with the domain's own
fold (a throwaway :class:`AgentSession` over a :class:`MemorySink`) and hands the records back to
the GUI thread with a queued signal, after the window is shown.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from agent_console.domain.calls import CallRecord
from agent_console.domain.clock import SystemClock
from agent_console.domain.events import MemorySink
from agent_console.domain.notes import NoteBook
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.journal import Journal

log = logging.getLogger(__name__)

HISTORY_DAYS = 14
DAY_MS = 24 * 60 * 60 * 1000


@dataclass
class OlderHistory:
    calls: list[CallRecord] = field(default_factory=list)
    """Ended calls of earlier shifts, oldest first (a call left live by a crash shows as it was)."""
    notes: NoteBook = field(default_factory=NoteBook)


def read_older_history(path: Path, agent: str, since_ms: int) -> OlderHistory:
    """Fold the agent's events from ``since_ms`` up to the current shift (any thread)."""
    journal = Journal.open(path)
    try:
        events = journal.events_before_current_shift(agent, since_ms)
    finally:
        journal.close()
    fold = AgentSession(agent, Policy(), SystemClock(), MemorySink())
    fold.restore(events)
    return OlderHistory(fold.history, fold.notes)


class OlderHistoryLoader(QObject):
    """Runs :func:`read_older_history` on a worker thread; :attr:`loaded` arrives on the GUI thread."""

    loaded = Signal(object)
    """OlderHistory (queued to the thread this object lives in)."""
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: threading.Thread | None = None
        self.worker_ident: int | None = None
        """The thread the journal was read on (tests check it is not the GUI thread)."""

    def start(self, path: Path, agent: str, now_ms: int, days: int = HISTORY_DAYS) -> None:
        since = now_ms - days * DAY_MS
        self._worker = threading.Thread(target=self._run, args=(path, agent, since), name="older-history",
                                       daemon=True)
        self._worker.start()

    def _run(self, path: Path, agent: str, since_ms: int) -> None:
        self.worker_ident = threading.get_ident()
        try:
            history = read_older_history(path, agent, since_ms)
        except Exception as exc:  # history is a convenience: never take the console down
            log.error("older call history could not be read: %s", exc)
            self.failed.emit(str(exc))
            return
        self.loaded.emit(history)

    def wait(self, timeout_s: float = 10.0) -> None:
        if self._worker is not None:
            self._worker.join(timeout_s)
