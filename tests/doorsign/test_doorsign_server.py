"""The door sign's server: key checks, the live feed, no personal data, no socket when off."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from agent_console.doorsign.lan import is_private_lan
from agent_console.doorsign.server import DoorSignServer, new_key
from agent_console.doorsign.states import DoorState


@pytest.fixture
def sign() -> Iterator[DoorSignServer]:
    s = DoorSignServer("127.0.0.1", 0, new_key(), "ru")
    s.start()
    yield s
    s.stop()


def base(s: DoorSignServer) -> str:
    return f"http://{s.host}:{s.port}"


@pytest.mark.parametrize("query", ["", "?k=", "?k=wrong", "?x=1"])
@pytest.mark.parametrize("path", ["/", "/events", "/favicon.ico"])
def test_wrong_or_missing_key_is_403(sign: DoorSignServer, path: str, query: str) -> None:
    r = httpx.get(base(sign) + path + query, timeout=5)
    assert r.status_code == 403
    assert r.content == b""


def test_page_with_the_key(sign: DoorSignServer) -> None:
    r = httpx.get(f"{base(sign)}/?k={sign.key}", timeout=5)
    assert r.status_code == 200
    assert "Консоль не запущена" in r.text
    assert "Идёт разговор" in r.text


def read_events(sign: DoorSignServer, count: int, sink: list[str], raw: bytearray) -> None:
    with httpx.stream("GET", f"{base(sign)}/events?k={sign.key}", timeout=10) as r:
        for line in r.iter_lines():
            if line.startswith("data: "):
                sink.append(json.loads(line[6:])["state"])
                if len(sink) >= count:
                    return


def test_feed_follows_the_state_within_a_second(sign: DoorSignServer) -> None:
    got: list[str] = []
    t = threading.Thread(target=read_events, args=(sign, 3, got, bytearray()), daemon=True)
    t.start()
    deadline = time.monotonic() + 5
    while not got and time.monotonic() < deadline:
        time.sleep(0.02)
    assert got == ["not_working"]
    sign.set_state(DoorState.ON_CALL)
    t0 = time.monotonic()
    while len(got) < 2 and time.monotonic() - t0 < 1:
        time.sleep(0.01)
    assert got[1:] == ["on_call"], "the feed did not follow within 1 s"
    sign.set_state(DoorState.BREAK)
    t.join(2)
    assert got == ["not_working", "on_call", "break"]


def test_language_change_reaches_the_feed(sign: DoorSignServer) -> None:
    lines: list[dict[str, str]] = []

    def read() -> None:
        with httpx.stream("GET", f"{base(sign)}/events?k={sign.key}", timeout=10) as r:
            for line in r.iter_lines():
                if line.startswith("data: "):
                    lines.append(json.loads(line[6:]))
                    if len(lines) == 2:
                        return

    t = threading.Thread(target=read, daemon=True)
    t.start()
    deadline = time.monotonic() + 5
    while not lines and time.monotonic() < deadline:
        time.sleep(0.02)
    sign.set_language("kk")
    t.join(3)
    assert [m["lang"] for m in lines] == ["ru", "kk"]
    assert "Консоль іске қосылмаған" in httpx.get(sign.url, timeout=5).text


def test_viewer_absence_is_counted(sign: DoorSignServer) -> None:
    got: list[str] = []
    t = threading.Thread(target=read_events, args=(sign, 2, got, bytearray()), daemon=True)
    t.start()
    deadline = time.monotonic() + 5
    while not got and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sign.viewer_absent_s() == 0.0
    sign.set_state(DoorState.WORKING)
    t.join(3)
    deadline = time.monotonic() + 5
    while sign.viewer_absent_s() == 0 and time.monotonic() < deadline:  # noticed on the next write
        sign.set_state(DoorState.BREAK if sign.state is DoorState.WORKING else DoorState.WORKING)
        time.sleep(0.05)
    assert sign.viewer_absent_s() > 0


def test_stop_frees_the_port_and_ends_the_feed(sign: DoorSignServer) -> None:
    got: list[str] = []
    t = threading.Thread(target=read_events, args=(sign, 99, got, bytearray()), daemon=True)
    t.start()
    time.sleep(0.3)
    port = sign.port
    sign.stop()
    t.join(3)
    assert not t.is_alive()
    assert f":{port} " not in subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout


@pytest.mark.parametrize(("address", "ok"), [
    ("192.168.1.20", True), ("10.0.0.5", True), ("172.16.3.4", True), ("172.32.0.1", False),
    ("8.8.8.8", False), ("127.0.0.1", False), ("169.254.1.1", False), ("0.0.0.0", False),
    ("192.0.2.2", False), ("fd12::1", True), ("2001:db8::1", False), ("nonsense", False),
])
def test_only_private_lan_addresses(address: str, ok: bool) -> None:
    assert is_private_lan(address) is ok
