"""Engine state handling without a server process (scripted HTTP answers, real journal)."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import httpx

from agent_console.journal import Journal
from agent_console.sync.credentials import StoredToken
from agent_console.sync.engine import EngineOptions, SyncEngine

from .kit import MemoryCredentials, bulk_events


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, args))

    def named(self, name: str) -> list[Any]:
        return [args for n, args in self.calls if n == name]


def _token(valid_for_ms: int, token: str = "t" * 40) -> StoredToken:
    return StoredToken("alice", token, time.time_ns() // 1_000_000 + valid_for_ms)


async def _run(engine: SyncEngine, seconds: float, during: Any = None) -> None:
    task = asyncio.create_task(engine.run())
    await asyncio.sleep(seconds)
    if during is not None:
        await during()
    engine.stop()
    await task


OPTS = EngineOptions(live=False, poll_s=0.05, status_s=0.05, backoff_base_s=0.05, backoff_cap_s=0.2)


def test_expired_token_at_start_asks_to_sign_in_and_is_forgotten(tmp_path: Path) -> None:
    creds = MemoryCredentials(token=_token(-1000))
    rec = Recorder()
    engine = SyncEngine("http://server", tmp_path / "j.sqlite3", rec, credentials=creds, options=OPTS,
                        transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    asyncio.run(_run(engine, 0.3))
    assert rec.named("login_required") == [("expired",)]
    assert creds.token is None
    assert rec.named("state")[-1][0] == "login"


def test_401_keeps_the_outbox_and_a_new_sign_in_sends_it(tmp_path: Path) -> None:
    j = Journal.open(tmp_path / "j.sqlite3")
    bulk_events(j, 30)
    stored: list[str] = []
    valid = {"new-token-" + "n" * 30}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/login"):
            return httpx.Response(200, json={"access_token": "new-token-" + "n" * 30, "expires_at_ms": 2**42,
                                             "username": "alice", "role": "agent", "team": None,
                                             "server_ms": time.time_ns() // 1_000_000})
        if request.headers.get("authorization", "").split(" ")[-1] not in valid:
            return httpx.Response(401, json={"detail": "token revoked"})
        if request.url.path.endswith("/events"):
            ids = [e["event_id"] for e in json.loads(request.content)["events"]]
            stored.extend(ids)
            return httpx.Response(200, json={"accepted": ids, "duplicates": [], "server_ms": 1})
        if request.url.path.endswith("/health"):
            return httpx.Response(200, json={"status": "ok", "server_ms": time.time_ns() // 1_000_000})
        return httpx.Response(503)

    creds = MemoryCredentials(token=_token(3600_000, "revoked-" + "r" * 32))
    rec = Recorder()
    engine = SyncEngine("http://server", tmp_path / "j.sqlite3", rec, credentials=creds, options=OPTS,
                        transport=httpx.MockTransport(handler))

    async def sign_in_again() -> None:
        assert rec.named("login_required") == [("expired",)]
        assert j.outbox_count() == 30 and stored == []
        await engine.login("alice", "pw")
        await asyncio.sleep(0.3)

    asyncio.run(_run(engine, 0.4, sign_in_again))
    assert j.outbox_count() == 0 and len(stored) == 30
    assert creds.token is not None and creds.token.token.startswith("new-token")
    assert rec.named("logged_in") == [("alice",), ("alice",)]  # restored token, then the new sign-in


class SlowKeyring(MemoryCredentials):
    def load_token(self) -> StoredToken | None:
        time.sleep(0.3)  # D-Bus round trips to a busy keyring daemon
        return super().load_token()


def _login_ok(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/auth/login"):
        return httpx.Response(200, json={"access_token": "fresh-" + "f" * 34, "expires_at_ms": 2**42,
                                         "username": "alice", "role": "agent", "team": None,
                                         "server_ms": time.time_ns() // 1_000_000})
    if request.url.path.endswith("/events"):
        ids = [e["event_id"] for e in json.loads(request.content)["events"]]
        return httpx.Response(200, json={"accepted": ids, "duplicates": [], "server_ms": 1})
    if request.url.path.endswith("/health"):
        return httpx.Response(200, json={"status": "ok", "server_ms": time.time_ns() // 1_000_000})
    return httpx.Response(503)


def test_sign_in_requested_at_start_does_not_race_the_token_restore(tmp_path: Path) -> None:
    """The demo signs in automatically right after start(): no sign-in dialog, no lost token."""
    creds = SlowKeyring()
    rec = Recorder()
    engine = SyncEngine("http://server", tmp_path / "j.sqlite3", rec, credentials=creds, options=OPTS,
                        transport=httpx.MockTransport(_login_ok))

    async def go() -> None:
        login = asyncio.ensure_future(engine.login("alice", "pw"))  # queued before run() starts
        task = asyncio.create_task(engine.run())
        assert await login is not None
        await asyncio.sleep(0.2)
        engine.stop()
        await task

    asyncio.run(go())
    assert rec.named("login_required") == []
    assert rec.named("logged_in") == [("alice",)]
    assert engine.client.token == "fresh-" + "f" * 34 and rec.named("state")[-1][0] == "synced"
