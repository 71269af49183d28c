"""The board row carries the phone's reachability (from the console's live channel), the current
call's latest quality and the break time used today against the budget; a console online whose
phone cannot reach the PBX raises a ``phone_unreachable`` alert after the team's threshold."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from agent_console.protocol import AlertPolicy, BoardRow, DayCounters
from agent_console.server.app import create_app
from agent_console.server.models import PolicyLayer
from agent_console.supervisor.alerts import AgentFacts, evaluate

from .conftest import settings_for
from .kit import Api, ev, now_ms, recv_until, status
from .test_server_supervisor import SUP, Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sup(db_url: str, clock: Clock) -> Iterator[Api]:
    with TestClient(create_app(settings_for(db_url), clock)) as client:
        yield Api(client)


def quality(agent: str, call_id: str, mos: float, loss: float, at_ms: int) -> dict[str, Any]:
    return ev(agent, "call_quality", {"call_id": call_id, "rtt_ms": 40.0, "jitter_ms": 3.0, "loss_pct": loss,
                                      "mos": mos}, at_ms)


def test_phone_state_from_the_live_channel_reaches_the_board_and_the_supervisors(sup: Api, clock: Clock) -> None:
    h = sup.setup_center()
    sup.post_events(h["ann"], status("ann", "available", at_ms=now_ms() - 1000))
    assert sup.board(h["sue"])["ann"]["phone"] is None  # never reported (an older console)
    with sup.client.websocket_connect("/api/v1/live", headers=h["sue"]) as watch, \
            sup.client.websocket_connect("/api/v1/live", headers=h["ann"]) as agent:
        recv_until(watch, lambda m: m["type"] == "snapshot")
        recv_until(agent, lambda m: m["type"] == "snapshot")
        agent.send_json({"type": "phone", "state": "unreachable"})
        msg = recv_until(watch, lambda m: m["type"] == "agent" and m["agent"]["phone"] == "unreachable")
        since = msg["agent"]["phone_since_ms"]
        assert abs(since - clock()) < 5000 and msg["agent"]["status"] == "available"
        agent.send_json({"type": "phone", "state": "unreachable"})  # a repeat (a reconnect) keeps "since"
        agent.send_json({"type": "heartbeat", "sent_ms": 1})
        recv_until(agent, lambda m: m["type"] == "heartbeat_ack")  # the repeat was handled before it
        assert sup.board(h["sue"])["ann"]["phone_since_ms"] == since
        agent.send_json({"type": "phone", "state": "registered"})
        recv_until(watch, lambda m: m["type"] == "agent" and m["agent"]["phone"] == "registered")
        agent.send_json({"type": "phone", "state": "sideways"})
        assert recv_until(agent, lambda m: m["type"] == "error")["detail"]
        agent.send_json({"type": "heartbeat", "sent_ms": 2})  # the channel still works
        assert recv_until(agent, lambda m: m["type"] == "heartbeat_ack")["sent_ms"] == 2
        watch.send_json({"type": "phone", "state": "unreachable"})  # a supervisor has no phone row
        watch.send_json({"type": "heartbeat", "sent_ms": 3})
        recv_until(watch, lambda m: m["type"] == "heartbeat_ack")


def test_phone_unreachable_alert_after_the_policy_threshold(sup: Api, clock: Clock) -> None:
    h = sup.setup_center()
    sup.post_events(h["ann"], status("ann", "available", at_ms=now_ms() - 1000))
    with sup.client.websocket_connect("/api/v1/live", headers=h["ann"]) as agent:
        recv_until(agent, lambda m: m["type"] == "snapshot")
        agent.send_json({"type": "phone", "state": "unreachable"})
        agent.send_json({"type": "heartbeat", "sent_ms": 1})
        recv_until(agent, lambda m: m["type"] == "heartbeat_ack")
    since = sup.board(h["sue"])["ann"]["phone_since_ms"]
    clock.at_ms = since + 59_000
    assert [a["kind"] for a in sup.client.get(f"{SUP}/alerts", headers=h["sue"]).json()["alerts"]] == []
    clock.at_ms = since + 61_000
    [alert] = sup.client.get(f"{SUP}/alerts", headers=h["sue"]).json()["alerts"]
    assert alert["kind"] == "phone_unreachable" and alert["username"] == "ann"
    assert alert["began_ms"] == since + 60_000 and alert["limit_s"] == 60


def _row(**kw: Any) -> BoardRow:
    base: dict[str, Any] = dict(username="ann", display_name="Ann", team="north", status="available", reason=None,
                                since_ms=0, unreachable=False, call=None, today=DayCounters(), updated_ms=0,
                                phone="unreachable", phone_since_ms=1000)
    return BoardRow(**{**base, **kw})


def test_phone_alert_rule_is_off_when_the_console_itself_is_lost_or_offline_or_the_rule_is_off() -> None:
    policy = AlertPolicy()
    assert [a.kind for a in evaluate(_row(), policy, AgentFacts(), 61_000)] == ["phone_unreachable"]
    assert evaluate(_row(), policy, AgentFacts(), 60_999) == []
    assert [a.kind for a in evaluate(_row(unreachable=True), policy, AgentFacts(), 61_000)] == ["unreachable"]
    assert evaluate(_row(status="offline"), policy, AgentFacts(), 61_000) == []
    assert evaluate(_row(phone="registered"), policy, AgentFacts(), 61_000) == []
    assert evaluate(_row(), AlertPolicy(phone_unreachable_s=None), AgentFacts(), 61_000) == []


def test_current_call_quality_latest_report_wins_and_no_audio_shows(sup: Api) -> None:
    h = sup.setup_center()
    t = now_ms() - 60_000
    offer = {"call_id": "c1", "direction": "inbound", "number": "+7701"}
    sup.post_events(h["ann"], ev("ann", "call_offered", offer, t),
                    ev("ann", "call_answered", {"call_id": "c1"}, t + 2000),
                    quality("ann", "c1", 4.3, 0.0, t + 7000))
    assert sup.board(h["sue"])["ann"]["quality"] == {"mos": 4.3, "loss_pct": 0.0, "at_ms": t + 7000}
    sup.post_events(h["ann"], quality("ann", "c1", 1.0, 100.0, t + 12_000))
    assert sup.board(h["sue"])["ann"]["quality"]["loss_pct"] == 100.0  # no RTP at all: "no audio"
    sup.post_events(h["ann"], quality("ann", "c1", 4.4, 0.0, t + 9000))  # late, older: ignored
    assert sup.board(h["sue"])["ann"]["quality"]["mos"] == 1.0
    sup.post_events(h["ann"], ev("ann", "call_ended", {"call_id": "c1", "reason": "hangup", "answered": True},
                                 t + 20_000))
    assert sup.board(h["sue"])["ann"]["quality"] is None  # only the call in progress has one


def test_break_used_today_against_the_budget(sup: Api) -> None:
    h = sup.setup_center()
    t = now_ms() - 3_000_000
    sup.post_events(h["ann"], status("ann", "available", at_ms=t),
                    status("ann", "break", "available", at_ms=t + 60_000, reason="lunch"),
                    status("ann", "available", "break", at_ms=t + 660_000))
    row = sup.board(h["sue"])["ann"]
    assert row["break_before_s"] == 600 and row["break_budget_s"] == 3600  # the default policy
    sup.post_events(h["ann"], status("ann", "break", "available", at_ms=t + 1_000_000, reason="rest"))
    sup.post_events(h["ann"], status("ann", "break", "break", at_ms=t + 1_100_000, reason="rest"))  # a repeat
    row = sup.board(h["sue"])["ann"]
    assert row["status"] == "break" and row["since_ms"] == t + 1_000_000
    assert row["break_before_s"] == 600  # the running break is the client's: now - since_ms
    sup.post_events(h["ann"], status("ann", "dnd", "break", at_ms=t + 1_300_000))
    assert sup.board(h["sue"])["ann"]["break_before_s"] == 900
    with sup.ctx.db.write() as s:
        s.add(PolicyLayer(scope="team", ref="north", values={"break_budget_s": 1800}))
        s.add(PolicyLayer(scope="agent", ref="bob", values={"break_budget_s": 900}))
    board = sup.board(h["ada"])
    assert (board["ann"]["break_budget_s"], board["bob"]["break_budget_s"], board["cat"]["break_budget_s"]) == \
        (1800, 900, 3600)
