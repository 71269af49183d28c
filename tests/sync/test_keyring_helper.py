"""Keyring calls run in a short-lived helper process: the console's own process never loads the
keyring stack, secrets travel only over the helper's pipes, failures reach the agent as before,
and a helper stuck on a frozen keyring does not outlive the console."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agent_console.sync import keyring_helper
from agent_console.sync.credentials import (
    CredentialError,
    Credentials,
    credential_error,
    insecure_text,
    locked_text,
    no_keyring_text,
)

from .kit import ROOT

KEYRING_SH = ROOT / "scripts" / "services" / "keyring.sh"
IDLE = Path(__file__).with_name("keyring_idle.py")


def _under_keyring(*cmd: str, state: str = "unlocked", timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KEYRING_STATE": state, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(["bash", str(KEYRING_SH), *cmd], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT, env=env)


def test_the_console_reads_its_sip_password_without_loading_the_keyring_stack() -> None:
    """Plain mode with a saved account: the phone gets the password from a real Secret Service and
    keyring, secretstorage, jeepney and cryptography are never imported in the console's process."""
    proc = _under_keyring(sys.executable, str(IDLE))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"password": "sip-idle-s3cret", "after_save": [], "after_read": []}


def test_a_secret_reaches_the_helper_only_through_its_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never on the helper's command line or in its environment; the answer says why it failed."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # no keyring here
    started: list[tuple[Any, dict[str, str]]] = []
    real_popen = subprocess.Popen

    def popen(args: Any, **kwargs: Any) -> Any:
        started.append((args, dict(kwargs.get("env") or os.environ)))
        return real_popen(args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", popen)
    with pytest.raises(CredentialError) as info:
        Credentials("").save_sip_password("1001", "pbx", "sip-pipe-s3cret")
    assert info.value.kind == "no_keyring" and str(info.value) == no_keyring_text()
    assert len(started) == 1
    args, env = started[0]
    assert args == keyring_helper.helper_command()
    assert not [v for v in (*args, *env.values()) if "sip-pipe-s3cret" in v]
    assert "sip-pipe-s3cret" not in str(info.value)


def test_the_helpers_answer_becomes_the_agents_message() -> None:
    assert str(credential_error("no_keyring")) == no_keyring_text()
    insecure = credential_error("no_keyring", "PlaintextKeyring")
    assert str(insecure) == insecure_text("PlaintextKeyring") and insecure.kind == "no_keyring"
    assert credential_error("locked").kind == "locked" and str(credential_error("locked")) == locked_text()
    failed = credential_error("failed", "DBusErrorResponse")
    assert failed.kind == "failed" and "DBusErrorResponse" in str(failed)


def test_a_helper_that_dies_is_a_failure_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring_helper, "helper_command", lambda: [sys.executable, "-c", "import sys; sys.exit(7)"])
    with pytest.raises(CredentialError) as info:
        Credentials("").load_sip_password("1001", "pbx")
    assert info.value.kind == "failed" and "7" in str(info.value)


STUCK = """
import os, sys, time
from agent_console.sync.credentials import Credentials
from agent_console.sync.keyring_worker import worker
worker().submit(Credentials("").load_sip_password, "1001", "pbx")
deadline = time.monotonic() + 20
helper = None
while helper is None and time.monotonic() < deadline:
    for task in os.listdir(f"/proc/{os.getpid()}/task"):
        children = open(f"/proc/{os.getpid()}/task/{task}/children").read().split()
        if children:
            helper = children[0]
    time.sleep(0.05)
time.sleep(1.0)  # the helper waits inside its D-Bus call by now
print(helper, flush=True)
os._exit(0)  # as the console leaves with a keyring call pending
"""

WATCH = """
import subprocess, sys, time
from pathlib import Path

def alive(pid):  # a zombie waiting to be reaped has exited
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False

out = subprocess.run([sys.executable, "-c", sys.argv[1]], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                     text=True, timeout=60).stdout
pid = int(out.split()[0])
deadline = time.monotonic() + 5
while alive(pid) and time.monotonic() < deadline:
    time.sleep(0.05)
print("helper", pid, "alive" if alive(pid) else "gone", flush=True)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_helper_stuck_on_a_frozen_keyring_ends_with_the_console() -> None:
    """Checked while the keyring daemon is still frozen (the keyring session ends with WATCH)."""
    proc = _under_keyring(sys.executable, "-c", WATCH, STUCK, state="frozen")
    line = [s for s in proc.stdout.splitlines() if s.startswith("helper ")]
    assert line, proc.stdout + proc.stderr
    assert line[0].endswith(" gone"), "the keyring helper outlived the console"


PRECHECK = """
import sys
from agent_console.diagnostics.precheck import check_keyring
line = check_keyring()
print(line.level, sorted(m for m in ("keyring", "secretstorage", "cryptography") if m in sys.modules))
"""


def test_the_pre_shift_checks_keyring_line_reads_through_the_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """Green against a real Secret Service without loading the keyring stack; red with no keyring."""
    proc = _under_keyring(sys.executable, "-c", PRECHECK)
    assert proc.returncode == 0 and proc.stdout.splitlines()[-1] == "green []", proc.stdout + proc.stderr
    from agent_console.diagnostics import precheck

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    line = precheck.check_keyring()
    assert line.level == precheck.RED and no_keyring_text() in line.text
