"""Engines, sessions, group commit and migrations.

SQLite: a *writer* engine with a single pooled connection that starts transactions with
``BEGIN IMMEDIATE`` (writes are serialised in the pool's FIFO queue instead of SQLite's sleeping
busy handler, and a reader snapshot can never fail to upgrade), plus a reader engine; WAL and
``synchronous=FULL`` so an acknowledged batch survives power loss.
PostgreSQL: one engine for both, which pings each connection it hands out (a restarted database
costs no request), and a small second engine for the :class:`GroupCommitter` without that ping
(see ``Database.__init__``).
Event ingest, on both, goes through a :class:`GroupCommitter`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager, nullcontext
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from agent_console.server.db_health import DatabaseHealth

T = TypeVar("T")


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_engine(url: str, immediate: bool, pool_size: int) -> Engine:
    u = make_url(url)
    if u.database and u.database != ":memory:":
        Path(u.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "isolation_level": None, "timeout": 30},
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=60,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class WriterGate:
    """Exclusive access to SQLite's single writer, urgent callers first.

    A live status change (a small batch) must not queue behind thirty 500-event outbox drains:
    urgent waiters overtake non-urgent ones, so live latency is bounded by one bulk transaction.
    """

    def __init__(self) -> None:
        self._cv = threading.Condition()
        self._busy = False
        self._urgent_waiting = 0

    @contextmanager
    def hold(self, urgent: bool) -> Iterator[None]:
        with self._cv:
            if urgent:
                self._urgent_waiting += 1
            try:
                while self._busy or (not urgent and self._urgent_waiting > 0):
                    self._cv.wait()
            finally:
                if urgent:
                    self._urgent_waiting -= 1
            self._busy = True
        try:
            yield
        finally:
            with self._cv:
                self._busy = False
                self._cv.notify_all()


class _Job(NamedTuple):
    run: Callable[[Session], Any]
    future: Future[Any]
    weight: int
    key: int


class GroupCommitter:
    """Group commit: a thread runs queued write jobs in a single transaction and commits once:
    one commit (one fsync, one round trip) and one live announcement for many requests.

    Two lanes, each with its own thread and transaction: live jobs (a console's status change)
    never queue behind outbox drains. Bulk groups stop at ``bulk_weight`` events. On PostgreSQL
    the lanes commit concurrently; on SQLite they share the single writer, where the live lane
    overtakes waiting bulk groups (:class:`WriterGate`), so a live job waits for at most one.
    Jobs run in ``key`` order (the agent's id) and a job touches only its agent's rows: any two
    groups, from two lanes or two server processes, lock rows in the same order and cannot
    deadlock each other.

    The lanes' connections are not pinged when checked out: that was a round trip per group. In
    alternating runs at one load on PostgreSQL, a status change's p99 was 31-51 ms with the ping
    (four runs) and 30-33 ms without (two runs); see docs/server.md. A group that finds its connection dead runs
    once more on a new one. That is safe also when the database dropped the connection after
    committing: ingest jobs are idempotent (a replayed event is acknowledged as a duplicate).

    A job that raises spoils its group: the transaction is rolled back and every job of the group
    runs again alone, in its own transaction, so the failing one gets its exception and the others
    commit. (Savepoints would isolate it too, at two extra round trips per job on PostgreSQL.)
    Jobs must therefore be safe to run twice when the first run was rolled back, which
    transactional jobs are.
    """

    def __init__(self, db: Database, max_jobs: int = 128, bulk_weight: int = 500) -> None:
        self._live = _Lane(db, "live", urgent=True, max_jobs=max_jobs, max_weight=None)
        self._bulk = _Lane(db, "bulk", urgent=False, max_jobs=max_jobs, max_weight=bulk_weight)

    def submit(self, job: Callable[[Session], T], urgent: bool, weight: int = 1, key: int = 0) -> Future[T]:
        return (self._live if urgent else self._bulk).submit(job, weight, key)

    def queued(self, urgent: bool) -> int:
        return (self._live if urgent else self._bulk).queued()

    def stop(self) -> None:
        self._live.stop()
        self._bulk.stop()


class _Lane:
    def __init__(self, db: Database, name: str, urgent: bool, max_jobs: int, max_weight: int | None) -> None:
        self._db = db
        self._name = name
        self._urgent = urgent
        self._max_jobs = max_jobs
        self._max_weight = max_weight
        self._queue: deque[_Job] = deque()
        self._cv = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def submit(self, job: Callable[[Session], T], weight: int, key: int) -> Future[T]:
        fut: Future[T] = Future()
        with self._cv:
            if self._stopping:
                raise RuntimeError("database closed")
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=f"group-commit-{self._name}", daemon=True)
                self._thread.start()
            self._queue.append(_Job(job, fut, weight, key))
            self._cv.notify()
        return fut

    def queued(self) -> int:
        with self._cv:
            return len(self._queue)

    def stop(self) -> None:
        with self._cv:
            self._stopping = True
            self._cv.notify()
        if self._thread is not None:
            self._thread.join(30)

    def _take(self) -> list[_Job] | None:
        with self._cv:
            while not self._queue:
                if self._stopping:
                    return None
                self._cv.wait()
            jobs = [self._queue.popleft()]
            weight = jobs[0].weight
            while self._queue and len(jobs) < self._max_jobs and (
                self._max_weight is None or weight + self._queue[0].weight <= self._max_weight
            ):
                job = self._queue.popleft()
                weight += job.weight
                jobs.append(job)
            return jobs

    def _run(self) -> None:
        while True:
            jobs = self._take()
            if jobs is None:
                return
            jobs = sorted((j for j in jobs if j.future.set_running_or_notify_cancel()), key=lambda j: j.key)
            if jobs:
                self._group(jobs)

    def _group(self, jobs: list[_Job]) -> None:
        try:
            try:
                results = self._transaction(jobs)
            except DBAPIError as exc:
                if not exc.connection_invalidated:
                    raise
                # The connection was dead (database restarted): the pool has dropped it and its
                # older siblings, so run the group again on a new one.
                results = self._transaction(jobs)
        except Exception as exc:
            if len(jobs) == 1:
                jobs[0].future.set_exception(exc)
                return
            for job in jobs:  # find the culprit: each job alone
                try:
                    (result,) = self._transaction([job])
                except Exception as alone:
                    job.future.set_exception(alone)
                else:
                    job.future.set_result(result)
            return
        for job, result in zip(jobs, results, strict=True):
            job.future.set_result(result)

    def _transaction(self, jobs: list[_Job]) -> list[Any]:
        self._db.health.check()
        gate = self._db.gate
        with gate.hold(self._urgent) if gate else nullcontext(), self._db._commit() as s:
            with s.begin():
                results = [job.run(s) for job in jobs]
                _before_commit(s)
            callbacks = s.info.pop("after_commit", [])
        for callback in callbacks:
            callback()
        return results


class Database:
    """Reader and writer session factories for one database URL."""

    def __init__(self, url: str, pool_size: int = 10, *, connect_timeout_s: int = 2, pool_timeout_s: float = 2.0,
                 statement_timeout_s: float = 30.0, probe_s: float = 1.0, probe_timeout_s: float = 1.0) -> None:
        """PostgreSQL timeouts: ``connect_timeout_s`` for a new connection (libpq's minimum is 2),
        ``pool_timeout_s`` to wait for a free pooled connection, ``statement_timeout_s`` for a
        statement on a database that answers; a database that does not answer at all is found by
        :class:`DatabaseHealth` (``probe_s``, ``probe_timeout_s``), started by the app."""
        self.url = url
        self.sqlite = is_sqlite(url)
        if self.sqlite:
            self.writer = _sqlite_engine(url, immediate=True, pool_size=1)
            self.reader = _sqlite_engine(url, immediate=False, pool_size=pool_size)
            self.health = DatabaseHealth(None)
        else:
            connect_args = {"connect_timeout": max(2, int(connect_timeout_s)),
                            "options": f"-c statement_timeout={int(statement_timeout_s * 1000)}"}
            self.writer = self.reader = create_engine(
                url, pool_size=pool_size, max_overflow=2 * pool_size, pool_pre_ping=True,
                pool_timeout=pool_timeout_s, connect_args=connect_args,
            )
            self.health = DatabaseHealth(_probe_connect(url, connect_timeout_s), probe_s, probe_timeout_s)
            self.health.watch(self.writer)
        # The group committer's two lanes: one connection each, no ping (see GroupCommitter).
        self.committing = self.writer if self.sqlite else create_engine(
            url, pool_size=2, max_overflow=2, pool_timeout=pool_timeout_s, connect_args=connect_args)
        if not self.sqlite:
            self.health.watch(self.committing)
        self.gate = WriterGate() if self.sqlite else None
        self.committer = GroupCommitter(self)
        self._read = sessionmaker(self.reader, expire_on_commit=False)
        self._read_one = sessionmaker(
            self.reader if self.sqlite else self.reader.execution_options(isolation_level="AUTOCOMMIT"),
            expire_on_commit=False,
        )
        self._write = sessionmaker(self.writer, expire_on_commit=False)
        self._commit = sessionmaker(self.committing, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        self.health.check()
        with self._read() as s:
            yield s

    @contextmanager
    def read_one(self) -> Iterator[Session]:
        """For a single SELECT (the token check on every cache miss): on PostgreSQL without a
        transaction, which spares the BEGIN and ROLLBACK round trips; several statements here
        would not share a snapshot."""
        self.health.check()
        with self._read_one() as s:
            yield s

    @contextmanager
    def write(self, urgent: bool = True) -> Iterator[Session]:
        """One all-or-nothing transaction: committed on success, rolled back on any exception.
        ``urgent=False`` for bulk work (outbox drains) that may wait behind interactive writes."""
        self.health.check()
        with self.gate.hold(urgent) if self.gate else nullcontext(), self._write() as s:
            with s.begin():
                yield s
                _before_commit(s)
            for callback in s.info.pop("after_commit", []):
                callback()

    def dispose(self) -> None:
        self.health.stop()
        self.committer.stop()
        if self.committing is not self.writer:
            self.committing.dispose()
        self.writer.dispose()
        if self.reader is not self.writer:
            self.reader.dispose()


def _probe_connect(url: str, connect_timeout_s: int) -> Callable[[], Any]:
    """A plain psycopg connection for :class:`DatabaseHealth` (not from a pool: a probe must not
    wait behind requests for a connection)."""
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)

    def connect() -> Any:
        import psycopg

        return psycopg.connect(conninfo, connect_timeout=max(2, int(connect_timeout_s)), autocommit=True)

    return connect


def before_commit(session: Session, callback: Callable[[Session], None]) -> None:
    """Run ``callback(session)`` as the last step of the transaction, once, however many jobs
    share it: work that can be done for all of them at once (the live announcement) is."""
    session.info.setdefault("before_commit", []).append(callback)


def _before_commit(session: Session) -> None:
    hooks = session.info.pop("before_commit", [])
    while hooks:  # a hook may add another
        for hook in hooks:
            hook(session)
        hooks = session.info.pop("before_commit", [])


def after_commit(session: Session, callback: Any) -> None:
    """Run ``callback`` once the :meth:`Database.write` transaction has committed (never on
    rollback): live-feed fan-out must not announce what was not stored."""
    session.info.setdefault("after_commit", []).append(callback)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    pkg = resources.files("agent_console.server")
    cfg = Config(str(pkg / "alembic.ini"))
    cfg.set_main_option("script_location", str(pkg / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    return cfg


def migrate(url: str, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (idempotent)."""
    from alembic import command

    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(url), revision)


SCHEMA_HEAD = "0007"
"""The newest migration's revision, for the checks that must not load alembic (``serve`` at start,
``GET /ready`` on every probe): alembic with mako and pygments is ~11 MB that a server running
for months would keep. A test keeps it equal to alembic's head (:func:`head_revision`)."""


def current_revision(engine: Engine) -> str | None:
    """The schema's revision as alembic records it (its ``alembic_version`` table), read with
    plain SQL; None for a database that was never migrated."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision(url: str) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def chunks(seq: Sequence[Any], n: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
