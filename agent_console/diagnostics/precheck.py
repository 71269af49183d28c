"""The pre-shift check (``agent-console --check``): can this computer work a shift right now?

Each check gives one line: green (fine), amber (works, but something needs attention) or red (the
shift will not work), with a sentence in the operator's language saying what to do. The command
exits non-zero when a line is red, so IT's scripts can act on it.

Here: the server answers and the clock skew against it, free disk for the journal, the keyring is
usable, and the registrar answers a SIP OPTIONS (UDP) or accepts a connection (TCP/TLS). The network
path per transport and the STUN hint are in :mod:`precheck_network`, the audio lines in
:mod:`precheck_audio`; :func:`steps` puts them in the order an operator reads them, and both the
window and ``--check`` run those steps (one at a time, so the window can show progress and stop).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from agent_console.diagnostics.precheck_lines import AMBER, GREEN, RED, CheckLine
from agent_console.diagnostics.precheck_lines import tr as _tr

if TYPE_CHECKING:
    from agent_console.app.config import AppConfig

__all__ = ["AMBER", "GREEN", "RED", "CheckLine", "CheckPlan", "report", "run_checks", "run_plan", "steps"]
SKEW_AMBER_S = 5.0
DISK_AMBER_MB = 1024
DISK_RED_MB = 200


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


@dataclass(frozen=True)
class CheckPlan:
    """What the check looks at: the settings as they are (or, in Settings, as the form shows them)."""

    journal_path: Path
    server_url: str = ""
    registrar: str = ""
    transport: str = "udp"
    stun_server: str = ""
    microphone: str = ""          # device ids as the settings keep them; "" is the system default
    speaker: str = ""
    ringer: str = ""
    audio: bool = True            # False: no sound is played or recorded (IT's scripts on a server)
    keyring_check: Callable[[], CheckLine] | None = None    # None: :func:`check_keyring`


def plan_from_config(config: AppConfig, journal_path: Path | None = None, audio: bool = True) -> CheckPlan:
    from agent_console.journal.store import default_journal_path

    return CheckPlan(journal_path=journal_path or default_journal_path(), server_url=config.server_url,
                     registrar=config.registrar, transport=config.transport,
                     stun_server=config.stun_server, microphone=config.audio_input,
                     speaker=config.audio_output, ringer=config.audio_ringer, audio=audio)


Step = tuple[str, Callable[[threading.Event], list[CheckLine]]]


def steps(plan: CheckPlan) -> list[Step]:
    """The checks in reading order, each ``(name, run(cancel) -> lines)``; quick ones first."""
    from agent_console.diagnostics import precheck_audio as audio
    from agent_console.diagnostics import precheck_network as network

    out: list[Step] = [
        ("server", lambda cancel: check_server(plan.server_url)),
        ("registrar", lambda cancel: [check_registrar(plan.registrar, plan.transport)]),
        ("paths", lambda cancel: network.check_paths(plan.registrar, plan.transport)),
        ("nat", lambda cancel: network.check_stun(plan.stun_server)),
        ("disk", lambda cancel: [check_disk(plan.journal_path)]),
        ("keyring", lambda cancel: [(plan.keyring_check or check_keyring)()]),
    ]
    if plan.audio:
        out += [
            ("microphone", lambda cancel: [audio.check_microphone(plan.microphone, cancel=cancel)]),
            ("speaker", lambda cancel: [audio.check_speaker(plan.speaker, cancel=cancel)]),
            ("ringer", lambda cancel: [audio.check_ringer(plan.ringer, plan.speaker, cancel=cancel)]),
            ("loopback", lambda cancel: [audio.check_loopback(plan.microphone, plan.speaker)]),
        ]
    return out


def run_plan(plan: CheckPlan, cancel: threading.Event | None = None,
             on_line: Callable[[CheckLine], None] | None = None) -> list[CheckLine]:
    """Every step in order (stops between steps once ``cancel`` is set)."""
    cancel = cancel or threading.Event()
    lines: list[CheckLine] = []
    for _name, run in steps(plan):
        if cancel.is_set():
            break
        for line in run(cancel):
            lines.append(line)
            if on_line is not None:
                on_line(line)
    return lines


def answered(line: CheckLine, yes: bool) -> CheckLine:
    """The line after the operator answered its question: "no" turns it amber with what to do."""
    if yes or not line.ask:
        return replace(line, facts={**line.facts, "answer": "yes" if yes else "no"} if line.ask else line.facts)
    device = str(line.facts.get("device") or line.facts.get("speaker") or ", ".join(line.facts.get("played", [])))
    text = {
        "speaker": _tr("You did not hear the test tone on %1: put the headset on, raise its volume, and "
                       "choose the right speaker in Settings."),
        "ringer": _tr("You did not hear the ringtone on %1: raise the volume, or choose another ringer in "
                      "Settings, or you will miss calls."),
        "loopback": _tr("You did not hear yourself on %1: check the microphone and the headset in Settings; "
                        "if it stays, tell IT."),
    }.get(line.name, _tr("Not confirmed: check this device in Settings."))
    return replace(line, level=AMBER, text=text.replace("%1", device), facts={**line.facts, "answer": "no"})


def label(level: str) -> str:
    return {GREEN: _tr("OK"), AMBER: _tr("Warning"), RED: _tr("Problem")}[level]


def report(lines: list[CheckLine], colours: bool = False) -> tuple[str, int]:
    """The printable report and the exit code (1 when a line is red)."""
    colour = {GREEN: "\x1b[32m", AMBER: "\x1b[33m", RED: "\x1b[31m"} if colours else {}
    end = "\x1b[0m" if colours else ""
    text = "\n".join(f"{colour.get(x.level, '')}{label(x.level):<10}{end} {x.text}" for x in lines)
    return text, int(any(x.level == RED for x in lines))
