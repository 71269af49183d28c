"""Sync client benchmark (issue 7), everything on 127.0.0.1 against a real server process.

Prints:

* outbox drain after a long outage: ``--events`` (default 100,000) journaled events, the console's
  sync engine started against the real ``agent-console-server`` (SQLite) — time until the outbox
  is empty, events/s. Also the client's own ceiling against a trivial ack-everything HTTP server,
  so a slow server and a slow client can be told apart. Target: >= 5,000 events/s.
* status change -> supervisor feed latency: a real console-side client (AgentSession writing the
  real journal, ``SyncService`` on its own thread) changes status ``--changes`` times; a
  supervisor's WebSocket on ``/api/v1/live`` times each change until its board delta arrives.
  p50/p95/p99/max. Target: p99 <= 150 ms.

Every loop is bounded by a count and a timeout. Run: .venv/bin/python bench/bench_sync.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from agent_console.domain.clock import SystemClock  # noqa: E402
from agent_console.domain.policy import Policy  # noqa: E402
from agent_console.domain.session import AgentSession  # noqa: E402
from agent_console.domain.status import Status  # noqa: E402
from agent_console.journal import Journal  # noqa: E402
from agent_console.sync.credentials import StoredToken  # noqa: E402
from agent_console.sync.engine import EngineOptions, SyncEngine  # noqa: E402
from agent_console.sync.service import SyncService  # noqa: E402
from tests.sync.kit import MemoryCredentials, ServerProc, bulk_events, make_template  # noqa: E402


class Quiet:
    """EngineListener that only remembers the last state."""

    def __init__(self) -> None:
        self.last: tuple[str, int, int] = ("", -1, 0)

    def state(self, state: str, waiting: int, offline_since_ms: int) -> None:
        self.last = (state, waiting, offline_since_ms)

    def __getattr__(self, name: str) -> Any:
        return lambda *args: None


def token_for(server: ServerProc, user: str = "alice") -> StoredToken:
    return StoredToken(user, server.login(user), time.time_ns() // 1_000_000 + 3600_000)


async def _drain(url: str, journal: Path, token: StoredToken, total: int, timeout_s: float) -> float:
    listener = Quiet()
    engine = SyncEngine(url, journal, listener, credentials=MemoryCredentials(token=token),
                        options=EngineOptions(live=False, poll_s=0.05, status_s=0.05))
    t0 = time.perf_counter()
    task = asyncio.create_task(engine.run())
    try:
        while time.perf_counter() - t0 < timeout_s:
            await asyncio.sleep(0.02)
            if engine.outbox is not None and engine.outbox.sent_total >= total:
                break
        return time.perf_counter() - t0
    finally:
        engine.stop()
        await task


def bench_drain(server: ServerProc, work: Path, events: int) -> None:
    journal = work / "drain" / "journal.sqlite3"
    j = Journal.open(journal)
    t = time.perf_counter()
    bulk_events(j, events, start_ms=time.time_ns() // 1_000_000 - 10 * 3600_000)  # a ten-hour outage
    j.close()
    print(f"  journaled {events:,} events in {time.perf_counter() - t:.1f} s (setup)")
    took = asyncio.run(_drain(server.url, journal, token_for(server), events, timeout_s=600))
    stored = server.count()
    print(f"  real server : {events:,} events drained in {took:.1f} s = {events / took:,.0f} events/s "
          f"(server stored {stored:,})")

    # Client ceiling: same journal content, a server that acknowledges everything at once.
    ack = AckServer().start()
    journal2 = work / "drain2" / "journal.sqlite3"
    j = Journal.open(journal2)
    bulk_events(j, events)
    j.close()
    try:
        took = asyncio.run(_drain(ack.url, journal2, StoredToken("alice", "t" * 40, 2**42), events, 600))
    finally:
        ack.close()
    print(f"  client alone: {events:,} events in {took:.1f} s = {events / took:,.0f} events/s (trivial ack server)")


class AckServer:
    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                ids = [e["event_id"] for e in body.get("events", [])]
                out = json.dumps({"accepted": ids, "duplicates": [], "server_ms": time.time_ns() // 1_000_000})
                self._send(200, out.encode())

            def do_GET(self) -> None:
                self._send(503, b"{}")

            def _send(self, code: int, data: bytes) -> None:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> AckServer:
        self.thread.start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def bench_latency(server: ServerProc, work: Path, changes: int) -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    journal_path = work / "latency" / "journal.sqlite3"
    journal = Journal.open(journal_path)
    svc = SyncService(server.url, journal_path, credentials=MemoryCredentials(token=token_for(server)),
                      options=EngineOptions(poll_s=1.0, status_s=0.5))
    svc.start()
    session = AgentSession("alice", Policy(), SystemClock(), journal)
    session.add_listener(lambda events: svc.notify_outbox())  # exactly the app's wiring
    session.start_shift(Status.AVAILABLE)
    sue = server.login("sue")
    latencies: list[float] = []

    async def run() -> None:
        async with connect(server.url.replace("http", "ws") + "/api/v1/live",
                           additional_headers={"Authorization": f"Bearer {sue}"}, proxy=None) as ws:
            await asyncio.wait_for(ws.recv(), 10)  # snapshot
            await asyncio.sleep(1.0)  # let the start-of-shift events through

            async def wait_for_status(status: str) -> None:
                while True:
                    msg = json.loads(await ws.recv())
                    if msg.get("type") == "agent" and msg["agent"]["username"] == "alice" \
                            and msg["agent"]["status"] == status:
                        return

            for i in range(changes):
                target = Status.DND if i % 2 == 0 else Status.AVAILABLE
                t0 = time.perf_counter()
                session.choose_status(target)  # journal commit on this ("GUI") thread, then notify
                try:
                    await asyncio.wait_for(wait_for_status(target.value), 5)
                except TimeoutError:
                    print(f"  change {i}: no delta within 5 s")
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)
                app.processEvents()
                await asyncio.sleep(0.02)

    try:
        asyncio.run(run())
    finally:
        svc.stop()
        journal.close()
    if not latencies:
        print("  no latency samples")
        return
    q = statistics.quantiles(latencies, n=100)
    print(f"  {len(latencies)} status changes: p50 {q[49]:.1f} ms  p95 {q[94]:.1f} ms  p99 {q[98]:.1f} ms  "
          f"max {max(latencies):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        db = make_template(work / "server.db")
        server = ServerProc(db).start()
        try:
            print(f"outbox drain after a long outage ({args.events:,} events, batches of 500):")
            bench_drain(server, work, args.events)
            print("status change -> supervisor feed (real console-side client, loopback):")
            bench_latency(server, work, args.changes)
        finally:
            server.kill()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
