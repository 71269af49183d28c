"""Run under scripts/services/keyring.sh by test_keyring.py: the sync client's secrets against a
real Secret Service (GNOME Keyring over D-Bus). Plain script: exit code 0 and "OK" = passed.

With a server URL argument it also signs in through the real engine, lets provisioning store the
SIP password, and checks that a second start restores the sign-in from the keyring alone."""

from __future__ import annotations

import asyncio
import io
import logging
import sys
import time
from pathlib import Path
from typing import Any

import keyring

from agent_console.app.secrets import get_sip_password
from agent_console.sync.credentials import Credentials, StoredToken
from agent_console.sync.engine import EngineOptions, SyncEngine

log_buffer = io.StringIO()
logging.basicConfig(level=logging.DEBUG, stream=log_buffer)


def check_credentials() -> None:
    backend = keyring.get_keyring()
    assert "SecretService" in type(backend).__module__, f"not a real Secret Service: {backend!r}"
    creds = Credentials("http://127.0.0.1:1/")
    tok = StoredToken(username="alice", token="tok-" + "x" * 40, expires_at_ms=2_000_000_000_000)
    creds.save_token(tok)
    assert Credentials("http://127.0.0.1:1").load_token() == tok  # a fresh object reads it back
    assert Credentials("http://other:1").load_token() is None  # per server
    creds.save_sip_password("1001", "pbx.example:5061", "sip-s3cret")
    assert creds.load_sip_password("1001", "pbx.example:5061") == "sip-s3cret"
    assert get_sip_password("1001", "pbx.example:5061") == "sip-s3cret"  # the phone set-up finds it
    creds.delete_token()
    creds.delete_token()  # idempotent
    assert creds.load_token() is None


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, args))


async def run_engine(server_url: str, journal: Path, login: bool) -> Recorder:
    rec = Recorder()
    engine = SyncEngine(server_url, journal, rec, options=EngineOptions(live=False))  # real Credentials
    task = asyncio.create_task(engine.run())
    await asyncio.sleep(0.3)
    if login:
        await engine.login("alice", sys.argv[2])
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not any(n == "provisioned" for n, _ in rec.calls):
        await asyncio.sleep(0.05)
    engine.stop()
    await task
    return rec


def check_engine(server_url: str, journal: Path) -> None:
    first = asyncio.run(run_engine(server_url, journal, login=True))
    assert ("logged_in", ("alice",)) in first.calls, first.calls
    assert not [c for c in first.calls if c[0] == "error"], first.calls
    stored = Credentials(server_url).load_token()
    assert stored is not None and stored.username == "alice"
    assert Credentials(server_url).load_sip_password("1001", "pbx.example:5061") == "sip-secret-1001"
    second = asyncio.run(run_engine(server_url, journal, login=False))  # no password typed
    assert ("logged_in", ("alice",)) in second.calls, second.calls
    assert not [c for c in second.calls if c[0] == "login_required"], second.calls
    logs = log_buffer.getvalue()
    for secret in (stored.token, sys.argv[2], "sip-secret-1001"):
        assert secret not in logs, "a secret reached the log"


if __name__ == "__main__":
    check_credentials()
    if len(sys.argv) > 2:
        check_engine(sys.argv[1], Path(sys.argv[3]))
    print("OK")
