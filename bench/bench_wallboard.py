"""Wallboard benchmark: the page in headless Chromium on 2,500 agents changing status ~83 times a
second (each agent every 30 s on average).

Prints, as JSON at the end:

* page update latency p50/p95/p99/max: from the server's timestamp of each change (the row's
  ``updated_ms``, stamped when the change is stored) to the moment the page has written it into
  the DOM (``performance.timeOrigin + performance.now()`` in the page; server and browser share
  this machine's clock). Targets: p99 <= 250 ms;
* the tab's CPU (Chromium's renderer process, % of one core) and all of Chromium's (with the GPU
  process that composites the frames in software here), over the phase, from /proc. Target: the
  tab below 10 % of one core;
* the machine's load average, since the numbers depend on how busy the shared cores are;
* of that latency, the part spent in the server: from the change's timestamp to the counts message
  that carries it (its ``server_ms``), p50/p99;
* how many changes were posted, delivered to the page and rendered.

Two sources of changes (``--feed``):

* ``server`` (default): one ``serve`` process on SQLite (``--backend postgres``: a private
  PostgreSQL, as in production), the agents' status changes posted through the real API (one
  event per POST, like a console's live path) from this process: the whole path;
* ``replay``: the page's own files served by a stand-in feed in this process that folds 83 changes
  a second into per-team counts with the server's own code (``services.wallboard.TeamCounts``,
  at most every ``COUNTS_EVERY_S``; each change stamped when it is made): the page alone, whatever
  the server and the machine's other load do to the ingest path.

Latency is counted per change, from its own timestamp: a change that waited in the server for the
next counts message counts with that wait.

Every loop is bounded by count and time.
Run: .venv/bin/python bench/bench_wallboard.py [--feed server|replay] [--agents 2500] [--rate 83] [--duration 30]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_server import AgentSim, Server, now_ms, pct, seed, start_postgres  # noqa: E402
from steal import StealMeter  # noqa: E402

from agent_console.local_process import free_port  # noqa: E402
from agent_console.server.db import Database  # noqa: E402
from agent_console.server.live.wallboard_feed import COUNTS_EVERY_S  # noqa: E402
from agent_console.server.models import AgentState  # noqa: E402
from agent_console.server.services import wallboard, wallboard_tokens  # noqa: E402
from tests.server.browser import chromium  # noqa: E402

RESET_STATS = ("const s = window.wallboardStats; s.latencies.length = s.serverWait.length = 0;"
               " s.renders = s.messages = s.scriptMs = 0;")
STATUSES = ["available", "available", "available", "on_call", "on_call", "wrap_up", "dnd", "break"]


def seed_board(url: str, agents: int, teams: int) -> tuple[list[AgentSim], str]:
    agent_tokens, _sups = seed(url, agents, teams)
    db = Database(url)
    now = now_ms()
    sims = [AgentSim(name, token) for name, token in agent_tokens]
    with db.write() as s:
        for i, sim in enumerate(sims):
            sim.status = random.choice(STATUSES)
            sim.clock_ms = now - 60_000
            s.query(AgentState).filter(AgentState.user_id == i + 1).update(
                {"status": sim.status, "since_ms": now - random.randint(0, 3_600_000), "status_at_ms": now - 60_000,
                 "updated_ms": now})
        _id, secret = wallboard_tokens.create(s, "Bench TV", [f"team{i:02d}" for i in range(teams)], now,
                                              with_secret=True)
    db.dispose()
    return sims, secret


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def chromium_processes(root_pid: int) -> dict[int, str]:
    """pid -> command line of Chromium processes under the driver (the renderer has --type=renderer)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out: dict[int, str] = {}
    todo = [root_pid]
    while todo:
        pid = todo.pop()
        for child in children.get(pid, []):
            try:
                out[child] = (Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")).decode(errors="replace")
            except OSError:
                continue
            todo.append(child)
    return out


def devtools_metrics(driver: Any) -> dict[str, float]:
    """Chromium's own accounting of the page's main thread (seconds): script, style, layout, tasks."""
    wanted = {"ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "TaskDuration"}
    got = driver.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]
    return {m["name"]: float(m["value"]) for m in got if m["name"] in wanted}


def waits(page_stats: dict[str, Any]) -> dict[str, float]:
    w = [float(x) for x in page_stats["serverWait"]]
    return {"p50": round(pct(w, 50), 1), "p99": round(pct(w, 99), 1)}


def cpu_of(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            total += cpu_s(pid)
    return total


async def changes(base: str, sims: list[AgentSim], rate: float, duration: float) -> tuple[int, list[float]]:
    """Paced single-event status changes; returns how many were stored and each POST's time (ms)."""
    acked: list[float] = []
    posted = 0

    async def one(client: httpx.AsyncClient, sim: AgentSim, e: dict[str, Any]) -> None:
        nonlocal posted
        t0 = time.perf_counter()
        r = await client.post(f"{base}/api/v1/events", json={"events": [e]},
                              headers={"Authorization": f"Bearer {sim.token}"})
        acked.append((time.perf_counter() - t0) * 1000)
        if r.status_code == 200:
            posted += 1

    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=32), timeout=30) as client:
        start = time.perf_counter()
        tasks: set[asyncio.Task[None]] = set()
        for i in range(int(rate * duration)):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sim = random.choice(sims)
            nxt = random.choice([s for s in STATUSES if s != sim.status])
            e = sim.status_event(nxt, at_ms=max(now_ms(), sim.clock_ms + 1))
            t = asyncio.create_task(one(client, sim, e))
            tasks.add(t)
            t.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.wait(tasks, timeout=30)
    return posted, acked


class ReplayFeed:
    """A stand-in for the server's wallboard feed: the real page files, a snapshot of ``agents``
    agents' counts, then status changes at ``rate`` per second folded into counts messages as the
    server's socket does, and stats every 2 s, from a uvicorn thread."""

    def __init__(self, agents: int, teams: int, rate: float, duration: float) -> None:
        from importlib import resources

        from starlette.applications import Starlette
        from starlette.responses import Response
        from starlette.routing import Route, WebSocketRoute

        from agent_console.server.routers.wallboard import _FILES, PAGE_HEADERS

        files = {n: resources.files("agent_console.server").joinpath("static", "wallboard", n).read_bytes()
                 for n in _FILES}
        self.rate, self.duration = rate, duration
        self.started = asyncio.Event()
        now = now_ms()
        self.agents = [wallboard.agent({"username": f"agent{i:04d}", "team": f"team{i % teams:02d}",
                                        "status": random.choice(STATUSES), "unreachable": False, "call": None,
                                        "updated_ms": now}) for i in range(agents)]
        self.sent = 0
        self.messages = 0

        def page(name: str) -> Any:
            async def serve(_request: Any) -> Response:
                return Response(files[name], media_type=_FILES[name], headers=PAGE_HEADERS)
            return serve

        self.app = Starlette(routes=[
            Route("/wallboard", page("index.html")),
            Route("/wallboard/wallboard.js", page("wallboard.js")),
            Route("/wallboard/wallboard.css", page("wallboard.css")),
            WebSocketRoute("/api/v1/wallboard/live", self.feed),
        ])

    async def feed(self, ws: Any) -> None:
        await ws.accept()
        await ws.receive_text()  # auth: anything goes here
        teams = sorted({str(a.team) for a in self.agents})
        counts = wallboard.TeamCounts(teams, self.agents)
        await ws.send_text(json.dumps({"type": "snapshot", "scope": {"kind": "wallboard", "name": "Replay",
                                       "teams": teams}, "teams": counts.teams(), "server_ms": now_ms()}))
        await self.started.wait()
        start = time.perf_counter()
        last_stats = 0.0
        last_sent = -COUNTS_EVERY_S
        due: float | None = None  # as the server's socket: at once after a quiet spell, else every COUNTS_EVERY_S

        async def flush_until(t: float) -> None:
            nonlocal due, last_sent
            if due is not None and due <= t:
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                due = None
                msg = counts.take(now_ms())
                if msg is not None:
                    last_sent = time.perf_counter()
                    await ws.send_text(json.dumps(msg))
                    self.messages += 1

        for i in range(int(self.rate * self.duration)):
            at = start + i / self.rate
            await flush_until(at)
            delay = at - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            old = random.choice(self.agents)
            status = random.choice([s for s in STATUSES if s != old.category])
            stamp = now_ms()
            counts.apply(wallboard.Agent(old.username, old.team, status, stamp if status == "on_call" else None,
                                         stamp))
            self.sent += 1
            if due is None:
                due = max(time.perf_counter(), last_sent + COUNTS_EVERY_S)
            await flush_until(time.perf_counter())
            if time.perf_counter() - last_stats >= 2:
                last_stats = time.perf_counter()
                await ws.send_text(json.dumps({"type": "stats", "teams": [], "server_ms": now_ms()}))
        await flush_until(float("inf"))
        with contextlib.suppress(Exception):  # until the browser goes
            while True:
                await asyncio.sleep(1)
                await ws.send_text(json.dumps({"type": "stats", "teams": [], "server_ms": now_ms()}))

    def serve(self) -> str:
        import threading

        import uvicorn

        port = free_port()
        config = uvicorn.Config(self.app, host="127.0.0.1", port=port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.loop: asyncio.AbstractEventLoop | None = None

        def run() -> None:
            self.loop = asyncio.new_event_loop()
            self.loop.run_until_complete(self.server.serve())

        threading.Thread(target=run, daemon=True).start()
        while not self.server.started:
            time.sleep(0.05)
        return f"http://127.0.0.1:{port}"

    def go(self) -> None:
        assert self.loop is not None
        self.loop.call_soon_threadsafe(self.started.set)

    def stop(self) -> None:
        self.server.should_exit = True


def run_replay(args: argparse.Namespace) -> None:
    feed = ReplayFeed(args.agents, args.teams, args.rate, args.duration)
    base = feed.serve()
    driver = chromium(1920, 1080)
    try:
        page = f"{base}/wallboard?theme={args.theme}"
        driver.get(page)
        driver.execute_script("localStorage.setItem('agentConsole.wallboard.token', 'wb_replay');")
        driver.get(page)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not driver.execute_script(
                "return !document.getElementById('board').hidden"):
            time.sleep(0.2)
        procs = chromium_processes(driver.service.process.pid)
        renderers = [p for p, cmd in procs.items() if "--type=renderer" in cmd and "--extension-process" not in cmd]
        time.sleep(3)
        driver.execute_script(RESET_STATS)
        driver.execute_cdp_cmd("Performance.enable", {})
        m0 = devtools_metrics(driver)
        tab0, all0, t0 = cpu_of(renderers), cpu_of(list(procs)), time.monotonic()
        with StealMeter() as steal:
            feed.go()
            time.sleep(args.duration + 1.0)
        wall = time.monotonic() - t0
        tab, allc = cpu_of(renderers) - tab0, cpu_of(list(procs)) - all0
        m1 = devtools_metrics(driver)
        page_stats = driver.execute_script("return window.wallboardStats")
        lat = [float(x) for x in page_stats["latencies"]]
        print(json.dumps({
            "feed": "replay", "agents": args.agents, "teams": args.teams, "rate_per_s": args.rate,
            "duration_s": args.duration, "changes_made": feed.sent, "changes_rendered": len(lat),
            "counts_messages": feed.messages, "renders": page_stats["renders"],
            "page_script_ms_per_s": round(page_stats["scriptMs"] / args.duration, 2),
            "latency_ms": {"p50": round(pct(lat, 50), 1), "p95": round(pct(lat, 95), 1),
                           "p99": round(pct(lat, 99), 1), "max": round(max(lat), 1) if lat else None},
            "of_which_in_server_ms": waits(page_stats),
            "tab_cpu_pct_of_one_core": round(100 * tab / wall, 2),
            "chromium_cpu_pct_of_one_core": round(100 * allc / wall, 2),
            "main_thread_ms_per_s": {k.removesuffix("Duration"): round(1000 * (m1[k] - m0[k]) / wall, 1) for k in m1},
            "steal": steal.summary(),
            "load_average_1_5_15": os.getloadavg(),
        }, indent=2))
    finally:
        driver.quit()
        feed.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--agents", type=int, default=2500)
    ap.add_argument("--teams", type=int, default=50)
    ap.add_argument("--rate", type=float, default=83.0, help="status changes per second")
    ap.add_argument("--duration", type=float, default=30.0)
    ap.add_argument("--theme", default="dark")
    ap.add_argument("--feed", choices=["server", "replay"], default="server")
    ap.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite",
                    help="the server's database (postgres: a private PostgreSQL 15, as in production)")
    args = ap.parse_args()
    if args.feed == "replay":
        run_replay(args)
        return

    work = Path(tempfile.mkdtemp(prefix="bench-wallboard-"))
    if args.backend == "postgres":
        url, pgdir = start_postgres()
        try:
            run_server(args, work, url)
        finally:
            subprocess.run(["bash", str(ROOT / "scripts/services/postgres.sh"), "stop", pgdir], timeout=120,
                           check=False)
    else:
        run_server(args, work, f"sqlite:///{work / 'server.db'}")


def run_server(args: argparse.Namespace, work: Path, url: str) -> None:
    """The whole path: ``serve`` on ``url``, the agents' changes posted through the API."""
    print(f"seeding {args.agents} agents in {args.teams} teams", flush=True)
    sims, secret = seed_board(url, args.agents, args.teams)
    server = Server(url, work / "serve.log")
    driver = None
    try:
        driver = chromium(1920, 1080)
        page = f"{server.base}/wallboard?theme={args.theme}"
        driver.get(page)
        driver.execute_script("localStorage.setItem('agentConsole.wallboard.token', arguments[0]);", secret)
        driver.get(page)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not driver.execute_script(
                "return !document.getElementById('board').hidden && window.wallboardStats.messages > 0"):
            time.sleep(0.2)
        shown = driver.execute_script("return document.querySelector('#teams-foot th').parentElement.textContent")
        print(f"page up: {shown[:120]}", flush=True)
        procs = chromium_processes(driver.service.process.pid)
        renderers = [p for p, cmd in procs.items() if "--type=renderer" in cmd and "--extension-process" not in cmd]
        everything = list(procs)
        time.sleep(3)  # let the snapshot's work settle before measuring
        driver.execute_script(RESET_STATS)
        tab0, all0, srv0, t0 = cpu_of(renderers), cpu_of(everything), server.cpu_s(), time.monotonic()
        with StealMeter() as steal:
            posted, acked = asyncio.run(changes(server.base, sims, args.rate, args.duration))
            time.sleep(1.0)  # the last deltas reach the page
        wall = time.monotonic() - t0
        tab, allc, srv = cpu_of(renderers) - tab0, cpu_of(everything) - all0, server.cpu_s() - srv0
        page_stats = driver.execute_script("return window.wallboardStats")
        lat = [float(x) for x in page_stats["latencies"]]
        result = {
            "agents": args.agents, "teams": args.teams, "rate_per_s": args.rate, "duration_s": args.duration,
            "changes_posted": posted, "changes_rendered": len(lat), "messages": page_stats["messages"],
            "renders": page_stats["renders"],
            "page_script_ms_per_s": round(page_stats["scriptMs"] / args.duration, 2),
            "latency_ms": {"p50": round(pct(lat, 50), 1), "p95": round(pct(lat, 95), 1),
                           "p99": round(pct(lat, 99), 1), "max": round(max(lat), 1) if lat else None},
            "of_which_in_server_ms": waits(page_stats),
            "post_ms": {"p50": round(pct(acked, 50), 1), "p99": round(pct(acked, 99), 1)},
            "tab_cpu_pct_of_one_core": round(100 * tab / wall, 2),
            "chromium_cpu_pct_of_one_core": round(100 * allc / wall, 2),
            "server_cpu_pct_of_one_core": round(100 * srv / wall, 2),
            "renderer_processes": len(renderers),
            "steal": steal.summary(),
            "load_average_1_5_15": os.getloadavg(),
            "backend": args.backend,
        }
        print(json.dumps(result, indent=2))
    finally:
        if driver is not None:
            driver.quit()
        server.stop()


if __name__ == "__main__":
    main()
