"""``SyncService``: the Qt face of the sync engine, with all network work off the GUI thread.

The engine (:mod:`.engine`) runs on a private thread with its own asyncio loop (as blink-qt runs
its SIP engine on its own thread). The GUI thread only *posts* requests into that loop
(``call_soon_threadsafe``) and *receives* signals; Qt queues signals emitted from the worker
thread to receivers living in the GUI thread, so a slot never runs on the worker and a slow or
dead server can never freeze the window.

Wiring (see docs/sync.md): construct with the server URL and the journal path, connect the
signals, ``start()``; call ``notify_outbox()`` after each journal append (or let the 1 s poll pick
events up); ``stop()`` on quit (ordered: engine stop -> loop end -> ``join``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import httpx
from PySide6.QtCore import QCoreApplication, QObject, Signal

from agent_console.protocol import Command, PhoneState
from agent_console.sync.credentials import CredentialStore
from agent_console.sync.engine import EngineOptions, SyncEngine
from agent_console.sync.provisioning import ProvisionedConfig

log = logging.getLogger(__name__)
T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


class _Bridge:
    """EngineListener -> signals (called on the worker thread; emitting is thread-safe)."""

    def __init__(self, service: SyncService) -> None:
        self.s = service

    def state(self, state: str, waiting: int, offline_since_ms: int) -> None:
        self.s.last_state = (state, waiting, offline_since_ms)
        self.s.state_changed.emit(state, waiting, offline_since_ms)

    def command(self, cmd: Command) -> None:
        self.s.command_received.emit(cmd)

    def login_required(self, reason: str) -> None:
        self.s.login_required.emit(reason)

    def logged_in(self, username: str) -> None:
        self.s.logged_in.emit(username)

    def login_failed(self, message: str) -> None:
        self.s.login_failed.emit(message)

    def provisioned(self, config: ProvisionedConfig) -> None:
        self.s.provisioned.emit(config)

    def error(self, message: str) -> None:
        self.s.error.emit(message)


class SyncService(QObject):
    state_changed = Signal(str, int, "qint64")  # type: ignore[arg-type]  # 64-bit ms
    """state ("login" | "connecting" | "offline" | "waiting" | "synced" | "held"), events waiting,
    offline since (epoch ms, 0 when online)."""
    command_received = Signal(object)
    """A supervisor's :class:`agent_console.protocol.Command` (apply with ``sync.commands.apply_command``)."""
    login_required = Signal(str)
    """Reason: "signed_out" (no stored sign-in), "expired" (token refused), "logged_out" (forced)."""
    logged_in = Signal(str)
    """User name the server confirmed (sign-in dialog or token restored from the keyring)."""
    login_failed = Signal(str)
    """"bad_credentials" | "unreachable" | "rate_limited" | "server_error" | "refused:<status>"."""
    provisioned = Signal(object)
    """:class:`agent_console.sync.provisioning.ProvisionedConfig` (on sign-in and every reconnect)."""
    error = Signal(str)
    """A message for the agent (keyring problems...). Already human; shown once, no nagging."""

    def __init__(
        self,
        server_url: str,
        journal_path: Path | None = None,
        parent: QObject | None = None,
        *,
        credentials: CredentialStore | None = None,
        options: EngineOptions | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(parent)
        self.server_url = server_url
        self.journal_path = journal_path
        self._credentials = credentials
        self._options = options
        self._transport = transport
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self.engine: SyncEngine | None = None
        self.last_state: tuple[str, int, int] = ("connecting", 0, 0)
        self._phone: PhoneState | None = None

    # -- lifecycle (GUI thread) ------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._ready.clear()
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self._thread.start()
        self._ready.wait(5.0)

    def stop(self, timeout_s: float = 5.0) -> None:
        """Ordered shutdown: the engine finishes its current step, closes sockets and its journal
        connection, the loop ends, the thread is joined. Unsent events simply stay in the outbox."""
        thread, loop, engine = self._thread, self._loop, self.engine
        if thread is None:
            return
        if loop is not None and engine is not None and not loop.is_closed():
            loop.call_soon_threadsafe(engine.stop)
        thread.join(timeout_s)
        if thread.is_alive():
            log.warning("sync thread did not stop within %.1f s", timeout_s)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- requests (GUI thread; never block) ------------------------------------------------------

    def login(self, username: str, password: str, server_url: str | None = None) -> None:
        """Sign in; the answer comes as ``logged_in`` or ``login_failed``. The password is only
        passed to the engine and dropped after the request."""
        self._submit(lambda e: e.login(username, password, server_url))

    def logout(self) -> None:
        self._submit(lambda e: e.logout())

    def set_phone(self, state: PhoneState) -> None:
        """The phone's reachability (``PhoneState``) for the board. Safe from any thread; kept
        until the engine runs."""
        self._phone = state
        loop, engine = self._loop, self.engine
        if loop is not None and engine is not None and not loop.is_closed():
            loop.call_soon_threadsafe(engine.set_phone, state)

    def notify_outbox(self) -> None:
        """New events in the journal: send now. Safe from any thread."""
        loop, engine = self._loop, self.engine
        if loop is not None and engine is not None and not loop.is_closed():
            loop.call_soon_threadsafe(engine.wake)

    def run(self, make: Callable[[SyncEngine], Coroutine[Any, Any, T]]) -> concurrent.futures.Future[T] | None:
        """Run ``make(engine)`` on the sync thread's loop (with the signed-in client) and return its
        future, or ``None`` when the service is not running. Never wait on it on the GUI thread:
        add a done-callback that emits a signal (it runs on the sync thread)."""
        loop, engine = self._loop, self.engine
        if loop is None or engine is None or loop.is_closed():
            return None
        return asyncio.run_coroutine_threadsafe(make(engine), loop)

    # -- worker thread ---------------------------------------------------------------------------

    def _submit(self, make: Any) -> None:
        loop, engine = self._loop, self.engine
        if loop is None or engine is None or loop.is_closed():
            self.error.emit(_tr("The sync service is not running."))
            return

        def go() -> None:
            coro: Coroutine[Any, Any, Any] = make(engine)
            task = loop.create_task(coro)
            task.add_done_callback(self._report_failure)

        loop.call_soon_threadsafe(go)

    def _report_failure(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("sync request failed", exc_info=task.exception())
            self.error.emit(_tr("Sending to the server failed ({what}); it will be retried.")
                            .format(what=type(task.exception()).__name__))

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        self.engine = SyncEngine(self.server_url, self.journal_path, _Bridge(self),
                                 credentials=self._credentials, options=self._options,
                                 transport=self._transport)
        self.engine.phone = self._phone
        self._ready.set()
        try:
            loop.run_until_complete(self.engine.run())
        except Exception as exc:
            log.exception("sync engine stopped")
            self.error.emit(_tr("Sending to the server stopped ({what}). Your work is still saved on this "
                                "computer; restart Agent Console.").format(what=exc))
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()
                self._loop = None
