"""No request of any shape may make the server hold much memory: the token is checked before a
body is read, events are counted before they are validated, validation stops at the first
errors, and bodies are capped per route."""

from __future__ import annotations

import asyncio
import json
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent_console.protocol import MAX_BATCH
from agent_console.server.app import create_app
from agent_console.server.services.event_body import MAX_ERRORS
from agent_console.server.settings import Settings

from .conftest import settings_for
from .kit import Api, ev, now_ms
from .procs import ServerProcess
from .test_server_processes import seed

MB = 1024 * 1024


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the process's peak resident set so far (never goes down)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def worst_bodies(limit: int) -> dict[str, bytes]:
    """Invalid batches that are as expensive as a body under ``limit`` can be."""
    n = (limit - 64) // 3
    envelope = ('"event_id":"00000000-0000-4000-8000-000000000000","device_id":"laptop-01","seq":1,'
                '"agent":"ann","kind":"shift_started","at_ms":1,"mono_ns":1')
    many_keys = ",".join(f'"k{i}":0' for i in range((limit - 300) // 11))
    return {
        "empty objects": b'{"events":[' + b",".join([b"{}"] * n) + b"]}",
        "nested objects": b'{"events":[{"a":[' + b",".join([b"{}"] * (n - 10)) + b"]}]}",
        "payload keys": ('{"events":[{' + envelope + ',"payload":{' + many_keys + "}}]}").encode(),
        "500 bad events": json.dumps({"events": [{"seq": "x", "payload": [0] * 40}] * MAX_BATCH}).encode(),
    }


def test_worst_case_invalid_batches_do_not_grow_the_servers_memory(tmp_path: Path, sqlite_url: str) -> None:
    seed(sqlite_url)
    srv = ServerProcess(sqlite_url, tmp_path / "serve.log")
    try:
        h = srv.login("ann", "correct horse 42")
        with httpx.Client(base_url=srv.base, timeout=60) as c:
            # Warm up every code path once (imports, pydantic schemas, the first real batch).
            assert c.post("/api/v1/events", json={"events": [ev("ann", "shift_started")]}, headers=h).status_code == 200
            assert c.post("/api/v1/events", content=b'{"events":[{}]}', headers=h).status_code == 422
            before = peak_rss_mb(srv.proc.pid)
            limit = Settings().max_body_bytes
            for name, body in worst_bodies(limit - 1).items():
                assert len(body) < limit, name
                r = c.post("/api/v1/events", content=body, headers={**h, "content-type": "application/json"})
                assert r.status_code in (413, 422), (name, r.status_code)
                assert len(r.content) < 64 * 1024, name
            # The batch: 200,000 empty events in 0.6 MB is over the body limit now.
            r = c.post("/api/v1/events", content=b'{"events":[' + b",".join([b"{}"] * 200_000) + b"]}",
                       headers={**h, "content-type": "application/json"})
            assert r.status_code == 413
            # 15 MB without a token: refused before it is read, on any route.
            for path in ("/api/v1/events", "/api/v1/agents/ann/commands", "/api/v1/admin/users"):
                r = c.post(path, content=b'{"x":[' + b"0," * (7 * MB) + b"0]}",
                           headers={"content-type": "application/json"})
                assert r.status_code in (401, 413), path
            grown = peak_rss_mb(srv.proc.pid) - before
        assert grown < 50, f"peak RSS grew by {grown:.0f} MB"
    finally:
        srv.stop()


def test_errors_are_capped_and_counting_comes_first(lite: Api) -> None:
    h = lite.setup_center()
    bad = [{**ev("ann", "call_answered", {"call_id": "c", "x": 1}), "seq": 1} for _ in range(MAX_BATCH)]
    r = lite.post_events(h["ann"], *bad)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert sum(len(e["problems"]) for e in detail["errors"]) <= MAX_ERRORS
    r = lite.client.post("/api/v1/events", json={"events": [{}] * (MAX_BATCH + 1)}, headers=h["ann"])
    assert r.status_code == 413
    r = lite.client.post("/api/v1/events", json={"events": [{}] * MAX_BATCH}, headers=h["ann"])
    assert r.status_code == 422 and len(r.json()["detail"]) == MAX_ERRORS
    assert len(r.json()["detail"]) <= MAX_ERRORS
    huge_payload = ev("ann", "shift_started", {f"k{i}": 0 for i in range(10_000)})
    r = lite.post_events(h["ann"], huge_payload)
    assert r.status_code == 422 and len(r.json()["detail"]["errors"][0]["problems"]) == 1


@pytest.mark.parametrize("path", ["/api/v1/events", "/api/v1/agents/ann/commands", "/api/v1/admin/users"])
def test_a_body_is_not_read_before_the_token_is_checked(sqlite_url: str, path: str) -> None:
    app = create_app(settings_for(sqlite_url), now_ms)
    reads: list[Any] = []
    sent: list[Any] = []

    async def receive() -> dict[str, Any]:
        reads.append(1)
        return {"type": "http.request", "body": b'{"events": []}', "more_body": False}

    async def send(msg: MutableMapping[str, Any]) -> None:
        sent.append(msg)

    for headers in ([], [(b"authorization", b"Bearer not-a-token")]):
        scope = {"type": "http", "method": "POST", "path": path, "raw_path": path.encode(), "query_string": b"",
                 "headers": [(b"content-type", b"application/json"), (b"content-length", b"14"), *headers],
                 "client": ("127.0.0.1", 5000), "server": ("test", 80), "scheme": "http",
                 "http_version": "1.1", "root_path": "", "app": app}
        asyncio.run(app(scope, receive, send))
        assert sent[0]["status"] == 401
        assert reads == [], "the body was read before the token was checked"
        sent.clear()


def test_other_routes_take_small_bodies_only(lite: Api) -> None:
    h = lite.setup_center()
    r = lite.client.post("/api/v1/agents/ann/commands", content=b" " * (300 * 1024),
                         headers={**h["sue"], "content-type": "application/json"})
    assert r.status_code == 413
