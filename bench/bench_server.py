"""Server benchmark: 2,500 simulated agents and 50 supervisors on loopback.

Prints, per backend (SQLite file; private PostgreSQL 15 started by scripts/services/postgres.sh):

* sustained ingest: events/s over ``--duration`` seconds, agents draining outboxes in batches of
  ``--batch`` events through a pool of ``--connections`` HTTP connections;
* status-change -> supervisor-feed latency p50/p99: while background agents (in a child process,
  so that their HTTP work does not delay this process's timestamps) keep ingesting at
  ``--rate`` events/s, ``--live-rate`` single-event status changes per second are posted and
  timed until the change arrives on the supervisor's WebSocket (same clock, same process);
* the same latency while ``--abusers`` logged-in agents keep posting the most expensive invalid
  batches a body under the limit can hold (and unauthenticated 15 MB bodies), with the server's
  peak RSS (VmHWM) after normal ingest and after that phase.

Every loop is bounded by a count and by time; everything is on 127.0.0.1.
Run: .venv/bin/python bench/bench_server.py [--backend sqlite|postgres|both] [--processes 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from steal import StealMeter  # noqa: E402  (bench/steal.py)

from agent_console.local_process import free_port, stop_process, wait_until_serving  # noqa: E402
from agent_console.server.db import Database, migrate  # noqa: E402
from agent_console.server.models import AgentState, AuthToken, Team, User  # noqa: E402
from agent_console.server.security import Passwords, new_token, token_digest  # noqa: E402

STATUS_CYCLE = ["available", "dnd", "available", "break", "available"]


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


# ------------------------------------------------------------------ set-up


def seed(url: str, agents: int, supervisors: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Teams, users and ready-made tokens straight into the database (2,550 logins through
    argon2 would only benchmark argon2)."""
    migrate(url)
    db = Database(url)
    pw = Passwords(time_cost=1, memory_kib=1024, parallelism=1).hash("bench password")
    now = now_ms()
    agent_tokens: list[tuple[str, str]] = []
    sup_tokens: list[tuple[str, str]] = []
    with db.write() as s:
        teams = [Team(name=f"team{i:02d}") for i in range(supervisors)]
        s.add_all(teams)
        s.flush()
        people: list[tuple[User, str]] = []
        for i in range(agents):
            people.append((User(username=f"agent{i:04d}", display_name=f"Agent {i}", role="agent",
                                team_id=teams[i % supervisors].id, password_hash=pw, active=True,
                                created_ms=now), "agent"))
        for i in range(supervisors):
            people.append((User(username=f"sup{i:02d}", display_name=f"Supervisor {i}", role="supervisor",
                                team_id=teams[i].id, password_hash=pw, active=True, created_ms=now),
                           "supervisor"))
        s.add_all([u for u, _ in people])
        s.flush()
        for user, role in people:
            token = new_token()
            s.add(AuthToken(token_hash=token_digest(token), user_id=user.id, created_ms=now,
                            expires_ms=now + 86_400_000))
            s.add(AgentState(user_id=user.id, status="offline", status_at_ms=0, unreachable=False, updated_ms=now))
            (agent_tokens if role == "agent" else sup_tokens).append((user.username, token))
    db.dispose()
    return agent_tokens, sup_tokens


class Server:
    def __init__(self, url: str, log: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.ws = f"ws://127.0.0.1:{self.port}/api/v1/live"
        self.log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        env = {**os.environ, "AGENT_CONSOLE_SERVER_HEARTBEAT_TIMEOUT_S": "3600"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "agent_console.server.cli", "serve", "--database-url", url,
             "--port", str(self.port), "--log-level", "warning"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT,
        )
        try:
            wait_until_serving(self.proc, self.base, log, timeout_s=60, poll_s=0.2)
        except RuntimeError:
            self.log.close()
            raise

    def cpu_s(self) -> float:
        """User + system CPU seconds the server process has used (Linux /proc)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_rss_mb(self) -> float:
        """VmHWM: the highest resident set size the process has had so far."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        stop_process(self.proc, 20)
        self.log.close()


# ------------------------------------------------------------------ load


@dataclass
class AgentSim:
    """Generates a plausible event stream for one agent (statuses and calls)."""

    name: str
    token: str
    device: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    seq: int = 0
    status: str = "offline"
    clock_ms: int = field(default_factory=lambda: now_ms() - 3_600_000)
    calls: int = 0

    def _ev(self, kind: str, payload: dict[str, Any], at_ms: int | None = None) -> dict[str, Any]:
        self.seq += 1
        self.clock_ms = at_ms if at_ms is not None else self.clock_ms + 7
        return {"event_id": str(uuid.uuid4()), "device_id": self.device, "seq": self.seq, "agent": self.name,
                "kind": kind, "at_ms": self.clock_ms, "mono_ns": self.seq, "payload": payload}

    def status_event(self, new: str, at_ms: int | None = None) -> dict[str, Any]:
        reason = "rest" if new == "break" else None
        e = self._ev("status_changed", {"status": new, "reason": reason, "previous": self.status,
                                        "cause": "agent"}, at_ms)
        self.status = new
        return e

    def batch(self, n: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        while len(out) < n:
            self.calls += 1
            cid = f"{self.name}-{self.calls}"
            out += [
                self._ev("call_offered", {"call_id": cid, "direction": "inbound", "number": "+77010000000",
                                          "name": None}),
                self._ev("call_answered", {"call_id": cid}),
                self._ev("call_quality", {"call_id": cid, "rtt_ms": 40.0, "jitter_ms": 3.0, "loss_pct": 0.1,
                                          "mos": 4.3}),
                self._ev("call_ended", {"call_id": cid, "reason": "hangup", "answered": True}),
                self._ev("note_saved", {"call_id": cid, "version": 1, "disposition": "consultation",
                                        "text": "Question about a benefit"}),
                self.status_event(random.choice(STATUS_CYCLE)),
            ]
        return out[:n]


@dataclass
class Feed:
    """Supervisor sockets: time of arrival of each (agent, since_ms) status delta."""

    arrivals: dict[tuple[str, int], float] = field(default_factory=dict)
    messages: int = 0
    errors: int = 0


async def supervise(url: str, token: str, feed: Feed, stop: asyncio.Event) -> None:
    async with connect(url, additional_headers={"Authorization": f"Bearer {token}"}, max_size=1 << 24,
                       open_timeout=30) as ws:
        await ws.recv()  # snapshot
        while not stop.is_set():
            try:
                raw = await asyncio.wait_for(ws.recv(), 0.5)
            except TimeoutError:
                continue
            t = time.perf_counter()
            msg = json.loads(raw)
            feed.messages += 1
            if msg.get("type") == "agent":
                row = msg["agent"]
                feed.arrivals.setdefault((row["username"], row["since_ms"]), t)


async def post(client: httpx.AsyncClient, base: str, sim: AgentSim, events: list[dict[str, Any]]) -> int:
    for attempt in range(3):  # a kept-alive connection closed by the server: resend (idempotent)
        try:
            r = await client.post(f"{base}/api/v1/events", json={"events": events},
                                  headers={"Authorization": f"Bearer {sim.token}"})
            break
        except httpx.TransportError:
            if attempt == 2:
                raise
            await asyncio.sleep(0.1)
    if r.status_code != 200:
        raise RuntimeError(f"{r.status_code} {r.text[:300]}")
    return len(r.json()["accepted"])


async def drain(bases: list[str], sims: list[AgentSim], batch: int, connections: int, duration: float,
                rate: float | None, stop: asyncio.Event) -> tuple[int, float]:
    """Agents post batches until ``duration`` elapses (bounded), optionally paced to ``rate``."""
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    accepted = 0
    start = time.perf_counter()
    deadline = start + duration
    queue: asyncio.Queue[AgentSim] = asyncio.Queue()
    for sim in sims:
        queue.put_nowait(sim)
    interval = batch / rate if rate else 0.0
    next_slot = [start]

    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def worker(i: int) -> None:
            nonlocal accepted
            base = bases[i % len(bases)]
            for _ in range(1_000_000):
                if stop.is_set() or time.perf_counter() >= deadline:
                    return
                if interval:
                    slot = next_slot[0]
                    next_slot[0] = max(slot, time.perf_counter() - 1.0) + interval
                    delay = slot - time.perf_counter()
                    if delay > 0:
                        await asyncio.sleep(delay)
                sim = queue.get_nowait()
                try:
                    n = await post(client, base, sim, sim.batch(batch))
                    accepted += n  # never `accepted += await ...`: it would read before awaiting
                finally:
                    queue.put_nowait(sim)

        await asyncio.gather(*(worker(i) for i in range(connections)))
    return accepted, time.perf_counter() - start


async def drain_elsewhere(bases: list[str], sims: list[AgentSim], batch: int, connections: int,
                          duration: float, rate: float) -> tuple[int, float]:
    """``drain`` in a child process: the background load must not delay this process's event
    loop, which timestamps the live changes and their arrival on the supervisors' sockets."""
    job = {"bases": bases, "batch": batch, "connections": connections, "duration": duration, "rate": rate,
           "sims": [[x.name, x.token, x.device, x.seq, x.clock_ms, x.calls, x.status] for x in sims]}
    proc = await asyncio.create_subprocess_exec(sys.executable, __file__, "--drain-worker",
                                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
    out, _ = await asyncio.wait_for(proc.communicate(json.dumps(job).encode()), duration + 120)
    if proc.returncode != 0:
        raise RuntimeError(f"drain worker exited {proc.returncode}")
    done = json.loads(out.decode().strip().splitlines()[-1])
    return int(done["accepted"]), float(done["elapsed"])


def drain_worker() -> None:
    job = json.loads(sys.stdin.read())
    sims = [AgentSim(name, token, device, seq, status, clock_ms, calls)
            for name, token, device, seq, clock_ms, calls, status in job["sims"]]
    accepted, elapsed = asyncio.run(drain(job["bases"], sims, job["batch"], job["connections"], job["duration"],
                                          job["rate"], asyncio.Event()))
    print(json.dumps({"accepted": accepted, "elapsed": elapsed}))


def worst_bodies(limit: int = 256 * 1024 - 1) -> list[bytes]:
    """Invalid event batches that cost the server the most per byte (tests/server/test_server_memory.py)."""
    n = (limit - 64) // 3
    envelope = ('"event_id":"00000000-0000-4000-8000-000000000000","device_id":"laptop-01","seq":1,'
                '"agent":"x","kind":"shift_started","at_ms":1,"mono_ns":1')
    many_keys = ",".join(f'"k{i}":0' for i in range((limit - 300) // 11))
    return [b'{"events":[' + b",".join([b"{}"] * n) + b"]}",
            b'{"events":[{"a":[' + b",".join([b"{}"] * (n - 10)) + b"]}]}",
            ('{"events":[{' + envelope + ',"payload":{' + many_keys + "}}]}").encode(),
            json.dumps({"events": [{"seq": "x", "payload": [0] * 40}] * 500}).encode()]


async def abuse_elsewhere(bases: list[str], sims: list[AgentSim], workers: int, duration: float,
                          counts: dict[str, int]) -> None:
    """:func:`abuse` in a child process (as ``drain_elsewhere``: this process's loop keeps the time)."""
    job = {"bases": bases, "tokens": [x.token for x in sims[:workers]], "workers": workers, "duration": duration}
    proc = await asyncio.create_subprocess_exec(sys.executable, __file__, "--abuse-worker",
                                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
    out, _ = await asyncio.wait_for(proc.communicate(json.dumps(job).encode()), duration + 120)
    if proc.returncode != 0:
        raise RuntimeError(f"abuse worker exited {proc.returncode}")
    counts.update(json.loads(out.decode().strip().splitlines()[-1]))


def abuse_worker() -> None:
    job = json.loads(sys.stdin.read())
    sims = [AgentSim(f"abuser{i}", tok) for i, tok in enumerate(job["tokens"])]
    counts: dict[str, int] = {}
    asyncio.run(abuse(job["bases"], sims, job["workers"], job["duration"], asyncio.Event(), counts))
    print(json.dumps(counts))


async def abuse(bases: list[str], sims: list[AgentSim], workers: int, duration: float, stop: asyncio.Event,
                counts: dict[str, int]) -> None:
    """``workers`` logged-in agents posting worst-case invalid batches back to back, plus a 15 MB
    body without a token now and then, until ``duration`` elapses."""
    bodies = worst_bodies()
    unauthenticated = b'{"events":[' + b"{}," * (5 * 1024 * 1024) + b"{}]}"
    deadline = time.perf_counter() + duration

    async def worker(i: int) -> None:
        async with httpx.AsyncClient(timeout=60) as client:
            for k in range(1_000_000):
                if stop.is_set() or time.perf_counter() >= deadline:
                    return
                headers = {"Authorization": f"Bearer {sims[i].token}", "content-type": "application/json"}
                body = bodies[k % len(bodies)]
                if k % 10 == 9:
                    headers.pop("Authorization")
                    body = unauthenticated
                try:
                    r = await client.post(f"{bases[i % len(bases)]}/api/v1/events", content=body, headers=headers)
                    counts[str(r.status_code)] = counts.get(str(r.status_code), 0) + 1
                except httpx.TransportError:  # the server may close a refused upload's connection
                    counts["closed"] = counts.get("closed", 0) + 1

    await asyncio.gather(*(worker(i) for i in range(workers)))


async def live_changes(bases: list[str], sims: list[AgentSim], per_s: float, duration: float,
                       stop: asyncio.Event, acked_ms: list[float]) -> dict[tuple[str, int], float]:
    """Single-event status changes, paced; returns send time per (agent, since_ms) and appends
    each POST's response time to ``acked_ms``."""
    sent: dict[tuple[str, int], float] = {}

    async def timed_post(client: httpx.AsyncClient, base: str, sim: AgentSim, e: dict[str, Any]) -> int:
        t0 = time.perf_counter()
        n = await post(client, base, sim, [e])
        acked_ms.append((time.perf_counter() - t0) * 1000)
        return n

    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=16), timeout=30) as client:
        start = time.perf_counter()
        tasks: set[asyncio.Task[int]] = set()
        for i in range(int(per_s * duration)):
            target = start + i / per_s
            delay = target - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            if stop.is_set():
                break
            sim = random.choice(sims)
            nxt = "dnd" if sim.status == "available" else "available"
            e = sim.status_event(nxt, at_ms=max(now_ms(), sim.clock_ms + 1))
            sent[(sim.name, e["at_ms"])] = time.perf_counter()
            t = asyncio.create_task(timed_post(client, bases[i % len(bases)], sim, e))
            tasks.add(t)
            t.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.wait(tasks, timeout=30)
    return sent


async def run_backend(name: str, url: str, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    print(f"\n== {name}: seeding {args.agents} agents + {args.supervisors} supervisors", flush=True)
    agent_tokens, sup_tokens = seed(url, args.agents, args.supervisors)
    procs = args.processes if name == "postgres" else 1
    servers = [Server(url, workdir / f"{name}-{i}.log") for i in range(procs)]
    bases = [s.base for s in servers]
    result: dict[str, Any] = {"backend": name, "processes": procs}
    try:
        stop = asyncio.Event()
        feed = Feed()
        sups = [asyncio.create_task(supervise(servers[i % procs].ws, tok, feed, stop))
                for i, (_n, tok) in enumerate(sup_tokens)]
        await asyncio.sleep(2.0)
        sims = [AgentSim(n, t) for n, t in agent_tokens]
        # Every agent starts its shift once (2,500 small batches), as at 8 a.m.
        t0 = time.perf_counter()
        first = [[s._ev("shift_started", {}), s.status_event("available")] for s in sims]
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=args.connections), timeout=60) as c:
            sem = asyncio.Semaphore(args.connections)

            async def start_shift(i: int) -> None:
                async with sem:
                    await post(c, bases[i % procs], sims[i], first[i])

            await asyncio.gather(*(start_shift(i) for i in range(len(sims))))
        result["shift_start_s"] = round(time.perf_counter() - t0, 2)
        print(f"   {len(sims):,} shift starts (2-event batches) in {result['shift_start_s']} s", flush=True)

        cpu0 = sum(s.cpu_s() for s in servers)
        client0 = time.process_time()
        accepted, elapsed = await drain(bases, sims, args.batch, args.connections, args.duration, None, stop)
        server_cpu = sum(s.cpu_s() for s in servers) - cpu0
        client_cpu = time.process_time() - client0
        result["ingest_events_per_s"] = round(accepted / elapsed)
        result["server_cpu_ms_per_1000_events"] = round(server_cpu * 1000 / max(1, accepted) * 1000, 1)
        result["events_per_server_cpu_s"] = round(accepted / server_cpu) if server_cpu else None
        result["peak_rss_mb_after_ingest"] = [round(s.peak_rss_mb()) for s in servers]
        result["client_cpu_s"] = round(client_cpu, 1)
        result["server_cpu_s"] = round(server_cpu, 1)
        print(f"   sustained ingest: {accepted} events in {elapsed:.1f} s = {accepted / elapsed:,.0f} events/s "
              f"(batches of {args.batch}, {args.connections} connections); server CPU {server_cpu:.1f} s "
              f"= {result['events_per_server_cpu_s']} events per server-CPU-second; load generator CPU "
              f"{client_cpu:.1f} s", flush=True)

        live_sims = sims[: len(sims) // 2]
        bg_sims = sims[len(sims) // 2:]
        # Latency is measured below saturation (a saturated server only measures its queue):
        # first with no other load, then with background ingest at min(--rate, 50 % of the
        # sustained rate just measured).
        bg_rate = args.loaded_rate or min(args.rate, 0.5 * accepted / elapsed)
        phases = [("idle", 0.0), ("loaded", bg_rate)] + ([("abused", 0.0)] if args.abusers else [])
        for label, rate in phases:
            feed.arrivals.clear()
            bg = None
            if rate > 0:
                bg = asyncio.create_task(drain_elsewhere(bases, bg_sims, args.batch, args.connections,
                                                         args.duration, rate))
            refused: dict[str, int] = {}
            abused: asyncio.Task[None] | None = None
            if label == "abused":
                abused = asyncio.create_task(abuse_elsewhere(bases, bg_sims, args.abusers, args.duration, refused))
            acked: list[float] = []
            with StealMeter() as steal:
                sent = await live_changes(bases, live_sims, args.live_rate, args.duration, stop, acked)
                bg_accepted, bg_elapsed = await bg if bg else (0, 1.0)
                if abused:
                    await abused
            await asyncio.sleep(1.0)
            lat = [(feed.arrivals[k] - t) * 1000 for k, t in sent.items() if k in feed.arrivals]
            result[label] = {
                "background_events_per_s": round(bg_accepted / bg_elapsed),
                "live_changes_per_s": args.live_rate,
                "samples": len(lat),
                "missing": len(sent) - len(lat),
                "p50_ms": round(pct(lat, 50), 1),
                "p99_ms": round(pct(lat, 99), 1),
                "max_ms": round(max(lat), 1) if lat else None,
                "ack_p50_ms": round(pct(acked, 50), 1),
                "ack_p99_ms": round(pct(acked, 99), 1),
                "peak_rss_mb": [round(s.peak_rss_mb()) for s in servers],
                **({"invalid_requests": refused} if label == "abused" else {}),
                **steal.summary(),
            }
            r = result[label]
            if label == "abused":
                print(f"   {args.abusers} abusers posting worst-case invalid batches: answers {refused}; server peak "
                      f"RSS {result['peak_rss_mb_after_ingest']} MB after normal ingest -> {r['peak_rss_mb']} MB",
                      flush=True)
            print(f"   status -> supervisor feed, {label} ({r['background_events_per_s']:,} events/s background, "
                  f"{args.live_rate:g} changes/s): p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, max {r['max_ms']} ms "
                  f"({r['samples']} samples, {r['missing']} missing); the POST itself: p50 {r['ack_p50_ms']} ms, "
                  f"p99 {r['ack_p99_ms']} ms; {steal.describe()}", flush=True)
        stop.set()
        await asyncio.gather(*sups, return_exceptions=True)
        result["feed_messages"] = feed.messages
    finally:
        for s in servers:
            s.stop()
            tail = [ln for ln in Path(s.log.name).read_text(errors="replace").splitlines()
                    if "alembic" not in ln]
            if tail:
                print(f"   server log ({s.log.name}), last lines:\n     " + "\n     ".join(tail[-15:]))
    return result


def start_postgres() -> tuple[str, str]:
    out = subprocess.run(["bash", str(ROOT / "scripts/services/postgres.sh"), "start"], capture_output=True,
                         text=True, timeout=180, check=True).stdout
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    return values["DATABASE_URL"], values["PGDIR"]


def main() -> None:
    if sys.argv[1:] == ["--drain-worker"]:
        drain_worker()
        return
    if sys.argv[1:] == ["--abuse-worker"]:
        abuse_worker()
        return
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    p.add_argument("--agents", type=int, default=2500)
    p.add_argument("--supervisors", type=int, default=50)
    p.add_argument("--duration", type=float, default=20.0, help="seconds per phase (max 300)")
    p.add_argument("--batch", type=int, default=100)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--rate", type=float, default=5000.0, help="background events/s in the latency phase")
    p.add_argument("--loaded-rate", type=float, default=None,
                   help="background events/s in the loaded phase, instead of min(--rate, 50 %% of capacity): "
                   "to compare server changes at one load")
    p.add_argument("--live-rate", type=float, default=50.0, help="timed status changes per second")
    p.add_argument("--processes", type=int, default=1, help="server processes on PostgreSQL")
    p.add_argument("--abusers", type=int, default=2,
                   help="agents posting worst-case invalid batches in the last phase (0: skip it)")
    args = p.parse_args()
    args.duration = min(args.duration, 300.0)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        work = Path(tmp)
        if args.backend in ("sqlite", "both"):
            results.append(asyncio.run(run_backend("sqlite", f"sqlite:///{work / 'bench.db'}", args, work)))
        if args.backend in ("postgres", "both"):
            url, pgdir = start_postgres()
            try:
                results.append(asyncio.run(run_backend("postgres", url, args, work)))
            finally:
                subprocess.run(["bash", str(ROOT / "scripts/services/postgres.sh"), "stop", pgdir], timeout=120,
                               check=False)
    print("\n" + json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
