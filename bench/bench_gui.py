"""GUI benchmarks: cold start, idle memory, event-loop stalls during a call and a registrar outage.

    .venv/bin/python bench/bench_gui.py            # all, prints a table
    .venv/bin/python bench/bench_gui.py --runs 5   # cold start repeated (median, max)

Each measurement runs in a fresh child process (one pjsua2 Endpoint per process; a cold start
must include the interpreter and the imports). The child runs the real Console (journal, session,
PjsuaPhone in direct mode or against a dead registrar, controller, window) under the offscreen
Qt platform and reports JSON on its last stdout line.

A last child plays a 300-call shift through FakePhone (no SIP) and reports what one phone event
costs the GUI thread at the end of it (journal commit + redraw), so slow growth over a day shows.

Targets (issue 6): window shown <= 1 s, registered/ready <= 1.5 s, idle RSS <= 150 MB, no GUI
event-loop stall > 50 ms (a 5 ms QTimer heartbeat; the stall is the longest gap minus the period).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

T_START = time.time()  # as early as possible: cold start is measured from the parent's spawn time
ROOT = Path(__file__).resolve().parent.parent
HEARTBEAT_MS = 5


from agent_console.local_process import free_port  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- child side ---------------------------------------------------------------------------------------


def child(mode: str, spawned_at: float, port: int, seconds: float) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from agent_console.app.config import AppConfig
    from agent_console.app.console import Console
    from agent_console.domain.status import Status
    from agent_console.phone.api import NullAudioBackend
    from agent_console.phone.pjsua_phone import PjsuaPhone

    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="ac-bench-"))
    if mode == "outage":
        dead = free_port()  # nothing listens there: the registrar is "down"
        # TCP: the refused connection is seen at once, so the phone goes through its
        # unreachable -> retry-with-backoff cycle during the measurement.
        config = AppConfig(agent="bench", registrar=f"127.0.0.1:{dead}", extension="1001", local_port=port,
                           transport="tcp")
    else:
        config = AppConfig(agent="bench", registrar="", extension="agent", local_port=port)
    result: dict[str, float] = {}
    console = Console(app, config, None, journal_path=tmp / "journal.sqlite3", phone=PjsuaPhone(NullAudioBackend()))
    console.start()
    assert console.window is not None and console.controller is not None
    controller = console.controller

    class FirstPaint(QObject):
        """The window is 'shown' when its first paint event is delivered."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "window_shown_s" not in result:
                result["window_shown_s"] = time.time() - spawned_at
            return False

    first_paint = FirstPaint()
    console.window.ui.centralwidget.installEventFilter(first_paint)
    QTimer.singleShot(0, lambda: result.setdefault("window_shown_s", time.time() - spawned_at))

    def on_reg(state: str, _text: str) -> None:
        if "ready_s" not in result and state in ("registered", "direct"):
            result["ready_s"] = time.time() - spawned_at
        if state == "unreachable":
            result.setdefault("unreachable_after_s", time.time() - spawned_at)
            result["unreachable_reports"] = result.get("unreachable_reports", 0.0) + 1

    controller.registration.connect(on_reg)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - HEARTBEAT_MS)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    caller: subprocess.Popen[bytes] | None = None

    def begin() -> None:
        nonlocal caller
        result["idle_rss_mb"] = rss_mb()
        gaps.clear()
        last[0] = time.perf_counter()
        heartbeat.start()
        if mode == "call":
            controller.choose_status(Status.AVAILABLE)
            controller.ringing.connect(lambda _info: QTimer.singleShot(300, controller.answer))
            caller = subprocess.Popen(
                [sys.executable, "-m", "agent_console.phone.simulator", "--target", f"sip:agent@127.0.0.1:{port}",
                 "--count", "1", "--first-delay", "0.2", "--talk-seconds", f"{seconds}-{seconds}", "--tone", "440"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=str(ROOT))
        QTimer.singleShot(int((seconds + 2) * 1000), finish)

    def finish() -> None:
        heartbeat.stop()
        if gaps:
            result["max_stall_ms"] = max(0.0, max(gaps))
            result["p99_gap_ms"] = sorted(gaps)[int(len(gaps) * 0.99) - 1]
            result["beats"] = float(len(gaps))
        result["answered_calls"] = float(console.session.summary.answered) if console.session else 0.0
        result["rss_end_mb"] = rss_mb()
        app.quit()

    QTimer.singleShot(2500, begin)  # after the first paint and phone start: idle RSS, then the heartbeat
    app.exec()
    console.shutdown()
    if caller is not None:
        caller.terminate()
        caller.wait(10)
    return result


def child_shift(calls: int) -> dict[str, float]:
    """GUI cost of phone events late in a long shift: FakePhone (no SIP), real journal and window."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from agent_console.app.config import AppConfig
    from agent_console.app.console import Console
    from agent_console.domain.clock import ManualClock
    from agent_console.domain.status import Status
    from agent_console.phone.fake import FakePhone

    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="ac-bench-"))
    phone, clock = FakePhone(), ManualClock()
    console = Console(app, AppConfig(agent="bench", wrapup_s=0), None, journal_path=tmp / "journal.sqlite3",
                      phone=phone, clock=clock)
    console.start()
    assert console.controller is not None and console.window is not None
    console.controller.choose_status(Status.AVAILABLE)
    costs: list[float] = []
    for i in range(calls):
        for step in ("ring", "answer", "hangup"):
            t = time.perf_counter()
            if step == "ring":
                call = phone.ring(f"+7701{i:07d}", "Bench")
            elif step == "answer":
                phone.answer(call.call_id)
            else:
                clock.advance(60_000)
                phone.remote_hangup(call.call_id)
            app.processEvents()
            costs.append((time.perf_counter() - t) * 1000)
    last = sorted(costs[-90:])
    result = {"calls": float(calls), "event_median_ms_last30": statistics.median(last),
              "event_max_ms_last30": last[-1], "rss_mb": rss_mb()}
    console.shutdown()
    return result


# -- parent side --------------------------------------------------------------------------------------


def run_child(mode: str, seconds: float) -> dict[str, float]:
    port = free_port()
    spawned = time.time()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--spawned-at", repr(spawned), "--port", str(port),
         "--seconds", str(seconds)],
        capture_output=True, text=True, timeout=120, cwd=str(ROOT),
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-2000:])
        raise SystemExit(f"bench child {mode} failed (rc {proc.returncode})")
    return dict(json.loads(lines[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="cold starts to measure")
    parser.add_argument("--call-seconds", type=float, default=10.0)
    parser.add_argument("--outage-seconds", type=float, default=10.0)
    parser.add_argument("--shift-calls", type=int, default=300)
    parser.add_argument("--child", default="")
    parser.add_argument("--spawned-at", type=float, default=0.0)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--seconds", type=float, default=0.0)
    args = parser.parse_args()
    if args.child == "shift":
        print(json.dumps(child_shift(int(args.seconds))), flush=True)
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.spawned_at or T_START, args.port, args.seconds)), flush=True)
        return 0

    starts = [run_child("idle", 0.5) for _ in range(args.runs)]
    call = run_child("call", args.call_seconds)
    outage = run_child("outage", args.outage_seconds)
    shift = run_child("shift", args.shift_calls)

    def med(key: str) -> float:
        return statistics.median(r[key] for r in starts)

    def worst(key: str) -> float:
        return max(r[key] for r in starts)

    rows = [
        ("cold start -> window shown", f"{med('window_shown_s'):.2f} s (max {worst('window_shown_s'):.2f})",
         "<= 1 s", med("window_shown_s") <= 1.0),
        ("cold start -> phone ready (direct)", f"{med('ready_s'):.2f} s (max {worst('ready_s'):.2f})",
         "<= 1.5 s", med("ready_s") <= 1.5),
        ("idle RSS", f"{med('idle_rss_mb'):.0f} MB", "<= 150 MB", med("idle_rss_mb") <= 150),
        ("longest GUI stall during a call", f"{call['max_stall_ms']:.1f} ms (p99 gap {call['p99_gap_ms']:.1f} ms, "
         f"answered {call['answered_calls']:.0f})", "<= 50 ms", call["max_stall_ms"] <= 50),
        ("longest GUI stall, registrar down",
         f"{outage['max_stall_ms']:.1f} ms (p99 gap {outage['p99_gap_ms']:.1f} ms, "
         f"{outage.get('unreachable_reports', 0):.0f} unreachable reports)",
         "<= 50 ms", outage["max_stall_ms"] <= 50),
        ("RSS after the call", f"{call['rss_end_mb']:.0f} MB", "", True),
        (f"GUI cost of a phone event after {shift['calls']:.0f} calls",
         f"median {shift['event_median_ms_last30']:.1f} ms, max {shift['event_max_ms_last30']:.1f} ms "
         f"(RSS {shift['rss_mb']:.0f} MB)", "<= 50 ms", shift["event_max_ms_last30"] <= 50),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"bench_gui: {args.runs} cold starts, {args.call_seconds:.0f} s call, {args.outage_seconds:.0f} s outage "
          f"(Python {sys.version.split()[0]}, offscreen Qt)")
    for name, value, target, ok in rows:
        print(f"  {name:<{width}}  {value:<44} {target:<10} {'ok' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
