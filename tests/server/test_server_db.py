"""SQLite write path: group commit isolates a failing batch; urgent jobs overtake bulk ones."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from agent_console.server.db import Database, after_commit


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    d = Database(f"sqlite:///{tmp_path / 'g.db'}")
    with d.write() as s:
        s.execute(text("CREATE TABLE t (k TEXT PRIMARY KEY)"))
    yield d
    d.dispose()


def rows(db: Database) -> list[str]:
    with db.read() as s:
        return [r[0] for r in s.execute(text("SELECT k FROM t ORDER BY k"))]


def test_failing_job_rolls_back_alone(db: Database) -> None:
    assert db.committer is not None
    announced: list[str] = []

    def job(key: str, fail: bool = False):  # type: ignore[no-untyped-def]
        def run(s: Session) -> str:
            s.execute(text("INSERT INTO t VALUES (:k)"), {"k": key})
            after_commit(s, lambda: announced.append(key))
            if fail:
                raise ValueError("bad batch")
            return key
        return run

    gate_held = threading.Event()
    release = threading.Event()

    def blocker(s: Session) -> None:
        gate_held.set()
        release.wait(5)

    first = db.committer.submit(blocker, urgent=True)
    gate_held.wait(5)  # the next three land in one group
    futs = [db.committer.submit(job("a"), True), db.committer.submit(job("b", fail=True), True),
            db.committer.submit(job("c"), True)]
    release.set()
    first.result(5)
    assert futs[0].result(5) == "a" and futs[2].result(5) == "c"
    with pytest.raises(ValueError):
        futs[1].result(5)
    assert rows(db) == ["a", "c"]
    assert announced == ["a", "c"]


def test_urgent_jobs_overtake_bulk(db: Database) -> None:
    assert db.committer is not None
    order: list[str] = []
    started = threading.Event()
    release = threading.Event()

    def blocker(s: Session) -> None:
        started.set()
        release.wait(5)

    def job(name: str):  # type: ignore[no-untyped-def]
        def run(s: Session) -> None:
            order.append(name)
        return run

    db.committer.submit(blocker, urgent=False, weight=500)
    started.wait(5)
    bulk = [db.committer.submit(job(f"bulk{i}"), urgent=False, weight=500) for i in range(2)]
    live = db.committer.submit(job("live"), urgent=True)
    time.sleep(0.05)
    release.set()
    for f in [*bulk, live]:
        f.result(5)
    assert order[0] == "live"
