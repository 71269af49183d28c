"""Ports for the children on loopback: free for TCP and UDP, and never one the kernel would also
hand to an outgoing connection."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from agent_console.local_process import QUIET_PORTS, free_port


def _ephemeral_range() -> range:
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
    except OSError:
        return range(49152, 65536)
    return range(int(low), int(high) + 1)


def test_free_port_is_outside_the_ephemeral_range_and_free_for_both_transports() -> None:
    ephemeral = _ephemeral_range()
    handed = [free_port() for _ in range(200)]
    assert len(set(handed)) == len(handed)  # never the same twice (a SIP port and its TLS port)
    ports = set(handed[:20])
    for port in ports:
        assert port in QUIET_PORTS and port not in ephemeral
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t, \
                socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
            t.bind(("127.0.0.1", port))
            u.bind(("127.0.0.1", port))


def test_a_port_in_use_is_never_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    with socket.socket() as held:
        held.bind(("127.0.0.1", port))
        held.listen()
        monkeypatch.setattr("agent_console.local_process._handed_out", set())
        monkeypatch.setattr("agent_console.local_process.QUIET_PORTS", range(port, port + 1))
        with pytest.raises(RuntimeError, match="no free port"):
            free_port()


def test_a_port_handed_out_is_not_handed_out_again(monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()  # free again (nothing bound it), but promised to someone
    monkeypatch.setattr("agent_console.local_process.QUIET_PORTS", range(port, port + 1))
    with pytest.raises(RuntimeError, match="no free port"):
        free_port()
