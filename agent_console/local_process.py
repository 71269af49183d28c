"""Child processes on loopback: the demo's server and caller, and the same in tests and benchmarks.

One place for the three things each of them needs: a free port, waiting until a server answers,
and an ordered stop (terminate, then kill).
"""

from __future__ import annotations

import contextlib
import random
import socket
import subprocess
import time
from pathlib import Path

QUIET_PORTS = range(20000, 32768)
"""Below the ports kernels hand out on their own (Linux 32768-60999, Windows and macOS 49152-):
those also go to outgoing connections, which can take one between :func:`free_port`'s check and
the child's bind ("address already in use")."""


def _bindable(port: int) -> bool:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u, \
                socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
            u.bind(("127.0.0.1", port))
            t.bind(("127.0.0.1", port))
    except OSError:
        return False
    return True


_handed_out: set[int] = set()
"""Ports this process has returned: two asked for in a row (a SIP port and its TLS port) are
free alike until a child binds them, so the same one must not come back."""


def free_port() -> int:
    """A port free on 127.0.0.1 for both UDP and TCP (SIP listens on both; HTTP needs TCP),
    picked at random among :data:`QUIET_PORTS` (parallel test runs rarely pick the same one),
    never one this process has already handed out."""
    rng = random.SystemRandom()
    for _ in range(200):
        port = rng.choice(QUIET_PORTS)
        if port not in _handed_out and _bindable(port):
            _handed_out.add(port)
            return port
    raise RuntimeError("no free port on 127.0.0.1")


def stop_process(proc: subprocess.Popen[bytes], grace_s: float = 10.0) -> None:
    """Ask the process to exit; kill it if it has not within ``grace_s``."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def wait_until_serving(proc: subprocess.Popen[bytes], base_url: str, log: Path, timeout_s: float = 30.0,
                       poll_s: float = 0.1) -> None:
    """Poll ``/api/v1/health`` until the server answers 200. If it exits or never answers, it is
    stopped and the error carries the tail of its log (what went wrong is usually there).

    httpx is imported here, not at the top: the console imports this module for ``free_port`` on
    its start path, where an HTTP client (about a fifth of a second of imports) is not needed."""
    import httpx

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{base_url}/api/v1/health", timeout=1).status_code == 200:
                return
        time.sleep(poll_s)
    stop_process(proc)
    raise RuntimeError(f"server not ready in {timeout_s:.0f}s: {log.read_text(errors='replace')[-2000:]}")
