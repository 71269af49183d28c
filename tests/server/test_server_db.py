"""The write path on both backends: group commit isolates a failing job, live jobs do not wait
behind bulk ones, jobs run in agent order, and a group announces its agents once."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from agent_console.server.db import Database, after_commit, before_commit
from agent_console.server.live.bus import pack

from .kit import Api, status


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    d = Database(db_url)
    with d.write() as s:
        s.execute(text("DROP TABLE IF EXISTS t"))
        s.execute(text("CREATE TABLE t (k VARCHAR(10) PRIMARY KEY)"))
    yield d
    with d.write() as s:
        s.execute(text("DROP TABLE t"))
    d.dispose()


def rows(db: Database) -> list[str]:
    with db.read() as s:
        return [r[0] for r in s.execute(text("SELECT k FROM t ORDER BY k"))]


def held_group(db: Database, urgent: bool = True) -> Callable[[], None]:
    """Occupy a lane of the committer so that the jobs submitted next to it land in one group;
    call the result to let them run."""
    started, release = threading.Event(), threading.Event()

    def blocker(s: Session) -> None:
        started.set()
        release.wait(5)

    fut = db.committer.submit(blocker, urgent=urgent)
    assert started.wait(5)

    def go() -> None:
        release.set()
        fut.result(5)

    return go


def insert(key: str, announced: list[str], fail: bool = False) -> Callable[[Session], str]:
    def run(s: Session) -> str:
        s.execute(text("INSERT INTO t VALUES (:k)"), {"k": key})
        after_commit(s, lambda: announced.append(key))
        if fail:
            raise ValueError("bad batch")
        return key

    return run


def test_failing_job_rolls_back_alone(db: Database) -> None:
    announced: list[str] = []
    go = held_group(db)
    futs = [db.committer.submit(insert("a", announced), True), db.committer.submit(insert("b", announced, True), True),
            db.committer.submit(insert("c", announced), True)]
    go()
    assert futs[0].result(5) == "a" and futs[2].result(5) == "c"
    with pytest.raises(ValueError):
        futs[1].result(5)
    assert rows(db) == ["a", "c"]
    assert sorted(announced) == ["a", "c"]  # nothing announced for the rolled-back first try


def test_a_group_shares_one_transaction_and_runs_in_key_order(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    hooks: list[int] = []

    def job(key: int) -> Callable[[Session], None]:
        def run(s: Session) -> None:
            seen.append((key, id(s)))
            if "counted" not in s.info:
                s.info["counted"] = True
                before_commit(s, lambda sess: hooks.append(len(seen)))
        return run

    go = held_group(db, urgent=False)
    futs = [db.committer.submit(job(k), urgent=False, weight=10, key=k) for k in (7, 3, 5)]
    go()
    for f in futs:
        f.result(5)
    assert [k for k, _ in seen] == [3, 5, 7]
    assert len({sid for _, sid in seen}) == 1  # one session, one commit
    assert hooks == [3]  # the before-commit hook ran once, after all three


def test_live_jobs_do_not_wait_behind_bulk_groups(db: Database) -> None:
    """A status change arriving while drains are stored: on PostgreSQL it commits while the bulk
    group is still running; on SQLite (one writer) right after it, before the queued drains."""
    order: list[str] = []

    def job(name: str) -> Callable[[Session], None]:
        def run(s: Session) -> None:
            order.append(name)
        return run

    go = held_group(db, urgent=False)
    bulk = [db.committer.submit(job(f"bulk{i}"), urgent=False, weight=500) for i in range(2)]
    live = db.committer.submit(job("live"), urgent=True)
    if not db.sqlite:
        live.result(5)
        assert order == ["live"]
    time.sleep(0.05)
    go()
    for f in [*bulk, live]:
        f.result(5)
    assert order[0] == "live"
    assert sorted(order[1:]) == ["bulk0", "bulk1"]


def test_grouped_batches_announce_their_agents_in_one_publish(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three agents' batches committed together: one ``publish`` carrying all three rows (on
    PostgreSQL one NOTIFY), each row as committed."""
    h = api.setup_center()
    heads = {n: h[n] for n in ("ann", "bob", "cat")}
    published: list[list[dict[str, Any]]] = []
    real = api.ctx.bus.publish

    def spy(s: Session, msgs: list[dict[str, Any]]) -> None:
        published.append(msgs)
        real(s, msgs)

    monkeypatch.setattr(api.ctx.bus, "publish", spy)
    go = held_group(api.ctx.db)
    done = []
    threads = [threading.Thread(target=lambda n=n: done.append(api.post_events(heads[n], status(n, "available"))))
               for n in heads]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 5
    while api.ctx.db.committer.queued(urgent=True) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    go()
    for t in threads:
        t.join(10)
    assert [r.status_code for r in done] == [200, 200, 200]
    agent_msgs = [m for batch in published for m in batch if m["k"] == "agent"]
    assert len(published) == 1, published
    assert sorted(m["user"] for m in agent_msgs) == ["ann", "bob", "cat"]
    assert {m["row"]["status"] for m in agent_msgs} == {"available"}


def test_pack_fills_notifications_in_order_and_refuses_an_oversized_message() -> None:
    msgs = [{"k": "agent", "n": i, "pad": "ә" * 50} for i in range(40)]
    payloads = pack(msgs, 1000)
    assert len(payloads) > 1
    assert all(len(p.encode()) <= 1000 for p in payloads)
    assert [m["n"] for p in payloads for m in json.loads(p)] == list(range(40))
    assert pack([], 1000) == []
    with pytest.raises(ValueError):
        pack([{"pad": "x" * 2000}], 1000)


def test_test_clock_keeps_runs_off_midnight() -> None:
    """The in-process servers' clock (tests/server/kit.py) never starts a run whose events (up to
    50 min back) or clock moves (up to 61 min on) cross midnight, and never leaves the wall's day."""
    from .kit import _day_safe_offset

    day, minute = 86_400_000, 60_000
    midnight = 20_000 * day
    assert _day_safe_offset(midnight + 12 * 60 * minute) == 0
    assert _day_safe_offset(midnight + 2 * minute) == 53 * minute  # -> 00:55
    assert _day_safe_offset(midnight - 5 * minute) == -80 * minute  # 23:55 -> 22:35 the same day
    for start in range(-3 * 60 * minute, 3 * 60 * minute, minute):
        wall = midnight + start
        t = wall + _day_safe_offset(wall)
        assert t // day == wall // day  # servers on the wall clock see the same "today"
        assert t - wall < 60 * minute  # within the future skew the server allows
        # 50 min back and the following 20 min of run plus an hour's clock move stay on one day
        assert (t - 50 * minute) // day == t // day == (t + 81 * minute) // day


@pytest.mark.slow  # the server waits up to 10 s for its LISTEN connection before serving
def test_database_down_is_a_clear_503_not_a_500(caplog: pytest.LogCaptureFixture) -> None:
    """Nothing listens where the database should be: every route that needs it answers 503 with
    a reason and Retry-After (consoles retry 5xx and keep their events), and the log says why, once."""
    from fastapi.testclient import TestClient

    from agent_console.server.app import create_app
    from agent_console.server.settings import Settings

    url = f"postgresql+psycopg://nobody:secret-pw@127.0.0.1:{_closed_port()}/nowhere"
    with TestClient(create_app(Settings(database_url=url)), raise_server_exceptions=False) as c:
        answers = [
            c.post("/api/v1/auth/login", json={"username": "ann", "password": "ann password"}),
            c.get("/api/v1/me", headers={"Authorization": "Bearer " + "a" * 43}),
        ]
    for r in answers:
        assert r.status_code == 503, r.text
        assert "cannot reach its database" in r.json()["detail"] and r.headers["retry-after"] == "5"
    # Said once per change (the probe found it), not once per request; never the password.
    logged = [rec.getMessage() for rec in caplog.records if "database unreachable" in rec.getMessage()]
    assert len(logged) == 1 and "secret-pw" not in caplog.text


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
