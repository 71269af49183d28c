"""The SIP password lives only in the OS keyring. No keyring, no silent plaintext fallback.

The GUI thread never touches the keyring itself: :class:`SecretRequests` hands each read or write
to the keyring worker (:mod:`agent_console.sync.keyring_worker`, a daemon thread) and answers
with Qt signals, so a frozen keyring daemon or an unlock prompt left open can neither freeze the
window nor hold the process at exit. A request that has not been answered after
``KEYRING_TIMEOUT_S`` is reported (``waiting``) so the agent knows what to do; its answer is still
used when it comes (the agent may be typing into the unlock prompt).

``get_sip_password`` / ``set_sip_password`` are the blocking calls; they belong on the worker.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # imported with the first request, after the window's first paint
    from concurrent.futures import Future

SERVICE = "agent-console"

log = logging.getLogger(__name__)


class SecretStoreError(Exception):
    """The keyring is unavailable or refused; the message is meant for the agent."""


def _key(extension: str, registrar: str) -> str:
    return f"sip:{extension}@{registrar}"


def get_sip_password(extension: str, registrar: str) -> str:
    """Blocking: run it on the keyring worker."""
    from agent_console.sync.credentials import CredentialError, Credentials

    try:
        return Credentials("").load_sip_password(extension, registrar) or ""
    except CredentialError as exc:
        raise SecretStoreError(str(exc)) from exc


def set_sip_password(extension: str, registrar: str, password: str) -> None:
    """Blocking: run it on the keyring worker."""
    from agent_console.sync.credentials import CredentialError, Credentials

    try:
        Credentials("").save_sip_password(extension, registrar, password)
    except CredentialError as exc:
        raise SecretStoreError(str(exc)) from exc


class SecretRequests(QObject):
    """Keyring reads and writes for the GUI thread: ask, never wait; answers come as signals."""

    sip_password = Signal(str, str, str)
    """extension, registrar, password ("" when none is stored)."""
    saved = Signal(str, str)
    """extension, registrar: the SIP password is in the keyring."""
    problem = Signal(str, str, str)
    """what ("read" | "save"), kind (``CredentialError.kind``), a message for the agent."""
    waiting = Signal(str, str, str)
    """what, kind ("silent" | "unlocking"), message: no answer after ``timeout_s``; still listening."""
    _answered = Signal(str, str, str, object)  # worker thread -> GUI thread (queued)

    def __init__(self, parent: QObject | None = None, timeout_s: float | None = None) -> None:
        """``timeout_s``: None is the keyring worker's ``KEYRING_TIMEOUT_S``. The worker and the
        credential store are imported with the first request: the console makes this object before
        its window is shown and asks only after the first paint."""
        super().__init__(parent)
        self.timeout_s = timeout_s
        self._open: dict[int, Future[Any]] = {}
        self._answered.connect(self._deliver)

    def read_sip_password(self, extension: str, registrar: str) -> None:
        from agent_console.sync.credentials import Credentials

        self._submit("read", extension, registrar, Credentials("").load_sip_password, extension, registrar)

    def save_sip_password(self, extension: str, registrar: str, password: str) -> None:
        from agent_console.sync.credentials import Credentials

        self._submit("save", extension, registrar, Credentials("").save_sip_password, extension, registrar,
                     password)

    def pending(self) -> bool:
        return bool(self._open)

    def _timeout(self) -> float:
        from agent_console.sync.keyring_worker import KEYRING_TIMEOUT_S

        return KEYRING_TIMEOUT_S if self.timeout_s is None else self.timeout_s

    def _submit(self, what: str, extension: str, registrar: str, fn: Any, *args: str) -> None:
        from agent_console.sync.keyring_worker import worker

        fut = worker().submit(fn, *args)
        self._open[id(fut)] = fut

        def done(f: Future[Any]) -> None:  # the worker thread (or here, when already done)
            with contextlib.suppress(RuntimeError):  # the receiver is gone (shutting down): nobody waits
                self._answered.emit(what, extension, registrar, f)

        fut.add_done_callback(done)
        QTimer.singleShot(int(self._timeout() * 1000), self, lambda: self._check_waiting(what, fut))

    def _check_waiting(self, what: str, fut: Future[Any]) -> None:
        from agent_console.sync.credentials import problem_text
        from agent_console.sync.keyring_worker import worker

        if fut.done():
            return
        kind = worker().waiting_kind()
        log.warning("the keyring has not answered a %s request for %.1f s (%s)", what, self._timeout(), kind)
        self.waiting.emit(what, kind, problem_text(kind))

    def _deliver(self, what: str, extension: str, registrar: str, fut: Future[Any]) -> None:
        from agent_console.sync.credentials import CredentialError, problem_text

        self._open.pop(id(fut), None)
        if fut.cancelled():
            return
        exc = fut.exception()
        if isinstance(exc, CredentialError):
            log.warning("keyring %s of the SIP password failed (%s)", what, exc.kind)
            self.problem.emit(what, exc.kind, str(exc))
        elif exc is not None:
            log.error("keyring %s of the SIP password failed", what, exc_info=exc)
            self.problem.emit(what, "failed", problem_text(type(exc).__name__))
        elif what == "read":
            self.sip_password.emit(extension, registrar, fut.result() or "")
        else:
            self.saved.emit(extension, registrar)
