"""The wallboard page in real headless Chromium against a real ``serve`` process (SQLite):
counts of a seeded board, a live status change, team scope, pairing, a supervisor's sign-in,
revocation, and the server going away and coming back.

One server and one browser for the module: each test uses its own token and clears the
browser's storage first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent_console.server.context import build_context, wall_ms
from agent_console.server.services import users, wallboard_tokens

from .browser import chromium
from .conftest import settings_for
from .kit import PASSWORD, ev, now_ms, status
from .procs import ServerProcess

pytestmark = pytest.mark.slow

AGENTS = {"ann": "north", "bob": "north", "dan": "north", "eve": "north", "cat": "south"}


class Rig:
    def __init__(self, url: str, tmp: Path) -> None:
        self.url = url
        self.tmp = tmp
        self.server = self.start()
        self.driver = chromium(insecure_certs=True)
        self.headers: dict[str, dict[str, str]] = {}

    def start(self, port: int | None = None) -> ServerProcess:
        # The simulated agents send no heartbeats: they must not turn unreachable mid-test.
        return ServerProcess(self.url, self.tmp / "serve.log", port, AGENT_CONSOLE_SERVER_HEARTBEAT_TIMEOUT_S="3600")

    @property
    def page(self) -> str:
        return f"{self.server.base}/wallboard"

    def post(self, agent: str, *events: dict[str, Any]) -> None:
        if agent not in self.headers:
            self.headers[agent] = self.server.login(agent, PASSWORD)
        r = httpx.post(f"{self.server.base}/api/v1/events", json={"events": list(events)},
                       headers=self.headers[agent], timeout=10)
        r.raise_for_status()

    def token(self, name: str, teams: list[str], secret: bool = True) -> str:
        ctx = build_context(settings_for(self.url))
        try:
            with ctx.db.write() as s:
                _id, out = wallboard_tokens.create(s, name, teams, now_ms(), with_secret=secret)
        finally:
            ctx.db.dispose()
        return out

    def revoke(self, name: str) -> None:
        ctx = build_context(settings_for(self.url))
        try:
            with ctx.db.write() as s:
                wallboard_tokens.revoke(s, name, now_ms())
        finally:
            ctx.db.dispose()

    def open(self, query: str = "") -> None:
        self.driver.get(self.page + query)
        self.driver.execute_script("localStorage.clear(); sessionStorage.clear();")
        self.driver.get(self.page + query)
        self.wait(lambda: self.visible("pair"))

    def enter(self, field: str, text: str) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        box = self.driver.find_element(By.ID, field)
        box.clear()
        box.send_keys(text + Keys.ENTER)

    def visible(self, element_id: str) -> bool:
        return bool(self.driver.execute_script(
            "const e = document.getElementById(arguments[0]); return !!e && !e.hidden;", element_id))

    def text(self, css: str) -> str:
        return str(self.driver.execute_script(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", css))

    def tile(self, category: str) -> str:
        return self.text(f"#totals .st-{category} .tile-value")

    def cell(self, team: str, category: str) -> str:
        return self.text(f'#teams-body tr[data-team="{team}"] td[data-cat="{category}"]')

    def wait(self, pred: Any, timeout: float = 10.0, what: str = "condition") -> float:
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if pred():
                return time.monotonic() - started
            time.sleep(0.02)
        raise AssertionError(f"{what} not met within {timeout} s; page: {self.driver.page_source[:3000]}")


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Rig]:
    import shutil

    tmp = tmp_path_factory.mktemp("wallboard")
    shutil.copy(sqlite_template, tmp / "server.db")
    url = f"sqlite:///{tmp / 'server.db'}"
    ctx = build_context(settings_for(url))
    created = wall_ms()  # the serve process's clock: kit.now_ms() runs ahead just after midnight
    with ctx.db.write() as s:
        for name, team in AGENTS.items():
            users.create_user(s, ctx.passwords, name, "agent", [team], PASSWORD, created, name.title())
        users.create_user(s, ctx.passwords, "sue", "supervisor", ["north"], PASSWORD, created, "Sue")
    ctx.db.dispose()
    r = Rig(url, tmp)
    try:
        # The seeded board: north has one available, one on a call, one on break, one offline;
        # south (out of every test's scope but the admin's) has one available.
        t0 = now_ms() - 60_000
        r.post("ann", ev("ann", "shift_started", at_ms=t0), status("ann", "available", at_ms=t0 + 1))
        r.post("bob", status("bob", "available", at_ms=t0), status("bob", "break", "available", t0 + 1, "lunch"))
        r.post("dan", status("dan", "available", at_ms=t0),
               ev("dan", "call_offered", {"call_id": "d1", "direction": "inbound", "number": "+77010000001"}, t0 + 1),
               ev("dan", "call_answered", {"call_id": "d1"}, t0 + 2),
               status("dan", "on_call", "available", t0 + 2, cause="call"))
        r.post("cat", status("cat", "available", at_ms=t0))
        yield r
    finally:
        r.driver.quit()
        r.server.stop()


def test_counts_live_update_and_scope(rig: Rig) -> None:
    token = rig.token("Floor 2 TV", ["north"])
    rig.open()
    rig.enter("pair-code", token)
    rig.wait(lambda: rig.visible("board") and rig.tile("available") == "1", what="board shown")
    assert [rig.tile(c) for c in ("available", "on_call", "wrap_up", "dnd", "break", "offline", "unreachable")] \
        == ["1", "1", "0", "0", "1", "1", "0"]
    assert rig.cell("north", "break") == "1" and rig.text("#scope") == "Floor 2 TV"
    assert rig.driver.execute_script("return localStorage.getItem('agentConsole.wallboard.token')") == token
    assert token not in rig.driver.current_url
    # A simulated agent changes status through the real API: on the page within a second.
    rig.post("ann", status("ann", "dnd", "available"))
    took = rig.wait(lambda: rig.tile("dnd") == "1" and rig.tile("available") == "0", timeout=1.0,
                    what="ann's dnd on the page")
    assert took < 1.0
    # Another team's changes never reach this page.
    rig.post("cat", status("cat", "break", "available", reason="lunch"))
    rig.post("ann", status("ann", "available", "dnd"))
    rig.wait(lambda: rig.tile("available") == "1", what="ann available again")
    html = rig.driver.page_source
    assert "south" not in html and "Cat" not in html and "+7701" not in html
    assert rig.tile("break") == "1"
    assert rig.driver.find_elements("css selector", "#teams-body tr")[0].get_attribute("data-team") == "north"
    assert len(rig.driver.find_elements("css selector", "#teams-body tr")) == 1


def test_pairing_code_in_kazakh(rig: Rig) -> None:
    code = rig.token("Reception", ["north"], secret=False)
    rig.open("?lang=kk")
    assert rig.driver.execute_script("return document.documentElement.lang") == "kk"
    assert rig.text("#pair h2") == "Бұл экранды қосу"
    rig.enter("pair-code", "WRONG-CODE1")
    rig.wait(lambda: rig.visible("pair-error"), what="bad code message")
    assert "Байланыстыру коды" in rig.text("#pair-error")
    rig.enter("pair-code", code)
    rig.wait(lambda: rig.visible("board") and rig.tile("on_call") == "1", what="paired board")
    assert rig.text("#totals .st-break .tile-label").strip().endswith("Үзілісте")


def test_supervisor_sign_in_in_russian(rig: Rig) -> None:
    rig.open("?lang=ru")
    rig.enter("login-user", "sue")
    rig.enter("login-password", PASSWORD)
    rig.wait(lambda: rig.visible("board") and rig.tile("on_call") == "1", what="supervisor's board")
    assert "north" in rig.text("#scope") and "south" not in rig.driver.page_source
    assert rig.driver.execute_script("return sessionStorage.getItem('agentConsole.wallboard.session')")
    assert rig.text("#teams thead th.name") == "Группа"


def test_revoked_token_goes_back_to_pairing(rig: Rig) -> None:
    token = rig.token("Old TV", ["north"])
    rig.open()
    rig.enter("pair-code", token)
    rig.wait(lambda: rig.visible("board"), what="board shown")
    rig.revoke("Old TV")
    rig.wait(lambda: rig.visible("pair") and rig.visible("pair-reason"), timeout=5, what="pairing screen")
    assert "withdrawn" in rig.text("#pair-reason")
    assert rig.driver.execute_script("return localStorage.getItem('agentConsole.wallboard.token')") is None


def test_server_stop_shows_banner_and_restart_clears_it(rig: Rig) -> None:
    token = rig.token("Hall TV", ["north"])
    rig.open()
    rig.enter("pair-code", token)
    rig.wait(lambda: rig.visible("board"), what="board shown")
    assert not rig.visible("banner")
    port = rig.server.port
    rig.server.stop()
    rig.wait(lambda: rig.visible("banner"), timeout=5, what="feed-lost banner")
    assert "lost" in rig.text("#banner-text")
    rig.server = rig.start(port)
    rig.headers.clear()
    # Backoff 0.5, 1, 2, 4, 8, then 15 s: a restart slowed by a busy machine can wait for the 15 s step.
    rig.wait(lambda: not rig.visible("banner") and rig.visible("board"), timeout=45, what="banner cleared")
    # The fresh snapshot is the board as it is now.
    rig.post("bob", status("bob", "available", "break"))
    rig.wait(lambda: rig.tile("break") == "0", timeout=5,
             what=f"delta after reconnect (tiles {[rig.tile(c) for c in ('available', 'break', 'dnd')]})")


TLS_PROXY = """
{user}
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 64; }}
http {{
  access_log {dir}/access.log;
  client_body_temp_path {dir}/tmp/body;
  proxy_temp_path {dir}/tmp/proxy;
  fastcgi_temp_path {dir}/tmp/fastcgi;
  uwsgi_temp_path {dir}/tmp/uwsgi;
  scgi_temp_path {dir}/tmp/scgi;
  map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
  server {{
    listen 127.0.0.1:{port} ssl;
    ssl_certificate {dir}/cert.pem;
    ssl_certificate_key {dir}/key.pem;
    location / {{
      proxy_pass http://127.0.0.1:{upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_read_timeout 1h;
    }}
  }}
}}
"""


@pytest.fixture
def tls_proxy(rig: Rig, tmp_path: Path) -> Iterator[str]:
    """nginx terminating TLS (self-signed) in front of the rig's server, as docs/wallboard.md shows."""
    from agent_console.local_process import free_port

    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    d = tmp_path / "nginx"
    (d / "tmp").mkdir(parents=True)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")], check=True, capture_output=True)
    user = ""
    if os.geteuid() == 0:
        user = "user nobody nogroup;"
        os.chmod(d, 0o755)
        shutil.chown(d / "tmp", "nobody", "nogroup")
    port = free_port()
    (d / "nginx.conf").write_text(TLS_PROXY.format(user=user, dir=d, port=port, upstream=rig.server.port))
    subprocess.run([nginx, "-e", str(d / "error.log"), "-p", str(d), "-c", str(d / "nginx.conf")], check=True)
    try:
        for _ in range(50):
            try:
                httpx.get(f"https://127.0.0.1:{port}/api/v1/health", verify=False, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield f"https://127.0.0.1:{port}"
    finally:
        subprocess.run([nginx, "-e", str(d / "error.log"), "-p", str(d), "-c", str(d / "nginx.conf"), "-s", "stop"],
                       check=False)


def test_behind_a_tls_reverse_proxy(rig: Rig, tls_proxy: str) -> None:
    """Relative URLs and wss: through nginx: an https page whose feed were ws: would be blocked as
    mixed content, and the Origin (the proxy's address) matches the Host nginx passes on."""
    token = rig.token("Proxy TV", ["north"])
    rig.driver.get(f"{tls_proxy}/wallboard")
    rig.driver.execute_script("localStorage.clear(); sessionStorage.clear();")
    rig.driver.get(f"{tls_proxy}/wallboard")
    rig.wait(lambda: rig.visible("pair"), what="pairing screen over https")
    rig.enter("pair-code", token)
    rig.wait(lambda: rig.visible("board") and rig.tile("on_call") == "1", what="board over https")
    before = rig.tile("dnd")
    rig.post("eve", status("eve", "dnd"))
    rig.wait(lambda: rig.tile("dnd") == str(int(before) + 1), timeout=5, what="delta over wss")
    rig.post("eve", status("eve", "offline", "dnd"))
