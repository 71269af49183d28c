"""Which address the door sign listens on: a private-range address of the active interface.

The active interface is the one the default route leaves by; its source address is found with
an unconnected-UDP ``connect`` (no packet is sent). Public, loopback, link-local and unspecified
addresses are refused, so the page is never reachable from outside the home network.
"""

from __future__ import annotations

import ipaddress
import socket

PRIVATE_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fd00::/8"))


def is_private_lan(address: str) -> bool:
    """RFC 1918 (and IPv6 unique-local) only: what a home router hands out."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in PRIVATE_NETWORKS)


def active_address(probe: str = "192.0.2.1") -> str | None:
    """The source address the kernel would use for the default route (``probe`` is TEST-NET-1:
    nothing is sent), or None without a route."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect((probe, 9))
            return str(s.getsockname()[0])
    except OSError:
        return None


def lan_address() -> str | None:
    """The address to listen on, or None when the active interface has no private address."""
    address = active_address()
    return address if address and is_private_lan(address) else None
