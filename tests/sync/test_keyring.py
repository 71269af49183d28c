"""Secrets go to a real Secret Service and come back; without a keyring the agent gets a clear
message and nothing is written in plain text."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from agent_console.sync import credentials
from agent_console.sync.credentials import CredentialError, Credentials, StoredToken
from agent_console.sync.engine import EngineOptions, SyncEngine

from .kit import PASSWORD, ROOT, ServerProc

CHECK = Path(__file__).with_name("keyring_check.py")
KEYRING_SH = ROOT / "scripts" / "services" / "keyring.sh"


def _under_keyring(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(KEYRING_SH), sys.executable, str(CHECK), *args],
                          capture_output=True, text=True, timeout=90, cwd=ROOT)


def test_token_and_sip_password_in_a_real_secret_service() -> None:
    proc = _under_keyring()
    assert proc.returncode == 0 and proc.stdout.strip().endswith("OK"), proc.stdout + proc.stderr


@pytest.mark.slow
def test_sign_in_is_kept_in_the_keyring_across_restarts(server: ServerProc, tmp_path: Path) -> None:
    proc = _under_keyring(server.url, PASSWORD, str(tmp_path / "journal.sqlite3"))
    assert proc.returncode == 0 and proc.stdout.strip().endswith("OK"), proc.stdout + proc.stderr


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """keyring with a backend set in this process: the calls run here, not in the keyring helper."""
    monkeypatch.setattr(credentials, "IN_PROCESS", True)
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def test_no_keyring_gives_a_clear_message(backend: Any) -> None:
    backend(fail.Keyring())
    creds = Credentials("http://server")
    with pytest.raises(CredentialError) as info:
        creds.save_token(StoredToken("alice", "secret-token", 1))
    assert "keyring" in str(info.value) and "plain file" in str(info.value)
    assert "secret-token" not in str(info.value)
    with pytest.raises(CredentialError):
        creds.load_sip_password("1001", "pbx")


class PlaintextKeyring(KeyringBackend):
    """Looks like keyrings.alt's file backend: must be refused, not used."""

    priority = 1  # type: ignore[assignment]
    stored: dict[str, str] = {}  # noqa: RUF012

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop(username, None)


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_plaintext_backend_is_refused(backend: Any) -> None:
    backend(PlaintextKeyring())
    with pytest.raises(CredentialError) as info:
        Credentials("http://server").save_sip_password("1001", "pbx", "sip-secret")
    assert "plain file" in str(info.value)
    assert PlaintextKeyring.stored == {}


def test_locked_keyring_message(backend: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.errors import KeyringLocked

    def locked(*args: Any) -> None:
        raise KeyringLocked("locked")

    monkeypatch.setattr(credentials, "check_backend", lambda: [])
    monkeypatch.setattr(keyring, "get_password", locked)
    with pytest.raises(CredentialError, match="locked") as info:
        Credentials("http://server").load_token()
    assert info.value.kind == "locked"


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, args))


def test_without_keyring_sign_in_still_works_for_this_run(backend: Any, tmp_path: Path) -> None:
    """The agent can work (token in memory only) and is told once why it will not be remembered."""
    backend(fail.Keyring())

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/login"):
            return httpx.Response(200, json={"access_token": "t" * 40, "expires_at_ms": 9_999_999_999_999,
                                             "username": "alice", "role": "agent", "team": "north",
                                             "server_ms": 1_700_000_000_000})
        if request.url.path.endswith("/events"):
            ids = [e["event_id"] for e in json.loads(request.content)["events"]]
            return httpx.Response(200, json={"accepted": ids, "duplicates": [], "server_ms": 1})
        if request.url.path.endswith("/health"):
            return httpx.Response(200, json={"status": "ok", "server_ms": time.time_ns() // 1_000_000})
        return httpx.Response(503)

    async def go() -> Recorder:
        rec = Recorder()
        engine = SyncEngine("http://server", tmp_path / "j.sqlite3", rec, transport=httpx.MockTransport(handler),
                            options=EngineOptions(live=False))
        task = asyncio.create_task(engine.run())
        await asyncio.sleep(0.2)
        await engine.login("alice", "pw")
        await asyncio.sleep(0.3)
        engine.stop()
        await task
        return rec

    rec = asyncio.run(go())
    names = [n for n, _ in rec.calls]
    assert "logged_in" in names
    errors = [args[0] for n, args in rec.calls if n == "error"]
    assert len(errors) == 1 and "plain file" in errors[0]  # said once, not at every step
