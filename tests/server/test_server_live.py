"""Live feed: auth, Origin, snapshot then deltas, role scoping, commands, heartbeats."""

from __future__ import annotations

import time
from typing import Any

import pytest
from starlette.websockets import WebSocketDisconnect

from .kit import Api, ev, recv, recv_until, status

LIVE = "/api/v1/live"


def is_agent(name: str, **fields: Any) -> Any:
    def pred(m: dict[str, Any]) -> bool:
        return m["type"] == "agent" and m["agent"]["username"] == name and all(
            m["agent"][k] == v for k, v in fields.items())
    return pred


def test_header_auth_snapshot_then_delta(api: Api) -> None:
    h = api.setup_center()
    with api.client.websocket_connect(LIVE, headers=h["sue"]) as ws:
        snap = recv(ws)
        assert snap["type"] == "snapshot"
        assert {a["username"] for a in snap["board"]["agents"]} == {"ann", "bob"}
        assert snap["board"]["summary"]["total"] == 2
        api.post_events(h["cat"], status("cat", "available"))  # other team: never shown to sue
        api.post_events(h["ann"], status("ann", "available"))
        msg = recv(ws)
        assert msg["type"] == "agent" and msg["agent"]["username"] == "ann"
        assert msg["agent"]["status"] == "available"


def test_first_message_auth(lite: Api) -> None:
    h = lite.setup_center()
    token = h["ada"]["Authorization"].split()[1]
    with lite.client.websocket_connect(LIVE) as ws:
        ws.send_json({"type": "auth", "token": token})
        snap = recv(ws)
        assert snap["type"] == "snapshot" and len(snap["board"]["agents"]) == 3


def test_bad_or_missing_auth_is_closed(make_api: Any) -> None:
    api: Api = make_api(ws_auth_timeout_s=0.3)
    api.setup_center()
    with api.client.websocket_connect(LIVE) as ws:
        ws.send_json({"type": "auth", "token": "forged"})
        assert recv(ws)["type"] == "error"
        with pytest.raises(WebSocketDisconnect) as exc:
            recv(ws)
        assert exc.value.code == 4401
    with api.client.websocket_connect(LIVE) as ws:  # says nothing: closed after the auth timeout
        assert recv(ws)["type"] == "error"
        with pytest.raises(WebSocketDisconnect):
            recv(ws)


def test_token_in_url_and_foreign_origin_are_refused(lite: Api) -> None:
    h = lite.setup_center()
    token = h["sue"]["Authorization"].split()[1]
    with pytest.raises(WebSocketDisconnect) as exc, lite.client.websocket_connect(f"{LIVE}?token={token}"):
        pass
    assert exc.value.code == 1008
    with pytest.raises(WebSocketDisconnect) as exc, lite.client.websocket_connect(
        LIVE, headers={**h["sue"], "Origin": "https://evil.example"}
    ):
        pass
    assert exc.value.code == 4403


def test_allowed_origin_is_accepted(make_api: Any) -> None:
    api: Api = make_api(allowed_origins=["https://board.hotline.example"])
    h = api.setup_center()
    with api.client.websocket_connect(LIVE, headers={**h["sue"], "Origin": "https://board.hotline.example"}) as ws:
        assert recv(ws)["type"] == "snapshot"


def test_agent_sees_only_itself_and_its_commands(api: Api) -> None:
    h = api.setup_center()
    with api.client.websocket_connect(LIVE, headers=h["ann"]) as ws:
        snap = recv(ws)
        assert [a["username"] for a in snap["board"]["agents"]] == ["ann"]
        api.post_events(h["bob"], status("bob", "available"))
        r = api.client.post("/api/v1/agents/bob/commands", json={"type": "message", "text": "bob only"},
                            headers=h["sue"])
        assert r.status_code == 201
        api.post_events(h["ann"], status("ann", "dnd"))
        msg = recv(ws)
        assert msg["type"] == "agent" and msg["agent"]["username"] == "ann"
        api.client.post("/api/v1/agents/ann/commands", json={"type": "force_status", "status": "available"},
                        headers=h["sue"])
        cmd = recv(ws)
        assert cmd["type"] == "command"
        assert cmd["command"]["type"] == "force_status" and cmd["command"]["status"] == "available"
        assert cmd["command"]["issued_by"] == "sue"


def test_force_logout_closes_socket_and_revokes(api: Api) -> None:
    h = api.setup_center()
    with api.client.websocket_connect(LIVE, headers=h["ann"]) as ws:
        recv(ws)
        r = api.client.post("/api/v1/agents/ann/commands", json={"type": "force_logout"}, headers=h["sue"])
        assert r.status_code == 201
        assert recv(ws)["command"]["type"] == "force_logout"
        with pytest.raises(WebSocketDisconnect) as exc:
            recv(ws)
        assert exc.value.code == 4001
    assert api.client.get("/api/v1/me", headers=h["ann"]).status_code == 401


def test_undelivered_message_arrives_in_snapshot_once(lite: Api) -> None:
    h = lite.setup_center()
    lite.client.post("/api/v1/agents/ann/commands", json={"type": "message", "text": "call me"}, headers=h["sue"])
    with lite.client.websocket_connect(LIVE, headers=h["ann"]) as ws:
        assert [c["text"] for c in recv(ws)["commands"]] == ["call me"]
    with lite.client.websocket_connect(LIVE, headers=h["ann"]) as ws:
        assert recv(ws)["commands"] == []


def test_command_validation(lite: Api) -> None:
    h = lite.setup_center()
    for body in ({"type": "message"}, {"type": "force_status"}, {"type": "force_status", "status": "break"},
                 {"type": "force_status", "status": "on_call"}, {"type": "explode"}):
        r = lite.client.post("/api/v1/agents/ann/commands", json=body, headers=h["sue"])
        assert r.status_code == 422, body


def test_logout_and_disable_close_live_sockets(lite: Api) -> None:
    h = lite.setup_center()
    with lite.client.websocket_connect(LIVE, headers=h["bob"]) as ws:
        recv(ws)
        lite.client.post("/api/v1/auth/logout", headers=h["bob"])
        with pytest.raises(WebSocketDisconnect) as exc:
            recv(ws)
        assert exc.value.code == 4001
    with lite.client.websocket_connect(LIVE, headers=h["ann"]) as ws:
        recv(ws)
        lite.client.post("/api/v1/admin/users/ann/disable", headers=h["ada"])
        with pytest.raises(WebSocketDisconnect):
            recv(ws)


def test_heartbeat_ack_carries_server_time(lite: Api) -> None:
    h = lite.setup_center()
    with lite.client.websocket_connect(LIVE, headers=h["ann"]) as ws:
        recv(ws)
        ws.send_json({"type": "heartbeat", "sent_ms": 123})
        ack = recv(ws)
        assert ack["type"] == "heartbeat_ack" and ack["sent_ms"] == 123
        assert abs(ack["server_ms"] - time.time() * 1000) < 5_000
        ws.send_json({"type": "dance"})
        assert recv(ws)["type"] == "error"


def test_unreachable_after_silence_and_restored(make_api: Any) -> None:
    api: Api = make_api(heartbeat_timeout_s=0.6, liveness_sweep_s=0.1)
    h = api.setup_center()
    with api.client.websocket_connect(LIVE, headers=h["ann"]) as agent:
        t0 = time.monotonic()  # connecting counts as a heartbeat
        recv(agent)
        api.post_events(h["ann"], ev("ann", "shift_started"), status("ann", "available"))
        api.post_events(h["bob"], status("bob", "available"))
        with api.client.websocket_connect(LIVE, headers=h["sue"]) as sup:
            recv(sup)
            # bob never connected, ann connected but stays silent: both go unreachable
            recv_until(sup, is_agent("ann", unreachable=True), timeout=5)
            assert time.monotonic() - t0 >= 0.5
            summary = api.client.get("/api/v1/agents", headers=h["sue"]).json()["summary"]
            assert summary["available"] == 0 and summary["unreachable"] == 2
            agent.send_json({"type": "heartbeat"})
            recv_until(sup, is_agent("ann", unreachable=False), timeout=2)
            board = api.board(h["sue"])
            assert not board["ann"]["unreachable"] and board["bob"]["unreachable"]
            summary = api.client.get("/api/v1/agents", headers=h["sue"]).json()["summary"]
            assert summary["available"] == 1


def test_offline_agents_are_never_unreachable(make_api: Any) -> None:
    api: Api = make_api(heartbeat_timeout_s=0.3, liveness_sweep_s=0.1)
    h = api.setup_center()
    time.sleep(0.8)
    assert not any(r["unreachable"] for r in api.board(h["sue"]).values())
    api.post_events(h["ann"], status("ann", "available"))
    time.sleep(0.6)
    assert api.board(h["sue"])["ann"]["unreachable"]
    api.post_events(h["ann"], status("ann", "offline", "available"))
    assert not api.board(h["sue"])["ann"]["unreachable"]
