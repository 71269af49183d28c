"""Every revocation path closes every live socket of the revoked tokens, in every server process,
within about a second: the CLI's ``disable-user`` and ``set-password`` included (they write the
database directly; the servers learn it from their revocation poll or, on PostgreSQL, at once
from the live bus)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from .conftest import truncate_pg
from .kit import PASSWORD
from .procs import CHEAP_ENV, ServerProcess
from .test_server_processes import seed


def cli(url: str, *args: str, stdin: str | None = None) -> None:
    import os

    proc = subprocess.run([sys.executable, "-m", "agent_console.server.cli", *args, "--database-url", url],
                          input=stdin, capture_output=True, text=True, timeout=60, env={**os.environ, **CHEAP_ENV})
    assert proc.returncode == 0, proc.stderr


def closed_within(ws: Any, seconds: float) -> tuple[int | None, float]:
    """Read until the server closes the socket; (close code, seconds it took)."""
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < seconds:
            ws.recv(timeout=max(0.05, seconds - (time.monotonic() - t0)))
    except ConnectionClosed as exc:
        return (exc.rcvd.code if exc.rcvd else None), time.monotonic() - t0
    except TimeoutError:
        pass
    return None, time.monotonic() - t0


def open_feed(stack: ExitStack, srv: ServerProcess, headers: dict[str, str]) -> Any:
    ws = stack.enter_context(connect(srv.ws, additional_headers=headers, open_timeout=10))
    assert json.loads(ws.recv(timeout=10))["type"] == "snapshot"
    return ws


def check_paths(url: str, servers: list[ServerProcess]) -> None:
    with ExitStack() as stack:
        # disable-user: a supervisor's feeds on every process close.
        feeds = [open_feed(stack, srv, srv.login("sue", PASSWORD)) for srv in servers]
        cli(url, "disable-user", "sue")
        for ws in feeds:
            code, took = closed_within(ws, 5.0)
            assert code == 4001 and took < 3.0, f"code {code} after {took:.1f} s (disable-user)"
        # set-password: the agent's feeds close; the new password works.
        feeds = [open_feed(stack, srv, srv.login("ann", PASSWORD)) for srv in servers]
        cli(url, "set-password", "ann", "--password-stdin", stdin="another password 7\n")
        for ws in feeds:
            code, took = closed_within(ws, 5.0)
            assert code == 4001 and took < 3.0, f"code {code} after {took:.1f} s (set-password)"
    assert servers[0].login("ann", "another password 7")


def test_cli_revocations_close_live_sockets_on_sqlite(tmp_path: Path, sqlite_url: str) -> None:
    seed(sqlite_url)
    srv = ServerProcess(sqlite_url, tmp_path / "serve.log")
    try:
        check_paths(sqlite_url, [srv])
    finally:
        srv.stop()


@pytest.mark.slow
@pytest.mark.postgres
def test_cli_revocations_close_live_sockets_in_two_postgres_processes(tmp_path: Path, pg_url: str) -> None:
    truncate_pg(pg_url)
    seed(pg_url)
    # A long revocation poll: on PostgreSQL the CLI's NOTIFY must do it alone, at once.
    a = ServerProcess(pg_url, tmp_path / "a.log", AGENT_CONSOLE_SERVER_REVOCATION_SWEEP_S="30")
    b = ServerProcess(pg_url, tmp_path / "b.log")
    try:
        check_paths(pg_url, [a, b])
    finally:
        a.stop()
        b.stop()
