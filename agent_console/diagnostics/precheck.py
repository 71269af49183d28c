"""The pre-shift check (``agent-console --check``): can this computer work a shift right now?

Each check gives one line: green (fine), amber (works, but something needs attention) or red (the
shift will not work), with a sentence in the operator's language saying what to do. The command
exits non-zero when a line is red, so IT's scripts can act on it.

Here: the server answers and the clock skew against it, free disk for the journal, the keyring is
usable, and the registrar takes the account (a registration round trip that leaves the phone's own
registration alone, :mod:`precheck_register`). The network
path per transport and the STUN hint are in :mod:`precheck_network`, the audio lines in
:mod:`precheck_audio`; :func:`steps` puts them in the order an operator reads them, and both the
window and ``--check`` run those steps (one at a time, so the window can show progress and stop).
"""

from __future__ import annotations

import shutil
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from agent_console.diagnostics.precheck_lines import AMBER, GREEN, RED, CheckLine
from agent_console.diagnostics.precheck_lines import tr as _tr
from agent_console.phone.api import Transport

if TYPE_CHECKING:
    from agent_console.app.config import AppConfig

__all__ = ["AMBER", "GREEN", "RED", "CheckLine", "CheckPlan", "report", "run_checks", "run_plan", "steps"]
SKEW_AMBER_S = 5.0
DISK_AMBER_MB = 1024
DISK_RED_MB = 200
KEYRING_WAIT_S = 5.0
"""How long the PBX line waits for the keyring to give the SIP password (the keyring line reports why)."""
PasswordSource = Callable[[], "str | None"]


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
    """A secure keyring answers a read (a frozen daemon or a refused unlock is red). The read runs
    in the keyring helper process, as every keyring call of the console does."""
    from agent_console.sync.credentials import SERVICE, CredentialError, Credentials

    result: list[BaseException | None] = []

    def probe() -> None:
        try:
            Credentials._call("get_password", SERVICE, f"precheck-{uuid.uuid4().hex}")
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


def _reachable(host: str, port: int, kind: Transport, timeout_s: float) -> float | None:
    """Milliseconds until the PBX answered an OPTIONS (UDP) or accepted a connection (TCP, TLS);
    None: no answer. Used when the account itself cannot be tried."""
    t0 = time.perf_counter()
    try:
        if kind == Transport.UDP:
            if not _options(host, port, timeout_s):
                return None
        else:
            with socket.create_connection((host, port), timeout=timeout_s):
                pass
    except OSError:
        return None
    return (time.perf_counter() - t0) * 1000


def stored_sip_password(extension: str, registrar: str,
                        timeout_s: float = KEYRING_WAIT_S) -> tuple[str | None, str]:
    """``(password, why)`` from the OS keyring, read on the keyring worker with a bound (a frozen
    keyring must not hold the check). ``why`` is "" with a password, else "none" (nothing
    stored) or "keyring" (the keyring failed or did not answer; the keyring line says why)."""
    from agent_console.sync.credentials import Credentials
    from agent_console.sync.keyring_worker import worker

    future = worker().submit(Credentials("").load_sip_password, extension, registrar)
    try:
        password = future.result(timeout_s)
    except Exception:   # the keyring's own error, or no answer in time: never its text (it may quote the key)
        future.cancel()
        return None, "keyring"
    return (password, "") if password else (None, "none")


def check_registrar(registrar: str, transport: str, timeout_s: float = 2.0, extension: str = "",
                    sip_password: PasswordSource | None = None,
                    tls_context: ssl.SSLContext | None = None) -> CheckLine:
    """A registration round trip: a REGISTER query for the account (it lists the bindings and
    changes none, so the phone's own registration is untouched), the digest challenge answered
    with the SIP password. ``sip_password`` gives the password (None: the one in the keyring);
    without one, the PBX is only probed (OPTIONS over UDP, a connection over TCP and TLS) and the
    line is amber. TLS is verified as the phone does: this computer's CAs and the PBX's name."""
    from agent_console.diagnostics.precheck_register import register_query
    from agent_console.diagnostics.redact import remember_secret
    from agent_console.phone.probe import probe_target

    if not registrar:
        return CheckLine("registrar", AMBER, _tr("No PBX is configured: only direct calls work."))
    kind = Transport(transport) if transport in set(Transport) else Transport.UDP
    host, port = probe_target(registrar, "", kind)
    facts: dict[str, object] = {"host": host, "port": port, "transport": kind.value}
    no_answer = CheckLine("registrar", RED, _tr(
        "The PBX does not answer: check the internet connection; if it works, tell IT."), facts)
    if sip_password is not None:
        password, why = sip_password() or None, "none"
    else:
        password, why = stored_sip_password(extension, registrar)
    if not password:
        ms = _reachable(host, port, kind, timeout_s)
        if ms is None:
            return no_answer
        facts.update(ms=round(ms, 1), account="not tried", why=why)
        text = (_tr("The PBX answers (%1 ms), but your account could not be tried: no SIP password is saved "
                    "on this computer yet.") if why == "none" else
                _tr("The PBX answers (%1 ms), but your account could not be tried: the keyring did not give "
                    "the SIP password."))
        return CheckLine("registrar", AMBER, text.replace("%1", f"{ms:.0f}"), facts)
    remember_secret(password)
    domain = registrar.split(":", 1)[1] if registrar.startswith(("sip:", "sips:")) else registrar
    result = register_query(host, port, domain.split(";", 1)[0], extension, password, kind, timeout_s, tls_context)
    del password
    shown = f"{result.ms:.0f}"
    facts.update(status=result.status, reason=result.reason, ms=round(result.ms, 1), bindings=result.contacts,
                 registered=result.contacts > 0, authenticated=result.authenticated, detail=result.detail)
    if result.detail == "untrusted":
        return CheckLine("registrar", RED, _tr(
            "The PBX's certificate is not trusted by this computer: tell IT."), facts)
    if result.status == 0:
        return no_answer
    if result.detail == "no-digest":
        return CheckLine("registrar", AMBER, _tr(
            "The PBX answers (%1 ms), but asks for a kind of sign-in this check cannot do: your account was "
            "not tried.").replace("%1", shown), facts)
    if 200 <= result.status < 300:
        text = (_tr("The PBX accepts your account (%1 ms); your phone is registered.") if result.contacts else
                _tr("The PBX accepts your account (%1 ms); your phone is not registered right now."))
        return CheckLine("registrar", GREEN, text.replace("%1", shown), facts)
    if result.status in (403, 404) or (result.status in (401, 407) and result.authenticated):
        return CheckLine("registrar", RED, _tr(
            "The PBX refuses your user name or password: ask IT to check your SIP account."), facts)
    return CheckLine("registrar", RED, _tr(
        "The PBX answered \"%1\" to your account: tell IT.").replace(
            "%1", f"{result.status} {result.reason}".strip()), facts)


def run_checks(server_url: str, registrar: str, transport: str, journal_path: Path,
               keyring_check: Callable[[], CheckLine] = check_keyring, extension: str = "",
               sip_password: PasswordSource | None = None) -> list[CheckLine]:
    return [*check_server(server_url),
            check_registrar(registrar, transport, extension=extension, sip_password=sip_password),
            check_disk(journal_path), keyring_check()]


@dataclass(frozen=True)
class CheckPlan:
    """What the check looks at: the settings as they are (or, in Settings, as the form shows them)."""

    journal_path: Path
    server_url: str = ""
    registrar: str = ""
    transport: str = "udp"
    extension: str = ""
    sip_password: PasswordSource | None = field(default=None, repr=False, compare=False)
    """The SIP password to try (Settings: the one typed but not saved yet); None: the keyring's."""
    stun_server: str = ""
    microphone: str = ""          # device ids as the settings keep them; "" is the system default
    speaker: str = ""
    ringer: str = ""
    audio: bool = True            # False: no sound is played or recorded (IT's scripts on a server)
    keyring_check: Callable[[], CheckLine] | None = None    # None: :func:`check_keyring`


def plan_from_config(config: AppConfig, journal_path: Path | None = None, audio: bool = True,
                     sip_password: PasswordSource | None = None) -> CheckPlan:
    from agent_console.journal.store import default_journal_path

    return CheckPlan(journal_path=journal_path or default_journal_path(), server_url=config.server_url,
                     registrar=config.registrar, transport=config.transport, extension=config.extension,
                     sip_password=sip_password,
                     stun_server=config.stun_server, microphone=config.audio_input,
                     speaker=config.audio_output, ringer=config.audio_ringer, audio=audio)


Step = tuple[str, Callable[[threading.Event], list[CheckLine]]]


def steps(plan: CheckPlan) -> list[Step]:
    """The checks in reading order, each ``(name, run(cancel) -> lines)``; quick ones first."""
    from agent_console.diagnostics import precheck_audio as audio
    from agent_console.diagnostics import precheck_network as network

    out: list[Step] = [
        ("server", lambda cancel: check_server(plan.server_url)),
        ("registrar", lambda cancel: [check_registrar(plan.registrar, plan.transport, extension=plan.extension,
                                                      sip_password=plan.sip_password)]),
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
