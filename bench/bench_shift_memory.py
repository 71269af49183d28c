"""Memory over a shift: RSS growth per 100 calls in the real window, and what grows.

    .venv/bin/python bench/bench_shift_memory.py                     # 300 calls, FakePhone (seconds)
    .venv/bin/python bench/bench_shift_memory.py --calls 600 --tracemalloc
    .venv/bin/python bench/bench_shift_memory.py --phone pjsua --calls 200   # real SIP calls (minutes)
    .venv/bin/python bench/bench_shift_memory.py --phone demo --pulse --calls 200  # agent-console --demo
    .venv/bin/python bench/bench_shift_memory.py --children          # RSS of the --demo children

The real Console (journal on disk, session, controller, main window under the offscreen Qt platform)
goes through a shift of calls. Each call rings, is answered, gets quality samples (every fourth
call is held and resumed), ends, gets a note and a disposition in wrap-up, and the agent is
Available again. Between calls the once-a-second refreshes run as they do over real time.

``--phone fake`` (the default) drives :class:`FakePhone` with a :class:`ManualClock`: what the
console's own code keeps per call, 300 calls in about two minutes. ``--phone pjsua`` runs the
real :class:`PjsuaPhone` (direct mode, no audio device) against the simulated caller of the demo,
so what pjsua2 keeps per call shows too (each call takes about a second of real time).
``--phone demo`` is ``agent-console --demo`` as a newcomer runs it (the phone and its audio as the
demo makes them, the local server, the sync client sending every event), its caller calling at once.

After a warm-up (the first ``--warmup`` calls: caches, lazily built widgets, pools) it prints RSS
every ``--step`` calls, the growth per 100 calls (least-squares slope), the Qt objects and
Python objects by type whose counts grow per call, and with ``--tracemalloc`` the top allocation
sites that grew (tracemalloc itself slows the run by about three times).

``--children`` starts the demo's simulated caller and local server as ``agent-console --demo``
does and prints their RSS (and the modules each imported) once they are up.

Target (issue 22): RSS growth <= 2 MB per 100 calls in the real window.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_MB_PER_100 = 2.0


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def slope_per_100(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of (calls, MB), times 100."""
    n = len(points)
    if n < 2:
        return float("nan")
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    return 100 * sxy / sxx if sxx else float("nan")


def qt_counts(app: Any) -> Counter[str]:
    """Live QObjects by class: every widget of the application plus the children of every top-level
    object that is not a widget (models, timers, animations hang off the window and the console)."""
    from PySide6.QtCore import QObject

    counts: Counter[str] = Counter()
    seen: set[int] = set()
    for widget in app.allWidgets():
        for obj in [widget, *widget.findChildren(QObject)]:
            key = id(obj)
            if key not in seen:
                seen.add(key)
                counts[type(obj).__name__] += 1
    for obj in app.findChildren(QObject):
        if id(obj) not in seen:
            seen.add(id(obj))
            counts[type(obj).__name__] += 1
    return counts


def py_counts() -> Counter[str]:
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects())


def growth(before: Counter[str], after: Counter[str], calls: int, top: int = 8) -> list[tuple[str, float]]:
    grown = [(name, (after[name] - before.get(name, 0)) / calls) for name in after]
    return sorted([g for g in grown if g[1] > 0], key=lambda g: -g[1])[:top]


# -- the shift --------------------------------------------------------------------------------------


class FakeShift:
    """FakePhone + ManualClock: one call is a handful of phone events and processEvents passes."""

    def __init__(self, app: Any, tmp: Path) -> None:
        from agent_console.app.config import AppConfig
        from agent_console.app.console import Console
        from agent_console.domain.clock import ManualClock
        from agent_console.domain.status import Status
        from agent_console.phone.fake import FakePhone

        self.app = app
        self.phone, self.clock = FakePhone(), ManualClock(start_ms=1_764_054_000_000)
        (tmp / "agent-console.ini").touch()
        self.console = Console(app, AppConfig(agent="bench", language="en", wrapup_s=30), tmp / "agent-console.ini",
                               journal_path=tmp / "journal.sqlite3", phone=self.phone, clock=self.clock)
        self.console.start()
        assert self.console.controller is not None
        self.controller = self.console.controller
        self._pump(0)
        self.controller.start_shift()
        self.controller.choose_status(Status.AVAILABLE)
        self.n = 0

    def _pump(self, ms: int) -> None:
        self.clock.advance(ms)
        self.controller.tick()
        self.app.processEvents()

    def call(self) -> None:
        from agent_console.domain.status import Status
        from agent_console.phone.api import CallQuality

        self.n += 1
        info = self.phone.ring(f"+7701{self.n:07d}", f"Caller {self.n}")
        self._pump(3_000)
        self.controller.answer()
        self._pump(1_000)
        for k in range(6):  # a sample every 5 s, as pjsua2's stream statistics come
            self.phone.emit_quality(info.call_id, CallQuality(40.0 + k, 3.0, 0.5 * (k % 3), 4.2 - 0.1 * (k % 4)))
            self._pump(5_000)
        if self.n % 4 == 0:
            self.controller.set_hold(True)
            self._pump(4_000)
            self.controller.set_hold(False)
            self._pump(1_000)
        self.phone.remote_hangup(info.call_id)
        self._pump(1_000)
        record = self.console.session.history[-1] if self.console.session else None
        if record is not None:
            self.controller.save_note(record.call_id, "resolved", f"Call {self.n}: asked about a certificate.\n"
                                                                  "Told where to collect it.")
        self._pump(2_000)
        self.controller.finish_wrapup()
        if self.console.session is not None and self.console.session.status != Status.AVAILABLE:
            self.controller.choose_status(Status.AVAILABLE)
        self._pump(20_000)

    def close(self) -> None:
        self.console.shutdown()


class PjsuaShift:
    """The real PjsuaPhone in direct mode, called by the demo's simulated caller (one call at a
    time, answered at once, ~1 s of talk); a call is one ring-to-available cycle.

    With ``demo`` it is ``agent-console --demo`` itself (phone and audio as the demo makes them,
    the local server and the sync client running), its caller set to call at once and talk ~1 s."""

    def __init__(self, app: Any, tmp: Path, total: int, demo: bool = False, talk: str = "0.8-1.2") -> None:
        from agent_console.app.config import AppConfig
        from agent_console.app.console import Console
        from agent_console.domain.status import Status
        from agent_console.local_process import free_port

        self.app = app
        self.longest_talk_s = float(talk.rpartition("-")[2])
        self.caller: subprocess.Popen[bytes] | None = None
        (tmp / "agent-console.ini").touch()
        if demo:
            import functools

            from agent_console.app import console as console_module

            console_module.DemoServices = functools.partial(  # type: ignore[misc,assignment]
                console_module.DemoServices, first_delay_s=2.0, talk_seconds=talk)
            self.console = Console(app, AppConfig(agent="bench", language="en", wrapup_s=30), tmp / "agent-console.ini",
                                   demo=True, journal_path=tmp / "journal.sqlite3", demo_rate_per_min=600)
        else:
            from agent_console.phone.api import NullAudioBackend
            from agent_console.phone.pjsua_phone import PjsuaPhone

            port = free_port()
            self.console = Console(app, AppConfig(agent="bench", language="en", registrar="", extension="agent",
                                                  local_port=port, wrapup_s=30),
                                   tmp / "agent-console.ini", journal_path=tmp / "journal.sqlite3",
                                   phone=PjsuaPhone(NullAudioBackend()))
        self.console.start()
        assert self.console.controller is not None
        self.controller = self.console.controller
        self.ended = 0
        self.controller.ringing.connect(lambda _info: self.controller.answer())
        self.controller.changed.connect(self._on_changed)
        try:
            self._wait(lambda: self.controller.reg_state in ("direct", "registered"), 15)
        except SystemExit:
            self.console.shutdown()  # the demo's caller and server with it
            raise
        if not self.console.session or not self.console.session.shift_active:
            self.controller.start_shift()
        self.controller.choose_status(Status.AVAILABLE)
        self.log = tmp / "caller.log"
        if demo:
            return
        self.caller = subprocess.Popen(
            [sys.executable, "-m", "agent_console.phone.simulator", "--target", f"sip:agent@127.0.0.1:{port}",
             "--count", str(total * 3), "--rate-per-min", "600", "--first-delay", "0.3", "--talk-seconds", talk,
             "--tone", "440", "--json"],
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT, cwd=str(ROOT))

    def _on_changed(self) -> None:
        from agent_console.domain.status import Status

        session = self.console.session
        if session is None:
            return
        # Calls refused during a wrap-up are in the history too: a call here is one that was talked.
        talked = [c for c in session.history if c.answered_ms is not None]
        if len(talked) > self.ended:
            self.ended = len(talked)
            self.controller.save_note(talked[-1].call_id, "resolved", "Asked about a certificate.")
        if session.status == Status.WRAP_UP:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.controller.finish_wrapup)

    def _wait(self, cond: Any, timeout_s: float) -> None:
        end = time.monotonic() + timeout_s
        while not cond() and time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)
        if not cond():
            session = self.console.session
            raise SystemExit(f"bench: the phone did not get ready / the caller stopped calling (phone "
                             f"{self.controller.reg_state}, status {session.status if session else '-'}, "
                             f"{self.ended} calls ended; the caller's log: {getattr(self, 'log', '-')})")

    def call(self) -> None:
        target = self.ended + 1
        self._wait(lambda: self.ended >= target, 30 + self.longest_talk_s)

    def close(self) -> None:
        if self.caller is not None:
            self.caller.terminate()
            self.caller.wait(10)
        self.console.shutdown()


def run_shift(args: argparse.Namespace) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tracemalloc

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="ac-shift-"))
    total = args.warmup + args.calls
    shift: FakeShift | PjsuaShift = (FakeShift(app, tmp) if args.phone == "fake"
                                     else PjsuaShift(app, tmp, total, demo=args.phone == "demo", talk=args.talk))
    try:
        qt_counts(app)  # its first run wraps the application's own helpers: not the window's growth
        t0 = time.perf_counter()
        start_mb = rss_mb()
        for _ in range(args.warmup):
            shift.call()
        gc.collect()
        qt_before, py_before = qt_counts(app), py_counts()
        if args.tracemalloc:
            tracemalloc.start(4)
            snap_before = tracemalloc.take_snapshot()
        points = [(0, rss_mb())]
        for i in range(1, args.calls + 1):
            shift.call()
            if i % args.step == 0:
                gc.collect()
                points.append((i, rss_mb()))
        elapsed = time.perf_counter() - t0
        qt_after, py_after = qt_counts(app), py_counts()
        sites: list[tuple[str, float]] = []
        if args.tracemalloc:
            snap_after = tracemalloc.take_snapshot()
            for stat in snap_after.compare_to(snap_before, "traceback")[:12]:
                frames = [f for f in stat.traceback if "agent_console" in f.filename] or list(stat.traceback)
                frame = frames[0]
                where = f"{Path(frame.filename).name}:{frame.lineno}"
                sites.append((where, stat.size_diff / 1024))
            tracemalloc.stop()
        session = shift.console.session
        result = {
            "phone": args.phone, "warmup": args.warmup, "start_mb": start_mb, "calls": args.calls, "seconds": elapsed,
            "history_rows": len(session.history) if session else 0,
            "points": points, "mb_per_100": slope_per_100(points),
            "qt_total": [sum(qt_before.values()), sum(qt_after.values())],
            "qt_growth": growth(qt_before, qt_after, args.calls),
            "py_growth": growth(py_before, py_after, args.calls, top=12),
            "tracemalloc_kb": sites,
        }
    finally:
        shift.close()  # also when a call never came: the demo's caller and server are stopped
    return result


# -- the demo's children ----------------------------------------------------------------------------


def measure_children(settle_s: float) -> list[tuple[str, float, int]]:
    """Start the demo's caller and server exactly as DemoServices does; RSS once they are up."""
    from agent_console.app.demo import DemoServices, server_available
    from agent_console.local_process import free_port

    tmp = Path(tempfile.mkdtemp(prefix="ac-demo-children-"))
    services = DemoServices(tmp, free_port(), first_delay_s=3600)
    rows = []
    try:
        services.start()
        if services.with_server and server_available():
            services.server_ready.wait(60)
        time.sleep(settle_s)
        for name, proc in services.processes.items():
            if proc.poll() is None:
                rows.append((name, rss_mb(proc.pid), _module_count(proc.pid)))
    finally:
        services.stop()
    return rows


def _module_count(pid: int) -> int:
    """Python extension modules and shared libraries mapped by the process (what it imported natively)."""
    maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
    return len({line.split()[-1] for line in maps if line.endswith(".so") or ".so." in line.split()[-1]})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phone", choices=["fake", "pjsua", "demo"], default="fake")
    parser.add_argument("--calls", type=int, default=300, help="calls measured after the warm-up")
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--step", type=int, default=25, help="RSS sample every STEP calls")
    parser.add_argument("--talk", default="0.8-1.2", help="pjsua/demo: A-B seconds of talk per call")
    parser.add_argument("--tracemalloc", action="store_true", help="also list the allocation sites that grew")
    parser.add_argument("--children", action="store_true", help="measure the --demo children instead")
    parser.add_argument("--settle", type=float, default=5.0, help="--children: seconds after start-up")
    parser.add_argument("--pulse", action="store_true", help="run a private PulseAudio for the phone's audio")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.children:
        rows = measure_children(args.settle)
        print(f"demo children, {args.settle:.0f} s after they are up (load: {os.getloadavg()[0]:.1f})")
        for name, mb, libs in rows:
            print(f"  {name:<8} RSS {mb:6.1f} MB   shared libraries mapped: {libs}")
        return 0
    pulse_dir = ""
    if args.pulse:  # a private PulseAudio with null devices: the phone's audio runs as on a laptop
        pulse_dir = tempfile.mkdtemp(prefix="ac-shift-pulse-")
        out = subprocess.run(["bash", str(ROOT / "scripts/services/pulseaudio.sh"), "start", pulse_dir],
                             capture_output=True, text=True, check=True, timeout=60)
        os.environ["PULSE_SERVER"] = out.stdout.strip().splitlines()[-1].split("=", 1)[1]
    try:
        result = run_shift(args)
    finally:
        if pulse_dir:
            subprocess.run(["bash", str(ROOT / "scripts/services/pulseaudio.sh"), "stop", pulse_dir],
                           capture_output=True, timeout=60)
    if args.json:
        print(json.dumps(result))
        return 0
    ok = result["mb_per_100"] <= TARGET_MB_PER_100
    print(f"bench_shift_memory: {args.phone} phone, {result['warmup']} warm-up + {result['calls']} calls in "
          f"{result['seconds']:.0f} s, {result['history_rows']} rows in history (load {os.getloadavg()[0]:.1f})")
    print(f"  RSS at the first call {result['start_mb']:.1f} MB, after the warm-up {result['points'][0][1]:.1f} MB")
    print("  RSS after warm-up + N calls: " + ", ".join(f"{n}: {mb:.1f}" for n, mb in result["points"]))
    print(f"  RSS growth per 100 calls: {result['mb_per_100']:+.2f} MB  (target <= {TARGET_MB_PER_100} MB: "
          f"{'ok' if ok else 'MISSED'})")
    print(f"  Qt objects: {result['qt_total'][0]} -> {result['qt_total'][1]}; growing per call: "
          + (", ".join(f"{n} {g:+.2f}" for n, g in result["qt_growth"]) or "none"))
    print("  Python objects growing per call: " + (", ".join(f"{n} {g:+.2f}" for n, g in result["py_growth"])
                                                 or "none"))
    if result["tracemalloc_kb"]:
        print("  tracemalloc, top growth sites (KB over the measured calls):")
        for where, kb in result["tracemalloc_kb"]:
            print(f"    {kb:9.1f}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
