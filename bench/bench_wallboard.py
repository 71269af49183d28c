"""Wallboard benchmark: the page in headless Chromium on 2,500 agents changing status ~83 times a
second (each agent every 30 s on average).

Prints, as JSON at the end:

* page update latency p50/p95/p99/max: from the server's timestamp of each change (the row's
  ``updated_ms``, stamped when the change is stored) to the moment the page has written it into
  the DOM (``performance.timeOrigin + performance.now()`` in the page; server and browser share
  this machine's clock). Targets: p99 <= 250 ms;
* the tab's CPU (Chromium's renderer process, % of one core) and all of Chromium's, over the
  phase, from /proc. Target: the tab below 10 % of one core;
* how many changes were posted, delivered to the page and rendered.

One ``serve`` process on SQLite, the agents' status changes posted through the real API (one event
per POST, like a console's live path) from this process. Every loop is bounded by count and time.
Run: .venv/bin/python bench/bench_wallboard.py [--agents 2500] [--teams 50] [--rate 83] [--duration 30]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_server import AgentSim, Server, now_ms, pct, seed  # noqa: E402
from steal import StealMeter  # noqa: E402

from agent_console.server.db import Database  # noqa: E402
from agent_console.server.models import AgentState  # noqa: E402
from agent_console.server.services import wallboard_tokens  # noqa: E402
from tests.server.browser import chromium  # noqa: E402

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--agents", type=int, default=2500)
    ap.add_argument("--teams", type=int, default=50)
    ap.add_argument("--rate", type=float, default=83.0, help="status changes per second")
    ap.add_argument("--duration", type=float, default=30.0)
    ap.add_argument("--theme", default="dark")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-wallboard-"))
    url = f"sqlite:///{work / 'server.db'}"
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
        driver.execute_script("const s = window.wallboardStats; s.latencies.length = 0; s.renders = 0; s.messages = 0;")
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
            "changes_posted": posted, "deltas_rendered": len(lat), "messages": page_stats["messages"],
            "renders": page_stats["renders"],
            "latency_ms": {"p50": round(pct(lat, 50), 1), "p95": round(pct(lat, 95), 1),
                           "p99": round(pct(lat, 99), 1), "max": round(max(lat), 1) if lat else None},
            "post_ms": {"p50": round(pct(acked, 50), 1), "p99": round(pct(acked, 99), 1)},
            "tab_cpu_pct_of_one_core": round(100 * tab / wall, 2),
            "chromium_cpu_pct_of_one_core": round(100 * allc / wall, 2),
            "server_cpu_pct_of_one_core": round(100 * srv / wall, 2),
            "renderer_processes": len(renderers),
            "steal": steal.summary() if hasattr(steal, "summary") else None,
        }
        print(json.dumps(result, indent=2))
    finally:
        if driver is not None:
            driver.quit()
        server.stop()


if __name__ == "__main__":
    main()
