"""Each OS-keyring call in a short-lived helper process, so the console never loads the keyring stack.

The keyring library, secretstorage, jeepney and cryptography (with libcrypto) take about 16 MB of
memory once imported, and a process never gives that back; the console reads one secret at start
(the SIP password) and a few more on rare occasions. So every call runs here:

    <python or the frozen app> -m agent_console.sync.keyring_helper

The console (:func:`call_in_helper`, on its keyring worker thread) writes one JSON request on the
helper's stdin and reads the answer on its stdout; the helper makes the call and exits. Secrets
(a password to store, a password read) travel only over those two pipes: never on a command line,
in the environment, a log or a file. The helper inherits the console's environment, which holds
the D-Bus session address the keyring needs and no secret.

Request: ``{"call": "get_password" | "set_password" | "delete_password", "args": [...],
"unlock_asked": bool, "parent": pid}``. Answer lines: ``{"prompting": true}`` when the system's
unlock prompt opens (the console then says "unlock it in the window the system opened" if it has to
wait), then ``{"result": value}`` or ``{"error": kind, "detail": text}`` (a
:class:`~agent_console.sync.credentials.CredentialError`'s kind and detail; the console builds the
agent's translated message from them, the helper has no Qt).

A helper whose call hangs (a frozen keyring daemon, an unlock prompt left open) blocks the keyring
worker exactly as the call itself did before; on Linux it is killed when the console ends (the
parent-death signal), so it is never left behind.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

MODULE = "agent_console.sync.keyring_helper"


def helper_command() -> list[str]:
    """The helper's command line (no secret in it): the frozen app runs ``-m`` modules itself
    (``installer/launcher.py``)."""
    return [sys.executable, "-m", MODULE]


def call_in_helper(name: str, *args: str) -> Any:
    """``keyring.<name>(*args)`` in a helper process; blocking (run it on the keyring worker).

    Keeps the worker's once-per-run unlock state (``unlock_asked``, ``prompting``) as if the call
    ran here. Raises :class:`~agent_console.sync.credentials.CredentialError`."""
    import subprocess

    from agent_console.sync.credentials import credential_error
    from agent_console.sync.keyring_worker import worker

    state = worker()
    request = json.dumps({"call": name, "args": list(args), "unlock_asked": state.unlock_asked,
                          "parent": os.getpid()})
    try:
        proc = subprocess.Popen(helper_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                encoding="utf-8", close_fds=True)
    except OSError as exc:
        raise credential_error("failed", type(exc).__name__) from exc
    answer: dict[str, Any] | None = None
    assert proc.stdin is not None and proc.stdout is not None
    try:
        try:
            proc.stdin.write(request + "\n")
            proc.stdin.close()
        except OSError:
            pass  # the helper ended at once: its exit status says so below
        for line in proc.stdout:
            message = json.loads(line)
            if message.get("prompting"):
                state.unlock_asked = True
                state.prompting = True
                continue
            answer = message
            break
    except ValueError:
        answer = None
    finally:
        state.prompting = False
        proc.stdout.close()
        rc = proc.wait()
    if answer is None:
        raise credential_error("failed", f"keyring helper exit status {rc}")
    if "error" in answer:
        raise credential_error(str(answer["error"]), str(answer.get("detail", "")))
    return answer.get("result")


class _RunState:
    """The helper's stand-in for the keyring worker's unlock state: it tells the console when the
    unlock prompt opens, so the console's own state is the same as if the call ran there."""

    def __init__(self, unlock_asked: bool) -> None:
        self.unlock_asked = unlock_asked
        self._prompting = False

    @property
    def prompting(self) -> bool:
        return self._prompting

    @prompting.setter
    def prompting(self, value: bool) -> None:
        if value and not self._prompting:
            _answer({"prompting": True})
        self._prompting = value


def _answer(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _die_with_parent() -> None:
    """Linux: be killed when the console ends, even with a call that never returns."""
    if not sys.platform.startswith("linux"):
        return
    import contextlib
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG


def main() -> int:
    _die_with_parent()
    line = sys.stdin.readline()
    if not line:
        return 2
    request = json.loads(line)
    parent = request.get("parent")
    if parent is not None and os.getppid() != parent:
        return 3  # the console ended before the parent-death signal was armed
    from agent_console.sync.credentials import CredentialError, call_in_process

    try:
        result = call_in_process(str(request["call"]), *[str(a) for a in request["args"]],
                                 state=_RunState(bool(request.get("unlock_asked"))))
    except CredentialError as exc:
        _answer({"error": exc.kind, "detail": exc.detail})
    else:
        _answer({"result": result})
    return 0


if __name__ == "__main__":
    sys.exit(main())
