"""Real server processes: the entry point on SQLite, and two processes sharing one PostgreSQL
whose live feeds see each other's events and commands (LISTEN/NOTIFY)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.sync.client import connect

from agent_console.server.context import build_context
from agent_console.server.services import users

from .conftest import settings_for, truncate_pg
from .kit import PASSWORD, ev, now_ms, status
from .procs import ServerProcess


def seed(url: str) -> None:
    ctx = build_context(settings_for(url))
    with ctx.db.write() as s:
        for name, role, teams in (("ann", "agent", ["north"]), ("cat", "agent", ["south"]),
                                  ("sue", "supervisor", ["north"])):
            users.create_user(s, ctx.passwords, name, role, teams, PASSWORD, now_ms())
    ctx.db.dispose()


def next_json(ws: Any, pred: Any, timeout: float = 10.0) -> dict[str, Any]:
    for _ in range(100):
        msg = json.loads(ws.recv(timeout=timeout))
        if pred(msg):
            return dict(msg)
    raise AssertionError("message never came")


def test_serve_entry_point_on_sqlite(tmp_path: Path, sqlite_url: str) -> None:
    seed(sqlite_url)
    srv = ServerProcess(sqlite_url, tmp_path / "serve.log")
    try:
        h = srv.login("sue", PASSWORD)
        with connect(srv.ws, additional_headers=h, open_timeout=10) as ws:
            assert json.loads(ws.recv(timeout=10))["type"] == "snapshot"
            ann = srv.login("ann", PASSWORD)
            r = httpx.post(f"{srv.base}/api/v1/events", json={"events": [status("ann", "available")]},
                           headers=ann, timeout=10)
            assert r.status_code == 200
            msg = next_json(ws, lambda m: m["type"] == "agent")
            assert msg["agent"]["status"] == "available"
        schema = httpx.get(f"{srv.base}/api/v1/openapi.json", timeout=10).json()
        assert "/api/v1/events" in schema["paths"]
    finally:
        srv.stop()


@pytest.mark.slow
@pytest.mark.postgres
def test_two_processes_share_live_feed(tmp_path: Path, pg_url: str) -> None:
    truncate_pg(pg_url)
    seed(pg_url)
    a = ServerProcess(pg_url, tmp_path / "a.log")
    b = ServerProcess(pg_url, tmp_path / "b.log")
    try:
        sue = b.login("sue", PASSWORD)
        ann_a = a.login("ann", PASSWORD)
        cat_a = a.login("cat", PASSWORD)
        with connect(b.ws, additional_headers=sue, open_timeout=10) as sup, \
                connect(a.ws, additional_headers=ann_a, open_timeout=10) as agent:
            assert json.loads(sup.recv(timeout=10))["type"] == "snapshot"
            assert json.loads(agent.recv(timeout=10))["type"] == "snapshot"
            # Event ingested by A -> supervisor connected to B (other team's event filtered out).
            httpx.post(f"{a.base}/api/v1/events", json={"events": [status("cat", "available")]},
                       headers=cat_a, timeout=10).raise_for_status()
            batch = [ev("ann", "shift_started"), status("ann", "available")]
            httpx.post(f"{a.base}/api/v1/events", json={"events": batch}, headers=ann_a,
                       timeout=10).raise_for_status()
            msg = next_json(sup, lambda m: m["type"] != "alerts")  # alerts are time-driven
            assert msg["type"] == "agent" and msg["agent"]["username"] == "ann"
            assert msg["agent"]["status"] == "available"
            # The same batch through B: duplicates, stored once, no new delta needed.
            ack = httpx.post(f"{b.base}/api/v1/events", json={"events": batch},
                             headers=b.login("ann", PASSWORD), timeout=10).json()
            assert ack["accepted"] == [] and len(ack["duplicates"]) == 2
            # Command issued on B -> agent connected to A.
            httpx.post(f"{b.base}/api/v1/agents/ann/commands", json={"type": "message", "text": "hi"},
                       headers=sue, timeout=10).raise_for_status()
            cmd = next_json(agent, lambda m: m["type"] == "command")
            assert cmd["command"]["text"] == "hi"
            # Board read through B reflects A's writes.
            board = httpx.get(f"{b.base}/api/v1/agents", headers=sue, timeout=10).json()
            assert [r["status"] for r in board["agents"] if r["username"] == "ann"] == ["available"]
    finally:
        a.stop()
        b.stop()
