"""A TCP/TLS connection to the registrar that the network silently drops (a home router forgetting
its NAT/conntrack entry: no FIN, no RST, packets just vanish) is detected by the kernel keep-alives
the engine sets, replaced by a new connection, and the phone rings again (issue 5).

How the drop is made: Kamailio runs in a private network namespace, reachable from the host (the
pytest process with the agent's PjsuaPhone) over a veth pair with addresses 10.200.N.1 (host side)
and 10.200.N.2 (namespace side). To cut the path silently, the test deletes 10.200.N.2 from the
namespace's interface: the phone's packets still arrive there, but they are no longer addressed to
a local address, and with forwarding off (the namespace default) the kernel drops them without an
ICMP error or a RST; Kamailio's replies cannot leave either. Neighbour (ARP) entries are made
permanent on both sides so no link-layer event or failed ARP tells the phone anything, and the
host-side link stays up. Re-adding the address restores the path. This needs only iproute2 and
root: the kernel here has neither netem nor tc drop actions, and no iptables/nft binary is installed.
Other ways (``ip link set down``) would change the host side's carrier state, which a router in
the middle would not.

What the test measures: the drop is applied while the account is REGISTERED and idle (the
registration refresh is 300 s away, so only keep-alives can find the dead connection); the phone
must leave REGISTERED within ``keepalive_s`` + 3 probes x 5 s (+ margin), register again on a
*new* connection (Kamailio logs a different source port) once the path is back, and an incoming
call through Kamailio must ring: the complaint was a phone that silently stopped ringing.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agent_console.phone.api import RegState, SipAccountConfig, Transport

from .certs import make_ca, make_server_cert
from .conftest import FAST, ROOT, SERVICES, USERS, RecordingAudio, _kill_group

pytestmark = pytest.mark.slow

KEEPALIVE_S = 2
# Linux sends a probe after KEEPALIVE_S idle and then one every 5 s (TCP_KEEPINTVL, answered or
# not: engine._keepalive_sockopts); the 3rd unanswered one kills the connection. So a drop is
# noticed 15..20 s later here (max(keepalive_s, 5) + 15 s in general), plus slack for a busy host.
DETECT_BOUND_S = max(KEEPALIVE_S, 5) + 15 + 10
SIP_PORT, TLS_PORT = 5060, 5061       # the namespace is ours: no other listener there


def _ip(*args: str) -> str:
    return subprocess.run(["ip", *args], check=True, capture_output=True, text=True).stdout


def _mac(dev: str, netns: str = "") -> str:
    out = _ip(*(["-n", netns] if netns else []), "-o", "link", "show", "dev", dev)
    m = re.search(r"link/ether ([0-9a-f:]{17})", out)
    assert m, out
    return m.group(1)


@dataclass
class SilentPath:
    """A namespace + veth pair whose namespace-side address can be removed (silent drop)."""

    netns: str
    host_if: str
    ns_if: str
    host_ip: str
    ns_ip: str

    def drop(self) -> None:
        _ip("-n", self.netns, "addr", "del", f"{self.ns_ip}/30", "dev", self.ns_if)

    def restore(self) -> None:
        _ip("-n", self.netns, "addr", "add", f"{self.ns_ip}/30", "dev", self.ns_if)


def _free_subnet() -> int:
    used = _ip("-4", "-o", "addr") + _ip("-4", "route")
    start = os.getpid() % 200 + 20
    for i in range(200):
        n = (start + i) % 230 + 20
        if f"10.200.{n}." not in used:
            return n
    raise RuntimeError("no free 10.200.N.0/30 subnet")


@pytest.fixture
def silent_path() -> Iterator[SilentPath]:
    if os.geteuid() != 0 or not shutil.which("ip"):
        pytest.skip("needs root and iproute2 (network namespace + veth)")
    n = _free_subnet()
    tag = f"acsd{os.getpid() % 100000}"
    p = SilentPath(netns=f"{tag}-ns", host_if=f"{tag}h", ns_if=f"{tag}n",
                   host_ip=f"10.200.{n}.1", ns_ip=f"10.200.{n}.2")
    try:
        _ip("netns", "add", p.netns)
        _ip("link", "add", p.host_if, "type", "veth", "peer", "name", p.ns_if, "netns", p.netns)
        _ip("addr", "add", f"{p.host_ip}/30", "dev", p.host_if)
        _ip("link", "set", p.host_if, "up")
        _ip("-n", p.netns, "addr", "add", f"{p.ns_ip}/30", "dev", p.ns_if)
        _ip("-n", p.netns, "link", "set", p.ns_if, "up")
        _ip("-n", p.netns, "link", "set", "lo", "up")
        _ip("neigh", "replace", p.ns_ip, "lladdr", _mac(p.ns_if, p.netns), "dev", p.host_if, "nud", "permanent")
        _ip("-n", p.netns, "neigh", "replace", p.host_ip, "lladdr", _mac(p.host_if), "dev", p.ns_if,
            "nud", "permanent")
        fwd = subprocess.run(["ip", "netns", "exec", p.netns, "cat", "/proc/sys/net/ipv4/ip_forward"],
                             check=True, capture_output=True, text=True).stdout.strip()
        assert fwd == "0", "forwarding on in the test namespace: the drop would not be silent"
        yield p
    finally:
        # Processes inside the namespace are stopped by their own fixtures first (reverse order).
        with contextlib.suppress(subprocess.CalledProcessError):
            _ip("netns", "del", p.netns)
        with contextlib.suppress(subprocess.CalledProcessError):
            _ip("link", "del", p.host_if)      # normally gone with the namespace


def _options_ok(p: SilentPath, port: int, timeout: float = 0.3) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.bind((p.host_ip, 0))
        me = f"{p.host_ip}:{s.getsockname()[1]}"
        msg = (
            f"OPTIONS sip:{p.ns_ip}:{port} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bK{time.time_ns()}\r\n"
            f"From: <sip:probe@{p.host_ip}>;tag=1\r\nTo: <sip:{p.ns_ip}:{port}>\r\nCall-ID: {time.time_ns()}\r\n"
            "CSeq: 1 OPTIONS\r\nMax-Forwards: 5\r\nContent-Length: 0\r\n\r\n"
        )
        s.sendto(msg.encode(), (p.ns_ip, port))
        try:
            return s.recv(4096).startswith(b"SIP/2.0")
        except OSError:
            return False


@dataclass
class NsKamailio:
    path: SilentPath
    workdir: Path
    proc: subprocess.Popen[bytes]

    def log(self) -> str:
        return (self.workdir / "kamailio.log").read_text(errors="replace")

    def register_sources(self) -> list[tuple[str, int]]:
        """(protocol, source port) of every REGISTER of 1001, in order (kamailio.cfg logs them)."""
        return [(m.group(1), int(m.group(2))) for m in
                re.finditer(r"REQ REGISTER 1001 -> \S* via (\w+) from [\d.]+:(\d+)", self.log())]


@pytest.fixture
def ns_kamailio(silent_path: SilentPath, tmp_path: Path) -> Iterator[NsKamailio]:
    if not shutil.which("kamailio"):
        pytest.fail("kamailio is not installed: run scripts/bootstrap.sh")
    pki = tmp_path / "pki"
    pki.mkdir()
    ca, ca_key, ca_cert = make_ca(pki, "Silent CA")
    cert, key = make_server_cert(pki, ca_key, ca_cert, ip=silent_path.ns_ip)
    workdir = tmp_path / "kamailio"
    workdir.mkdir()
    args = ["bash", str(SERVICES / "kamailio_netns.sh"), silent_path.netns, silent_path.ns_ip, "run",
            str(workdir), str(SIP_PORT), "--tls-port", str(TLS_PORT), "--cert", str(cert), "--key", str(key)]
    for ext, pw in USERS.items():
        args += ["--user", f"{ext}:{pw}"]
    with open(workdir / "kamailio.log", "ab") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    k = NsKamailio(silent_path, workdir, proc)
    (workdir / "ca.pem").write_bytes(ca.read_bytes())
    try:
        deadline = time.monotonic() + 10
        while not _options_ok(silent_path, SIP_PORT):
            if proc.poll() is not None:
                raise RuntimeError("kamailio exited:\n" + k.log()[-3000:])
            if time.monotonic() > deadline:
                raise RuntimeError("kamailio did not come up:\n" + k.log()[-3000:])
            time.sleep(0.05)
        yield k
    finally:
        _kill_group(proc)


class _Log:
    def __init__(self, phone: Any) -> None:
        self.reg: list[tuple[float, str, str]] = []
        self.net: list[tuple[float, str]] = []
        phone.registration_changed.connect(lambda s, r: self.reg.append((time.monotonic(), s, r)))
        phone.network_event.connect(lambda m: self.net.append((time.monotonic(), m)))

    def first_after(self, mark: float, pred: Any) -> tuple[float, str, str] | None:
        return next((e for e in self.reg if e[0] >= mark and pred(e[1])), None)


@pytest.mark.parametrize("transport", [Transport.TCP, Transport.TLS])
def test_silently_dropped_connection_is_replaced_and_rings_again(
        silent_path: SilentPath, ns_kamailio: NsKamailio, make_phone: Any, qtbot: Any,
        transport: Transport) -> None:
    p = silent_path
    port = TLS_PORT if transport == Transport.TLS else SIP_PORT
    audio = RecordingAudio()
    phone = make_phone(audio=audio, options=FAST)
    log = _Log(phone)
    rang: list[Any] = []
    phone.incoming_call.connect(rang.append)
    phone.start(SipAccountConfig(
        registrar=f"{p.ns_ip}:{port}", extension="1001", password=USERS["1001"], transport=transport,
        tls_ca_file=str(ns_kamailio.workdir / "ca.pem"), keepalive_s=KEEPALIVE_S, reg_timeout_s=300))
    qtbot.waitUntil(lambda: phone.registration_state == RegState.REGISTERED, timeout=10000)
    before = ns_kamailio.register_sources()
    assert before and {proto for proto, _ in before} == {transport.value}
    old_ports = {sport for _, sport in before}
    qtbot.wait(KEEPALIVE_S * 1000 + 500)       # idle: keep-alive probes are being answered
    assert phone.registration_state == RegState.REGISTERED

    t_drop = time.monotonic()
    p.drop()
    try:
        qtbot.waitUntil(lambda: log.first_after(t_drop, lambda s: s != RegState.REGISTERED) is not None,
                        timeout=DETECT_BOUND_S * 1000)
    finally:
        noticed = log.first_after(t_drop, lambda s: s != RegState.REGISTERED)
        p.restore()
    assert noticed is not None
    t_restore = time.monotonic()
    detect_s = noticed[0] - t_drop
    # Silent indeed (no RST/FIN reached the phone): noticed only after keep-alive probes failed.
    assert detect_s >= KEEPALIVE_S + 5, f"noticed after {detect_s:.1f} s: the drop was not silent"
    assert any(t >= t_drop and "lost" in m.lower() for t, m in log.net), log.net

    qtbot.waitUntil(lambda: log.first_after(t_restore, lambda s: s == RegState.REGISTERED) is not None,
                    timeout=20000)
    registered = log.first_after(t_restore, lambda s: s == RegState.REGISTERED)
    assert registered is not None
    rereg_s = registered[0] - t_restore
    after = ns_kamailio.register_sources()[len(before):]
    assert after, "no REGISTER reached Kamailio after the path came back"
    assert after[-1][0] == transport.value
    assert after[-1][1] not in old_ports, "registered again over the old (dead) connection?"

    # The real complaint: does it ring again? A caller inside the namespace calls 1001 via Kamailio.
    sim_log = ns_kamailio.workdir / "simulator.log"
    with open(sim_log, "wb") as out:
        sim = subprocess.Popen(
            ["ip", "netns", "exec", p.netns, sys.executable, "-m", "agent_console.phone.simulator", "--json",
             "--target", f"sip:1001@{p.ns_ip}:{SIP_PORT}", "--count", "1", "--first-delay", "0",
             "--ring-timeout", "10", "--silent"],
            stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
    try:
        qtbot.waitUntil(lambda: bool(rang), timeout=15000)
        assert "ring" in audio.names()
        phone.decline(rang[0].call_id)
        assert sim.wait(15) == 0, sim_log.read_text(errors="replace")[-2000:]
    finally:
        _kill_group(sim, signal.SIGTERM)
    print(f"\n{transport.value}: drop noticed after {detect_s:.1f} s ({noticed[1]}: {noticed[2]}); "
          f"registered again {rereg_s:.1f} s after the path came back; old ports {sorted(old_ports)}, "
          f"new {after[-1][1]}")


def test_silent_drop_with_data_in_flight_is_noticed_too(
        silent_path: SilentPath, ns_kamailio: NsKamailio, make_phone: Any, qtbot: Any) -> None:
    """The path dies while the phone is *sending* (here: an INVITE right after the drop). Keep-alive
    probes never run on a connection with unacknowledged data; the kernel retransmits for ~15 min
    and the phone stayed registered in name only. TCP_USER_TIMEOUT (engine._keepalive_sockopts)
    bounds it to the same max(keepalive, 5) + 15 s."""
    p = silent_path
    phone = make_phone(audio=RecordingAudio(), options=FAST)
    log = _Log(phone)
    phone.start(SipAccountConfig(
        registrar=f"{p.ns_ip}:{SIP_PORT}", extension="1001", password=USERS["1001"], transport=Transport.TCP,
        keepalive_s=KEEPALIVE_S, reg_timeout_s=300))
    qtbot.waitUntil(lambda: phone.registration_state == RegState.REGISTERED, timeout=10000)
    before = ns_kamailio.register_sources()
    old_ports = {sport for _, sport in before}
    # The options really are on the live connection (pjlib drops options past its 4th silently).
    opts = _tcp_options_to((p.ns_ip, SIP_PORT))
    assert opts == {"keepalive": 1, "keepidle": KEEPALIVE_S,
                    "user_timeout_ms": (max(KEEPALIVE_S, 5) + 15) * 1000}

    t_drop = time.monotonic()
    p.drop()
    try:
        phone.dial("1002")                  # an INVITE into the dead connection: data in flight
        qtbot.waitUntil(lambda: log.first_after(t_drop, lambda s: s != RegState.REGISTERED) is not None,
                        timeout=(DETECT_BOUND_S + 10) * 1000)
    finally:
        noticed = log.first_after(t_drop, lambda s: s != RegState.REGISTERED)
        p.restore()
    assert noticed is not None
    detect_s = noticed[0] - t_drop
    assert detect_s >= 10, f"noticed after {detect_s:.1f} s: the drop was not silent"
    t_restore = time.monotonic()
    qtbot.waitUntil(lambda: log.first_after(t_restore, lambda s: s == RegState.REGISTERED) is not None,
                    timeout=20000)
    after = ns_kamailio.register_sources()[len(before):]
    assert after and after[-1][1] not in old_ports, "registered again over the old (dead) connection?"
    print(f"\ndata in flight: drop noticed after {detect_s:.1f} s ({noticed[1]}: {noticed[2]})")


def _tcp_options_to(peer: tuple[str, int]) -> dict[str, int]:
    """Keep-alive options of this process's TCP socket connected to ``peer``, read back from the
    kernel through a duplicate of its file descriptor."""
    for fd in os.listdir("/proc/self/fd"):
        try:
            sock = socket.socket(fileno=os.dup(int(fd)))
        except OSError:
            continue
        with sock:
            if sock.type != socket.SOCK_STREAM:
                continue
            try:
                if sock.getpeername() != peer:
                    continue
            except OSError:
                continue
            return {"keepalive": sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
                    "keepidle": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
                    "user_timeout_ms": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT)}
    raise AssertionError(f"no TCP connection to {peer}")
