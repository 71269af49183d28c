"""The self-contained console, built once per test session by ``installer/build_app.sh``.

``AC_FROZEN_APP=/path/to/agent-console-folder`` reuses a folder built before (local iteration);
CI builds it from the clean clone.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    prebuilt = os.environ.get("AC_FROZEN_APP")
    if prebuilt:
        return Path(prebuilt)
    app = ROOT / "build" / "pyinstaller" / "dist" / "agent-console"
    # Built once per run even when several xdist workers ask for it (PyInstaller empties the dist
    # folder while it builds): the first takes the lock and builds, the others wait and reuse.
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID", str(os.getpid()))
    app.parent.parent.mkdir(parents=True, exist_ok=True)
    with open(app.parent.parent / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = app.parent.parent / f".built-{run_id}"
        if not done.exists():
            out = subprocess.run(["bash", str(ROOT / "installer" / "build_app.sh")], capture_output=True,
                                 text=True, timeout=900)
            assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
            done.touch()
    assert (app / "agent-console").is_file()
    return app


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server (Xvfb) on a free display number: the xcb platform plugin's test."""
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb not installed")
    for n in range(220, 240):
        if Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
            continue
        proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                try:
                    yield f":{n}"
                finally:
                    proc.terminate()
                    proc.wait(5)
                return
            time.sleep(0.1)
        proc.kill()
        proc.wait(5)
    pytest.skip("could not start Xvfb")
