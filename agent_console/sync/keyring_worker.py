"""Every OS-keyring call runs on one daemon worker thread; callers wait with a timeout, or not at all.

A Secret Service call is a blocking D-Bus round trip. A frozen keyring daemon, a hung session bus or
a locked keyring whose unlock prompt stays open block that call for as long as they last, and no
thread stuck inside it can be interrupted. So:

* the GUI thread never makes a keyring call: it submits one here and receives the answer as a Qt
  signal (:mod:`agent_console.app.secrets`); the sync engine awaits it with a bound
  (:meth:`KeyringWorker.wait_async`);
* the worker is a *daemon* thread, so a call that never returns does not hold the interpreter at
  exit, and :func:`agent_console.app.main.main` ends the process with ``os._exit`` after its
  ordered shutdown when a call is still pending (nothing else of ours runs on that thread);
* one thread, calls in order: a stuck keyring costs one thread and not one per request, writes keep
  their order, and a request nobody waits for any more is dropped before it starts (a cancelled
  future), so calls do not pile up behind a dead daemon.

The worker also remembers whether the system's unlock prompt was already opened in this run
(:attr:`KeyringWorker.unlock_asked`), so a locked keyring prompts once, not at every sign-in.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

log = logging.getLogger(__name__)

KEYRING_TIMEOUT_S = 5.0
"""How long a caller waits for the keyring before telling the agent it does not answer. A healthy
Secret Service answers in milliseconds; an unlock prompt the agent is typing into may take longer,
and its answer is still used when it comes (the GUI keeps listening, see ``app/secrets.py``)."""


class KeyringWorker:
    """A single daemon thread that owns every keyring call of the process."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._queued = 0
        self._running_since: float | None = None
        self.unlock_asked = False
        """The system's unlock (or create-keyring) prompt was opened once in this run."""
        self.prompting = False
        """The current call waits for the agent in the system's unlock prompt."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        """Queue ``fn(*args)`` for the worker; never blocks."""
        fut: Future[Any] = Future()
        with self._lock:
            self._queued += 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="keyring", daemon=True)
                self._thread.start()
        self._queue.put((fut, fn, args))
        return fut

    def pending(self) -> bool:
        """A call is running or queued (at exit: the process must not wait for it)."""
        with self._lock:
            return self._queued > 0

    def busy_for(self) -> float:
        """Seconds the current call has been running (0 when idle)."""
        since = self._running_since
        return 0.0 if since is None else time.monotonic() - since

    def waiting_kind(self) -> str:
        """Why a caller's wait ran out: ``"unlocking"`` (the unlock prompt is open) or ``"silent"``."""
        return "unlocking" if self.prompting else "silent"

    async def wait_async(self, fn: Callable[..., Any], *args: Any, timeout_s: float = KEYRING_TIMEOUT_S) -> Any:
        """``fn(*args)`` on the worker, awaited on the caller's asyncio loop for at most ``timeout_s``.

        Raises :class:`TimeoutError` when the keyring does not answer in time (the call stays on the
        worker; when it has not started yet it is dropped). asyncio is imported here: the console's
        GUI thread imports this module at start-up and only the sync thread runs a loop."""
        import asyncio

        fut = self.submit(fn, *args)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(fut), timeout_s)
        except TimeoutError:
            fut.cancel()
            raise

    def _run(self) -> None:
        while True:
            fut, fn, args = self._queue.get()
            try:
                if not fut.set_running_or_notify_cancel():
                    continue  # its caller gave up before it started
                self._running_since = time.monotonic()
                try:
                    result = fn(*args)
                except BaseException as exc:  # handed to the caller, whatever it is
                    fut.set_exception(exc)
                else:
                    fut.set_result(result)
            finally:
                self._running_since = None
                self.prompting = False
                with self._lock:
                    self._queued -= 1


_worker = KeyringWorker()


def worker() -> KeyringWorker:
    """The process's keyring worker."""
    return _worker
