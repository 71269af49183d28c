"""The pre-shift check's network lines: the path to the PBX over UDP, TCP and TLS, and a NAT hint
from STUN.

Why every transport and not only the account's: when a home router or a hotel Wi-Fi drops SIP over
UDP, IT wants to know at once whether TCP or TLS would get through, without a remote session. Only
the account's own transport can turn a line red; the others are facts for IT (green, with a
sentence that says whether they answered).

The STUN hint is one RFC 5389 Binding request (no library: the message is 20 bytes and the answer's
XOR-MAPPED-ADDRESS a few more). The address the server saw is compared with this computer's own
address on the same socket: equal means no NAT, different means behind NAT (a kept port suggests a
NAT that lets calls through more easily). One server cannot tell every NAT type apart, so this is a
hint, not a classification.
"""

from __future__ import annotations

import os
import socket
import ssl
import struct
import time
import uuid
from dataclasses import dataclass

from agent_console.diagnostics.precheck_lines import AMBER, GREEN, RED, CheckLine, tr
from agent_console.phone.api import Transport

TRANSPORTS = (Transport.UDP, Transport.TCP, Transport.TLS)

STUN_MAGIC = 0x2112A442
STUN_BINDING_REQUEST = 0x0001
STUN_BINDING_SUCCESS = 0x0101
ATTR_MAPPED_ADDRESS = 0x0001
ATTR_XOR_MAPPED_ADDRESS = 0x0020
STUN_PORT = 3478


def _split(target: str, default_port: int) -> tuple[str, int]:
    target = target.split(":", 1)[1] if target.startswith(("sip:", "sips:", "stun:")) else target
    target = target.split(";", 1)[0]
    host, _, port = target.rpartition(":") if target.count(":") == 1 else (target, "", "")
    if not port.isdigit():
        return target, default_port
    return host, int(port)


def transport_ports(registrar: str, transport: str) -> dict[Transport, tuple[str, int]]:
    """Where each transport is tried. Without a port in the account: 5060 for UDP and TCP, 5061
    for TLS (the SIP defaults). With a port, it is the account's transport's; UDP and TCP share
    their port number and TLS is conventionally the next one (5060/5061, 5080/5081)."""
    kind = Transport(transport) if transport in set(Transport) else Transport.UDP
    host, port = _split(registrar, 0)
    if not port:
        return {t: (host, 5061 if t == Transport.TLS else 5060) for t in TRANSPORTS}
    plain = port - 1 if kind == Transport.TLS else port
    return {t: (host, plain + 1 if t == Transport.TLS else plain) for t in TRANSPORTS}


def _options_udp(host: str, port: int, timeout_s: float) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout_s)
        s.connect((host, port))
        s.send(_options_message(host, port, "UDP", *s.getsockname()[:2]))
        try:
            return s.recv(4096).startswith(b"SIP/2.0")
        except OSError:
            return False


def _options_message(host: str, port: int, via: str, local_host: str, local_port: int) -> bytes:
    branch, call_id = uuid.uuid4().hex, uuid.uuid4().hex
    return (f"OPTIONS sip:{host}:{port} SIP/2.0\r\n"
            f"Via: SIP/2.0/{via} {local_host}:{local_port};branch=z9hG4bK{branch}\r\n"
            f"From: <sip:precheck@{local_host}>;tag={branch[:8]}\r\nTo: <sip:{host}:{port}>\r\n"
            f"Call-ID: {call_id}\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n").encode()


@dataclass(frozen=True)
class PathResult:
    transport: Transport
    host: str
    port: int
    ok: bool
    ms: float
    detail: str = ""      # "untrusted" when TLS answered with a certificate this computer does not trust


def probe_transport(kind: Transport, host: str, port: int, timeout_s: float = 2.0,
                    tls_context: ssl.SSLContext | None = None) -> PathResult:
    """UDP: a SIP OPTIONS answered (any SIP answer). TCP: a connection accepted. TLS: a TLS
    handshake completed, the certificate checked against this computer's CAs."""
    t0 = time.perf_counter()
    detail = ""
    try:
        if kind == Transport.UDP:
            ok = _options_udp(host, port, timeout_s)
        else:
            with socket.create_connection((host, port), timeout=timeout_s) as raw:
                if kind == Transport.TLS:
                    ctx = tls_context or ssl.create_default_context()
                    try:
                        with ctx.wrap_socket(raw, server_hostname=host):
                            pass
                    except ssl.SSLCertVerificationError:
                        detail = "untrusted"
            ok = True
    except (OSError, ssl.SSLError):
        ok = False
    return PathResult(kind, host, port, ok, (time.perf_counter() - t0) * 1000, detail)


def check_paths(registrar: str, transport: str, timeout_s: float = 2.0,
                ports: dict[Transport, tuple[str, int]] | None = None,
                tls_context: ssl.SSLContext | None = None) -> list[CheckLine]:
    """One line per transport. The account's transport is green or red; another transport is
    green either way (a fact for IT), and a red account transport names one that works."""
    if not registrar:
        return []
    kind = Transport(transport) if transport in set(Transport) else Transport.UDP
    where = ports or transport_ports(registrar, transport)
    results = {t: probe_transport(t, *where[t], timeout_s=timeout_s, tls_context=tls_context) for t in TRANSPORTS}
    lines = []
    for t, r in results.items():
        name = f"path-{t.value}"
        label = t.value.upper()
        ms = f"{r.ms:.0f}"
        if r.ok and r.detail == "untrusted":
            text = tr("%1 to the PBX answers (%2 ms), but its certificate is not trusted by this computer: "
                      "tell IT.").replace("%1", label).replace("%2", ms)
            level = RED if t == kind else GREEN
        elif r.ok:
            text = tr("%1 to the PBX answers (%2 ms).").replace("%1", label).replace("%2", ms)
            level = GREEN
        elif t == kind:
            working = [x.value.upper() for x, y in results.items() if y.ok and not y.detail]
            if working:
                text = tr("%1 to the PBX does not get through, but %2 does: tell IT to switch your "
                          "account to %2.").replace("%1", label).replace("%2", working[0])
            else:
                text = tr("%1 to the PBX does not get through: check the internet connection (a cable "
                          "is steadier than Wi-Fi); if it works, tell IT.").replace("%1", label)
            level = RED
        else:
            text = tr("%1 to the PBX: no answer (your account does not use it, so calls are not "
                      "affected).").replace("%1", label)
            level = GREEN
        lines.append(CheckLine(name, level, text, {"host": r.host, "port": r.port, "ok": r.ok,
                                                   "ms": round(r.ms, 1), "detail": r.detail}))
    return lines


# -- STUN -----------------------------------------------------------------------------------------

def binding_request(transaction_id: bytes) -> bytes:
    """An RFC 5389 Binding request without attributes."""
    return struct.pack("!HHI12s", STUN_BINDING_REQUEST, 0, STUN_MAGIC, transaction_id)


def parse_binding_response(data: bytes, transaction_id: bytes) -> tuple[str, int] | None:
    """The mapped (IPv4) address of a Binding success answering ``transaction_id``, else None."""
    if len(data) < 20:
        return None
    kind, length, magic, tid = struct.unpack("!HHI12s", data[:20])
    if kind != STUN_BINDING_SUCCESS or magic != STUN_MAGIC or tid != transaction_id:
        return None
    pos, end = 20, min(len(data), 20 + length)
    mapped: tuple[str, int] | None = None
    while pos + 4 <= end:
        attr, alen = struct.unpack("!HH", data[pos:pos + 4])
        value = data[pos + 4:pos + 4 + alen]
        if attr in (ATTR_XOR_MAPPED_ADDRESS, ATTR_MAPPED_ADDRESS) and len(value) >= 8 and value[1] == 1:
            port = struct.unpack("!H", value[2:4])[0]
            addr = value[4:8]
            if attr == ATTR_XOR_MAPPED_ADDRESS:
                port ^= STUN_MAGIC >> 16
                addr = bytes(a ^ b for a, b in zip(addr, struct.pack("!I", STUN_MAGIC), strict=True))
                return socket.inet_ntoa(addr), port     # XOR-MAPPED wins over a plain MAPPED
            mapped = (socket.inet_ntoa(addr), port)
        pos += 4 + alen + (-alen % 4)
    return mapped


Address = tuple[str, int]


def stun_mapped_address(server: str, timeout_s: float = 2.0, tries: int = 2) -> tuple[Address, Address] | None:
    """(this computer's address, the address the STUN server saw) on one UDP socket, or None."""
    host, port = _split(server, STUN_PORT)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout_s / tries)
        try:
            s.connect((host, port))
        except OSError:
            return None
        local = s.getsockname()[:2]
        for _ in range(tries):
            tid = os.urandom(12)
            try:
                s.send(binding_request(tid))
                deadline = time.monotonic() + timeout_s / tries
                while time.monotonic() < deadline:
                    mapped = parse_binding_response(s.recv(2048), tid)
                    if mapped is not None:
                        return (str(local[0]), int(local[1])), mapped
            except OSError:
                continue
    return None


def check_stun(server: str, timeout_s: float = 2.0) -> list[CheckLine]:
    """No line without a STUN server configured; else "no NAT", "behind NAT" or unreachable."""
    if not server:
        return []
    found = stun_mapped_address(server, timeout_s)
    if found is None:
        return [CheckLine("nat", AMBER, tr(
            "The STUN server does not answer: calls may have no sound through your router; tell IT."),
            {"server": server})]
    local, mapped = found
    facts = {"server": server, "local": f"{local[0]}:{local[1]}", "mapped": f"{mapped[0]}:{mapped[1]}"}
    if local == mapped:
        return [CheckLine("nat", GREEN, tr("No NAT: this computer is reached directly."), facts)]
    if local[1] == mapped[1]:
        text = tr("Behind NAT (your router keeps the port): calls usually work.")
    else:
        text = tr("Behind NAT (your router changes the port): if callers cannot hear you, tell IT.")
    return [CheckLine("nat", GREEN, text, facts)]
