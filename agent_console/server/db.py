"""Engines, sessions and the few dialect-specific SQL helpers (upsert, greatest).

SQLite: a *writer* engine with a single pooled connection that starts transactions with
``BEGIN IMMEDIATE`` (writes are serialised in the pool's FIFO queue instead of SQLite's sleeping
busy handler, and a reader snapshot can never fail to upgrade), plus a reader engine; WAL and
``synchronous=FULL`` so an acknowledged batch survives power loss.
PostgreSQL: one engine for both.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager, nullcontext
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

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


class GroupCommitter:
    """SQLite group commit: one thread runs queued write jobs in a single transaction, each in
    its own savepoint, and commits once — one fsync for many requests instead of one each.

    A job that raises is rolled back to its savepoint alone (its caller gets the exception, the
    others commit). Urgent jobs (live events) go first; bulk jobs fill each group up to
    ``bulk_weight`` events so that a live event never waits behind more than one group.
    """

    def __init__(self, db: Database, max_urgent: int = 128, bulk_weight: int = 500) -> None:
        self._db = db
        self._max_urgent = max_urgent
        self._bulk_weight = bulk_weight
        self._urgent: deque[tuple[Callable[[Session], Any], Future[Any], int]] = deque()
        self._bulk: deque[tuple[Callable[[Session], Any], Future[Any], int]] = deque()
        self._cv = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def submit(self, job: Callable[[Session], T], urgent: bool, weight: int = 1) -> Future[T]:
        fut: Future[T] = Future()
        with self._cv:
            if self._stopping:
                raise RuntimeError("database closed")
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="sqlite-group-commit", daemon=True)
                self._thread.start()
            (self._urgent if urgent else self._bulk).append((job, fut, weight))
            self._cv.notify()
        return fut

    def stop(self) -> None:
        with self._cv:
            self._stopping = True
            self._cv.notify()
        if self._thread is not None:
            self._thread.join(30)

    def _take(self) -> list[tuple[Callable[[Session], Any], Future[Any], int]] | None:
        with self._cv:
            while not (self._urgent or self._bulk):
                if self._stopping:
                    return None
                self._cv.wait()
            jobs = [self._urgent.popleft() for _ in range(min(len(self._urgent), self._max_urgent))]
            weight = 0
            while self._bulk and (weight == 0 or weight + self._bulk[0][2] <= self._bulk_weight):
                job = self._bulk.popleft()
                weight += job[2]
                jobs.append(job)
            return jobs

    def _run(self) -> None:
        while True:
            jobs = self._take()
            if jobs is None:
                return
            self._group(jobs)

    def _group(self, jobs: list[tuple[Callable[[Session], Any], Future[Any], int]]) -> None:
        done: list[tuple[Future[Any], Any]] = []
        gate = self._db.gate
        try:
            with gate.hold(True) if gate else nullcontext(), self._db._write() as s:
                with s.begin():
                    for job, fut, _w in jobs:
                        if not fut.set_running_or_notify_cancel():
                            continue
                        mark = len(s.info.setdefault("after_commit", []))
                        try:
                            with s.begin_nested():
                                result = job(s)
                        except Exception as exc:
                            del s.info["after_commit"][mark:]
                            fut.set_exception(exc)
                        else:
                            done.append((fut, result))
                callbacks = s.info.pop("after_commit", [])
        except Exception as exc:  # the commit itself failed: nobody's work is stored
            for fut, _r in done:
                fut.set_exception(exc)
            return
        for callback in callbacks:
            callback()
        for fut, result in done:
            fut.set_result(result)


class Database:
    """Reader and writer session factories for one database URL."""

    def __init__(self, url: str, pool_size: int = 10) -> None:
        self.url = url
        self.sqlite = is_sqlite(url)
        if self.sqlite:
            self.writer = _sqlite_engine(url, immediate=True, pool_size=1)
            self.reader = _sqlite_engine(url, immediate=False, pool_size=pool_size)
        else:
            self.writer = self.reader = create_engine(
                url, pool_size=pool_size, max_overflow=2 * pool_size, pool_pre_ping=True
            )
        self.gate = WriterGate() if self.sqlite else None
        self.committer = GroupCommitter(self) if self.sqlite else None
        self._read = sessionmaker(self.reader, expire_on_commit=False)
        self._write = sessionmaker(self.writer, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as s:
            yield s

    @contextmanager
    def write(self, urgent: bool = True) -> Iterator[Session]:
        """One all-or-nothing transaction: committed on success, rolled back on any exception.
        ``urgent=False`` for bulk work (outbox drains) that may wait behind interactive writes."""
        with self.gate.hold(urgent) if self.gate else nullcontext(), self._write() as s:
            with s.begin():
                yield s
            for callback in s.info.pop("after_commit", []):
                callback()

    def dispose(self) -> None:
        if self.committer is not None:
            self.committer.stop()
        self.writer.dispose()
        if self.reader is not self.writer:
            self.reader.dispose()


def after_commit(session: Session, callback: Any) -> None:
    """Run ``callback`` once the :meth:`Database.write` transaction has committed (never on
    rollback): live-feed fan-out must not announce what was not stored."""
    session.info.setdefault("after_commit", []).append(callback)


def insert_for(session: Session, table: Any) -> Any:
    """Dialect-specific INSERT that knows ``on_conflict_do_*`` (SQLite and PostgreSQL agree)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def greatest(session: Session, a: Any, b: Any) -> ColumnElement[Any]:
    """max(a, b) ignoring NULLs on both dialects."""
    if session.get_bind().dialect.name == "postgresql":
        return func.greatest(a, b)
    return func.max(func.coalesce(a, b), func.coalesce(b, a))


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


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(url: str) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def chunks(seq: Sequence[Any], n: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
