"""Nothing the console starts outlives it: without a session bus, Qt's first D-Bus use must not
autolaunch a dbus-launch/dbus-daemon pair (they stayed after every demo run under Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

PROBE = """
import sys
from agent_console.app.main import no_bus_autolaunch
if sys.argv[1] == "guarded":
    no_bus_autolaunch()
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication([])
QSystemTrayIcon.isSystemTrayAvailable()
QDBusConnection.sessionBus().isConnected()
"""


def _marked(mark: str) -> list[str]:
    """Processes that inherited our marker variable (detached ones included)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if f"AC_LEFTOVER_MARK={mark}".encode() in (proc / "environ").read_bytes().split(b"\0"):
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                found.append(f"{proc.name} {cmdline}")
        except OSError:
            continue
    return found


@pytest.fixture
def xvfb_display():  # type: ignore[no-untyped-def]
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb not installed")
    for n in range(180, 200):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            continue
        proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "800x600x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                yield f":{n}"
                proc.terminate()
                proc.wait(5)
                return
            time.sleep(0.1)
        proc.kill()
    pytest.skip("could not start Xvfb")


def _run(display: str, mode: str) -> list[str]:
    mark = uuid.uuid4().hex
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", AC_LEFTOVER_MARK=mark)
    subprocess.run([sys.executable, "-c", PROBE, mode], env=env, timeout=60, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    left = _marked(mark)
    for line in left:  # clean up what the unguarded run leaves, by its pid
        subprocess.run(["kill", "-9", line.split()[0]], check=False)
    return left


@pytest.mark.skipif(not shutil.which("dbus-launch"), reason="no dbus-launch: nothing could be autolaunched")
def test_no_dbus_daemon_outlives_the_console(xvfb_display: str) -> None:
    assert any("dbus" in p for p in _run(xvfb_display, "bare")), "the probe no longer shows the autolaunch"
    assert _run(xvfb_display, "guarded") == []
