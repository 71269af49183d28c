"""The embedded default behind ``agent-console --demo``: no PBX, no server to install.

- the phone runs in direct mode (``registrar=""``) on a free local UDP port;
- a local central server on SQLite is started as a subprocess when its extra is installed;
- the simulated caller (a second pjsua2 endpoint, in its own process: one Endpoint per process)
  calls the agent at a configurable rate.

Both subprocesses are stopped on exit (SIGTERM, then SIGKILL after a grace period) and their
output goes to log files in the demo directory, so a newcomer can read what happened.
"""

from __future__ import annotations

import importlib.util
import logging
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


def free_port(kind: int = socket.SOCK_DGRAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
    with_server: bool = True
    server_port: int = 0
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        if self.with_server and server_available():
            self.server_port = self.server_port or free_port(socket.SOCK_STREAM)
            db = self.directory / "demo-server.sqlite3"
            self._spawn(
                "server",
                [
                    "-c",
                    "import sys; from agent_console.server.cli import main; sys.exit(main())",
                    "serve",
                    "--database-url",
                    f"sqlite:///{db}",
                    "--port",
                    str(self.server_port),
                ],
            )
        self._spawn(
            "caller",
            [
                "-m",
                "agent_console.phone.simulator",
                "--target",
                f"sip:agent@127.0.0.1:{self.agent_port}",
                "--rate-per-min",
                str(self.rate_per_min),
                "--first-delay",
                str(self.first_delay_s),
            ],
        )

    @property
    def server_url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}" if "server" in self.processes else ""

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
