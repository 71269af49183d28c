"""Wallboard tokens, pairing and the wallboard feed, without a browser (fast; the page itself is
tested in headless Chromium in tests/server/test_wallboard_browser.py)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from starlette.websockets import WebSocketDisconnect

from agent_console.protocol import WallboardAlerts, WallboardCounts, WallboardSnapshot, WallboardStats
from agent_console.server.cli import main as cli_main
from agent_console.server.routers.wallboard import CSP
from agent_console.server.services import wallboard_tokens
from agent_console.server.services.wallboard import Agent, TeamCounts

from .kit import Api, ev, now_ms, recv, recv_until, status


def make_token(api: Api, teams: list[str], name: str = "Floor 2 TV") -> str:
    with api.ctx.db.write() as s:
        _id, secret = wallboard_tokens.create(s, name, teams, now_ms(), with_secret=True)
    return secret


def open_feed(api: Api, token: str) -> Any:
    ws = api.client.websocket_connect("/api/v1/wallboard/live")
    ws.__enter__()
    ws.send_json({"type": "auth", "token": token})
    return ws


def test_page_is_self_contained_with_strict_csp(lite: Api) -> None:
    r = lite.client.get("/wallboard")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "http" not in CSP
    html = r.text
    assert "<script src=\"wallboard/wallboard.js\"" in html and "<style" not in html and " style=" not in html
    assert "http://" not in html and "https://" not in html  # nothing fetched from elsewhere
    for name in ("wallboard.js", "wallboard.css"):
        f = lite.client.get(f"/wallboard/{name}")
        assert f.status_code == 200 and f.headers["content-security-policy"] == CSP
        assert "http://" not in f.text and "https://" not in f.text


def test_wallboard_feed_is_scoped_and_stripped(lite: Api) -> None:
    h = lite.setup_center()
    token = make_token(lite, ["north"])
    ws = open_feed(lite, token)
    try:
        raw_snap = recv(ws)
        snap = WallboardSnapshot.model_validate(raw_snap)
        assert [t.team for t in snap.teams] == ["north"] and sum(snap.teams[0].counts.values()) == 2  # ann, bob
        assert snap.scope.kind == "wallboard" and snap.scope.teams == ["north"]
        assert "ann" not in str(raw_snap)  # numbers, not agents' rows
        stats = WallboardStats.model_validate(recv_until(ws, lambda m: m["type"] == "stats"))
        assert all(t.team == "north" for t in stats.teams)
        # Another team's change never reaches this wall; a call with a number: the wall sees its
        # team's longest call start, never the number, the call or the agent.
        call = {"call_id": "c1", "direction": "inbound", "number": "+77011234567"}
        assert lite.post_events(h["cat"], status("cat", "available")).status_code == 200
        assert lite.post_events(h["ann"], ev("ann", "call_offered", call),
                                ev("ann", "call_answered", {"call_id": "c1"})).status_code == 200
        seen: list[dict[str, Any]] = []

        def on_call(m: dict[str, Any]) -> bool:
            seen.append(m)
            return m["type"] == "counts" and any(t["call_since_ms"] for t in m["teams"])

        raw = recv_until(ws, on_call)
        counts = WallboardCounts.model_validate(raw)
        assert [t.team for t in counts.teams] == ["north"] and sum(counts.teams[0].counts.values()) == 2
        assert counts.changes_ms and all(c <= counts.server_ms for c in counts.changes_ms)
        assert "7011234567" not in str(seen) and "c1" not in str(seen) and "ann" not in str(seen)
        assert "south" not in str(seen)
    finally:
        ws.__exit__(None, None, None)


def test_wallboard_token_opens_nothing_else(lite: Api) -> None:
    lite.setup_center()
    token = make_token(lite, ["north"])
    bearer = {"Authorization": f"Bearer {token}"}
    for path in ("/api/v1/agents", "/api/v1/agents/ann", "/api/v1/agents/ann/notes", "/api/v1/reports/day",
                 "/api/v1/me"):
        assert lite.client.get(path, headers=bearer).status_code == 401, path
    assert lite.client.post("/api/v1/agents/ann/commands", json={"type": "message", "text": "x"},
                            headers=bearer).status_code == 401
    with lite.client.websocket_connect("/api/v1/live") as ws:
        ws.send_json({"type": "auth", "token": token})
        assert recv(ws)["type"] == "error"


def test_supervisor_and_admin_logins_open_it_agents_do_not(lite: Api) -> None:
    lite.setup_center()
    ws = open_feed(lite, lite.token("sue"))
    try:
        snap = recv(ws)
        assert snap["scope"] == {"kind": "supervisor", "name": "Sue", "teams": ["north"]}
        assert [(t["team"], sum(t["counts"].values())) for t in snap["teams"]] == [("north", 2)]
    finally:
        ws.__exit__(None, None, None)
    ws = open_feed(lite, lite.token("ada"))
    try:
        assert [(t["team"], sum(t["counts"].values())) for t in recv(ws)["teams"]] == [("north", 2), ("south", 1)]
    finally:
        ws.__exit__(None, None, None)
    ws = open_feed(lite, lite.token("ann"))
    try:
        assert recv(ws)["type"] == "error"
        with pytest.raises(WebSocketDisconnect) as closed:
            recv(ws)
        assert closed.value.code == 4403
    finally:
        ws.__exit__(None, None, None)


def test_token_in_url_and_foreign_origin_refused(lite: Api) -> None:
    lite.setup_center()
    token = make_token(lite, ["north"])
    with pytest.raises(WebSocketDisconnect) as closed, \
            lite.client.websocket_connect(f"/api/v1/wallboard/live?token={token}") as ws:
        recv(ws)
    assert closed.value.code == 1008
    with pytest.raises(WebSocketDisconnect) as closed, \
            lite.client.websocket_connect("/api/v1/wallboard/live", headers={"Origin": "https://evil.example"}) as ws:
        recv(ws)
    assert closed.value.code == 4403
    # The page's own server (Origin host = Host) is allowed without configuration.
    with lite.client.websocket_connect("/api/v1/wallboard/live", headers={"Origin": "http://testserver"}) as ws:
        ws.send_json({"type": "auth", "token": token})
        assert recv(ws)["type"] == "snapshot"
    # Behind nginx passing $host (no port): the host must match, the port cannot be compared.
    same = {"Origin": "https://wall.example.kz:8443", "Host": "wall.example.kz"}
    with lite.client.websocket_connect("/api/v1/wallboard/live", headers=same) as ws:
        ws.send_json({"type": "auth", "token": token})
        assert recv(ws)["type"] == "snapshot"
    other_port = {"Origin": "https://wall.example.kz:9999", "Host": "wall.example.kz:8443"}
    with pytest.raises(WebSocketDisconnect) as closed, \
            lite.client.websocket_connect("/api/v1/wallboard/live", headers=other_port) as ws:
        recv(ws)
    assert closed.value.code == 4403


def test_pairing_code_works_once_and_replaces_the_secret(lite: Api) -> None:
    lite.setup_center()
    old = make_token(lite, ["north"])
    with lite.ctx.db.write() as s:
        code = wallboard_tokens.pairing_code(s, "Floor 2 TV", now_ms())
    r = lite.client.post("/wallboard/pair", json={"code": code.lower().replace("-", " ")})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["name"] == "Floor 2 TV" and body["teams"] == ["north"] and body["token"].startswith("wb_")
    assert lite.client.post("/wallboard/pair", json={"code": code}).status_code == 401  # once
    ws = open_feed(lite, old)  # the earlier secret no longer works
    try:
        assert recv(ws)["type"] == "error"
    finally:
        ws.__exit__(None, None, None)
    ws = open_feed(lite, body["token"])
    try:
        assert recv(ws)["type"] == "snapshot"
    finally:
        ws.__exit__(None, None, None)


def test_pairing_guesses_are_throttled_per_address(make_api: Any) -> None:
    api = make_api(login_max_per_address=3, login_max_per_user=3)
    codes = [api.client.post("/wallboard/pair", json={"code": f"AAAAA-BBBB{i}"}).status_code for i in range(5)]
    assert codes[:3] == [401, 401, 401] and codes[3:] == [429, 429]
    # Another address is not held back: guesses from some addresses do not block everyone's pairing.
    from fastapi.testclient import TestClient

    elsewhere = TestClient(api.client.app, client=("10.0.0.9", 50000))
    assert elsewhere.post("/wallboard/pair", json={"code": "AAAAA-CCCCC"}).status_code == 401


def test_revoked_token_is_closed_within_the_poll(make_api: Any) -> None:
    api = make_api(revocation_sweep_s=0.1)
    api.setup_center()
    token = make_token(api, ["north"])
    ws = open_feed(api, token)
    try:
        assert recv(ws)["type"] == "snapshot"
        with api.ctx.db.write() as s:  # as the CLI does it: no bus, only the table
            wallboard_tokens.revoke(s, "Floor 2 TV", now_ms())
        started = time.monotonic()
        with pytest.raises(WebSocketDisconnect) as closed:
            recv_until(ws, lambda m: False, timeout=5)
        assert closed.value.code == 4001 and time.monotonic() - started < 3
    finally:
        ws.__exit__(None, None, None)


def test_cli_create_list_pair_revoke(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from agent_console.server.context import build_context
    from agent_console.server.services import users

    from .conftest import settings_for
    from .kit import PASSWORD

    ctx = build_context(settings_for(sqlite_url))
    with ctx.db.write() as s:
        users.create_user(s, ctx.passwords, "ann", "agent", ["north"], PASSWORD, now_ms())
    ctx.db.dispose()
    db = ["--database-url", sqlite_url]
    assert cli_main(["create-wallboard-token", "--team", "north", "--name", "Floor 2 TV", *db]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(wallboard_tokens.normalize_code(code)) == wallboard_tokens.CODE_LENGTH
    assert cli_main(["create-wallboard-token", "--team", "nowhere", "--name", "X", *db]) == 2
    assert cli_main(["create-wallboard-token", "--team", "north", "--name", "Desk", "--print-token", *db]) == 0
    secret = capsys.readouterr().out.strip().splitlines()[-1]
    assert secret.startswith("wb_")
    assert cli_main(["list-wallboard-tokens", "--json", *db]) == 0
    listed = capsys.readouterr().out
    assert "Floor 2 TV" in listed and secret not in listed and code not in listed
    assert cli_main(["pair-wallboard-token", "Desk", *db]) == 0
    assert cli_main(["revoke-wallboard-token", "Desk", *db]) == 0
    assert cli_main(["pair-wallboard-token", "Desk", *db]) == 2


def test_alerts_are_the_supervisor_consoles(lite: Api) -> None:
    from agent_console.protocol import PolicyValues
    from agent_console.server.services import provisioning

    h = lite.setup_center()
    with lite.ctx.db.write() as s:
        provisioning.set_policy(s, "global", "", PolicyValues(break_budget_s=60))
    t0 = now_ms() - 120_000
    assert lite.post_events(h["bob"], status("bob", "available", at_ms=t0),
                            status("bob", "break", "available", t0 + 1, "lunch")).status_code == 200
    assert lite.post_events(h["cat"], status("cat", "available", at_ms=t0),
                            status("cat", "break", "available", t0 + 1, "lunch")).status_code == 200
    ws = open_feed(lite, make_token(lite, ["north"]))
    try:
        msg = WallboardAlerts.model_validate(recv_until(ws, lambda m: m["type"] == "alerts"))
        assert msg.team == "north"
        assert [(a.username, a.name, a.kind, a.began_ms) for a in msg.alerts] == \
            [("bob", "Bob", "break_over_budget", t0 + 1 + 60_000)]
    finally:
        ws.__exit__(None, None, None)


def test_many_changes_reach_a_wall_as_few_count_messages(lite: Api) -> None:
    h = lite.setup_center()
    ws = open_feed(lite, make_token(lite, ["north"]))
    try:
        assert recv(ws)["type"] == "snapshot"
        t0 = now_ms()
        changes = 0
        for i in range(10):
            for name in ("ann", "bob"):
                assert lite.post_events(h[name], status(name, "available" if i % 2 else "break",
                                                        at_ms=t0 + i)).status_code == 200
                changes += 1
        got: list[dict[str, Any]] = []

        def all_in(m: dict[str, Any]) -> bool:
            if m["type"] == "counts":
                got.append(m)
            return sum(len(c["changes_ms"]) for c in got) >= changes

        recv_until(ws, all_in, timeout=5)
        # Every change is accounted for (the page measures each one's latency), in fewer messages.
        assert sum(len(c["changes_ms"]) for c in got) == changes and len(got) < changes
        assert got[-1]["teams"][0]["counts"]["available"] == 2  # the last state: both available
    finally:
        ws.__exit__(None, None, None)


def _a(name: str, team: str | None, category: str, at: int, call: int | None = None) -> Agent:
    return Agent(name, team, category, call, at)


def test_team_counts_fold_changes_within_scope() -> None:
    counts = TeamCounts(["north", "east"], [_a("ann", "north", "available", 1), _a("bob", "north", "break", 1)])
    assert counts.teams() == [
        {"team": "east", "counts": dict.fromkeys(counts.teams()[0]["counts"], 0), "call_since_ms": None},
        {"team": "north", "counts": {**dict.fromkeys(counts.teams()[0]["counts"], 0), "available": 1, "break": 1},
         "call_since_ms": None},
    ]
    assert counts.take(5) is None  # nothing changed since the snapshot
    counts.apply(_a("ann", "north", "on_call", 3, call=2))
    counts.apply(_a("bob", "north", "on_call", 4, call=1))
    counts.apply(_a("ann", "north", "available", 2))  # older than what is known: ignored
    msg = counts.take(6)
    assert msg is not None and msg["changes_ms"] == [3, 4] and msg["server_ms"] == 6
    assert [(t["team"], t["counts"]["on_call"], t["call_since_ms"]) for t in msg["teams"]] == [("north", 2, 1)]
    counts.apply(_a("bob", "north", "wrap_up", 7))  # the longest call ends: the next one is the longest
    msg = counts.take(8)
    assert msg is not None and msg["teams"][0]["call_since_ms"] == 2 and msg["teams"][0]["counts"]["wrap_up"] == 1


def test_team_counts_never_count_another_team() -> None:
    counts = TeamCounts(["north"], [_a("ann", "north", "available", 1)])
    counts.apply(_a("cat", "south", "available", 2))  # not in scope, never known: nothing at all
    assert counts.take(3) is None
    assert [t["team"] for t in counts.teams()] == ["north"]
    counts.apply(_a("ann", "south", "on_call", 4, call=4))  # moved out of scope: leaves north's count
    msg = counts.take(5)
    assert msg is not None and [t["team"] for t in msg["teams"]] == ["north"]
    assert sum(msg["teams"][0]["counts"].values()) == 0 and msg["teams"][0]["call_since_ms"] is None
    assert "south" not in str(msg) and [t["team"] for t in counts.teams()] == ["north"]
    everyone = TeamCounts(None, [_a("ann", "north", "available", 1), _a("cat", None, "dnd", 1)])
    assert [t["team"] for t in everyone.teams()] == [None, "north"]  # an admin's: every team, and no team


def test_one_feed_and_one_alert_engine_per_server_context(lite: Api, make_api: Any) -> None:
    from agent_console.server.live.wallboard_feed import feed_for
    from agent_console.server.services.alerts import engine_for

    assert feed_for(lite.ctx) is feed_for(lite.ctx) and engine_for(lite.ctx) is engine_for(lite.ctx)
    made: list[object] = []

    def make(_ctx: Any) -> object:
        made.append(object())
        return made[-1]

    assert lite.ctx.shared("probe", make) is lite.ctx.shared("probe", make) is made[0] and len(made) == 1
    other = make_api().ctx
    assert feed_for(other) is not feed_for(lite.ctx) and engine_for(other) is not engine_for(lite.ctx)
