"""Screenshots of the wallboard for the docs: docs/screenshots/wallboard-light.png and
wallboard-dark.png (the TV variant), 1920x1080, of a small centre whose agents post real events
through the API (statuses, calls answered and missed, a break over budget, an unreachable agent).

Run: .venv/bin/python scripts/wallboard_screenshots.py [--lang en|ru|kk]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent_console.local_process import free_port, stop_process, wait_until_serving  # noqa: E402
from agent_console.protocol import PolicyValues  # noqa: E402
from agent_console.server.context import build_context  # noqa: E402
from agent_console.server.db import migrate  # noqa: E402
from agent_console.server.models import AgentState, User  # noqa: E402
from agent_console.server.services import provisioning, users, wallboard_tokens  # noqa: E402
from agent_console.server.settings import Settings  # noqa: E402
from tests.server.browser import chromium  # noqa: E402

TEAMS = {"Almaty-1": 14, "Almaty-2": 12, "Astana": 10}
NAMES = ["Aigerim", "Dana", "Erlan", "Madina", "Nurlan", "Saule", "Timur", "Aruzhan", "Bauyrzhan", "Gulnara",
         "Yerzhan", "Kamila", "Askar", "Zhanna", "Marat", "Ainur", "Daniyar", "Assel", "Ruslan", "Aliya"]
PASSWORD = "screenshot password"


def seed(url: str) -> tuple[list[tuple[str, str]], str]:
    migrate(url)
    ctx = build_context(Settings(database_url=url, argon2_time_cost=1, argon2_memory_kib=1024,
                                 argon2_parallelism=1))
    people: list[tuple[str, str]] = []
    i = 0
    with ctx.db.write() as s:
        for team, n in TEAMS.items():
            for _ in range(n):
                name = f"{NAMES[i % len(NAMES)]} {chr(65 + i // len(NAMES))}."
                login = f"agent{i:02d}"
                users.create_user(s, ctx.passwords, login, "agent", [team], PASSWORD, int(time.time() * 1000), name)
                people.append((login, team))
                i += 1
        provisioning.set_policy(s, "global", "", PolicyValues(break_budget_s=1800))
        _id, secret = wallboard_tokens.create(s, "Floor 2 TV", list(TEAMS), int(time.time() * 1000),
                                              with_secret=True)
    ctx.db.dispose()
    return people, secret


def ev(agent: str, kind: str, payload: dict[str, Any], at_ms: int, seq: int) -> dict[str, Any]:
    return {"event_id": str(uuid.uuid4()), "device_id": f"dev-{agent}", "seq": seq, "agent": agent, "kind": kind,
            "at_ms": at_ms, "mono_ns": seq, "payload": payload}


def day_of_work(login: str, rnd: random.Random, now: int) -> list[dict[str, Any]]:
    """A morning of calls, then the agent's current state."""
    seq = 0
    t = now - 3 * 3600_000 + rnd.randint(0, 600_000)
    out: list[dict[str, Any]] = []

    def add(kind: str, payload: dict[str, Any]) -> None:
        nonlocal seq
        seq += 1
        out.append(ev(login, kind, payload, t, seq))

    add("shift_started", {})
    add("status_changed", {"status": "available", "previous": "offline", "cause": "agent"})
    for c in range(rnd.randint(6, 14)):
        t += rnd.randint(60_000, 600_000)
        cid = f"{login}-{c}"
        add("call_offered", {"call_id": cid, "direction": "inbound", "number": "+77010000000"})
        if rnd.random() < 0.1:
            t += 20_000
            add("call_ended", {"call_id": cid, "reason": "caller hung up", "answered": False})
            continue
        t += rnd.randint(3_000, 15_000)
        add("call_answered", {"call_id": cid})
        t += rnd.randint(90_000, 420_000)
        add("call_ended", {"call_id": cid, "reason": "hangup", "answered": True})
    return out


def current_state(login: str, i: int, now: int, seq0: int) -> list[dict[str, Any]]:
    kinds = ["available", "available", "on_call", "on_call", "on_call", "wrap_up", "available", "dnd", "break",
             "on_call", "available", "offline"]
    want = kinds[i % len(kinds)]
    seq = seq0
    since = now - (i * 37_000) % 900_000 - 30_000
    if login == "agent03":
        want, since = "break", now - 2_400_000  # 40 min on a 30 min budget: an alert
    out = []

    def add(kind: str, payload: dict[str, Any], at: int) -> None:
        nonlocal seq
        seq += 1
        out.append(ev(login, kind, payload, at, seq))

    if want == "on_call":
        cid = f"{login}-now"
        add("call_offered", {"call_id": cid, "direction": "inbound", "number": "+77010000000"}, since - 5_000)
        add("call_answered", {"call_id": cid}, since)
        add("status_changed", {"status": "on_call", "previous": "available", "cause": "call"}, since)
    elif want != "available":
        reason = "lunch" if want == "break" else None
        add("status_changed", {"status": want, "reason": reason, "previous": "available", "cause": "agent"}, since)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wallboard-shots-"))
    url = f"sqlite:///{work / 'server.db'}"
    people, secret = seed(url)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = work / "serve.log"
    with open(log, "wb") as fh:
        proc = __import__("subprocess").Popen(
            [sys.executable, "-m", "agent_console.server.cli", "serve", "--database-url", url, "--port", str(port),
             "--log-level", "warning"], stdout=fh, stderr=fh, cwd=ROOT,
            env={**__import__("os").environ, "AGENT_CONSOLE_SERVER_ARGON2_MEMORY_KIB": "1024",
                 "AGENT_CONSOLE_SERVER_ARGON2_TIME_COST": "1",
                 "AGENT_CONSOLE_SERVER_HEARTBEAT_TIMEOUT_S": "3600"})
    driver = None
    try:
        wait_until_serving(proc, base, log)
        rnd = random.Random(7)
        now = int(time.time() * 1000)
        with httpx.Client(base_url=base, timeout=30) as client:
            for i, (login, _team) in enumerate(people):
                r = client.post("/api/v1/auth/login", json={"username": login, "password": PASSWORD})
                h = {"Authorization": f"Bearer {r.json()['access_token']}"}
                events = day_of_work(login, rnd, now)
                events += current_state(login, i, now, len(events))
                client.post("/api/v1/events", json={"events": events}, headers=h).raise_for_status()
        ctx = build_context(Settings(database_url=url))
        with ctx.db.write() as s:  # one console that stopped answering (as the liveness sweep would mark it)
            uid = s.query(User.id).filter(User.username == "agent20").scalar()
            s.query(AgentState).filter(AgentState.user_id == uid).update({"unreachable": True})
        ctx.db.dispose()
        driver = chromium(1920, 1080)
        # The window's size includes the (invisible) browser frame: pin the page itself to 1920x1080.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
        out = Path(args.out)
        for theme in ("light", "dark"):
            page = f"{base}/wallboard?lang={args.lang}&theme={theme}"
            driver.get(page)
            driver.execute_script("localStorage.setItem('agentConsole.wallboard.token', arguments[0]);", secret)
            driver.get(page)
            time.sleep(4)  # snapshot, then the first stats with alerts
            suffix = "" if args.lang == "en" else f"-{args.lang}"
            path = out / f"wallboard-{theme}{suffix}.png"
            driver.save_screenshot(str(path))
            print(path)
    finally:
        if driver is not None:
            driver.quit()
        stop_process(proc, 15)


if __name__ == "__main__":
    main()
