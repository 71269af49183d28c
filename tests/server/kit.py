"""Helpers shared by the server tests: users, logins, event envelopes."""

from __future__ import annotations

import itertools
import time
import uuid
from typing import Any

from fastapi.testclient import TestClient

from agent_console.server.context import ServerContext
from agent_console.server.services import users

PASSWORD = "correct horse 42"
_seq = itertools.count(1)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


_DAY_MS = 86_400_000
_LOOK_BACK_MS = 55 * 60_000  # the oldest event a test posts is 50 min before its "now"
_LOOK_AHEAD_MS = 65 * 60_000  # the furthest a test moves the server's clock on is 61 min
_RUN_MS = 20 * 60_000  # the longest test run the clock must stay inside one day for


def _day_safe_offset(wall: int, look_back_ms: int = _LOOK_BACK_MS, look_ahead_ms: int = _LOOK_AHEAD_MS,
                     run_ms: int = _RUN_MS) -> int:
    """How far to move the test clock so no test's events and clock moves cross a (UTC) midnight.

    Tests put events up to 50 min in the past and move the server's clock up to an hour on, then
    check *today's* counters and alerts. The run's clock must therefore start at least
    ``look_back_ms`` after midnight and end ``look_ahead_ms`` before the next one. Just after
    midnight it moves forward to ``look_back_ms`` (less than the 1 h future skew the server
    allows); late in the evening it moves back to the latest safe start. Either way it stays on the
    wall clock's day, so servers running on the wall clock agree on what "today" is.
    """
    tod = wall % _DAY_MS
    latest = _DAY_MS - run_ms - look_ahead_ms
    if tod < look_back_ms:
        return look_back_ms - tod
    if tod > latest:
        return latest - tod
    return 0


_OFFSET_MS = _day_safe_offset(wall_ms())


def now_ms() -> int:
    """The clock of the in-process test servers (see ``_day_safe_offset``)."""
    return wall_ms() + _OFFSET_MS


def ev(agent: str, kind: str, payload: dict[str, Any] | None = None, at_ms: int | None = None,
       device: str = "laptop-0001", event_id: str | None = None) -> dict[str, Any]:
    return {
        "event_id": event_id or str(uuid.uuid4()),
        "device_id": device,
        "seq": next(_seq),
        "agent": agent,
        "kind": kind,
        "at_ms": at_ms if at_ms is not None else now_ms(),
        "mono_ns": time.monotonic_ns(),
        "payload": payload or {},
    }


def status(agent: str, new: str, previous: str = "offline", at_ms: int | None = None,
           reason: str | None = None, cause: str = "agent") -> dict[str, Any]:
    return ev(agent, "status_changed",
              {"status": new, "reason": reason, "previous": previous, "cause": cause}, at_ms)


class Api:
    """A TestClient plus shortcuts: ``api.user(...)``, ``api.login(...)`` -> auth headers."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.ctx: ServerContext = client.app.state.ctx  # type: ignore[attr-defined]

    def user(self, name: str, role: str = "agent", teams: tuple[str, ...] = ("north",),
             password: str = PASSWORD) -> None:
        with self.ctx.db.write() as s:
            users.create_user(s, self.ctx.passwords, name, role, teams, password, now_ms(), name.title())

    def login(self, name: str, password: str = PASSWORD) -> dict[str, str]:
        r = self.client.post("/api/v1/auth/login", json={"username": name, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    def token(self, name: str) -> str:
        return self.login(name)["Authorization"].split(" ", 1)[1]

    def post_events(self, headers: dict[str, str], *events: dict[str, Any]) -> Any:
        return self.client.post("/api/v1/events", json={"events": list(events)}, headers=headers)

    def board(self, headers: dict[str, str]) -> dict[str, Any]:
        r = self.client.get("/api/v1/agents", headers=headers)
        assert r.status_code == 200, r.text
        return {row["username"]: row for row in r.json()["agents"]}

    def setup_center(self) -> dict[str, dict[str, str]]:
        """Two teams: ann, bob (north), cat (south); sue supervises north; ada is admin."""
        self.user("ann")
        self.user("bob")
        self.user("cat", teams=("south",))
        self.user("sue", "supervisor", ("north",))
        self.user("ada", "admin", ())
        return {n: self.login(n) for n in ("ann", "bob", "cat", "sue", "ada")}


def recv(ws: Any, timeout: float = 5.0) -> dict[str, Any]:
    """Next JSON message from a TestClient WebSocket, failing after ``timeout`` (the stock
    ``receive_json`` would block a broken test until the global timeout). Supervisors' sockets also
    carry time-driven ``alerts`` messages whenever a team's alerts change: they are skipped here
    (tests of alerts read them with :func:`recv_until`)."""
    while True:
        msg = _recv_any(ws, timeout)
        if msg.get("type") != "alerts":
            return msg


def _recv_any(ws: Any, timeout: float) -> dict[str, Any]:
    import json

    import anyio

    async def _receive() -> Any:
        with anyio.fail_after(timeout):
            return await ws._send_rx.receive()

    msg = ws.portal.call(_receive)
    ws._raise_on_close(msg)
    return dict(json.loads(msg["text"]))


def recv_until(ws: Any, pred: Any, timeout: float = 5.0, limit: int = 200) -> dict[str, Any]:
    """Skip messages (heartbeat acks, unrelated deltas) until one satisfies ``pred``."""
    for _ in range(limit):
        msg = _recv_any(ws, timeout)
        if pred(msg):
            return msg
    raise AssertionError("expected live message never came")
