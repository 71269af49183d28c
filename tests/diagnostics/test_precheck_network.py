"""The check's network lines: UDP/TCP/TLS to the PBX (Kamailio with TLS, refusing ports) and the
NAT hint from a tiny STUN responder."""

from __future__ import annotations

import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agent_console.diagnostics import precheck_network as net
from agent_console.diagnostics.precheck_lines import AMBER, GREEN, RED
from agent_console.local_process import free_port
from agent_console.phone.api import Transport
from tests.phone.certs import make_ca, make_server_cert
from tests.phone.conftest import Kamailio

Mapper = Callable[[tuple[str, int]], tuple[str, int]]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class StunResponder:
    """Answers RFC 5389 Binding requests with the peer's address as ``mapper`` rewrites it (a NAT)."""

    def __init__(self, mapper: Mapper = lambda peer: peer, xor: bool = True) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = int(self.sock.getsockname()[1])
        self.mapper, self.xor = mapper, xor
        self.requests = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._serve, daemon=True)
        self._t.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, peer = self.sock.recvfrom(2048)
            except OSError:
                continue
            kind, _length, magic, tid = struct.unpack("!HHI12s", data[:20])
            if kind != net.STUN_BINDING_REQUEST or magic != net.STUN_MAGIC:
                continue
            self.requests += 1
            host, port = self.mapper(peer)
            addr = socket.inet_aton(host)
            if self.xor:
                port ^= net.STUN_MAGIC >> 16
                addr = bytes(a ^ b for a, b in zip(addr, struct.pack("!I", net.STUN_MAGIC), strict=True))
            attr_type = net.ATTR_XOR_MAPPED_ADDRESS if self.xor else net.ATTR_MAPPED_ADDRESS
            # An unknown attribute first: the parser must step over it.
            attrs = struct.pack("!HH4s", 0x8022, 4, b"test") + struct.pack("!HHBBH4s", attr_type, 8, 0, 1, port, addr)
            self.sock.sendto(struct.pack("!HHI12s", net.STUN_BINDING_SUCCESS, len(attrs), net.STUN_MAGIC, tid)
                             + attrs, peer)

    def close(self) -> None:
        self._stop.set()
        self._t.join(2)
        self.sock.close()


@pytest.fixture
def stun() -> Iterator[Callable[..., StunResponder]]:
    made: list[StunResponder] = []

    def make(mapper: Mapper = lambda peer: peer, xor: bool = True) -> StunResponder:
        made.append(StunResponder(mapper, xor))
        return made[-1]

    yield make
    for s in made:
        s.close()


def test_stun_no_nat_behind_nat_and_unreachable(stun: Callable[..., StunResponder]) -> None:
    direct = stun()
    [line] = net.check_stun(f"127.0.0.1:{direct.port}")
    assert line.level == GREEN and "No NAT" in line.text and line.facts["local"] == line.facts["mapped"]
    assert direct.requests == 1

    keeps_port = stun(lambda peer: ("203.0.113.7", peer[1]), xor=False)     # plain MAPPED-ADDRESS
    [line] = net.check_stun(f"stun:127.0.0.1:{keeps_port.port}")
    assert line.level == GREEN and "keeps the port" in line.text and line.facts["mapped"].startswith("203.0.113.7:")

    rewrites = stun(lambda peer: ("198.51.100.9", 40000 if peer[1] != 40000 else 40001))
    [line] = net.check_stun(f"127.0.0.1:{rewrites.port}")
    assert "changes the port" in line.text and "tell IT" in line.text

    [line] = net.check_stun(f"127.0.0.1:{_closed_port()}", timeout_s=0.4)
    assert line.level == AMBER and "STUN server does not answer" in line.text
    assert net.check_stun("") == []


def test_binding_answers_to_another_transaction_are_ignored() -> None:
    tid = b"A" * 12
    good = struct.pack("!HHI12s", net.STUN_BINDING_SUCCESS, 12, net.STUN_MAGIC, tid) + struct.pack(
        "!HHBBH4s", net.ATTR_MAPPED_ADDRESS, 8, 0, 1, 5060, socket.inet_aton("192.0.2.1"))
    assert net.parse_binding_response(good, tid) == ("192.0.2.1", 5060)
    assert net.parse_binding_response(good, b"B" * 12) is None
    assert net.parse_binding_response(good[:10], tid) is None
    assert net.binding_request(tid) == struct.pack("!HHI", 1, 0, 0x2112A442) + tid


def test_ports_per_transport() -> None:
    assert net.transport_ports("pbx.example.com", "udp") == {
        Transport.UDP: ("pbx.example.com", 5060), Transport.TCP: ("pbx.example.com", 5060),
        Transport.TLS: ("pbx.example.com", 5061)}
    assert net.transport_ports("sip:pbx:5080", "tcp")[Transport.TLS] == ("pbx", 5081)
    assert net.transport_ports("pbx:5071", "tls")[Transport.UDP] == ("pbx", 5070)


def test_blocked_account_transport_names_one_that_works() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    try:
        tcp_port = int(listener.getsockname()[1])
        ports = {Transport.UDP: ("127.0.0.1", _closed_port()), Transport.TCP: ("127.0.0.1", tcp_port),
                 Transport.TLS: ("127.0.0.1", _closed_port())}
        lines = {x.name: x for x in net.check_paths("127.0.0.1", "udp", timeout_s=0.3, ports=ports)}
    finally:
        listener.close()
    assert lines["path-udp"].level == RED
    assert "UDP to the PBX does not get through, but TCP does" in lines["path-udp"].text
    assert lines["path-tcp"].level == GREEN and "ms" in lines["path-tcp"].text
    # A transport the account does not use is a fact, not a problem.
    assert lines["path-tls"].level == GREEN and "does not use it" in lines["path-tls"].text
    assert net.check_paths("", "udp") == []


@pytest.fixture
def tls_kamailio(tmp_path: Path) -> Iterator[tuple[Kamailio, Path]]:
    pki = tmp_path / "pki"
    pki.mkdir()
    ca, ca_key, ca_cert = make_ca(pki, "Hotline CA")
    cert, key = make_server_cert(pki, ca_key, ca_cert)
    k = Kamailio(workdir=tmp_path / "kam", port=free_port(), tls_port=free_port(), cert=str(cert), key=str(key))
    k.workdir.mkdir()
    k.start()
    yield k, ca
    k.stop()


@pytest.mark.slow
def test_paths_against_kamailio_with_tls(tls_kamailio: tuple[Kamailio, Path]) -> None:
    k, ca = tls_kamailio
    ports = {Transport.UDP: ("127.0.0.1", k.port), Transport.TCP: ("127.0.0.1", k.port),
             Transport.TLS: ("127.0.0.1", k.tls_port)}
    trusted = ssl.create_default_context(cafile=str(ca))
    lines = net.check_paths(k.registrar, "tls", ports=ports, tls_context=trusted)
    assert [(x.name, x.level) for x in lines] == [("path-udp", GREEN), ("path-tcp", GREEN), ("path-tls", GREEN)]
    assert all("answers" in x.text and x.facts["ok"] for x in lines)
    # This computer does not trust the PBX's CA: the account's TLS is red, and says why.
    [tls] = [x for x in net.check_paths(k.registrar, "tls", ports=ports) if x.name == "path-tls"]
    assert tls.level == RED and "certificate is not trusted" in tls.text and tls.facts["detail"] == "untrusted"
    k.stop()
    lines = net.check_paths(k.registrar, "udp", timeout_s=0.5, ports=ports)
    assert [x.level for x in lines] == [RED, GREEN, GREEN]
    assert "does not get through: check the internet connection" in lines[0].text
