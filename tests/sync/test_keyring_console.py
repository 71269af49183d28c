"""The real console against a keyring that does not answer, a locked one, and none at all.

Each test starts ``agent-console`` (through keyring_console.py, which adds a GUI stall meter) as a
subprocess with a PBX and a server configured, so it reads the SIP password and the server token
from the keyring at start. It checks that the window shows and stays responsive (no event-loop
stall), that the operator can work (a status change) and is told what to do, that SIGTERM ends the
process within 5 s although a keyring call is still pending, and that the journal was closed
cleanly (no WAL left behind, intact, the status change in it).
"""

from __future__ import annotations

import itertools
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agent_console.journal import Journal
from agent_console.local_process import free_port
from agent_console.sync.keyring_worker import KEYRING_TIMEOUT_S

from .kit import ROOT

DRIVER = Path(__file__).with_name("keyring_console.py")
KEYRING_SH = ROOT / "scripts" / "services" / "keyring.sh"
TERM_LIMIT_S = 5.0
STALL_LIMIT_MS = KEYRING_TIMEOUT_S * 1000 * 0.9
"""A GUI thread waiting for the keyring stalls for as long as the call (for ever before the fix, at least
the 5 s bound with a timeout on the GUI thread), so the limit sits just under that bound. Measured here:
100-820 ms; up to 2.9 s once in CI, when the first status change's fsync'ed journal commit met three
parallel test workers' disk traffic (a stall of the journal, not of the keyring: bench_gui.py's business)."""

FIRST_TURNS_LIMIT_MS = 20_000.0
pytestmark = pytest.mark.slow


def translated(lang: str, context: str, source: str) -> str:
    if lang == "en":
        return source
    root = ET.parse(ROOT / "resources" / "translations" / f"agent_console_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for msg in ctx.iter("message"):
                if msg.findtext("source") == source:
                    return msg.findtext("translation") or ""
    raise AssertionError(f"{source!r} has no {lang} translation")


@dataclass
class Console:
    proc: subprocess.Popen[str]
    journal: Path
    stderr: Path
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)
    pid: int = 0

    def wait_for(self, match: Callable[[str], bool], timeout_s: float) -> str:
        deadline = time.monotonic() + timeout_s
        for line in self.seen:
            if match(line):
                return line
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            self.seen.append(line)
            if match(line):
                return line
        raise AssertionError(f"not seen in {timeout_s:.0f} s; stdout: {self.seen[-40:]}\n{self.log()}")

    def log(self) -> str:
        return self.stderr.read_text(errors="replace")[-6000:] if self.stderr.exists() else ""

    def drain(self) -> None:
        while True:
            try:
                self.seen.append(self.lines.get_nowait())
            except queue.Empty:
                return


def _alive(pid: int) -> bool:
    """Not exited yet (a zombie waiting for its parent has exited)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


@pytest.fixture
def launch(tmp_path: Path) -> Iterator[Callable[..., Console]]:
    started: list[Console] = []

    def go(lang: str, keyring_state: str | None, *, display: str | None = None, demo: bool = False) -> Console:
        config = tmp_path / "agent-console.ini"
        config.write_text(
            "[account]\nagent=alice\nextension=1001\n"
            f"registrar=127.0.0.1:{free_port()}\n"
            f"[server]\nserver_url=http://127.0.0.1:{free_port()}\n"
        )
        journal = tmp_path / "journal.sqlite3"
        cmd = [sys.executable, str(DRIVER), "--config", str(config), "--journal", str(journal), "--lang", lang,
               *(["--demo", "--demo-rate", "0"] if demo else [])]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "KEYRING_"))}
        env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        env.pop("DISPLAY", None)
        if display:
            env["DISPLAY"] = display  # for the system prompter, started by the private bus
        if keyring_state is None:  # no D-Bus at all: no bus address, an empty runtime dir
            for name in ("home", "runtime"):
                (tmp_path / name).mkdir(mode=0o700)
            env.update(HOME=str(tmp_path / "home"), XDG_RUNTIME_DIR=str(tmp_path / "runtime"))
        else:
            cmd = ["bash", str(KEYRING_SH), *cmd]
            env["KEYRING_STATE"] = keyring_state
        stderr = tmp_path / "stderr.log"
        with stderr.open("w") as err:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=env, cwd=ROOT,
                                    start_new_session=True)
        console = Console(proc, journal, stderr)
        started.append(console)

        def read() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                console.lines.put(line.rstrip("\n"))

        threading.Thread(target=read, daemon=True).start()
        console.pid = int(console.wait_for(lambda s: s.startswith("pid "), 30).split()[1])
        return console

    yield go
    for console in started:
        if console.proc.poll() is None:
            os.killpg(console.proc.pid, signal.SIGKILL)
            console.proc.wait(10)


def works_while_the_keyring_waits(console: Console, expected: str) -> None:
    """The window shows, the operator is told ``expected``, can change status, the GUI never stalls;
    then SIGTERM ends the process within 5 s and the journal is intact."""
    responsive_until(console, lambda s: s.startswith("message ") and expected in s, KEYRING_TIMEOUT_S + 20)


def responsive_until(console: Console, match: Callable[[str], bool], timeout_s: float) -> str:
    """See works_while_the_keyring_waits; ``match`` is the line awaited before SIGTERM."""
    console.wait_for(lambda s: s == "shown", 60)
    first = float(console.wait_for(lambda s: s.startswith("stall "), 30).split()[1])
    # The first turns (paint, phone and sync start, the first journal commit with its fsync) are
    # bench/bench_gui.py's business; they only must not wait for the keyring (for ever, before).
    assert first < FIRST_TURNS_LIMIT_MS, console.seen
    steady_from = len(console.seen)
    console.wait_for(lambda s: s == "status available", 15)
    message = console.wait_for(match, timeout_s)
    time.sleep(1.0)  # a keyring call may still be pending: keep measuring a little longer
    console.drain()
    reports = [(float(s.split()[1]), float(s.split()[2])) for s in console.seen[steady_from:]
               if s.startswith("stall ")]
    stalls = [stall for stall, _at in reports]
    # The meter ran all along, on the console's own clock (the test process itself may be starved
    # on a busy machine): each report follows the one before by half a second plus what stalled in
    # between (the journal's fsync on a busy disk can hold a turn for seconds: the limit below is
    # for that), and it still reports after the message.
    assert reports, console.seen
    for (_, before), (stall, at) in itertools.pairwise(reports):
        assert at - before <= 500 + 3 * stall + 1000, (reports, console.seen)
    assert any(s.startswith("stall ") for s in console.seen[console.seen.index(message) + 1:]), console.seen
    assert max(stalls) < STALL_LIMIT_MS, (max(stalls), console.seen)

    t0 = time.monotonic()
    os.kill(console.pid, signal.SIGTERM)
    while _alive(console.pid) and time.monotonic() - t0 < 30:
        time.sleep(0.02)
    took = time.monotonic() - t0
    assert took < TERM_LIMIT_S, f"SIGTERM took {took:.1f} s\n{console.log()}"
    assert console.proc.wait(30) == 0, console.log()

    assert not Path(f"{console.journal}-wal").exists(), "journal not closed (WAL left behind)"
    with sqlite3.connect(console.journal) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    journal = Journal.open(console.journal)
    try:
        assert journal.recovered_from is None
        statuses = [e.payload.get("status") for e in journal.events() if e.kind == "status_changed"]
        assert "available" in statuses, statuses
    finally:
        journal.close()
    print(f"keyring: {message}; longest stall {max(stalls):.0f} ms; SIGTERM -> exit {took:.2f} s")
    return message


def test_a_frozen_keyring_daemon_neither_freezes_the_window_nor_blocks_sigterm(
        launch: Callable[..., Console]) -> None:
    console = launch("en", "frozen")
    works_while_the_keyring_waits(console, "does not answer")


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A display for the system's unlock prompt (gcr-prompter), which then stays open."""
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "800x600x24"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    proc.terminate()
    proc.wait(10)


def test_a_locked_keyring_with_its_prompt_left_open(launch: Callable[..., Console], xvfb: str) -> None:
    """The unlock prompt waits for the agent: the console says "unlock it", in Russian here."""
    expected = translated("ru", "Sync", _UNLOCKING)
    console = launch("ru", "locked", display=xvfb)
    works_while_the_keyring_waits(console, expected[:40])


def test_a_locked_keyring_prompts_once_and_says_locked(launch: Callable[..., Console]) -> None:
    """The prompt is dismissed at once (no display): "locked", and the sign-in's token read that
    follows does not open the prompt again."""
    console = launch("en", "locked")
    works_while_the_keyring_waits(console, "Your keyring is locked, so")
    prompts = console.log().count("Activating service name='org.gnome.keyring.SystemPrompter'")
    assert prompts == 1, console.log()


def test_no_dbus_at_all(launch: Callable[..., Console]) -> None:
    console = launch("kk", None)
    works_while_the_keyring_waits(console, translated("kk", "Sync", _NO_KEYRING)[:40])


_UNLOCKING = ("Your keyring is locked: unlock it in the window the system opened (it asks for your computer "
              "password). You can keep working meanwhile; the phone connects once it is unlocked.")
_NO_KEYRING = ("No secure password store (keyring) is available on this computer, so Agent Console cannot keep "
               "your sign-in. It never stores passwords in a plain file. Start the desktop session's keyring "
               "(GNOME Keyring / KWallet) or ask IT; until then you must sign in at every start.")


def test_the_demo_never_asks_the_keyring(launch: Callable[..., Console]) -> None:
    """The demo signs in to its own local server with a throwaway account: nothing of it goes to the
    keyring, so a keyring that never answers (or would prompt) changes nothing."""
    console = launch("en", "frozen", demo=True)
    responsive_until(console, lambda s: s in ("sync synced", "sync waiting"), 60)
    assert not [s for s in console.seen if s.startswith("message ") and "keyring" in s], console.seen
