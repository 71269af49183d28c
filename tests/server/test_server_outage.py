"""A database that stops answering: 503 within about 2 s, routes without a database keep
working, ``/ready`` says so, new live sockets are closed with 1013, one log line per change."""

from __future__ import annotations

import concurrent.futures
import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from .conftest import PG_DIRS, truncate_pg
from .kit import PASSWORD, Api, status
from .procs import ServerProcess
from .test_server_processes import seed


def cluster_pids(pgdir: Path) -> list[int]:
    """The postmaster first, then its children (backends, checkpointer, ...)."""
    postmaster = int((pgdir / "data" / "postmaster.pid").read_text().split()[0])
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == postmaster:
            children.append(int(stat.parent.name))
    return [postmaster, *children]


@contextmanager
def frozen(pgdir: Path) -> Iterator[None]:
    """SIGSTOP every process of the cluster: connections stay open, nothing answers."""
    pids = cluster_pids(pgdir)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in reversed(pids):
            os.kill(pid, signal.SIGCONT)


def timed(fn: object, *args: object, **kw: object) -> tuple[float, httpx.Response | Exception]:
    t0 = time.monotonic()
    try:
        r: httpx.Response | Exception = fn(*args, **kw)  # type: ignore[operator]
    except Exception as exc:  # a timeout is the failure being tested
        r = exc
    return time.monotonic() - t0, r


@pytest.mark.slow
@pytest.mark.postgres
def test_frozen_postgres_fails_fast_and_recovers(tmp_path: Path, pg_url: str) -> None:
    truncate_pg(pg_url)
    seed(pg_url)
    log = tmp_path / "serve.log"
    srv = ServerProcess(pg_url, log)
    try:
        sue = srv.login("sue", PASSWORD)
        ann = srv.login("ann", PASSWORD)
        with httpx.Client(base_url=srv.base, timeout=20) as c:
            assert c.get("/api/v1/me", headers=sue).status_code == 200  # token now cached
            assert c.get("/api/v1/me", headers=ann).status_code == 200
            ready = c.get("/api/v1/ready")
            assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "migrations": "ok",
                                                                  "live_bus": "ok"}
            with frozen(PG_DIRS[pg_url]):
                calls = [(c.get, "/api/v1/agents", {"headers": sue}),
                         (c.post, "/api/v1/events", {"headers": ann, "json": {"events": [status("ann", "dnd")]}}),
                         (c.get, "/api/v1/reports/day", {"headers": sue})] * 8
                with concurrent.futures.ThreadPoolExecutor(len(calls)) as pool:
                    results = list(pool.map(lambda call: timed(call[0], call[1], **call[2]), calls))
                for took, r in results:
                    assert isinstance(r, httpx.Response), r
                    assert r.status_code == 503 and r.headers.get("retry-after"), r.text
                    assert took < 6.0, f"503 after {took:.1f} s"
                slowest = sorted(t for t, _ in results)
                # Needs no database: answers at once, however many requests are stuck.
                took, r = timed(c.get, "/api/v1/me", headers=sue)
                assert isinstance(r, httpx.Response) and r.status_code == 200 and took < 1.0
                assert c.get("/api/v1/health").status_code == 200
                took, r = timed(c.get, "/api/v1/ready")
                assert isinstance(r, httpx.Response) and r.status_code == 503 and took < 3.0
                assert r.json()["checks"]["database"].startswith("unreachable")
                # A new live socket is closed with a code the console retries on.
                with connect(srv.ws, additional_headers=sue, open_timeout=10) as ws:
                    with pytest.raises(ConnectionClosed) as closed:
                        ws.recv(timeout=10)
                    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1013
            # Back: ready again within a few probes, and requests work.
            deadline = time.monotonic() + 15
            while c.get("/api/v1/ready").status_code != 200:
                assert time.monotonic() < deadline, "not ready again"
                time.sleep(0.2)
            assert c.get("/api/v1/agents", headers=sue).status_code == 200
            assert c.post("/api/v1/events", headers=ann, json={"events": [status("ann", "available")]}
                          ).status_code == 200
            print("503 times while frozen:", [round(t, 2) for t in slowest])
    finally:
        srv.stop()
    text_log = log.read_text(errors="replace")
    assert text_log.count("database unreachable (") == 1, text_log[-3000:]
    assert text_log.count("database reachable again") == 1
    assert "Exception in ASGI application" not in text_log
    assert "Traceback" not in text_log, text_log[-3000:]


def test_ready_checks_the_schema_version(lite: Api) -> None:
    r = lite.client.get("/api/v1/ready")
    assert r.status_code == 200 and r.json()["ready"] is True
    with lite.ctx.db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    r = lite.client.get("/api/v1/ready")
    assert r.status_code == 503
    assert "run migrate" in r.json()["checks"]["migrations"]
    assert lite.client.get("/api/v1/health").status_code == 200
