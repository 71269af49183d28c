"""Helpers for the sync tests: a real server process, a cutting proxy, a misbehaving HTTP server,
an in-memory credentials stand-in (the keyring itself is tested for real in test_keyring.py)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from agent_console.domain.clock import ManualClock
from agent_console.domain.events import DomainEvent
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal
from agent_console.local_process import free_port, stop_process, wait_until_serving
from agent_console.protocol import EventKind
from agent_console.sync.credentials import StoredToken

ROOT = Path(__file__).resolve().parents[2]
SERVER_BIN = Path(sys.executable).with_name("agent-console-server")
PASSWORD = "correct horse 42"
CHEAP_HASH = {
    "AGENT_CONSOLE_SERVER_ARGON2_TIME_COST": "1",
    "AGENT_CONSOLE_SERVER_ARGON2_MEMORY_KIB": "1024",
    "AGENT_CONSOLE_SERVER_ARGON2_PARALLELISM": "1",
}
USERS_CSV = (
    "username,role,team,display_name,password\n"
    f"alice,agent,north,Alice,{PASSWORD}\n"
    f"bob,agent,north,Bob,{PASSWORD}\n"
    f"sue,supervisor,north,Sue,{PASSWORD}\n"
)

_SETUP = """
import io, sys
from agent_console.server.cli import main
db, csv = sys.argv[1], sys.argv[2]
assert main(["migrate", "--database-url", db]) == 0
assert main(["import-users", csv, "--database-url", db]) == 0
sys.stdin = io.StringIO("sip-secret-1001\\n")
assert main(["set-sip", "alice", "--registrar", "pbx.example:5061", "--transport", "tls",
             "--extension", "1001", "--password-stdin", "--database-url", db]) == 0
assert main(["set-policy", "--team", "north", "wrapup_s=15", "break_reasons=lunch,training",
             "locked=wrapup_s", "--database-url", db]) == 0
"""


def server_env() -> dict[str, str]:
    return {**os.environ, **CHEAP_HASH, "AGENT_CONSOLE_SERVER_LIVENESS_SWEEP_S": "0.5"}


def make_template(path: Path) -> Path:
    """A migrated server database with alice, bob (agents, team north) and sue (supervisor)."""
    csv = path.with_suffix(".csv")
    csv.write_text(USERS_CSV)
    subprocess.run([sys.executable, "-c", _SETUP, f"sqlite:///{path}", str(csv)], env=server_env(),
                   check=True, capture_output=True, timeout=120)
    csv.unlink()
    return path


class ServerProc:
    """``agent-console-server serve`` on loopback, a temp SQLite file, a fixed port (restartable)."""

    def __init__(self, db: Path, port: int | None = None, log: Path | None = None) -> None:
        self.db = db
        self.port = port or free_port()
        self.log = log or db.with_suffix(".log")
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 30.0) -> ServerProc:
        out = self.log.open("ab")
        self.proc = subprocess.Popen(
            [str(SERVER_BIN), "serve", "--database-url", f"sqlite:///{self.db}", "--port", str(self.port),
             "--no-migrate", "--log-level", "warning"],
            stdout=out, stderr=subprocess.STDOUT, env=server_env(),
        )
        out.close()
        wait_until_serving(self.proc, self.url, self.log, timeout_s)
        return self

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
        self.proc = None

    # -- looking at what the server stored (the test owns this database file) --------------------

    def events(self, username: str | None = None) -> list[sqlite3.Row]:
        """Stored events in arrival order (primary key order)."""
        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10)
        conn.row_factory = sqlite3.Row
        try:
            sql = "SELECT e.* FROM events e JOIN users u ON u.id = e.user_id"
            args: tuple[str, ...] = ()
            if username:
                sql, args = sql + " WHERE u.username = ?", (username,)
            return conn.execute(sql + " ORDER BY e.id", args).fetchall()
        finally:
            conn.close()

    def count(self) -> int:
        try:
            conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10)
            try:
                return int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            return -1

    def login(self, user: str) -> str:
        r = httpx.post(self.url + "/api/v1/auth/login", json={"username": user, "password": PASSWORD}, timeout=10)
        r.raise_for_status()
        return str(r.json()["access_token"])

    def board(self, token: str) -> dict[str, Any]:
        r = httpx.get(self.url + "/api/v1/agents", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        r.raise_for_status()
        return dict(r.json())

    def command(self, token: str, agent: str, body: dict[str, Any]) -> dict[str, Any]:
        r = httpx.post(self.url + f"/api/v1/agents/{agent}/commands", json=body,
                       headers={"Authorization": f"Bearer {token}"}, timeout=10)
        r.raise_for_status()
        return dict(r.json())


def assert_exactly_once_in_order(server: ServerProc, journal_path: Path, agent: str = "alice") -> int:
    """Every journaled event of ``agent`` is on the server once, and each device's events were
    stored in journal order. Returns how many."""
    j = Journal.open(journal_path)
    try:
        local = [e.event_id for e in j.events(agent)]
        device = j.device_id
        assert j.outbox_count(agent) == 0, "outbox not drained"
    finally:
        j.close()
    rows = [r for r in server.events(agent) if r["device_id"] == device]
    ids = [r["event_id"] for r in rows]
    assert len(ids) == len(set(ids)), "an event was stored twice"
    assert set(ids) == set(local), f"missing on server: {len(set(local) - set(ids))}"
    assert ids == local, "server stored the device's events out of journal order"
    seqs = [r["seq"] for r in rows]
    assert seqs == sorted(seqs)
    return len(ids)


# -- journal content ----------------------------------------------------------------------------


def simulate_shift(journal: Journal, agent: str = "alice", calls: int = 40, clock: ManualClock | None = None,
                   start_ms: int | None = None) -> int:
    """A real shift through the domain (statuses, calls, notes) written to the real journal."""
    clock = clock or ManualClock(start_ms if start_ms is not None else time.time_ns() // 1_000_000 - 8 * 3600_000)
    session = AgentSession(agent, Policy(wrapup_s=10), clock, journal)
    before = journal.outbox_count()
    session.start_shift()
    session.choose_status(Status.AVAILABLE)
    for i in range(calls):
        clock.advance(30_000)
        call = session.call_offered(f"c{i}", f"+7701000{i:04d}", "Caller")
        clock.advance(3_000)
        session.call_answered(f"c{i}")
        clock.advance(60_000)
        session.call_ended(f"c{i}", "remote hangup")
        session.save_note(call.call_id, "consultation", f"note {i}")
        clock.advance(11_000)
        session.tick()
        if i % 10 == 9:
            session.choose_status(Status.BREAK, "lunch")
            clock.advance(300_000)
            session.choose_status(Status.AVAILABLE)
    session.end_shift()
    return journal.outbox_count() - before


def bulk_events(journal: Journal, n: int, agent: str = "alice", start_ms: int | None = None) -> None:
    """``n`` valid status events, written in chunks (fast; for volume tests and the benchmark)."""
    at = start_ms if start_ms is not None else time.time_ns() // 1_000_000 - 3600_000
    statuses = ["available", "dnd"]
    chunk: list[DomainEvent] = []
    for i in range(n):
        new, old = statuses[i % 2], statuses[(i + 1) % 2]
        chunk.append(DomainEvent(EventKind.STATUS_CHANGED, at + i, time.monotonic_ns(),
                                 {"status": new, "reason": None, "previous": old, "cause": "agent"}))
        if len(chunk) == 1000:
            journal.append(agent, chunk)
            chunk = []
    if chunk:
        journal.append(agent, chunk)


# -- stand-ins ----------------------------------------------------------------------------------


@dataclass
class MemoryCredentials:
    """Same interface as :class:`agent_console.sync.credentials.Credentials`, in memory. Used where
    the test is about the network; the real keyring has its own test."""

    server_url: str = ""
    token: StoredToken | None = None
    sip: dict[str, str] = field(default_factory=dict)

    def save_token(self, token: StoredToken) -> None:
        self.token = token

    def load_token(self) -> StoredToken | None:
        return self.token

    def delete_token(self) -> None:
        self.token = None

    def save_sip_password(self, extension: str, registrar: str, password: str) -> None:
        self.sip[f"{extension}@{registrar}"] = password

    def load_sip_password(self, extension: str, registrar: str) -> str | None:
        return self.sip.get(f"{extension}@{registrar}")


def stored_token(server: ServerProc, user: str = "alice") -> StoredToken:
    return StoredToken(username=user, token=server.login(user), expires_at_ms=time.time_ns() // 1_000_000 + 3600_000)


class CutProxy:
    """TCP proxy on loopback that can cut a connection *after* the request reached the server and
    *before* the answer gets back: the exact "network cut mid-batch" case."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.cut_next_events = 0
        """How many upcoming ``POST /events`` answers to swallow (connection reset instead)."""
        self.cut_done = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> CutProxy:
        self._thread.start()
        fut = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", self.port), self._loop)
        self._server = fut.result(5)
        return self

    def close(self) -> None:
        async def shut() -> None:
            if self._server is not None:
                self._server.close()
        asyncio.run_coroutine_threadsafe(shut(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_r, up_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        cut = {"armed": False}

        async def upstream() -> None:
            with contextlib.suppress(Exception):
                while data := await reader.read(65536):
                    if b"POST /api/v1/events" in data and self.cut_next_events > 0:
                        self.cut_next_events -= 1
                        cut["armed"] = True
                    up_w.write(data)
                    await up_w.drain()
            with contextlib.suppress(Exception):
                up_w.close()

        async def downstream() -> None:
            with contextlib.suppress(Exception):
                while data := await up_r.read(65536):
                    if cut["armed"]:
                        self.cut_done += 1  # the server stored the batch; the console never hears
                        transport = writer.transport
                        transport.abort()
                        up_w.close()
                        return
                    writer.write(data)
                    await writer.drain()
            with contextlib.suppress(Exception):
                writer.close()

        await asyncio.gather(upstream(), downstream())


class BadServer:
    """A tiny HTTP server that answers badly: ``mode`` is "500", "garbage" or "slow"."""

    def __init__(self, mode: str = "500") -> None:
        self.mode = mode
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                outer.requests += 1
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                if outer.mode == "slow":
                    time.sleep(3.0)
                    body = b"{}"
                    code = 200
                elif outer.mode == "garbage":
                    body, code = b"<html>proxy says hello</html>", 200
                else:
                    body, code = json.dumps({"detail": "boom"}).encode(), 500
                with contextlib.suppress(OSError):
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

            do_GET = do_POST = _answer

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> BadServer:
        self.thread.start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def wait_for(pred: Callable[[], bool], timeout_s: float = 20.0, step_s: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(step_s)
    return pred()
