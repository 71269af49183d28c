"""A registration round trip for the pre-shift check that leaves the phone's own registration alone.

One REGISTER *query* (RFC 3261 §10.2.3): a REGISTER without a Contact header adds, refreshes and
removes nothing; the registrar only answers with the bindings it holds for the address of record.
So the check proves that the PBX takes this account and password, and tells from the bindings in
the 200 whether the phone is registered right now, without touching that registration.

Why plain sockets and not pjsua2: the check runs on a worker thread (the window) or in a process
without a phone (``agent-console --check``); pjsua2 objects belong to the engine thread, and a
second Endpoint is not allowed. The message is small enough to write by hand.

The digest answer (RFC 2617 / RFC 7616: MD5 or SHA-256, ``qop=auth`` when offered) is written here
with :mod:`hashlib`, about twenty lines: no small well-kept SIP digest library is installed and none
is worth a dependency for it. The password stays in this module's locals: it is never logged and
never in a result or an exception; only its hash in the ``Authorization`` header leaves the computer.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import socket
import ssl
import time
import uuid
from dataclasses import dataclass

from agent_console.phone.api import Transport

T1_S = 0.5
"""RFC 3261's first UDP retransmission interval (doubled after each send)."""

_COMPACT = {"v": "via", "m": "contact", "i": "call-id", "f": "from", "t": "to", "l": "content-length"}
_PARAM = re.compile(r'([\w-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]+)')
_ALGORITHMS = {"MD5": "md5", "SHA-256": "sha256"}


@dataclass(frozen=True)
class RegisterResult:
    """What the registrar answered. ``status`` is the final SIP status (0: no answer at all)."""

    status: int
    ms: float                        # first REGISTER sent to the final answer (both requests with auth)
    reason: str = ""
    authenticated: bool = False      # the final answer came to a request with an Authorization header
    contacts: int = 0                # bindings listed in a 200: the phone is registered when > 0
    detail: str = ""                 # "timeout", "unreachable", "untrusted" (TLS), "no-digest"


@dataclass
class _Response:
    status: int
    reason: str
    headers: list[tuple[str, str]]

    def values(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name]


def _parse(data: bytes) -> _Response | None:
    head = data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    first, *rest = head.split("\r\n")
    parts = first.split(" ", 2)
    if len(parts) < 2 or parts[0] != "SIP/2.0" or not parts[1].isdigit():
        return None                  # a request (a keep-alive, an OPTIONS) or garbage: not ours
    headers: list[tuple[str, str]] = []
    for line in rest:
        if line[:1] in (" ", "\t") and headers:       # a folded header line
            headers[-1] = (headers[-1][0], headers[-1][1] + " " + line.strip())
            continue
        name, _, value = line.partition(":")
        key = name.strip().lower()
        headers.append((_COMPACT.get(key, key), value.strip()))
    return _Response(int(parts[1]), parts[2] if len(parts) > 2 else "", headers)


def _contacts(response: _Response) -> int:
    """Bindings in a 200: one Contact header may list several, separated by commas outside
    quotes and angle brackets."""
    count = 0
    for value in response.values("contact"):
        quoted, angle, current = False, 0, ""
        for ch in value + ",":
            if ch == '"':
                quoted = not quoted
            elif not quoted and ch in "<>":
                angle += 1 if ch == "<" else -1
            elif ch == "," and not quoted and angle <= 0:
                count += bool(current.strip() and current.strip() != "*")
                current = ""
                continue
            current += ch
    return count


def digest_authorization(challenge: str, method: str, uri: str, username: str, password: str,
                         cnonce: str = "") -> str | None:
    """The ``Authorization`` value answering a ``Digest`` challenge, or None when its algorithm or
    qop is one this check does not speak (the line then says the account could not be tried).
    ``cnonce``: the client nonce for ``qop=auth`` (random when empty; tests give a known one)."""
    scheme, _, rest = challenge.strip().partition(" ")
    if scheme.lower() != "digest":
        return None
    p = {k.lower(): v[1:-1].replace('\\"', '"') if v.startswith('"') else v for k, v in _PARAM.findall(rest)}
    algorithm = p.get("algorithm", "MD5").upper()
    qops = [q.strip() for q in p.get("qop", "").split(",") if q.strip()]
    if algorithm not in _ALGORITHMS or "nonce" not in p or (qops and "auth" not in qops):
        return None

    def h(text: str) -> str:
        return hashlib.new(_ALGORITHMS[algorithm], text.encode("utf-8")).hexdigest()

    realm, nonce = p.get("realm", ""), p["nonce"]
    ha1, ha2 = h(f"{username}:{realm}:{password}"), h(f"{method}:{uri}")
    fields = [f'username="{username}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{uri}"']
    if qops:
        cnonce, nc = cnonce or uuid.uuid4().hex[:16], "00000001"
        fields += [f'response="{h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")}"', "qop=auth", f"nc={nc}",
                   f'cnonce="{cnonce}"']
    else:
        fields.append(f'response="{h(f"{ha1}:{nonce}:{ha2}")}"')
    fields.append(f"algorithm={algorithm}")
    if "opaque" in p:
        fields.append(f'opaque="{p["opaque"]}"')
    return "Digest " + ", ".join(fields)


class _Channel:
    """One socket to the registrar: a connected UDP socket (with RFC 3261 retransmissions) or a
    TCP/TLS stream (messages framed by Content-Length)."""

    def __init__(self, kind: Transport, host: str, port: int, timeout_s: float,
                 tls_context: ssl.SSLContext | None) -> None:
        self.kind = kind
        self._buffer = b""
        if kind == Transport.UDP:
            self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                self.sock.connect((host, port))
            except OSError:
                self.sock.close()
                raise
        else:
            raw = socket.create_connection((host, port), timeout=timeout_s)
            if kind == Transport.TLS:
                try:
                    self.sock = (tls_context or ssl.create_default_context()).wrap_socket(raw, server_hostname=host)
                except (OSError, ssl.SSLError):
                    raw.close()
                    raise
            else:
                self.sock = raw
        self.local = self.sock.getsockname()[:2]

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()

    def exchange(self, message: bytes, cseq: str, deadline: float) -> _Response | None:
        """Sends ``message`` and returns the final answer to it (None: none before ``deadline``)."""
        self.sock.sendall(message)
        interval, resend_at = T1_S, time.monotonic() + T1_S
        provisional = False
        while True:
            now = time.monotonic()
            if now >= deadline:
                return None
            wait = deadline - now
            if self.kind == Transport.UDP and not provisional:
                if now >= resend_at:
                    self.sock.send(message)
                    interval = min(interval * 2, 4.0)
                    resend_at = now + interval
                wait = min(wait, max(0.001, resend_at - now))
            self.sock.settimeout(wait)
            try:
                data = self._receive()
            except TimeoutError:
                continue
            response = _parse(data) if data else None
            if response is None or cseq not in response.values("cseq"):
                continue
            if response.status >= 200:
                return response
            provisional = True               # 100 Trying: the registrar has it, stop resending

    def _receive(self) -> bytes:
        if self.kind == Transport.UDP:
            return self.sock.recv(65535)
        while True:
            head, sep, rest = self._buffer.partition(b"\r\n\r\n")
            if sep:
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() in (b"content-length", b"l"):
                        length = int(value.strip() or b"0")
                if len(rest) >= length:
                    self._buffer = rest[length:]
                    return head + sep + rest[:length]
            chunk = self.sock.recv(65535)
            if not chunk:
                raise ConnectionError("the registrar closed the connection")
            self._buffer += chunk


def register_query(host: str, port: int, domain: str, extension: str, password: str,
                   transport: Transport = Transport.UDP, timeout_s: float = 2.0,
                   tls_context: ssl.SSLContext | None = None) -> RegisterResult:
    """A REGISTER query for ``sip:extension@domain`` sent to ``host:port``; a 401/407 is answered
    once with the digest of ``password``. ``timeout_s`` bounds each of the (at most two) requests."""
    t0 = time.perf_counter()

    def result(status: int, reason: str = "", detail: str = "", authenticated: bool = False,
               contacts: int = 0) -> RegisterResult:
        return RegisterResult(status, (time.perf_counter() - t0) * 1000, reason, authenticated, contacts, detail)

    try:
        channel = _Channel(transport, host, port, timeout_s, tls_context)
    except ssl.SSLCertVerificationError:
        return result(0, detail="untrusted")
    except (OSError, ssl.SSLError):
        return result(0, detail="unreachable")
    try:
        uri = f"sip:{domain}" + ("" if transport == Transport.UDP else f";transport={transport.value}")
        aor = f"sip:{extension}@{domain}"
        call_id, tag = uuid.uuid4().hex, uuid.uuid4().hex[:10]
        local = f"{channel.local[0]}:{channel.local[1]}"

        def message(cseq: int, authorization: str = "") -> bytes:
            lines = [f"REGISTER {uri} SIP/2.0",
                     f"Via: SIP/2.0/{transport.value.upper()} {local};branch=z9hG4bK{uuid.uuid4().hex};rport",
                     "Max-Forwards: 70", f"From: <{aor}>;tag={tag}", f"To: <{aor}>", f"Call-ID: {call_id}",
                     f"CSeq: {cseq} REGISTER", "User-Agent: agent-console-check"]
            if authorization:
                lines.append(authorization)
            return ("\r\n".join([*lines, "Content-Length: 0", "", ""])).encode()

        response = channel.exchange(message(1), "1 REGISTER", time.monotonic() + timeout_s)
        authenticated = False
        if response is not None and response.status in (401, 407):
            header = "www-authenticate" if response.status == 401 else "proxy-authenticate"
            answers = [a for a in (digest_authorization(c, "REGISTER", uri, extension, password)
                                   for c in response.values(header)) if a]
            if not answers:
                return result(response.status, response.reason, detail="no-digest")
            name = "Authorization" if response.status == 401 else "Proxy-Authorization"
            response = channel.exchange(message(2, f"{name}: {answers[0]}"), "2 REGISTER",
                                        time.monotonic() + timeout_s)
            authenticated = True
        if response is None:
            return result(0, detail="timeout")
        return result(response.status, response.reason, authenticated=authenticated,
                      contacts=_contacts(response) if response.status < 300 else 0)
    except (OSError, ValueError):
        return result(0, detail="unreachable")
    finally:
        channel.close()
