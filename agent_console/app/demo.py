"""The embedded default behind ``agent-console --demo``: no PBX, no server to install.

- the phone runs in direct mode (``registrar=""``) on a free local UDP port;
- a local central server on SQLite is started as a subprocess when its extra is installed;
- the simulated caller (a second pjsua2 endpoint, in its own process: one Endpoint per process)
  calls the agent at a configurable rate.

Both subprocesses are stopped on exit (SIGTERM, then SIGKILL after a grace period) and their
output goes to log files in the demo directory, so a newcomer can read what happened.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from agent_console.local_process import free_port

log = logging.getLogger(__name__)

DEMO_USER = "demo"


def server_available() -> bool:
    try:
        return (
            importlib.util.find_spec("agent_console.server.cli") is not None
            and importlib.util.find_spec("fastapi") is not None
        )
    except (ImportError, ValueError):
        return False


@dataclass
class DemoServices:
    directory: Path
    agent_port: int
    rate_per_min: float = 3.0
    first_delay_s: float = 6.0
    talk_seconds: str = ""
    """"A-B" seconds of talk per simulated call ("": the simulator's own range)."""
    with_server: bool = True
    server_port: int = 0
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    on_server_ready: Callable[[str, str, str], None] | None = None
    """Called from a background thread with (url, user, password) once the server answers."""
    password: str = field(default="", repr=False)
    server_ready: threading.Event = field(default_factory=threading.Event)
    _stopping: bool = False

    def start(self) -> None:
        """Start the simulated caller now and the server in the background (it takes seconds to
        migrate and create the demo account; the window must not wait for it)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self._spawn("caller", [
            "-m", "agent_console.phone.simulator", "--target", f"sip:agent@127.0.0.1:{self.agent_port}",
            "--rate-per-min", str(self.rate_per_min), "--first-delay", str(self.first_delay_s),
            *(["--talk-seconds", self.talk_seconds] if self.talk_seconds else []),
        ])
        if self.with_server and server_available():
            self.server_port = self.server_port or free_port()
            threading.Thread(target=self._start_server, name="demo-server", daemon=True).start()

    def _start_server(self) -> None:
        """A fresh demo database with one agent account whose password lives only in memory."""
        db = self.directory / "demo-server.sqlite3"
        for leftover in self.directory.glob("demo-server.sqlite3*"):
            leftover.unlink(missing_ok=True)
        url = f"sqlite:///{db}"
        cli = ["-c", "import sys; from agent_console.server.cli import main; sys.exit(main())"]
        self.password = secrets.token_urlsafe(16)
        try:
            subprocess.run([sys.executable, *cli, "migrate", "--database-url", url],
                           capture_output=True, timeout=60, check=True)
            subprocess.run([sys.executable, *cli, "create-user", DEMO_USER, "--role", "agent", "--team", "demo",
                            "--password-stdin", "--database-url", url],
                           input=(self.password + "\n").encode(), capture_output=True, timeout=60, check=True)
        except (OSError, subprocess.SubprocessError) as exc:
            log.error("demo: could not prepare the server database: %s", exc)
            return
        if self._stopping:
            return
        self._spawn("server", [*cli, "serve", "--database-url", url, "--port", str(self.server_port)])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not self._stopping and self.alive("server"):
            with socket.socket() as s, contextlib.suppress(OSError):
                s.settimeout(0.5)
                s.connect(("127.0.0.1", self.server_port))
                self.server_ready.set()
                if self.on_server_ready is not None:
                    self.on_server_ready(self.server_url, DEMO_USER, self.password)
                return
            time.sleep(0.2)
        log.error("demo: the server did not start (see %s)", self.directory / "server.log")

    @property
    def server_url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}" if self.server_port else ""

    def _spawn(self, name: str, args: list[str]) -> None:
        logfile = (self.directory / f"{name}.log").open("ab")
        try:
            self.processes[name] = subprocess.Popen(
                [sys.executable, *args], stdout=logfile, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
            log.info("demo: started %s (pid %d)", name, self.processes[name].pid)
        except OSError as exc:
            log.error("demo: could not start %s: %s", name, exc)
        finally:
            logfile.close()

    def alive(self, name: str) -> bool:
        proc = self.processes.get(name)
        return proc is not None and proc.poll() is None

    def stop(self, grace_s: float = 5.0) -> None:
        self._stopping = True
        for proc in self.processes.values():
            if proc.poll() is None:
                proc.terminate()
        for name, proc in self.processes.items():
            try:
                proc.wait(grace_s)
            except subprocess.TimeoutExpired:
                log.warning("demo: %s did not stop in %.0fs: killing it", name, grace_s)
                proc.kill()
                proc.wait(grace_s)
        self.processes.clear()
