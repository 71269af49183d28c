"""Fixtures for the phone tests: real peers on loopback, started through scripts/services/*.

Only one pjsua2 Endpoint may exist per process, so the agent's PjsuaPhone is the only one in the
pytest process; every other party (simulated caller, baresip, Kamailio) is a subprocess. Each
fixture owns its processes and kills their process group at teardown.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pjsua2 as pj
import pytest

from agent_console.local_process import free_port
from agent_console.phone.api import NullAudioBackend, SipAccountConfig
from agent_console.phone.engine import Engine, EngineOptions
from agent_console.phone.pjsua_phone import PjsuaPhone

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "scripts" / "services"
USERS = {"1001": "agent-secret-1", "1002": "peer-secret-2", "1003": "peer-secret-3"}


def _pause(seconds: float) -> None:
    """Sleep while still delivering queued Qt signals (phone events reach slots meanwhile)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    end = time.monotonic() + seconds
    while True:
        if app is not None:
            app.processEvents()
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(0.01, left))


def _kill_group(proc: subprocess.Popen[Any], sig: int = signal.SIGTERM, wait: float = 5.0) -> None:
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
    try:
        proc.wait(wait)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def sip_options_ok(port: int, timeout: float = 0.3) -> bool:
    """True if something answers a SIP OPTIONS on 127.0.0.1:port/udp (readiness probe)."""
    msg = (
        f"OPTIONS sip:127.0.0.1:{port} SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bK{time.time_ns()}\r\n"
        f"From: <sip:probe@127.0.0.1>;tag=1\r\nTo: <sip:127.0.0.1:{port}>\r\nCall-ID: {time.time_ns()}\r\n"
        "CSeq: 1 OPTIONS\r\nMax-Forwards: 5\r\nContent-Length: 0\r\n\r\n"
    )
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.bind(("127.0.0.1", 0))
        msg = msg.replace("127.0.0.1:9", f"127.0.0.1:{s.getsockname()[1]}")
        s.sendto(msg.encode(), ("127.0.0.1", port))
        try:
            return s.recv(4096).startswith(b"SIP/2.0")
        except OSError:
            return False


@dataclass
class Kamailio:
    """A private Kamailio; ``start()``/``stop()`` may be repeated (registrar down, then back)."""

    workdir: Path
    port: int
    tls_port: int = 0
    cert: str = ""
    key: str = ""
    users: dict[str, str] = field(default_factory=lambda: dict(USERS))
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_path = self.workdir / "kamailio.log"

    def start(self) -> None:
        args = ["bash", str(SERVICES / "kamailio.sh"), "run", str(self.workdir), str(self.port)]
        if self.tls_port:
            args += ["--tls-port", str(self.tls_port), "--cert", self.cert, "--key", self.key]
        for ext, pw in self.users.items():
            args += ["--user", f"{ext}:{pw}"]
        log = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child
        self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + 10
        while not sip_options_ok(self.port):
            if self.proc.poll() is not None:
                raise RuntimeError("kamailio exited:\n" + self.log_path.read_text(errors="replace")[-3000:])
            if time.monotonic() > deadline:
                raise RuntimeError("kamailio did not come up")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc is not None:
            _kill_group(self.proc)
            self.proc = None

    @property
    def registrar(self) -> str:
        return f"127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def count(self, needle: str) -> int:
        return self.log().count(needle)


@pytest.fixture
def kamailio(tmp_path: Path) -> Iterator[Kamailio]:
    if not shutil.which("kamailio"):
        pytest.fail("kamailio is not installed: run scripts/bootstrap.sh")
    k = Kamailio(workdir=tmp_path / "kamailio", port=free_port())
    k.workdir.mkdir()
    k.start()
    yield k
    k.stop()


class RecordingAudio(NullAudioBackend):
    """An AudioBackend for tests: records what each call receives, optionally plays a WAV into
    it, and remembers ringing requests. Runs on the engine thread like the real one."""

    def __init__(self, record_dir: Path | None = None, play_wav: str = "") -> None:
        self.record_dir = record_dir
        self.play_wav = play_wav
        self.events: list[tuple[str, object]] = []
        self.recordings: dict[str, Path] = {}
        self._objs: dict[str, list[Any]] = {}
        self.lock = threading.Lock()

    def _ev(self, name: str, arg: object = None) -> None:
        with self.lock:
            self.events.append((name, arg))

    def names(self) -> list[str]:
        with self.lock:
            return [n for n, _ in self.events]

    def connect_call(self, call_id: str, media: object) -> None:
        self._ev("connect", call_id)
        objs: list[Any] = []
        if self.record_dir is not None and call_id not in self.recordings:
            path = self.record_dir / f"{call_id}.wav"
            rec = pj.AudioMediaRecorder()
            rec.createRecorder(str(path))
            media.startTransmit(rec)  # type: ignore[attr-defined]
            self.recordings[call_id] = path
            objs.append(rec)
        if self.play_wav:
            player = pj.AudioMediaPlayer()
            player.createPlayer(self.play_wav, 0)
            player.startTransmit(media)
            objs.append(player)
        self._objs.setdefault(call_id, []).extend(objs)

    def disconnect_call(self, call_id: str, media: object) -> None:
        self._ev("disconnect", call_id)
        self._objs.pop(call_id, None)   # recorder destroyed here: the WAV header is finalised

    def set_mute(self, muted: bool) -> None:
        self._ev("mute", muted)

    def call_sources(self, call_id: str) -> list[object]:
        return [o for o in self._objs.get(call_id, []) if isinstance(o, pj.AudioMediaPlayer)]

    def start_ringing(self, call_waiting: bool) -> None:
        self._ev("ring", call_waiting)

    def stop_ringing(self) -> None:
        self._ev("stop_ring")

    def on_endpoint_stopping(self) -> None:
        self._ev("stopping")
        self._objs.clear()


FAST = EngineOptions(backoff_first_s=0.5, backoff_max_s=2.0, quality_interval_s=1.0, unregister_wait_s=0.5)


@pytest.fixture
def make_phone(qapp: Any) -> Iterator[Callable[..., PjsuaPhone]]:
    """Factory: a PjsuaPhone (stopped, and its thread joined, at teardown)."""
    phones: list[PjsuaPhone] = []

    def make(audio: NullAudioBackend | None = None, options: EngineOptions | None = None) -> PjsuaPhone:
        p = PjsuaPhone(audio=audio or NullAudioBackend(), options=options or FAST)
        phones.append(p)
        return p

    yield make
    for p in phones:
        p.stop()
    for p in phones:
        assert p.wait_stopped(15), "engine thread did not stop"
    assert Engine._current is None
    assert not [t for t in threading.enumerate() if t.name.startswith("pjsua-engine")]


def direct_account(ext: str = "agent", **kw: Any) -> SipAccountConfig:
    return SipAccountConfig(registrar="", extension=ext, password="", **kw)


def sip_account(k: Kamailio, ext: str = "1001", password: str | None = None, **kw: Any) -> SipAccountConfig:
    return SipAccountConfig(registrar=k.registrar, extension=ext,
                            password=USERS[ext] if password is None else password, **kw)


class Simulator:
    """The simulator module as a subprocess; its JSON lines are collected by a reader thread."""

    def __init__(self, *args: str, log_path: Path | None = None) -> None:
        # stderr to a file, never an unread pipe: a full pipe would freeze the simulator.
        self.log_path = log_path or Path(tempfile.mkstemp(prefix="simulator-", suffix=".log")[1])
        err = open(self.log_path, "wb")  # noqa: SIM115 - handed to the child
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "agent_console.phone.simulator", "--json", *args],
            stdout=subprocess.PIPE, stderr=err, start_new_session=True, cwd=ROOT,
        )
        err.close()
        self.events: list[dict[str, Any]] = []
        self.raw: list[str] = []
        self._t = threading.Thread(target=self._read, daemon=True)
        self._t.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            text = line.decode(errors="replace").strip()
            self.raw.append(text)
            with contextlib.suppress(json.JSONDecodeError):
                self.events.append(json.loads(text))

    def wait_event(self, kind: str, timeout: float = 15.0, n: int = 1) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = [e for e in self.events if e.get("event") == kind]
            if len(got) >= n:
                return got
            if self.proc.poll() is not None and len(got) < n:
                _pause(0.1)
                got = [e for e in self.events if e.get("event") == kind]
                if len(got) >= n:
                    return got
                err = self.log_path.read_text(errors="replace")
                raise AssertionError(f"simulator exited {self.proc.returncode}: {self.raw}\n{err[-2000:]}")
            _pause(0.02)
        err = self.log_path.read_text(errors="replace")[-2000:]
        raise AssertionError(f"no {n} '{kind}' events from the simulator: {self.raw}\n{err}")

    def port(self) -> int:
        return int(self.wait_event("ready")[0]["port"])

    def wait_exit(self, timeout: float = 20.0) -> int:
        return self.proc.wait(timeout)

    def stop(self) -> None:
        _kill_group(self.proc)
        self.log_path.unlink(missing_ok=True)


@pytest.fixture
def simulator() -> Iterator[Callable[..., Simulator]]:
    sims: list[Simulator] = []

    def start(*args: str) -> Simulator:
        s = Simulator(*args)
        sims.append(s)
        return s

    yield start
    for s in sims:
        s.stop()


def wait_until(cond: Callable[[], bool], qtbot: Any, timeout: float = 10.0) -> None:
    qtbot.waitUntil(cond, timeout=int(timeout * 1000))


def read_wav_settled(path: Path, timeout: float = 5.0) -> tuple[Any, int]:
    """Read a WAV written by a pjsua2 recorder. pjmedia 2.15 removes conference ports
    asynchronously, so the header is finalised a conference tick after the recorder is dropped:
    wait until the file parses and its size stops changing."""
    from agent_console.phone.wavgen import read_wav

    deadline = time.monotonic() + timeout
    last = -1
    while True:
        size = path.stat().st_size if path.exists() else -1
        if size == last and size > 44:
            try:
                return read_wav(path)
            except Exception:
                if time.monotonic() > deadline:
                    raise
        elif time.monotonic() > deadline:
            raise AssertionError(f"{path} never settled (size {size})")
        last = size
        time.sleep(0.1)


def _port_free(port: int) -> bool:
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        with socket.socket(socket.AF_INET, kind) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                return False
    return True


def _free_port_pair() -> int:
    for _ in range(100):
        p = free_port()
        if p < 65535 and _port_free(p + 1):
            return p
    raise RuntimeError("no free port pair")


class Baresip:
    """baresip as a foreign phone (scripts/services/baresip.sh), driven over ctrl_tcp (netstring
    JSON); its events (CALL_INCOMING, CALL_ESTABLISHED, CALL_DTMF_START ...) are collected."""

    def __init__(self, workdir: Path, account: str, source_wav: str = "") -> None:
        self.workdir = workdir
        self.sip_port = _free_port_pair()          # baresip listens for SIP/TLS on port + 1
        self.ctrl_port = free_port()
        while self.ctrl_port in (self.sip_port, self.sip_port + 1):
            self.ctrl_port = free_port()
        args = ["bash", str(SERVICES / "baresip.sh"), "run", str(workdir), "--sip-port", str(self.sip_port),
                "--ctrl-port", str(self.ctrl_port), "--account", account]
        workdir.mkdir(parents=True, exist_ok=True)
        if not source_wav:
            from agent_console.phone.wavgen import tone, write_wav

            source_wav = str(write_wav(workdir / "source.wav", tone(440, 120.0, rate=8000), rate=8000))
        args += ["--source", source_wav]
        self.log_path = workdir / "baresip.log"
        log = open(self.log_path, "wb")  # noqa: SIM115 - handed to the child
        self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        log.close()
        self.events: list[dict[str, Any]] = []
        self.responses: list[dict[str, Any]] = []
        deadline = time.monotonic() + 10
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", self.ctrl_port), timeout=0.5)
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("baresip did not start:\n" + self.log()) from None
                time.sleep(0.05)
        self.sock.settimeout(None)
        self._t = threading.Thread(target=self._read, daemon=True)
        self._t.start()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                data = self.sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            buf += data
            while b":" in buf:
                head, _, rest = buf.partition(b":")
                n = int(head)
                if len(rest) < n + 1:
                    break
                msg = json.loads(rest[:n].decode(errors="replace"))
                buf = rest[n + 1:]
                (self.events if msg.get("event") else self.responses).append(msg)

    def command(self, command: str, params: str = "") -> None:
        body = json.dumps({"command": command, "params": params, "token": str(time.monotonic_ns())}).encode()
        self.sock.sendall(str(len(body)).encode() + b":" + body + b",")

    def types(self) -> list[str]:
        return [str(e.get("type")) for e in self.events]

    def wait_event(self, kind: str, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for e in self.events:
                if e.get("type") == kind:
                    return e
            _pause(0.02)
        raise AssertionError(f"baresip: no {kind} event; got {self.types()}\n{self.log()[-3000:]}")

    def wait_registered(self, timeout: float = 10.0) -> None:
        """REGISTER_OK may fire before our control connection exists: poll ``reginfo`` instead."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            n = len(self.responses)
            self.command("reginfo")
            end = time.monotonic() + 1
            while len(self.responses) <= n and time.monotonic() < end:
                time.sleep(0.02)
            data = str(self.responses[-1].get("data", "")) if len(self.responses) > n else ""
            if "OK" in data and "zzz" not in data:
                return
            time.sleep(0.2)
        raise AssertionError("baresip did not register:\n" + self.log()[-3000:])

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()
        _kill_group(self.proc)


@pytest.fixture
def baresip(tmp_path: Path) -> Iterator[Callable[..., Baresip]]:
    if not shutil.which("baresip"):
        pytest.fail("baresip is not installed: run scripts/bootstrap.sh")
    started: list[Baresip] = []

    def start(account: str, source_wav: str = "") -> Baresip:
        b = Baresip(tmp_path / f"baresip{len(started)}", account, source_wav)
        started.append(b)
        return b

    yield start
    for b in started:
        b.stop()
