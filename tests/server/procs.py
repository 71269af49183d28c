"""Real ``agent-console-server serve`` processes on loopback for end-to-end tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from agent_console.local_process import free_port, stop_process, wait_until_serving

CHEAP_ENV = {
    "AGENT_CONSOLE_SERVER_ARGON2_MEMORY_KIB": "1024",
    "AGENT_CONSOLE_SERVER_ARGON2_TIME_COST": "1",
}


class ServerProcess:
    def __init__(self, url: str, log: Path, port: int | None = None, **env: str) -> None:
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.ws = f"ws://127.0.0.1:{self.port}/api/v1/live"
        self._log = open(log, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "agent_console.server.cli", "serve", "--database-url", url,
             "--port", str(self.port), "--log-level", "warning"],
            env={**os.environ, **CHEAP_ENV, **env}, stdout=self._log, stderr=subprocess.STDOUT,
        )
        try:
            wait_until_serving(self.proc, self.base, log)
        except RuntimeError:
            self._log.close()
            raise

    def stop(self) -> None:
        stop_process(self.proc, 15)
        self._log.close()

    def login(self, user: str, password: str) -> dict[str, str]:
        r = httpx.post(f"{self.base}/api/v1/auth/login", json={"username": user, "password": password}, timeout=10)
        r.raise_for_status()
        return {"Authorization": f"Bearer {r.json()['access_token']}"}
