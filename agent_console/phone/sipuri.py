"""Small SIP URI helpers: what the agent sees of a caller, and what a typed number dials."""

from __future__ import annotations

import re

_NAME_ADDR = re.compile(r'^\s*(?:"(?P<qname>(?:[^"\\]|\\.)*)"|(?P<name>[^<"]*?))\s*<(?P<uri>[^>]*)>')
_USER = re.compile(r"^(?:sips?|tel):(?:(?P<user>[^@;>?]*)@)?(?P<host>[^;>?]*)", re.IGNORECASE)


def parse_remote(remote: str) -> tuple[str, str, str]:
    """``'"Айгуль" <sip:+77011234567@host>'`` -> (number, display name, uri).

    A missing display name gives ``""``; a URI without a user part gives its host as the number.
    """
    name = ""
    uri = remote.strip()
    m = _NAME_ADDR.match(remote)
    if m:
        uri = m.group("uri").strip()
        if m.group("qname") is not None:
            name = re.sub(r"\\(.)", r"\1", m.group("qname"))
        else:
            name = (m.group("name") or "").strip()
    number = uri
    u = _USER.match(uri)
    if u:
        number = u.group("user") or u.group("host")
    return number, name, uri


def dial_uri(target: str, domain: str, transport: str = "udp") -> str:
    """Turn what the agent typed into a request URI.

    A full ``sip:``/``sips:`` URI is used as is; ``user@host[:port]`` gets ``sip:``; a bare number is
    dialled at the account's domain (the registrar, or 127.0.0.1 in direct mode). Spaces, dashes and
    brackets typed in phone numbers are dropped.
    """
    t = target.strip()
    if t.lower().startswith(("sip:", "sips:")):
        return t
    if "@" in t:
        uri = f"sip:{t}"
    else:
        number = re.sub(r"[\s\-()]", "", t)
        uri = f"sip:{number}@{domain}"
    if transport in ("tcp", "tls") and ";transport=" not in uri:
        uri += f";transport={transport}"
    return uri
