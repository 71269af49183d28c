"""Supervisor window under a large team: feed delta -> row repainted, GUI stalls, RSS, CPU.

    .venv/bin/python bench/bench_supervisor.py                  # in-place model, then the naive one
    .venv/bin/python bench/bench_supervisor.py --agents 2500 --seconds 30 --mode inplace

Each mode runs in a fresh child process: the real SupervisorWindow (grid model, sort/filter
proxy, counters, alerts panel, 1 s ticking) on 2,500 agents, sorted by name, under the offscreen Qt
platform. A feeder thread plays the live feed as the service does — JSON parsed into the shared
protocol model off the GUI thread, then a queued Qt signal — at ~83 changes/s (every agent changes
status every 30 s on average) plus one burst of 500 changes within one second.

Latency: from the moment a delta's JSON is "received" until the view paints that agent's row.
Only rows on screen are painted, so the latency is measured for deltas of visible rows (the count
is printed); off-screen rows cost the model update only. Stall: a 5 ms QTimer heartbeat; the
longest gap minus the period. The "naive" mode resets the whole model on every delta (what a
quick implementation does), for comparison.

Also printed: the snapshot (a full reset: first connect and every reconnect) in ms, and the
machine's 1-minute load average (on a shared machine, stalls mostly measure the contention).

Targets: p99 <= 100 ms, longest stall <= 50 ms, RSS <= 200 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HEARTBEAT_MS = 5
STATUSES = ("available", "on_call", "wrap_up", "available", "break", "dnd", "ringing")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def row_json(i: int, status: str, now: int) -> str:
    return json.dumps({"type": "agent", "agent": {
        "username": f"agent{i:04d}", "display_name": f"Agent {i:04d}", "team": f"team{i % 25:02d}",
        "status": status, "reason": "rest" if status == "break" else None, "since_ms": now, "unreachable": False,
        "call": None, "today": {"offered": 3, "answered": 2, "missed": 1, "rejected": 0, "made": 0, "talk_s": 300.0},
        "updated_ms": now}})


def child(mode: str, agents: int, seconds: float, burst_at: float) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pydantic import TypeAdapter  # before PySide6: its import hook trips pydantic's lazy imports

    from agent_console.protocol import Board, BoardRow, BoardSummary, LiveServerMessage

    from PySide6.QtCore import QObject, QTimer, Signal  # isort: skip
    from PySide6.QtWidgets import QApplication, QStyledItemDelegate  # isort: skip
    from agent_console.ui.supervisor.grid_model import AgentGridModel
    from agent_console.ui.supervisor.window import SupervisorWindow

    app = QApplication([])

    class FeedService(QObject):
        snapshot = Signal(object)
        row = Signal(object)
        alerts = Signal(object, object)
        online = Signal(bool, "qint64")  # type: ignore[arg-type]
        reply = Signal(str, bool, object)

        def day_mix(self, team: object) -> None: ...

    if mode == "naive":
        class Naive(AgentGridModel):
            def apply_row(self, row: BoardRow) -> int:
                self.beginResetModel()
                i = self.state.apply(row).index
                self.endResetModel()
                return i


    service = FeedService()
    window = SupervisorWindow(service, "bench")
    if mode == "naive":
        naive = Naive(None, window)
        window.model = naive
        window.proxy.setSourceModel(naive)
    window.resize(1400, 900)
    window.show()
    now = time.time_ns() // 1_000_000
    adapter: TypeAdapter[Any] = TypeAdapter(LiveServerMessage)
    rows = [adapter.validate_json(row_json(i, "available", now)).agent for i in range(agents)]
    service.online.emit(True, 0)
    snap0 = time.perf_counter()
    service.snapshot.emit(Board(agents=rows, summary=BoardSummary(total=agents, by_status={}, available=agents,
                                                                  unreachable=0), server_ms=now))
    app.processEvents()
    snapshot_ms = (time.perf_counter() - snap0) * 1000

    sent: dict[str, float] = {}
    received: dict[str, float] = {}
    applied: list[float] = []
    """Every delta: received -> model updated (rows off screen included)."""
    latencies: list[float] = []
    painted = {"n": 0}

    class Probe(QStyledItemDelegate):
        def paint(self, painter: Any, option: Any, index: Any) -> None:
            super().paint(painter, option, index)
            if index.column() == 0:
                row = window.proxy.row_at(index.row())
                if row is not None:
                    t = sent.pop(row.username, None)
                    if t is not None:
                        latencies.append((time.perf_counter() - t) * 1000)
                painted["n"] += 1

    window.table.setItemDelegate(Probe(window.table))
    # Deltas still queued when the run ends are counted, not applied: the naive model falls so far
    # behind that applying its backlog would take many minutes.
    end_at = [float("inf")]
    backlog = {"n": 0}
    service.row.disconnect(window.on_row)

    def on_row(row: BoardRow) -> None:
        if time.perf_counter() > end_at[0]:
            backlog["n"] += 1
            return
        window.on_row(row)
        t = received.pop(row.username, None)
        if t is not None:
            applied.append((time.perf_counter() - t) * 1000)

    service.row.connect(on_row)
    gaps: list[float] = []
    last = [time.perf_counter()]
    t0 = time.perf_counter()
    worst = {"gap": 0.0, "at_s": 0.0}

    def beat() -> None:
        t = time.perf_counter()
        gap = (t - last[0]) * 1000 - HEARTBEAT_MS
        gaps.append(gap)
        if len(gaps) > 1 and gap > worst["gap"]:
            worst.update(gap=gap, at_s=round(t - t0, 2))
        last[0] = t

    heart = QTimer()
    heart.timeout.connect(beat)
    heart.start(HEARTBEAT_MS)
    stop = threading.Event()
    produced = {"n": 0}

    def feeder() -> None:
        rng = random.Random(3)
        period = 30.0 / agents  # every agent changes every 30 s on average
        start = time.perf_counter()
        next_t = start
        burst_done = False
        while not stop.is_set() and time.perf_counter() - start < seconds:
            if not burst_done and time.perf_counter() - start >= burst_at:
                burst_done = True
                b0 = time.perf_counter()
                for k in range(500):  # 500 changes within one second, on top of the steady rate
                    _deliver(rng.randrange(agents), rng)
                    time.sleep(max(0.0, b0 + (k + 1) / 500 - time.perf_counter()))
                next_t = time.perf_counter()
                continue
            _deliver(rng.randrange(agents), rng)
            next_t += period
            time.sleep(max(0.0, next_t - time.perf_counter()))

    def _deliver(i: int, rng: random.Random) -> None:
        raw = row_json(i, rng.choice(STATUSES), time.time_ns() // 1_000_000)
        t = time.perf_counter()
        msg = adapter.validate_json(raw)
        sent.setdefault(msg.agent.username, t)
        received.setdefault(msg.agent.username, t)
        service.row.emit(msg.agent)
        produced["n"] += 1

    cpu0, wall0 = time.process_time(), time.perf_counter()
    thread = threading.Thread(target=feeder, daemon=True)
    thread.start()
    deadline = end_at[0] = time.perf_counter() + seconds + 1.5
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    stop.set()
    app.processEvents()  # counts the backlog
    cpu = (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 100
    visible = window.table.rowAt(window.table.viewport().height() - 1) + 1
    return {"mode": mode, "agents": agents, "deltas": produced["n"], "backlog": backlog["n"], "visible_rows": visible,
            "measured": len(latencies), "p50_ms": round(pct(latencies, 50), 1), "p99_ms": round(pct(latencies, 99), 1),
            "max_ms": round(max(latencies, default=float("nan")), 1),
            "apply_p50_ms": round(pct(applied, 50), 1), "apply_p99_ms": round(pct(applied, 99), 1),
            "stall_ms": round(max(gaps[1:] or gaps or [0.0]), 1), "stall_at_s": worst["at_s"],
            "rss_mb": round(rss_mb(), 1), "cpu_pct": round(cpu, 1),
            "snapshot_ms": round(snapshot_ms), "load": round(os.getloadavg()[0], 1)}


def run_child(mode: str, args: argparse.Namespace) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--agents", str(args.agents),
                          "--seconds", str(args.seconds), "--burst-at", str(args.burst_at)],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--agents", type=int, default=2500)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--burst-at", type=float, default=12.0)
    p.add_argument("--mode", choices=["inplace", "naive", "both"], default="both")
    p.add_argument("--child", default=None)
    args = p.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.agents, args.seconds, args.burst_at)))
        return
    modes = ["inplace", "naive"] if args.mode == "both" else [args.mode]
    cols = ("mode", "agents", "deltas", "backlog", "visible_rows", "measured", "p50_ms", "p99_ms", "max_ms",
            "apply_p50_ms", "apply_p99_ms", "stall_ms",
            "stall_at_s", "rss_mb", "cpu_pct", "snapshot_ms", "load")
    print(" ".join(f"{c:>11}" for c in cols))
    for mode in modes:
        r = run_child(mode, args)
        print(" ".join(f"{r[c]!s:>11}" for c in cols), flush=True)


if __name__ == "__main__":
    main()
