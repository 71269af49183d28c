"""The pre-shift check's lines against real local parts and each failure path."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from agent_console.diagnostics import precheck
from agent_console.diagnostics.precheck import AMBER, GREEN, RED, CheckLine, report, run_checks
from agent_console.sync.credentials import CredentialError


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def health_server() -> Iterator[tuple[str, list[float]]]:
    """A /api/v1/health answering with a clock offset the test sets."""
    offset = [0.0]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"status": "ok", "server_ms": (time.time() + offset[0]) * 1000}).encode()
            self.send_response(200 if self.path == "/api/v1/health" else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", offset
    server.shutdown()
    server.server_close()


@pytest.fixture
def sip_responder() -> Iterator[int]:
    """Answers every UDP SIP request with a 200 (its Via, From, To, Call-ID and CSeq copied), as a
    registrar without authentication answers OPTIONS and a REGISTER query with no bindings."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                data, peer = sock.recvfrom(4096)
            except OSError:
                continue
            copied = [x for x in data.split(b"\r\n")
                      if x.split(b":", 1)[0].lower() in (b"via", b"from", b"to", b"call-id", b"cseq")]
            sock.sendto(b"\r\n".join([b"SIP/2.0 200 OK", *copied, b"Content-Length: 0", b"", b""]), peer)

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield int(sock.getsockname()[1])
    stop.set()
    t.join(2)
    sock.close()


def _ok_keyring() -> CheckLine:
    return CheckLine("keyring", GREEN, "fine")


def test_all_green_against_real_local_parts(health_server: Any, sip_responder: int, tmp_path: Path) -> None:
    url, _ = health_server
    lines = run_checks(url, f"127.0.0.1:{sip_responder}", "udp", tmp_path / "j.sqlite3", _ok_keyring,
                       extension="1001", sip_password=lambda: "pw")
    assert [(x.name, x.level) for x in lines] == [
        ("server", GREEN), ("clock", GREEN), ("registrar", GREEN), ("disk", GREEN), ("keyring", GREEN)]
    assert "ms" in lines[0].text and "ms" in lines[2].text and "not registered" in lines[2].text
    assert report(lines)[1] == 0


def test_clock_skew_is_amber(health_server: Any) -> None:
    url, offset = health_server
    offset[0] = -120.0
    server, clock = precheck.check_server(url)
    assert server.level == GREEN and clock.level == AMBER and "+120" in clock.text and "automatic" in clock.text


def test_server_and_registrar_down_are_red(tmp_path: Path) -> None:
    port = _closed_port()
    lines = run_checks(f"http://127.0.0.1:{port}", f"127.0.0.1:{port}", "udp", tmp_path / "j", _ok_keyring,
                       sip_password=lambda: "pw")
    levels = {x.name: x for x in lines}
    assert levels["server"].level == RED and "internet" in levels["server"].text
    assert levels["registrar"].level == RED and "PBX does not answer" in levels["registrar"].text
    text, rc = report(lines)
    assert rc == 1 and "Problem" in text
    tcp = precheck.check_registrar(f"127.0.0.1:{port}", "tcp", sip_password=lambda: "pw")
    assert tcp.level == RED
    # Without a password the PBX is only probed: down is still red.
    assert precheck.check_registrar(f"127.0.0.1:{port}", "udp", sip_password=lambda: None).level == RED


def test_nothing_configured_is_amber(tmp_path: Path) -> None:
    lines = run_checks("", "", "udp", tmp_path / "j", _ok_keyring)
    assert [x.level for x in lines if x.name in ("server", "registrar")] == [AMBER, AMBER]
    assert report(lines)[1] == 0


def test_full_disk_is_red_and_low_disk_amber(tmp_path: Path, monkeypatch: Any) -> None:
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage._replace(free=100 * 1024 * 1024))
    assert precheck.check_disk(tmp_path / "missing" / "j.sqlite3").level == RED
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage._replace(free=500 * 1024 * 1024))
    line = precheck.check_disk(tmp_path / "j.sqlite3")
    assert line.level == AMBER and "500 MB" in line.text


def test_keyring_unusable_or_frozen_is_red(monkeypatch: Any) -> None:
    import agent_console.sync.credentials as creds

    monkeypatch.setattr(creds, "IN_PROCESS", True)  # the stand-ins below replace this process's check

    def refuse() -> list[Any]:
        raise CredentialError("The keyring is locked.", "locked")

    monkeypatch.setattr(creds, "check_backend", refuse)
    line = precheck.check_keyring()
    assert line.level == RED and "The keyring is locked." in line.text

    def frozen() -> list[Any]:
        time.sleep(3)
        return []

    monkeypatch.setattr(creds, "check_backend", frozen)
    assert precheck.check_keyring(timeout_s=0.2).level == RED


