"""The keyring worker: a call that never returns is bounded for its caller, reported to the GUI,
drops the calls queued behind it, and never holds the process or the sync engine at exit."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from agent_console.app.secrets import SecretRequests
from agent_console.sync import credentials
from agent_console.sync.credentials import CredentialError, StoredToken
from agent_console.sync.engine import EngineOptions, SyncEngine
from agent_console.sync.keyring_worker import KeyringWorker

from .kit import ROOT


def test_a_stuck_call_is_bounded_and_the_calls_behind_it_are_dropped() -> None:
    jobs = KeyringWorker()
    release = threading.Event()
    ran: list[str] = []

    async def go() -> None:
        t0 = time.monotonic()
        with pytest.raises(TimeoutError):
            await jobs.wait_async(release.wait, timeout_s=0.2)
        assert time.monotonic() - t0 < 1.0
        with pytest.raises(TimeoutError):  # queued behind the stuck one: given up, so never run
            await jobs.wait_async(ran.append, "late", timeout_s=0.2)

    asyncio.run(go())
    assert jobs.pending() and jobs.busy_for() > 0.3
    release.set()
    deadline = time.monotonic() + 5
    while jobs.pending() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not jobs.pending() and ran == []


def test_a_pending_keyring_call_does_not_hold_the_interpreter_at_exit() -> None:
    code = ("import threading; from agent_console.sync.keyring_worker import worker; "
            "worker().submit(threading.Event().wait); print('submitted', flush=True)")
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, cwd=ROOT)
    assert proc.returncode == 0 and "submitted" in proc.stdout, proc.stderr
    assert time.monotonic() - t0 < 10


def test_the_gui_is_told_when_the_keyring_is_silent_and_still_gets_the_late_answer(
        qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def slow_load(self: Any, extension: str, registrar: str) -> str:
        release.wait(10)
        return "sip-secret"

    monkeypatch.setattr(credentials.Credentials, "load_sip_password", slow_load)
    requests = SecretRequests(timeout_s=0.2)
    got: list[tuple[str, ...]] = []
    requests.waiting.connect(lambda *a: got.append(("waiting", *a)))
    requests.sip_password.connect(lambda *a: got.append(("password", *a)))
    t0 = time.monotonic()
    requests.read_sip_password("1001", "pbx")
    assert time.monotonic() - t0 < 0.1  # asking never waits
    deadline = time.monotonic() + 5
    while not got and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    assert got and got[0][:3] == ("waiting", "read", "silent") and "does not answer" in got[0][3]
    release.set()
    while len(got) < 2 and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    assert got[1] == ("password", "1001", "pbx", "sip-secret")
    assert not requests.pending()


def test_a_keyring_error_reaches_the_gui_with_its_kind(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(self: Any, extension: str, registrar: str) -> str:
        raise CredentialError(credentials.locked_text(), "locked")

    monkeypatch.setattr(credentials.Credentials, "load_sip_password", locked)
    requests = SecretRequests()
    got: list[tuple[str, ...]] = []
    requests.problem.connect(lambda *a: got.append(a))
    requests.read_sip_password("1001", "pbx")
    deadline = time.monotonic() + 5
    while not got and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    assert got and got[0][:2] == ("read", "locked") and "locked" in got[0][2]


class Silent:
    """A credential store whose keyring never answers."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def load_token(self) -> StoredToken | None:
        self.release.wait(30)
        return None

    def save_token(self, token: StoredToken) -> None:
        self.release.wait(30)

    def delete_token(self) -> None:
        self.release.wait(30)

    def save_sip_password(self, extension: str, registrar: str, password: str) -> None:
        self.release.wait(30)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, args))


def test_the_sync_engine_stops_at_once_while_the_keyring_is_silent(tmp_path: Path) -> None:
    store = Silent()

    async def go() -> float:
        engine = SyncEngine("http://127.0.0.1:1", tmp_path / "j.sqlite3", Recorder(), credentials=store,
                            options=EngineOptions(live=False))
        task = asyncio.create_task(engine.run())
        await asyncio.sleep(0.3)  # restoring the token: waiting for the keyring
        t0 = time.monotonic()
        engine.stop()
        await asyncio.wait_for(task, 5)
        return time.monotonic() - t0

    try:
        assert asyncio.run(go()) < 1.0
    finally:
        store.release.set()

