"""Start-up time of the console: the venv's entry point next to the self-contained (PyInstaller) build.

    .venv/bin/python bench/bench_startup.py                       # venv and build/pyinstaller/dist
    .venv/bin/python bench/bench_startup.py --frozen /opt/agent-console --runs 7
    .venv/bin/python bench/bench_startup.py --baseline DIR     # DIR: an older agent_console copy, as "base"

Each run starts ``agent-console --demo`` offscreen in a throwaway home and measures the time from
spawn until the demo logs that it started its caller, which it does right after the main window
was shown (``Console.start``): interpreter or bootloader, imports, Qt, journal, window. The first
run of each is reported apart (cold page cache for the frozen folder), the rest as median and max.
With ``--baseline`` the venv and the older copy (on ``PYTHONPATH``) start in turns, so load on
the machine hits both alike.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = b"demo: started caller"


def one_start(argv: list[str], timeout_s: float = 60.0, extra_env: dict[str, str] | None = None) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
               **(extra_env or {})}
        t0 = time.perf_counter()
        proc = subprocess.Popen([*argv, "--demo"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        seen = b""
        elapsed = float("nan")
        try:
            while time.perf_counter() - t0 < timeout_s:
                ready, _, _ = select.select([proc.stderr], [], [], 0.05)
                if ready:
                    chunk = os.read(proc.stderr.fileno(), 65536)
                    if not chunk:
                        break
                    seen += chunk
                    if MARK in seen:
                        elapsed = time.perf_counter() - t0
                        break
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        return elapsed


def report(name: str, argv: list[str], runs: int, times: list[float] | None = None) -> None:
    times = times or [one_start(argv) for _ in range(runs)]
    first, rest = times[0], times[1:] or times
    print(f"{name:8s} first {first * 1000:6.0f} ms   then median {statistics.median(rest) * 1000:6.0f} ms, "
          f"max {max(rest) * 1000:6.0f} ms  ({len(rest)} runs)  [{' '.join(argv)}]")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--frozen", type=Path, default=ROOT / "build" / "pyinstaller" / "dist" / "agent-console",
                   help="the PyInstaller folder (or /opt/agent-console)")
    p.add_argument("--baseline", type=Path, default=None,
                   help="a directory holding another agent_console package (e.g. `git archive` of an older "
                        "commit plus its built forms), started in turns with the venv as 'base'")
    args = p.parse_args()
    venv = [str(ROOT / ".venv" / "bin" / "agent-console")]
    if args.baseline is not None:
        base_env = {"PYTHONPATH": str(args.baseline)}
        pairs = [(one_start(venv), one_start(venv, extra_env=base_env)) for _ in range(args.runs)]
        report("venv", venv, args.runs, [a for a, _ in pairs])
        report("base", venv, args.runs, [b for _, b in pairs])
        print(f"load average now {os.getloadavg()[0]:.1f}")
        return
    report("venv", venv, args.runs)
    exe = args.frozen / "agent-console"
    if exe.exists():
        report("frozen", [str(exe)], args.runs)
    else:
        print(f"frozen   not built ({exe}): bash installer/build_app.sh")


if __name__ == "__main__":
    main()
