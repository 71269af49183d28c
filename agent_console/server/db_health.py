"""Is the database answering? A probe thread that lets a frozen database fail fast.

A PostgreSQL that stops answering (SIGSTOP, a hung host, a network black hole) does not refuse
connections: the kernel still accepts them and acknowledges every query, and nothing ever comes
back. Server-side timeouts cannot fire and TCP keepalives are answered, so without help every
request that touches the database hangs, and with it every worker thread.

:class:`DatabaseHealth` probes the database with ``SELECT 1`` every ``probe_s`` on a connection of
its own, giving it ``probe_timeout_s`` to answer. When it does not:

* the state turns *unreachable* and the log says ``database unreachable`` once (and ``database
  reachable again`` once, later), instead of a traceback per request;
* every connection the server's pools ever opened has its socket shut down, so requests stuck in
  a query fail at once (the pools discard those connections and open new ones later);
* :meth:`check` raises :class:`DatabaseUnavailable` without touching a pool, so new requests get
  their 503 at once, and routes that need no database keep working.

So a database that stops answering costs a request at most ``probe_s + probe_timeout_s`` (about
2 s) before its 503. A slow query on a healthy database is not affected: the probe answers.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError

log = logging.getLogger("agent_console.server")


class DatabaseUnavailable(OperationalError):
    """Raised instead of waiting for a database the probe found unreachable (answered with 503)."""

    def __init__(self, reason: str) -> None:
        super().__init__("database unreachable", None, Exception(reason))


def _shutdown(dbapi_conn: Any) -> None:
    """Shut the socket of a psycopg connection down: a thread blocked reading it wakes up with an
    error. Shutdown acts on the socket itself, so a duplicate of the descriptor will do."""
    pgconn = getattr(dbapi_conn, "pgconn", None)
    try:
        fd = pgconn.socket if pgconn is not None else -1
    except Exception:
        return
    if fd < 0:
        return
    try:
        sock = socket.socket(fileno=socket.dup(fd))
    except OSError:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class DatabaseHealth:
    def __init__(self, probe: Callable[[], Any] | None, probe_s: float = 1.0, probe_timeout_s: float = 1.0) -> None:
        """``probe``: opens a DBAPI connection to the database (None: never probed, always up)."""
        self._connect = probe
        self.probe_s = probe_s
        self.probe_timeout_s = probe_timeout_s
        self.reachable = True
        self.reason = ""
        self.changed_at = time.monotonic()
        self._conns: weakref.WeakSet[Any] = weakref.WeakSet()
        self._conn: Any = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def watch(self, engine: Engine) -> None:
        """Remember every DBAPI connection ``engine`` opens (to cut them when the database hangs)."""

        @event.listens_for(engine, "connect")
        def _remember(dbapi_conn: Any, _record: Any) -> None:
            with self._lock:
                self._conns.add(dbapi_conn)

        @event.listens_for(engine, "do_connect")
        def _refuse_while_down(*_args: Any) -> None:
            # A pooled connection found dead is replaced by a new one: not while nothing answers
            # (it would wait for the connect timeout).
            self.check()

    def start(self) -> None:
        if self._connect is None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="db-health", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(5)
        self._close_probe()

    def check(self) -> None:
        """Raise :class:`DatabaseUnavailable` at once while the database is known not to answer."""
        if not self.reachable:
            raise DatabaseUnavailable(self.reason)

    def suspect(self) -> None:
        """A request just failed on the database: probe now rather than at the next tick."""
        self._wake.set()

    # -- the probe thread --------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            ok, reason = self._probe()
            if self._stop.is_set():
                return
            self._set(ok, reason)
            self._wake.wait(self.probe_s)
            self._wake.clear()

    def _probe(self) -> tuple[bool, str]:
        """One ``SELECT 1``. A probe connection that fails fast (terminated by the database,
        dropped by a proxy) is replaced and asked once more: only a database that does not answer
        on a fresh connection either is unreachable."""
        ok, reason, expired = self._ask()
        if not ok and not expired:
            ok, reason, _expired = self._ask()
        return ok, reason

    def _ask(self) -> tuple[bool, str, bool]:
        assert self._connect is not None
        expired = threading.Event()
        timer = threading.Timer(self.probe_timeout_s, self._expire, (expired,))
        timer.daemon = True
        timer.start()
        try:
            if self._conn is None:
                self._conn = self._connect()
            self._conn.execute("SELECT 1").fetchone()
            return True, "", False
        except Exception as exc:
            self._close_probe()
            first = str(exc).strip().splitlines()
            return False, first[0] if first else type(exc).__name__, expired.is_set()
        finally:
            timer.cancel()

    def _expire(self, expired: threading.Event) -> None:
        """The probe did not answer in time: cut its socket (the probe then fails)."""
        expired.set()
        conn = self._conn
        if conn is not None:
            _shutdown(conn)

    def _close_probe(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def _set(self, ok: bool, reason: str) -> None:
        if ok == self.reachable:
            return
        self.reachable, self.reason, self.changed_at = ok, reason, time.monotonic()
        if ok:
            log.warning("database reachable again")
            return
        log.error("database unreachable (%s): answering 503 until it is back", reason or "no answer")
        with self._lock:
            conns = list(self._conns)
        for conn in conns:  # wake every thread blocked on it; the pools replace these later
            _shutdown(conn)
