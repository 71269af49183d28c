"""A scripted SIP peer and a lossy UDP relay for the fault tests (pure Python, no pjsua2).

Why hand-written: the faults under test (a registrar that answers 503 with Retry-After or nothing
at all, a peer that answers a re-INVITE with 491, RTP that stops arriving) are exactly what real
peers such as Kamailio or baresip cannot be told to do, and ``tc netem`` is not available on the
test machines. The peer speaks just enough SIP over UDP on 127.0.0.1: it answers requests through
per-method handlers, places one call with a PCMU stream, and records every message with the time
it arrived so tests can assert timings and counts.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import random
import re
import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class SipMsg:
    first: str
    headers: list[tuple[str, str]]
    body: str = ""
    at: float = 0.0
    src: tuple[str, int] = ("", 0)

    @property
    def is_request(self) -> bool:
        return not self.first.startswith("SIP/2.0")

    @property
    def method(self) -> str:
        if self.is_request:
            return self.first.split(" ", 1)[0]
        return self.header("CSeq").split()[-1]

    @property
    def code(self) -> int:
        return 0 if self.is_request else int(self.first.split()[1])

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k.lower() == name.lower()), "")

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]


_COMPACT = {"v": "Via", "f": "From", "t": "To", "i": "Call-ID", "m": "Contact", "l": "Content-Length",
            "c": "Content-Type"}


def parse(data: bytes) -> SipMsg:
    text = data.decode(errors="replace")
    head, _, body = text.partition("\r\n\r\n")
    lines = head.split("\r\n")
    headers = []
    for line in lines[1:]:
        k, _, v = line.partition(":")
        k = k.strip()
        headers.append((_COMPACT.get(k, k), v.strip()))
    return SipMsg(lines[0], headers, body)


def sdp_audio_addr(body: str) -> tuple[str, int]:
    host = re.search(r"^c=IN IP4 (\S+)", body, re.M)
    port = re.search(r"^m=audio (\d+)", body, re.M)
    return (host.group(1) if host else "127.0.0.1", int(port.group(1)) if port else 0)


def sdp_direction(body: str) -> str:
    m = re.search(r"^a=(sendrecv|sendonly|recvonly|inactive)", body, re.M)
    return m.group(1) if m else "sendrecv"


Handler = Callable[[SipMsg], "tuple[int, str, list[tuple[str, str]], str] | None"]
"""Returns (code, reason, extra headers, body) to answer, or None to stay silent."""


class SipPeer:
    """One UDP socket on 127.0.0.1 speaking scripted SIP. ``handlers[method]`` decides answers;
    every message in and out is kept in ``log`` (time-stamped)."""

    def __init__(self, user: str = "peer") -> None:
        self.user = user
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.handlers: dict[str, Handler] = {
            "OPTIONS": lambda m: (200, "OK", [], ""),
            "BYE": lambda m: (200, "OK", [], ""),
            "ACK": lambda m: None,
        }
        self.received: list[SipMsg] = []
        self.lock = threading.Lock()
        self._answered: dict[str, bytes] = {}   # branch -> response (retransmissions)
        self._tag = f"p{random.randrange(1 << 30)}"
        self._seq = itertools.count(1)
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True, name="sip-peer")
        self._t.start()
        self.dialog: dict[str, str] = {}
        self.rtp: RtpSource | None = None

    # ---- inspection ---------------------------------------------------------------------------

    def requests(self, method: str) -> list[SipMsg]:
        with self.lock:
            return [m for m in self.received if m.is_request and m.method == method]

    def responses(self, method: str) -> list[SipMsg]:
        with self.lock:
            return [m for m in self.received if not m.is_request and m.method == method]

    # ---- transport ----------------------------------------------------------------------------

    def send(self, text: str, addr: tuple[str, int]) -> None:
        self.sock.sendto(text.encode(), addr)

    def _run(self) -> None:
        while not self._stop.is_set():
            r, _, _ = select.select([self.sock], [], [], 0.1)
            if not r:
                continue
            try:
                data, src = self.sock.recvfrom(65535)
            except OSError:
                return
            if not data.strip():
                continue                     # keep-alive CRLFs
            msg = parse(data)
            msg.at, msg.src = time.monotonic(), src
            with self.lock:
                self.received.append(msg)
            if msg.is_request:
                self._answer(msg)

    def _answer(self, msg: SipMsg) -> None:
        branch = msg.header("Via").partition("branch=")[2].split(";")[0]
        key = f"{branch}/{msg.method}"
        if key in self._answered:
            self.sock.sendto(self._answered[key], msg.src)
            return
        handler = self.handlers.get(msg.method)
        result = handler(msg) if handler else (501, "Not Implemented", [], "")
        if result is None:
            return
        code, reason, extra, body = result
        data = self.response(msg, code, reason, extra, body).encode()
        self._answered[key] = data
        self.sock.sendto(data, msg.src)

    def response(self, req: SipMsg, code: int, reason: str, extra: list[tuple[str, str]], body: str) -> str:
        lines = [f"SIP/2.0 {code} {reason}"]
        lines += [f"Via: {v}" for v in req.all("Via")]
        lines.append(f"From: {req.header('From')}")
        to = req.header("To")
        if ";tag=" not in to:
            to += f";tag={self._tag}"
        lines.append(f"To: {to}")
        lines += [f"Call-ID: {req.header('Call-ID')}", f"CSeq: {req.header('CSeq')}"]
        if req.method in ("INVITE", "UPDATE") and 200 <= code < 300:
            lines.append(f"Contact: <sip:{self.user}@127.0.0.1:{self.port}>")
        lines += [f"{k}: {v}" for k, v in extra]
        if body:
            lines.append("Content-Type: application/sdp")
        lines.append(f"Content-Length: {len(body.encode())}")
        return "\r\n".join(lines) + "\r\n\r\n" + body

    # ---- a call to the agent ------------------------------------------------------------------

    def sdp(self, rtp_port: int, direction: str = "sendrecv") -> str:
        return ("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                f"m=audio {rtp_port} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
                f"a=rtpmap:101 telephone-event/8000\r\na={direction}\r\n")

    def invite(self, agent_port: int, sdp_port: int, user: str = "agent", caller: str = "+77011234567",
               extra: str = "") -> None:
        """Send an INVITE offering PCMU on ``sdp_port`` (our RTP socket, or a relay in front of it)."""
        call_id = f"{random.randrange(1 << 40)}@sippeer"
        self.dialog = {"call_id": call_id, "to": f"<sip:{user}@127.0.0.1:{agent_port}>",
                       "from": f"<sip:{caller}@127.0.0.1:{self.port}>;tag={self._tag}",
                       "target": f"sip:{user}@127.0.0.1:{agent_port}", "port": str(agent_port)}
        body = self.sdp(sdp_port)
        self.send(self._request("INVITE", 1, body, extra), ("127.0.0.1", agent_port))

    def _request(self, method: str, cseq: int, body: str = "", extra: str = "") -> str:
        d = self.dialog
        head = (f"{method} {d['target']} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP 127.0.0.1:{self.port};branch=z9hG4bK{random.randrange(1 << 40)};rport\r\n"
                f"Max-Forwards: 70\r\nFrom: {d['from']}\r\nTo: {d['to']}\r\nCall-ID: {d['call_id']}\r\n"
                f"CSeq: {cseq} {method}\r\nContact: <sip:{self.user}@127.0.0.1:{self.port}>\r\n{extra}")
        if body:
            head += "Content-Type: application/sdp\r\n"
        return head + f"Content-Length: {len(body.encode())}\r\n\r\n" + body

    def wait_answer(self, timeout: float = 10.0) -> SipMsg:
        """The 200 OK to our INVITE: ACK it and remember the dialog (the agent's tag and Contact)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ok = [m for m in self.responses("INVITE") if m.code == 200]
            if ok:
                msg = ok[0]
                self.dialog["to"] = msg.header("To")
                contact = re.search(r"<([^>]+)>", msg.header("Contact"))
                if contact:
                    self.dialog["target"] = contact.group(1)
                self.send(self._request("ACK", 1), ("127.0.0.1", int(self.dialog["port"])))
                return msg
            time.sleep(0.02)
        raise AssertionError("no 200 OK to the INVITE")

    def close(self) -> None:
        self._stop.set()
        if self.rtp is not None:
            self.rtp.close()
        self._t.join(2)
        self.sock.close()


class RtpSource:
    """PCMU packets every 20 ms from our own socket to ``dest`` (the agent, or a relay)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.dest: tuple[str, int] | None = None
        self.sending = threading.Event()
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True, name="rtp-source")
        self._t.start()

    def start(self, dest: tuple[str, int]) -> None:
        self.dest = dest
        self.sending.set()

    def _run(self) -> None:
        seq, ts, ssrc = random.randrange(1 << 16), random.randrange(1 << 32), random.randrange(1 << 32)
        nxt = time.monotonic()
        payload = bytes([0xFF]) * 160
        while not self._stop.is_set():
            nxt += 0.02
            with contextlib.suppress(BlockingIOError, OSError):
                while True:                          # drain what the agent sends us
                    self.sock.setblocking(False)
                    self.sock.recv(2048)
            if self.sending.is_set() and self.dest is not None:
                hdr = struct.pack("!BBHII", 0x80, 0, seq & 0xFFFF, ts & 0xFFFFFFFF, ssrc)
                with contextlib.suppress(OSError):
                    self.sock.sendto(hdr + payload, self.dest)
            seq += 1
            ts += 160
            time.sleep(max(0.0, nxt - time.monotonic()))

    def close(self) -> None:
        self._stop.set()
        self._t.join(2)
        self.sock.close()


@dataclass
class UdpRelay:
    """A UDP relay between the agent's RTP socket and the peer's: ``agent_side`` is the port the
    peer advertises in its SDP; packets from the peer (to ``peer_side``) go to the agent after
    ``delay_ms`` ± ``jitter_ms``, ``drop_pct`` of them are lost, and ``forwarding = False`` drops
    everything (a media outage). What the agent sends goes back to ``peer_addr``."""

    peer_addr: tuple[str, int]
    drop_pct: float = 0.0
    delay_ms: float = 0.0
    jitter_ms: float = 0.0
    forwarding: bool = True
    seed: int = 1
    forwarded: int = 0
    dropped: int = 0
    agent_addr: tuple[str, int] | None = None
    _a: socket.socket = field(init=False)
    _b: socket.socket = field(init=False)

    def __post_init__(self) -> None:
        self._a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._a.bind(("127.0.0.1", 0))
        self._b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._b.bind(("127.0.0.1", 0))
        self._rng = random.Random(self.seed)
        self._queue: list[tuple[float, int, bytes]] = []
        self._n = itertools.count()
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True, name="udp-relay")
        self._t.start()

    @property
    def agent_side(self) -> int:
        return int(self._a.getsockname()[1])

    @property
    def peer_side(self) -> int:
        return int(self._b.getsockname()[1])

    def _run(self) -> None:
        while not self._stop.is_set():
            wait = 0.05
            if self._queue:
                wait = max(0.0, min(wait, self._queue[0][0] - time.monotonic()))
            r, _, _ = select.select([self._a, self._b], [], [], wait)
            for s in r:
                try:
                    data, src = s.recvfrom(65535)
                except OSError:
                    continue
                if s is self._a:
                    self.agent_addr = src
                    with contextlib.suppress(OSError):
                        self._b.sendto(data, self.peer_addr)
                elif not self.forwarding or self._rng.random() * 100 < self.drop_pct:
                    self.dropped += 1
                else:
                    delay = max(0.0, self.delay_ms + self._rng.uniform(-self.jitter_ms, self.jitter_ms))
                    heapq.heappush(self._queue, (time.monotonic() + delay / 1000, next(self._n), data))
            now = time.monotonic()
            while self._queue and self._queue[0][0] <= now:
                _, _, data = heapq.heappop(self._queue)
                if self.agent_addr is not None:
                    with contextlib.suppress(OSError):
                        self._a.sendto(data, self.agent_addr)
                    self.forwarded += 1

    def close(self) -> None:
        self._stop.set()
        self._t.join(2)
        self._a.close()
        self._b.close()
