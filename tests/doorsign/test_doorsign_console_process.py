"""End to end: a real ``agent-console`` process in a network namespace with a private address
(10.x/30 on a veth pair), the door page in headless Chromium on the host.

The journal hands the process a shift in wrap-up with Break chosen for afterwards; the process's
own wrap-up timer then changes the status. The page must show "working", then "break" within 1 s
of the moment the process recorded the change (its journal's ``at_ms``), and "the console is not
running" when the process is gone.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from agent_console.domain.clock import SystemClock
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WRAPUP_S = 30
"""Long enough for the process to start and the page to load before the wrap-up ends."""


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=10)


@pytest.fixture
def netns() -> Iterator[tuple[str, str]]:
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root (CI runs as root)")
    tag = f"acds{os.getpid() % 10000}"
    ns, host_if, ns_if = f"{tag}-ns", f"{tag}h", f"{tag}n"
    third = os.getpid() % 250
    host_ip, ns_ip = f"10.213.{third}.1", f"10.213.{third}.2"
    ip("netns", "add", ns)
    try:
        ip("link", "add", host_if, "type", "veth", "peer", "name", ns_if, "netns", ns)
        ip("addr", "add", f"{host_ip}/30", "dev", host_if)
        ip("link", "set", host_if, "up")
        ip("-n", ns, "addr", "add", f"{ns_ip}/30", "dev", ns_if)
        ip("-n", ns, "link", "set", ns_if, "up")
        ip("-n", ns, "link", "set", "lo", "up")
        ip("-n", ns, "route", "add", "default", "via", host_ip)
        yield ns, ns_ip
    finally:
        subprocess.run(["ip", "link", "del", host_if], capture_output=True, timeout=10)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=10)


def journal_in_wrapup(path: Path) -> None:
    journal = Journal.open(path)
    session = AgentSession("aigerim", Policy(wrapup_s=WRAPUP_S), SystemClock(), journal)
    session.start_shift(Status.AVAILABLE)
    session.call_offered("c1", "+77015550101", "Айгерім Сапарова")
    session.call_answered("c1")
    session.call_ended("c1")
    session.choose_status(Status.BREAK, "rest")
    assert session.status == Status.WRAP_UP
    journal.close()


def break_recorded_at(path: Path) -> int | None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
        for (payload, at_ms) in db.execute("SELECT payload, at_ms FROM events WHERE kind='status_changed' "
                                           "ORDER BY seq DESC LIMIT 1"):
            if json.loads(payload).get("status") == "break":
                return int(at_ms)
    return None


def test_console_process_drives_the_door_page(netns, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.server.browser import chromium

    ns, address = netns
    key = "household-test-key-0123456789"
    (tmp_path / "keyring.json").write_text(json.dumps({"agent-console/doorsign:household-key": key}))
    config = tmp_path / "agent-console.ini"
    config.write_text(f"[account]\nagent=aigerim\n[ui]\nlanguage=en\n[policy]\nwrapup_s={WRAPUP_S}\n"
                      "[doorsign]\ndoorsign_enabled=true\ndoorsign_port=8765\n", encoding="utf-8")
    journal = tmp_path / "journal.sqlite3"
    journal_in_wrapup(journal)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="tests.doorsign.file_keyring.FileKeyring",
               AGENT_CONSOLE_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
               XDG_CONFIG_HOME=str(tmp_path / "xdg"), XDG_DATA_HOME=str(tmp_path / "xdg"))
    log = (tmp_path / "console.log").open("w")
    proc = subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, "-m", "agent_console.app.main",
                             "--config", str(config), "--journal", str(journal)],
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://{address}:8765/?k={key}"
    driver = None
    started = time.monotonic()
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, (tmp_path / "console.log").read_text()
            assert time.monotonic() < deadline, "the console process never served the door page"
            time.sleep(0.2)
        print(f"door sign: the console process served the page {time.monotonic() - started:.1f} s after its start")
        assert httpx.get(f"http://{address}:8765/", timeout=2).status_code == 403
        driver = chromium(600, 800)
        driver.get(url)
        driver.execute_script("""
            window.__changes = [];
            new MutationObserver(() => window.__changes.push([document.body.dataset.state, Date.now()]))
              .observe(document.body, {attributes: true, attributeFilter: ["data-state"]});""")

        def shown() -> str:
            return str(driver.execute_script("return document.body.dataset.state"))

        deadline = time.monotonic() + 10
        while shown() not in ("working", "break") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert shown() == "working", "the wrap-up ended before the page was watching: raise WRAPUP_S"
        deadline = time.monotonic() + WRAPUP_S + 10
        while shown() != "break" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert shown() == "break"
        at_ms = break_recorded_at(journal)
        assert at_ms is not None
        page_ms = next(t for state, t in driver.execute_script("return window.__changes") if state == "break")
        print(f"door sign: break recorded by the console at {at_ms}, on the page {page_ms - at_ms} ms later")
        assert page_ms - at_ms < 1000
        assert "On a break" in driver.find_element("id", "text").text
        assert b"+77015550101" not in driver.page_source.encode() and "Айгерім" not in driver.page_source

        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
        deadline = time.monotonic() + 10
        while shown() != "gone" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "The console is not running" in driver.find_element("id", "text").text
    finally:
        if driver is not None:
            driver.quit()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        log.close()
