"""The pre-shift check (``agent-console --check``): can this computer work a shift right now?

Each check gives one line: green (fine), amber (works, but something needs attention) or red (the
shift will not work), with a sentence in the operator's language saying what to do. The command
exits non-zero when a line is red, so IT's scripts can act on it.

Done here: the server answers and the clock skew against it, free disk for the journal, the keyring
is usable, and the registrar answers a SIP OPTIONS (UDP) or accepts a connection (TCP/TLS). The
audio checks (microphone level, speaker and ringer, echo call) and the STUN hint are not.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

GREEN, AMBER, RED = "green", "amber", "red"
SKEW_AMBER_S = 5.0
DISK_AMBER_MB = 1024
DISK_RED_MB = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("Precheck", text)


@dataclass(frozen=True)
class CheckLine:
    name: str
    level: str
    text: str


def check_server(server_url: str, timeout_s: float = 3.0) -> list[CheckLine]:
    """``GET /api/v1/health``: it answers, and how far this computer's clock is from the server's."""
    import httpx

    if not server_url:
        return [CheckLine("server", AMBER, _tr(
            "No server is configured: calls work, but nothing reaches your supervisor."))]
    url = server_url.rstrip("/") + "/api/v1/health"
    t0 = time.time()
    try:
        resp = httpx.get(url, timeout=timeout_s)
        resp.raise_for_status()
        server_ms = float(resp.json()["server_ms"])
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        return [CheckLine("server", RED, _tr(
            "The server does not answer: check the internet connection; if it works, tell IT."))]
    t1 = time.time()
    lines = [CheckLine("server", GREEN, _tr("The server answers (%1 ms).").replace("%1", f"{(t1 - t0) * 1000:.0f}"))]
    skew_s = (t0 + t1) / 2 - server_ms / 1000
    if abs(skew_s) > SKEW_AMBER_S:
        lines.append(CheckLine("clock", AMBER, _tr(
            "Your computer's clock is %1 s off the server's: turn on automatic date and time.").replace(
                "%1", f"{skew_s:+.0f}")))
    else:
        lines.append(CheckLine("clock", GREEN, _tr("The clock agrees with the server's.")))
    return lines


def check_disk(journal_path: Path) -> CheckLine:
    """Free space where the journal lives (the nearest existing folder)."""
    folder = journal_path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    free_mb = shutil.disk_usage(folder).free // (1024 * 1024)
    if free_mb < DISK_AMBER_MB:
        return CheckLine("disk", RED if free_mb < DISK_RED_MB else AMBER, _tr(
            "The disk is almost full (%1 MB free): delete some files, or the console cannot save your work.").replace(
                "%1", str(free_mb)))
    return CheckLine("disk", GREEN, _tr("Free disk space: %1 MB.").replace("%1", str(free_mb)))


def check_keyring(timeout_s: float = 10.0) -> CheckLine:
    """A secure keyring answers a read (a frozen daemon or a refused unlock is red)."""
    from agent_console.sync.credentials import SERVICE, CredentialError, check_backend

    result: list[BaseException | None] = []

    def probe() -> None:
        try:
            import keyring

            check_backend()
            keyring.get_password(SERVICE, f"precheck-{uuid.uuid4().hex}")
            result.append(None)
        except BaseException as exc:  # reported below, never raised in the thread
            result.append(exc)

    worker = threading.Thread(target=probe, name="precheck-keyring", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if not result:
        return CheckLine("keyring", RED, _tr(
            "The keyring does not answer: unlock it, or sign out and in again."))
    exc = result[0]
    if exc is None:
        return CheckLine("keyring", GREEN, _tr("The keyring works."))
    detail = str(exc) if isinstance(exc, CredentialError) else type(exc).__name__
    return CheckLine("keyring", RED, _tr("The keyring cannot be used: %1").replace("%1", detail))


def _options(host: str, port: int, timeout_s: float) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout_s)
        s.connect((host, port))
        local_host, local_port = s.getsockname()[:2]
        branch, call_id = uuid.uuid4().hex, uuid.uuid4().hex
        msg = (f"OPTIONS sip:{host}:{port} SIP/2.0\r\n"
               f"Via: SIP/2.0/UDP {local_host}:{local_port};branch=z9hG4bK{branch}\r\n"
               f"From: <sip:precheck@{local_host}>;tag={branch[:8]}\r\nTo: <sip:{host}:{port}>\r\n"
               f"Call-ID: {call_id}\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
        s.send(msg.encode())
        try:
            return s.recv(4096).startswith(b"SIP/2.0")
        except OSError:
            return False


def check_registrar(registrar: str, transport: str, timeout_s: float = 2.0) -> CheckLine:
    """SIP OPTIONS over UDP (any SIP answer counts), a TCP connection for TCP and TLS."""
    from agent_console.phone.api import Transport
    from agent_console.phone.probe import probe_target

    if not registrar:
        return CheckLine("registrar", AMBER, _tr("No PBX is configured: only direct calls work."))
    kind = Transport(transport) if transport in set(Transport) else Transport.UDP
    host, port = probe_target(registrar, "", kind)
    t0 = time.perf_counter()
    try:
        if kind == Transport.UDP:
            ok = _options(host, port, timeout_s)
        else:
            with socket.create_connection((host, port), timeout=timeout_s):
                ok = True
    except OSError:
        ok = False
    if not ok:
        return CheckLine("registrar", RED, _tr(
            "The PBX does not answer: check the internet connection; if it works, tell IT."))
    ms = (time.perf_counter() - t0) * 1000
    return CheckLine("registrar", GREEN, _tr("The PBX answers (%1 ms).").replace("%1", f"{ms:.0f}"))


def run_checks(server_url: str, registrar: str, transport: str, journal_path: Path,
               keyring_check: Callable[[], CheckLine] = check_keyring) -> list[CheckLine]:
    return [*check_server(server_url), check_registrar(registrar, transport), check_disk(journal_path),
            keyring_check()]


def label(level: str) -> str:
    return {GREEN: _tr("OK"), AMBER: _tr("Warning"), RED: _tr("Problem")}[level]


def report(lines: list[CheckLine], colours: bool = False) -> tuple[str, int]:
    """The printable report and the exit code (1 when a line is red)."""
    colour = {GREEN: "\x1b[32m", AMBER: "\x1b[33m", RED: "\x1b[31m"} if colours else {}
    end = "\x1b[0m" if colours else ""
    text = "\n".join(f"{colour.get(x.level, '')}{label(x.level):<10}{end} {x.text}" for x in lines)
    return text, int(any(x.level == RED for x in lines))
