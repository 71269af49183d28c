"""CPU time and modules of the console up to its window's first paint, in-process and load-insensitive.

    .venv/bin/python bench/startup_first_paint.py                     # 5 runs, offscreen
    .venv/bin/python bench/startup_first_paint.py --baseline DIR      # and an older copy, in turns
    .venv/bin/python bench/startup_first_paint.py --profile 30        # cProfile of main(), top 30
    .venv/bin/python bench/startup_first_paint.py --modules FILE      # the modules loaded before the paint

Each run starts ``main()`` of ``agent-console`` in plain mode with a saved account (as
``bench_startup_peers.py`` does) in a fresh interpreter and a throwaway home. An event filter
on the application sees the main window's first paint; right behind it (a zero timer, as the
console's own ``AfterFirstPaint``) the run prints the process's CPU time so far (``os.times()``,
user + system, interpreter start included), the wall time since the spawn, and the number of
modules loaded, then leaves. CPU time hardly moves with the machine's load, wall time does: compare
the CPU columns. ``--baseline DIR`` runs another copy of the package (on ``PYTHONPATH``) in turns.
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

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, sys, time
t_spawn = float(sys.argv[1])
profile_top = int(sys.argv[2])
modules_file = sys.argv[3]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(["agent-console"])
profiler = None
if profile_top:
    import cProfile
    profiler = cProfile.Profile()

def finish():
    if profiler is not None:
        profiler.disable()
    t = os.times()
    out = {"cpu_ms": round((t.user + t.system) * 1000), "wall_ms": round((time.time() - t_spawn) * 1000),
           "modules": len(sys.modules)}
    if modules_file:
        with open(modules_file, "w") as f:
            f.write("\n".join(sorted(sys.modules)) + "\n")
    print("RESULT " + json.dumps(out), flush=True)
    if profiler is not None:
        import pstats
        stats = pstats.Stats(profiler, stream=sys.stderr).sort_stats(os.environ.get("PROFILE_SORT", "cumulative"))
        stats.print_stats(profile_top)
        if os.environ.get("PROFILE_CALLERS"):  # e.g. "re/__init__.py.*\(compile\)": who calls it
            stats.print_callers(os.environ["PROFILE_CALLERS"])
    sys.stderr.flush()
    os._exit(0)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, finish)
        return False

seen = FirstPaint()

def watch_window():
    # The event loop's first round, before the window's first expose and paint. A filter on the
    # window only: one on the whole application would make PySide6 wrap every object that gets an
    # event, which costs start-up time the console does not have.
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    windows[0].installEventFilter(seen)

QTimer.singleShot(0, watch_window)
from agent_console.app.main import main
if profiler is not None:
    profiler.enable()
main([])
"""


def one_run(extra_path: str | None, profile_top: int = 0, modules_file: str = "",
            platform: str = "offscreen") -> dict[str, int]:
    with tempfile.TemporaryDirectory(prefix="bench-first-paint-") as tmp:
        home = Path(tmp)
        cfg = home / "config" / "agent-console"
        cfg.mkdir(parents=True)
        (cfg / "agent-console.ini").write_text(
            "[account]\nagent=agent1\nregistrar=127.0.0.1:5999\nextension=1001\n[ui]\nlanguage=en\n")
        env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
               "XDG_CACHE_HOME": str(home / "cache"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
               "QT_QPA_PLATFORM": platform}
        if platform != "offscreen" and os.environ.get("DISPLAY"):
            env["DISPLAY"] = os.environ["DISPLAY"]
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):  # as an operator's session has (Qt and the tray use it)
            env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
        if extra_path:
            env["PYTHONPATH"] = extra_path
        env |= {k: v for k, v in os.environ.items() if k in ("PROFILE_SORT", "PROFILE_CALLERS")}
        t0 = time.time()
        proc = subprocess.run([sys.executable, "-c", CHILD, str(t0), str(profile_top), modules_file], env=env,
                              cwd=home, capture_output=True, text=True, timeout=120)  # not this tree's cwd on sys.path
        if profile_top:
            print(proc.stderr)
        for line in proc.stdout.splitlines():
            if line.startswith("RESULT "):
                return dict(json.loads(line[7:]))
        raise RuntimeError(f"no result (rc {proc.returncode}): {proc.stderr[-2000:]}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--baseline", type=Path, default=None, help="an older agent_console copy, run in turns")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="one run under cProfile, top N by cumulative")
    p.add_argument("--modules", default="", metavar="FILE", help="one run, writing the loaded modules to FILE")
    p.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (xcb needs DISPLAY)")
    args = p.parse_args()
    if args.profile or args.modules:
        print(one_run(None, args.profile, args.modules, args.platform))
        return 0
    copies = {"console": None} | ({"base": str(args.baseline)} if args.baseline else {})
    results: dict[str, list[dict[str, int]]] = {name: [] for name in copies}
    one_run(None, platform=args.platform)  # warm the page cache
    for _ in range(args.runs):
        for name, extra in copies.items():
            results[name].append(one_run(extra, platform=args.platform))
    print(f"load average {os.getloadavg()[0]:.1f}, {args.runs} runs each, median (min-max)")
    for name, runs in results.items():
        cpu = [r["cpu_ms"] for r in runs]
        wall = [r["wall_ms"] for r in runs]
        print(f"{name:8} CPU {statistics.median(cpu):5.0f} ms ({min(cpu)}-{max(cpu)})  "
              f"wall {statistics.median(wall):5.0f} ms ({min(wall)}-{max(wall)})  modules {runs[0]['modules']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
