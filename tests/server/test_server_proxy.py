"""Behind a real nginx (scripts/services/nginx.sh): the server sees each client's own address
(X-Forwarded-For trusted from the configured proxy only), and failed logins from an address
cannot lock out a user who has logged in from that address before."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import ROOT
from .kit import PASSWORD
from .procs import ServerProcess
from .test_server_processes import seed

LIMIT = 6


@pytest.fixture
def proxied(tmp_path: Path, sqlite_url: str) -> Iterator[tuple[ServerProcess, str]]:
    """A server trusting 127.0.0.1 (where nginx connects from) and nginx in front of it."""
    seed(sqlite_url)
    srv = ServerProcess(sqlite_url, tmp_path / "serve.log", AGENT_CONSOLE_SERVER_FORWARDED_ALLOW_IPS="127.0.0.1",
                        AGENT_CONSOLE_SERVER_LOGIN_MAX_PER_ADDRESS=str(LIMIT))
    script = ROOT / "scripts" / "services" / "nginx.sh"
    out = subprocess.run(["bash", str(script), "start", str(srv.port)], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        srv.stop()
        pytest.fail(f"could not start nginx: {out.stderr[-2000:]}")
    values = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    try:
        yield srv, f"http://127.0.0.1:{values['NGINX_PORT']}"
    finally:
        subprocess.run(["bash", str(script), "stop", values["NGINXDIR"]], timeout=60, check=False)
        srv.stop()


def login(base: str, source: str, user: str, password: str, **headers: str) -> int:
    """POST /auth/login from the loopback address ``source`` (127.0.0.x all reach 127.0.0.1)."""
    with httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=source), timeout=20) as c:
        return c.post("/api/v1/auth/login", json={"username": user, "password": password}, headers=headers).status_code


def spray(base: str, source: str, n: int) -> None:
    for _ in range(n):
        assert login(base, source, f"x{uuid.uuid4().hex[:8]}", "wrong password") == 401


def test_clients_behind_the_proxy_keep_their_own_addresses(proxied: tuple[ServerProcess, str]) -> None:
    srv, proxy = proxied
    spray(proxy, "127.0.0.3", LIMIT)
    assert login(proxy, "127.0.0.3", "ann", PASSWORD) == 429  # that address is throttled...
    assert login(proxy, "127.0.0.4", "ann", PASSWORD) == 200  # ...not everyone behind the proxy
    # A client cannot pick its address: nginx replaces X-Forwarded-For, and the server ignores
    # the header from anyone but the proxy.
    assert login(proxy, "127.0.0.3", "cat", PASSWORD, **{"X-Forwarded-For": "10.9.9.9"}) == 429
    assert login(srv.base, "127.0.0.3", "cat", PASSWORD, **{"X-Forwarded-For": "10.9.9.9"}) == 429
    log = Path(srv._log.name).read_text(errors="replace")
    assert "address=127.0.0.3" in log and "address=10.9.9.9" not in log and "address=127.0.0.1" not in log


def test_a_known_address_is_not_locked_out_by_others_failures(proxied: tuple[ServerProcess, str]) -> None:
    _srv, proxy = proxied
    assert login(proxy, "127.0.0.2", "ann", PASSWORD) == 200  # ann's usual machine (NAT, office)
    spray(proxy, "127.0.0.2", LIMIT)  # someone else behind the same address
    assert login(proxy, "127.0.0.2", "cat", PASSWORD) == 429  # never logged in from there
    assert login(proxy, "127.0.0.2", "ann", PASSWORD) == 200  # the owner still gets in
    assert login(proxy, "127.0.0.2", "ann", "wrong password") == 401  # and a wrong password still counts


def test_a_known_address_is_remembered_across_processes(tmp_path: Path, sqlite_url: str) -> None:
    """The address comes from the token table, so a restarted (or another) process knows it too."""
    seed(sqlite_url)
    first = ServerProcess(sqlite_url, tmp_path / "a.log", AGENT_CONSOLE_SERVER_LOGIN_MAX_PER_ADDRESS=str(LIMIT))
    try:
        assert login(first.base, "127.0.0.5", "ann", PASSWORD) == 200
    finally:
        first.stop()
    second = ServerProcess(sqlite_url, tmp_path / "b.log", AGENT_CONSOLE_SERVER_LOGIN_MAX_PER_ADDRESS=str(LIMIT))
    try:
        spray(second.base, "127.0.0.5", LIMIT)
        assert login(second.base, "127.0.0.5", "cat", PASSWORD) == 429
        assert login(second.base, "127.0.0.5", "ann", PASSWORD) == 200
    finally:
        second.stop()
