"""A cheap liveness probe of the PBX (registrar or outbound proxy), on a thread of its own.

Why: over UDP nothing tells the phone that the PBX died: the next re-REGISTER (minutes later)
times out only after 32 s. And when a dead PBX comes back, waiting for the next REGISTER retry of
an exponential back-off leaves the agent unreachable for up to the back-off cap. A SIP OPTIONS
(UDP) or a TCP connect (TCP/TLS) every few seconds answers both questions for a few hundred bytes.

Why a thread and plain sockets, not pjsua2: out-of-dialog requests sent through
``Account.sendRequest`` carry a transaction that outlives its account when the PBX is silent
(Timer F, 32 s), and its late callback aborts the process once the account is gone (measured:
``pjsua_acc_get_user_data`` assertion at shutdown). DNS look-ups block, so they must not run on
the engine thread either. The probe makes no pjsua2 call; it reports ``(alive, detail)`` through a
callback that posts to the engine thread.
"""

from __future__ import annotations

import contextlib
import random
import select
import socket
import threading
import time
from collections.abc import Callable

from agent_console.phone.api import Transport


def probe_target(registrar: str, outbound_proxy: str, transport: Transport) -> tuple[str, int]:
    """host, port to probe: the outbound proxy if there is one (that is where SIP goes), else the
    registrar; the port defaults to 5061 for TLS and 5060 otherwise."""
    target = outbound_proxy or registrar
    target = target.split(":", 1)[1] if target.startswith(("sip:", "sips:")) else target
    target = target.split(";", 1)[0]
    host, _, port = target.rpartition(":") if target.count(":") == 1 else (target, "", "")
    if not port.isdigit():
        host, port = target, ""
    return host, int(port) if port else (5061 if transport == Transport.TLS else 5060)


class PbxProbe(threading.Thread):
    """Probes ``host:port`` every ``interval_s`` seconds (0: paused) and calls
    ``report(alive, detail)`` after each probe (on this thread)."""

    def __init__(self, host: str, port: int, transport: Transport, report: Callable[[bool, str], None],
                 timeout_s: float = 3.0) -> None:
        super().__init__(name="pbx-probe", daemon=True)
        self.host, self.port, self.transport = host, port, transport
        self.report = report
        self.timeout_s = timeout_s
        self.interval_s = 0.0
        self.sent = 0                       # probes made (messages/hour are measured from this)
        self._wake = threading.Event()
        self._stopped = False
        self._now = False

    def set_interval(self, interval_s: float, now: bool = False) -> None:
        """Change the pace; ``now`` probes at once (then every ``interval_s``)."""
        self.interval_s = interval_s
        self._now = self._now or now
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    def run(self) -> None:
        last = time.monotonic()
        while not self._stopped:
            self._wake.clear()
            if not self._now:
                if self.interval_s <= 0:
                    self._wake.wait()
                    last = time.monotonic()          # resumed: the pace starts from now
                    continue
                due = last + self.interval_s
                if time.monotonic() < due:
                    self._wake.wait(due - time.monotonic())
                    continue
            self._now = False
            alive, detail = self.probe_once()
            self.sent += 1
            if self._stopped:
                return
            self.report(alive, detail)
            last = time.monotonic()

    def probe_once(self) -> tuple[bool, str]:
        try:
            infos = socket.getaddrinfo(self.host, self.port, type=socket.SOCK_DGRAM)
        except OSError as exc:
            return False, f"DNS: {exc}"
        family, _, _, _, sockaddr = infos[0]
        addr = (str(sockaddr[0]), int(sockaddr[1]))
        if self.transport == Transport.UDP:
            return self._options(family, addr)
        try:
            with socket.create_connection(addr, timeout=self.timeout_s):
                return True, "connected"
        except OSError as exc:
            return False, str(exc) or type(exc).__name__

    def _options(self, family: int, addr: tuple[str, int]) -> tuple[bool, str]:
        """One OPTIONS transaction: sent at 0, 0.5 and 1.5 s (RFC 3261 retransmissions, so one
        lost datagram is no miss); any response, even an error status, means the PBX is alive."""
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            s.bind(("0.0.0.0" if family == socket.AF_INET else "::", 0))
            local = s.getsockname()
            call_id = f"{random.getrandbits(64):x}@probe"
            branch = f"z9hG4bK{random.getrandbits(48):x}"
            host = f"[{addr[0]}]" if family == socket.AF_INET6 else addr[0]
            msg = (f"OPTIONS sip:{host}:{addr[1]} SIP/2.0\r\n"
                   f"Via: SIP/2.0/UDP {local[0]}:{local[1]};branch={branch};rport\r\n"
                   f"Max-Forwards: 70\r\nFrom: <sip:probe@{host}>;tag={random.getrandbits(32):x}\r\n"
                   f"To: <sip:{host}:{addr[1]}>\r\nCall-ID: {call_id}\r\nCSeq: 1 OPTIONS\r\n"
                   "Accept: application/sdp\r\nContent-Length: 0\r\n\r\n").encode()
            start = time.monotonic()
            resend = [0.0, 0.5, 1.5]
            while True:
                elapsed = time.monotonic() - start
                if resend and elapsed >= resend[0]:
                    resend.pop(0)
                    with contextlib.suppress(OSError):
                        s.sendto(msg, addr)
                left = self.timeout_s - elapsed
                if left <= 0 or self._stopped:
                    return False, f"no answer in {self.timeout_s:g} s"
                r, _, _ = select.select([s], [], [], min(left, resend[0] - elapsed if resend else left))
                if not r:
                    continue
                try:
                    data = s.recv(65535)
                except OSError:
                    continue                       # ICMP port unreachable: keep listening
                if data.startswith(b"SIP/2.0 ") and call_id.encode() in data:
                    return True, data.split(b"\r\n", 1)[0].decode(errors="replace")
