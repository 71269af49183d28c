"""Run an installed or frozen console the way a fresh desktop would: a clean environment, a
throwaway home, no venv on PATH; then stop it as a log-out does (SIGTERM) and check it went."""

from __future__ import annotations

import os
import pwd
import re
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

CLEAN_PATH = "/usr/local/bin:/usr/bin:/bin"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What ``env -i`` plus a login would give: no PYTHONPATH, no VIRTUAL_ENV, no venv on PATH."""
    return {"HOME": str(home), "PATH": CLEAN_PATH, "LANG": "C.UTF-8", **extra}


def as_user(user: str | None, argv: list[str], env: dict[str, str]) -> list[str]:
    """``env -i`` (optionally as another user through setpriv): nothing inherited from this process."""
    cmd = ["env", "-i", *[f"{k}={v}" for k, v in env.items()], *argv]
    if user is None:
        return cmd
    gid = pwd.getpwnam(user).pw_gid
    return ["setpriv", f"--reuid={user}", f"--regid={gid}", "--init-groups", "--", *cmd]


@dataclass
class SmokeResult:
    returncode: int
    output: str
    alive_after_s: float
    leftover_pids: list[int]


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[-1].startswith("Z"))


def demo_smoke(argv: list[str], home: Path, *, seconds: float = 15.0, user: str | None = None,
               display: str | None = None) -> SmokeResult:
    """Start ``argv --demo`` offscreen (or on the X display given), let it run ``seconds``, SIGTERM
    it and collect its output and any demo helper process (the simulated caller) that survived it."""
    env = clean_env(home, QT_QPA_PLATFORM="offscreen") if display is None else \
        clean_env(home, QT_QPA_PLATFORM="xcb", DISPLAY=display)
    log = home / "smoke-output.txt"
    with log.open("wb") as out:
        proc = subprocess.Popen(as_user(user, [*argv, "--demo", "--demo-rate", "30"], env),
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        start = time.monotonic()
        while time.monotonic() - start < seconds and proc.poll() is None:
            time.sleep(0.2)
        alive = time.monotonic() - start
        if proc.poll() is None:
            # setpriv/env exec the console, so this pid is the console itself
            proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = proc.wait(10)
    text = log.read_text(errors="replace")
    pids = [int(p) for p in re.findall(r"demo: started \w+ \(pid (\d+)\)", text)]
    time.sleep(0.5)
    return SmokeResult(rc, text, alive, [p for p in pids if pid_alive(p)])
