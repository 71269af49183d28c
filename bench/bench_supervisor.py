"""Supervisor window under a large team: feed delta -> row repainted, GUI stalls, RSS, CPU.

    .venv/bin/python bench/bench_supervisor.py                  # in-place model, then the naive one
    .venv/bin/python bench/bench_supervisor.py --agents 2500 --seconds 30 --mode inplace --runs 3

Each run is a fresh child process: the real SupervisorWindow (grid model, sort/filter proxy,
counters, alerts panel, 1 s ticking) on 2,500 agents, sorted by name, under the offscreen Qt
platform. A feeder thread plays the live feed as the service does — JSON parsed into the shared
protocol model off the GUI thread, then a queued Qt signal — at ~83 changes/s (every agent changes
status every 30 s on average), plus one burst of 500 changes within one second (at 12 s), plus one
reconnect (at 20 s): the feed goes down for 0.5 s (the grid greys), then a fresh snapshot of every
agent arrives with most rows changed, as after a real outage.

Latency: from the moment a delta's JSON is "received" until the view paints that agent's row.
Only rows on screen are painted, so the latency is measured for deltas of visible rows: one delta
in ten is for an agent on screen (same rate overall), the count is printed. Off-screen rows cost
the model update only ("delta -> model"). Stall: a 5 ms QTimer heartbeat; the longest gap minus the
period, overall and within 2 s of the burst and of the reconnect ("steady": the rest), and
"stall_cpu_ms": the most CPU the GUI thread itself used between two heartbeats (what is left of
a stall once the time spent waiting for a core on a loaded machine is taken out). The
reconnect snapshot is also timed on the GUI thread (the window's handler) and until the grid is
repainted.

"naive" is what a quick implementation does, for comparison: the model resets on every delta and
snapshot, under Qt's QSortFilterProxyModel sorting with a Python ``lessThan`` (the grid's cached
keys). Deltas still queued when its run ends are counted ("backlog"), not applied.

Also printed: the first snapshot into the empty grid (ms), the full (oldest-generation) garbage
collections during the run (count, longest, when), RSS, CPU (% of one core over the run),
and the machine's 1-minute load average (on a shared machine, stalls mostly measure contention).

Targets: p99 <= 100 ms, longest stall <= 50 ms, RSS <= 200 MB.
"""

from __future__ import annotations

import argparse
import gc
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
WINDOW_S = 2.0
"""How long after the burst's and the reconnect's start a stall is counted as theirs."""


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


def agent(i: int, status: str, now: int) -> dict[str, Any]:
    return {"username": f"agent{i:04d}", "display_name": f"Agent {i:04d}", "team": f"team{i % 25:02d}",
            "status": status, "reason": "rest" if status == "break" else None, "since_ms": now, "unreachable": False,
            "call": None,
            "today": {"offered": 3, "answered": 2, "missed": 1, "rejected": 0, "made": 0, "talk_s": 300.0},
            "updated_ms": now, "console_version": f"1.{i % 12}.0"}


def row_json(i: int, status: str, now: int) -> str:
    return json.dumps({"type": "agent", "agent": agent(i, status, now)})


def board_json(agents: int, now: int, rng: random.Random) -> str:
    rows = [agent(i, rng.choice(STATUSES), now) for i in range(agents)]
    return json.dumps({"agents": rows, "summary": {"total": agents, "by_status": {}, "available": 0, "unreachable": 0},
                       "server_ms": now})


def child(mode: str, agents: int, seconds: float, burst_at: float, reconnect_at: float,
          gc_freeze: bool = False) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pydantic import TypeAdapter  # before PySide6: its import hook trips pydantic's lazy imports

    from agent_console.protocol import Board, BoardRow, BoardSummary, LiveServerMessage

    from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal  # isort: skip
    from PySide6.QtWidgets import QApplication, QStyledItemDelegate  # isort: skip
    from agent_console.app.supervisor.service import SupervisorService
    from agent_console.ui.supervisor.grid_model import SORT_ROLE, AgentGridModel, Col
    from agent_console.ui.supervisor.window import SupervisorWindow

    app = QApplication([])

    class FeedService(SupervisorService):
        """The real service's signals, fed by this script; its requests (day mix, ...) do nothing."""

        def __init__(self) -> None:
            QObject.__init__(self)

    for name, value in vars(SupervisorService).items():
        if callable(value) and not name.startswith("_") and not isinstance(value, Signal):
            setattr(FeedService, name, lambda self, *args, **kwargs: None)

    service = FeedService()
    window = SupervisorWindow(service, "bench")
    if mode == "naive":
        class NaiveModel(AgentGridModel):
            def apply_row(self, row: BoardRow) -> int:
                self.beginResetModel()
                i = self.state.apply(row).index
                self._keys.clear()
                self.endResetModel()
                return i

            def set_board(self, rows: Any, server_ms: int | None = None) -> None:
                self.beginResetModel()
                self.state.reset(rows)
                self._keys.clear()
                self.stale_since_ms = None
                self.endResetModel()

        class NaiveProxy(QSortFilterProxyModel):
            """Qt's sort/filter proxy; sorting calls a Python lessThan per comparison."""

            def __init__(self, parent: Any = None) -> None:
                super().__init__(parent)
                self.setSortRole(SORT_ROLE)
                self.setDynamicSortFilter(True)

            def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                         right: QModelIndex | QPersistentModelIndex) -> bool:
                col = left.column()
                return bool(naive.sort_key(left.row(), col) < naive.sort_key(right.row(), col))

            def row_at(self, proxy_row: int) -> BoardRow | None:
                src = self.mapToSource(self.index(proxy_row, 0))
                return naive.state.rows[src.row()] if src.isValid() else None

            def set_team(self, team: object) -> None: ...

            def set_status(self, status: object) -> None: ...

            def set_search(self, text: str) -> None: ...

        naive = NaiveModel(None, window)
        proxy = NaiveProxy(window)
        proxy.setSourceModel(naive)
        window.model, window.proxy = naive, proxy  # type: ignore[assignment]
        window.table.setModel(proxy)
        window.table.sortByColumn(Col.NAME, Qt.SortOrder.AscendingOrder)
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
    first_snapshot_ms = (time.perf_counter() - snap0) * 1000
    visible = max(1, window.table.rowAt(window.table.viewport().height() - 1) + 1)
    on_screen = [int(window.proxy.row_at(r).username[5:]) for r in range(visible)]  # type: ignore[union-attr]

    sent: dict[str, float] = {}
    received: dict[str, float] = {}
    applied: list[float] = []
    """Every delta: received -> model updated (rows off screen included)."""
    latencies: list[float] = []
    snap = {"received": 0.0, "gui_ms": float("nan"), "painted_ms": float("nan")}

    class Probe(QStyledItemDelegate):
        def paint(self, painter: Any, option: Any, index: Any) -> None:
            super().paint(painter, option, index)
            t = time.perf_counter()
            if snap["received"]:
                snap["painted_ms"] = (t - snap["received"]) * 1000
                snap["received"] = 0.0
            row = window.proxy.row_at(index.row())
            if row is not None:
                t0 = sent.pop(row.username, None)
                if t0 is not None:
                    latencies.append((t - t0) * 1000)

    window.table.setItemDelegateForColumn(Col.NAME, Probe(window.table))  # the other cells paint in C++
    end_at = [float("inf")]
    backlog = {"n": 0}
    service.row.disconnect(window.on_row)
    service.snapshot.disconnect(window.on_snapshot)

    def on_row(row: BoardRow) -> None:
        if time.perf_counter() > end_at[0]:
            backlog["n"] += 1
            return
        window.on_row(row)
        t = received.pop(row.username, None)
        if t is not None:
            applied.append((time.perf_counter() - t) * 1000)

    def on_snapshot(board: Board) -> None:
        t = time.perf_counter()
        window.on_snapshot(board)
        snap["gui_ms"] = (time.perf_counter() - t) * 1000

    service.row.connect(on_row)
    service.snapshot.connect(on_snapshot)
    gaps: list[tuple[float, float]] = []
    """(seconds since start, gap in ms) per heartbeat."""
    busy: list[float] = []
    """CPU time the GUI thread itself spent within each gap (ms): the stall without the time the
    process waited for a core on a loaded machine."""
    last = [time.perf_counter(), time.thread_time()]
    t0 = time.perf_counter()

    def beat() -> None:
        t, ct = time.perf_counter(), time.thread_time()
        gaps.append((t - t0, (t - last[0]) * 1000 - HEARTBEAT_MS))
        busy.append((ct - last[1]) * 1000)
        last[0], last[1] = t, ct

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
        burst_done = reconnect_done = False
        while not stop.is_set() and time.perf_counter() - start < seconds:
            if not burst_done and time.perf_counter() - start >= burst_at:
                burst_done = True
                b0 = time.perf_counter()
                for k in range(500):  # 500 changes within one second, on top of the steady rate
                    _deliver(pick(rng), rng)
                    time.sleep(max(0.0, b0 + (k + 1) / 500 - time.perf_counter()))
                next_t = time.perf_counter()
                continue
            if not reconnect_done and time.perf_counter() - start >= reconnect_at:
                reconnect_done = True
                service.online.emit(False, time.time_ns() // 1_000_000)
                time.sleep(0.5)
                raw = board_json(agents, time.time_ns() // 1_000_000, rng)
                t = time.perf_counter()
                board = Board.model_validate_json(raw)  # off the GUI thread, as the service does
                service.online.emit(True, 0)
                snap["received"] = t
                service.snapshot.emit(board)
                next_t = time.perf_counter()
                continue
            _deliver(pick(rng), rng)
            next_t += period
            time.sleep(max(0.0, next_t - time.perf_counter()))

    def pick(rng: random.Random) -> int:
        produced["k"] = produced.get("k", 0) + 1
        return rng.choice(on_screen) if produced["k"] % 10 == 0 else rng.randrange(agents)

    def _deliver(i: int, rng: random.Random) -> None:
        raw = row_json(i, rng.choice(STATUSES), time.time_ns() // 1_000_000)
        t = time.perf_counter()
        msg = adapter.validate_json(raw)
        sent.setdefault(msg.agent.username, t)
        received.setdefault(msg.agent.username, t)
        service.row.emit(msg.agent)
        produced["n"] += 1

    if gc_freeze:
        gc.freeze()  # what start-up could do once the window and the first snapshot are built
    pauses: list[tuple[float, float]] = []
    """(seconds since start, ms) of each cyclic garbage collection of the oldest generation."""
    gc_start = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_start[0] = time.perf_counter()
        elif info["generation"] == 2:
            pauses.append((gc_start[0] - t0, (time.perf_counter() - gc_start[0]) * 1000))

    gc.callbacks.append(on_gc)
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

    def worst(a: float, b: float) -> float:
        return round(max((g for t, g in gaps[1:] if a <= t < b), default=0.0), 1)

    def steady() -> float:
        windows = ((burst_at, burst_at + WINDOW_S), (reconnect_at, reconnect_at + WINDOW_S))
        return round(max((g for t, g in gaps[1:] if not any(a <= t < b for a, b in windows)), default=0.0), 1)

    top = max(gaps[1:], key=lambda tg: tg[1], default=(0.0, 0.0))
    busiest = max(range(1, len(busy)), key=busy.__getitem__, default=0)
    gc_top = max(pauses, key=lambda tp: tp[1], default=(0.0, 0.0))
    return {"mode": mode, "agents": agents, "deltas": produced["n"], "backlog": backlog["n"], "visible_rows": visible,
            "measured": len(latencies), "p50_ms": round(pct(latencies, 50), 1), "p99_ms": round(pct(latencies, 99), 1),
            "max_ms": round(max(latencies, default=float("nan")), 1),
            "apply_p50_ms": round(pct(applied, 50), 1), "apply_p99_ms": round(pct(applied, 99), 1),
            "stall_ms": round(top[1], 1), "stall_at_s": round(top[0], 2),
            "stall_cpu_ms": round(max(busy[1:], default=0.0), 1),
            "stall_cpu_at_s": round(gaps[busiest][0], 2), "steady_stall_ms": steady(),
            "burst_stall_ms": worst(burst_at, burst_at + WINDOW_S),
            "reconnect_stall_ms": worst(reconnect_at, reconnect_at + WINDOW_S),
            "resnap_gui_ms": round(snap["gui_ms"], 1), "resnap_paint_ms": round(snap["painted_ms"], 1),
            "gc2_n": len(pauses), "gc2_max_ms": round(gc_top[1], 1), "gc2_at_s": round(gc_top[0], 2),
            "rss_mb": round(rss_mb(), 1), "cpu_pct": round(cpu, 1),
            "snapshot_ms": round(first_snapshot_ms), "load": round(os.getloadavg()[0], 1)}


def run_child(mode: str, args: argparse.Namespace) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--agents", str(args.agents),
                          "--seconds", str(args.seconds), "--burst-at", str(args.burst_at),
                          "--reconnect-at", str(args.reconnect_at), *(["--gc-freeze"] if args.gc_freeze else [])],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


COLUMNS = ("mode", "agents", "deltas", "backlog", "visible_rows", "measured", "p50_ms", "p99_ms", "max_ms",
           "apply_p50_ms", "apply_p99_ms", "stall_ms", "stall_at_s", "stall_cpu_ms", "stall_cpu_at_s",
           "steady_stall_ms", "burst_stall_ms",
           "reconnect_stall_ms", "resnap_gui_ms", "resnap_paint_ms", "gc2_n", "gc2_max_ms", "gc2_at_s",
           "rss_mb", "cpu_pct", "snapshot_ms", "load")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--agents", type=int, default=2500)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--burst-at", type=float, default=12.0)
    p.add_argument("--reconnect-at", type=float, default=20.0)
    p.add_argument("--mode", choices=["inplace", "naive", "both"], default="both")
    p.add_argument("--runs", type=int, default=1, help="runs of each mode")
    p.add_argument("--gc-freeze", action="store_true",
                   help="gc.freeze() once the window and the first snapshot are built (what start-up could do)")
    p.add_argument("--child", default=None)
    args = p.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.agents, args.seconds, args.burst_at, args.reconnect_at,
                               args.gc_freeze)))
        return
    modes = ["inplace", "naive"] if args.mode == "both" else [args.mode]
    print(" ".join(f"{c:>11}" for c in COLUMNS))
    for mode in modes:
        for _ in range(args.runs):
            r = run_child(mode, args)
            print(" ".join(f"{r[c]!s:>11}" for c in COLUMNS), flush=True)


if __name__ == "__main__":
    main()
