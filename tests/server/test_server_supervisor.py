"""Supervisor routes against a real app: alerts decided on the server (policy, acknowledgement,
clearing, live push), audited actions limited to the supervisor's teams, the agent's day and note
annotations that never overwrite the agent's versions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from agent_console.server.app import create_app

from .conftest import settings_for
from .kit import Api, ev, now_ms, recv_until, status

SUP = "/api/v1/supervisor"


class Clock:
    """The server's clock, moved by the test (alerts are about time passing): ``offset_ms`` ahead
    of the test clock, or stopped at ``at_ms`` where a check sits a second from a threshold (a
    slow request on a busy machine would otherwise cross it)."""

    def __init__(self) -> None:
        self.offset_ms = 0
        self.at_ms: int | None = None

    def __call__(self) -> int:
        return now_ms() + self.offset_ms if self.at_ms is None else self.at_ms


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sup(db_url: str, clock: Clock) -> Iterator[Api]:
    with TestClient(create_app(settings_for(db_url), clock)) as client:
        yield Api(client)


def alerts(api: Api, h: dict[str, str]) -> list[dict[str, Any]]:
    r = api.client.get(f"{SUP}/alerts", headers=h)
    assert r.status_code == 200, r.text
    return list(r.json()["alerts"])


def test_break_over_budget_fires_is_acknowledged_and_clears(sup: Api, clock: Clock) -> None:
    h = sup.setup_center()
    sup.user("sam", "supervisor", ("south",))
    h["sam"] = sup.login("sam")
    start = now_ms()
    assert sup.post_events(h["ann"], status("ann", "available", at_ms=start - 60_000),
                           status("ann", "break", "available", at_ms=start, reason="lunch")).status_code == 200
    clock.at_ms = start + 3599_000
    assert alerts(sup, h["sue"]) == []
    clock.at_ms = start + 3601_000
    [alert] = alerts(sup, h["sue"])
    assert alert["kind"] == "break_over_budget" and alert["username"] == "ann"
    assert alert["began_ms"] == start + 3600_000 and alert["acked_by"] is None
    assert alerts(sup, h["sam"]) == []  # another team's supervisor never sees it
    assert alerts(sup, h["ada"]) == [alert]  # admin sees every team

    r = sup.client.post(f"{SUP}/alerts/ack", json={"key": alert["key"]}, headers=h["sam"])
    assert r.status_code == 403
    r = sup.client.post(f"{SUP}/alerts/ack", json={"key": alert["key"]}, headers=h["sue"])
    assert r.status_code == 200, r.text
    [acked] = alerts(sup, h["ada"])  # the acknowledgement is the same for everybody
    assert acked["acked_by"] == "sue" and abs(acked["acked_ms"] - clock()) < 5000

    sup.post_events(h["ann"], status("ann", "available", "break", at_ms=clock() - 1000))
    assert alerts(sup, h["sue"]) == []
    r = sup.client.post(f"{SUP}/alerts/ack", json={"key": alert["key"]}, headers=h["sue"])
    assert r.status_code == 409


def test_earlier_breaks_count_against_the_budget(sup: Api, clock: Clock) -> None:
    h = sup.setup_center()
    t = now_ms() - 3_000_000
    sup.post_events(h["ann"], status("ann", "break", at_ms=t, reason="lunch"),
                    status("ann", "available", "break", at_ms=t + 3_000_000 - 60_000),
                    status("ann", "break", "available", at_ms=t + 3_000_000, reason="rest"))
    clock.offset_ms = 700_000  # 50 min earlier + 11 min now > 60 min budget
    [alert] = alerts(sup, h["sue"])
    assert alert["kind"] == "break_over_budget"
    assert alert["began_ms"] == t + 3_000_000 + 660_000


def test_team_policy_sets_thresholds_and_is_scoped(sup: Api, clock: Clock) -> None:
    h = sup.setup_center()
    r = sup.client.get(f"{SUP}/teams/north/alert-policy", headers=h["sue"])
    assert r.status_code == 200 and r.json()["dnd_max_s"] == 600
    assert sup.client.get(f"{SUP}/teams/south/alert-policy", headers=h["sue"]).status_code == 403
    assert sup.client.get(f"{SUP}/teams/north/alert-policy", headers=h["ann"]).status_code == 403
    body = {**r.json(), "dnd_max_s": 60}
    assert sup.client.put(f"{SUP}/teams/north/alert-policy", json=body, headers=h["sue"]).status_code == 200
    sup.post_events(h["ann"], status("ann", "dnd", at_ms=now_ms()))
    sup.post_events(h["cat"], status("cat", "dnd", at_ms=now_ms()))
    clock.offset_ms = 61_000
    found = alerts(sup, h["ada"])
    assert [(a["username"], a["kind"]) for a in found] == [("ann", "dnd_long")]  # south keeps 600 s


def test_live_feed_pushes_alerts_to_the_teams_supervisors(sup: Api, clock: Clock) -> None:
    h = sup.setup_center()
    sup.post_events(h["ann"], status("ann", "wrap_up", "on_call", at_ms=now_ms()))
    with sup.client.websocket_connect("/api/v1/live", headers=h["sue"]) as ws:
        recv_until(ws, lambda m: m["type"] == "snapshot")
        clock.offset_ms = 121_000
        msg = recv_until(ws, lambda m: m["type"] == "alerts", timeout=5)
        assert msg["team"] == "north"
        assert [(a["username"], a["kind"]) for a in msg["alerts"]] == [("ann", "wrapup_long")]
        sup.post_events(h["ann"], status("ann", "available", "wrap_up", at_ms=clock() - 500))
        msg = recv_until(ws, lambda m: m["type"] == "alerts", timeout=5)
        assert msg["alerts"] == []


def test_actions_only_within_own_teams_and_audited(sup: Api) -> None:
    h = sup.setup_center()
    url = f"{SUP}/agents/%s/actions"
    r = sup.client.post(url % "ann", json={"type": "force_status", "status": "available"}, headers=h["sue"])
    assert r.status_code == 422 and "reason" in r.json()["detail"]
    r = sup.client.post(url % "cat", json={"type": "force_status", "status": "available", "reason": "x"},
                        headers=h["sue"])
    assert r.status_code == 403 and r.json()["detail"] == "this agent is not in your teams"
    r = sup.client.post(url % "nobody", json={"type": "message", "text": "hi"}, headers=h["sue"])
    assert r.status_code == 403  # unknown and foreign look the same: no user enumeration
    r = sup.client.post(url % "bob", json={"type": "message", "text": "hi"}, headers=h["ann"])
    assert r.status_code == 403  # agents have no supervisor actions
    with sup.client.websocket_connect("/api/v1/live", headers=h["ann"]) as ws:
        recv_until(ws, lambda m: m["type"] == "snapshot")
        r = sup.client.post(url % "ann", json={"type": "force_status", "status": "available",
                                               "reason": "forgotten do-not-disturb"}, headers=h["sue"])
        assert r.status_code == 201, r.text
        cmd = recv_until(ws, lambda m: m["type"] == "command")["command"]
        assert cmd["status"] == "available" and cmd["reason"] == "forgotten do-not-disturb"
    sup.client.post(url % "ann", json={"type": "message", "text": "call me"}, headers=h["sue"])
    day = sup.client.get(f"{SUP}/agents/ann/day", headers=h["sue"])
    assert day.status_code == 200, day.text
    assert [(a["type"], a["issued_by"], a["reason"]) for a in day.json()["actions"]] == [
        ("force_status", "sue", "forgotten do-not-disturb"), ("message", "sue", None)]
    assert sup.client.get(f"{SUP}/agents/cat/day", headers=h["sue"]).status_code == 403


def test_annotation_is_a_new_version_and_the_agents_later_edit_is_kept(sup: Api, clock: Clock) -> None:
    h = sup.setup_center()
    t = now_ms() - 600_000
    sup.post_events(
        h["ann"],
        ev("ann", "call_offered", {"call_id": "c1", "direction": "inbound", "number": "+7701"}, t),
        ev("ann", "call_answered", {"call_id": "c1"}, t + 1000),
        ev("ann", "call_ended", {"call_id": "c1", "reason": "hangup", "answered": True}, t + 61_000),
        ev("ann", "note_saved", {"call_id": "c1", "version": 1, "disposition": "complaint", "text": "angry"},
           t + 70_000),
    )
    r = sup.client.post(f"{SUP}/agents/ann/notes/c1/annotations", json={"text": "offer a callback"},
                        headers=h["sue"])
    assert r.status_code == 201, r.text
    assert r.json()["version"] == 2 and r.json()["by_supervisor"] and r.json()["author"] == "sue"
    # the agent, offline meanwhile, saves their own version 2 later: both are kept
    sup.post_events(h["ann"], ev("ann", "note_saved", {"call_id": "c1", "version": 2, "disposition": "complaint",
                                                       "text": "angry, calmed"}, clock() + 1000))
    clock.offset_ms = 2000
    day = sup.client.get(f"{SUP}/agents/ann/day", headers=h["sue"]).json()
    assert [(n["author"], n["version"], n["text"]) for n in day["notes"]] == [
        ("ann", 1, "angry"), ("sue", 2, "offer a callback"), ("ann", 2, "angry, calmed")]
    assert day["calls"][0]["disposition"] == "complaint" and day["calls"][0]["talk_s"] == 60
    r = sup.client.post(f"{SUP}/agents/cat/notes/c1/annotations", json={"text": "x"}, headers=h["sue"])
    assert r.status_code == 403


def test_day_mix_counts_agent_minutes_per_quarter_hour(sup: Api, clock: Clock) -> None:
    h = sup.setup_center()
    t = now_ms() - 40 * 60_000
    sup.post_events(h["ann"], status("ann", "available", at_ms=t),
                    status("ann", "break", "available", at_ms=t + 600_000, reason="lunch"))
    sup.post_events(h["cat"], status("cat", "available", at_ms=t))
    r = sup.client.get(f"{SUP}/day-mix", headers=h["sue"])
    assert r.status_code == 200, r.text
    mix = r.json()
    total = {k: round(sum(s.get(k, 0) for s in mix["slots"])) for k in ("available", "break")}
    assert total == {"available": 10, "break": 30}  # south's cat is not in sue's picture
    assert sup.client.get(f"{SUP}/day-mix?team=south", headers=h["sue"]).status_code == 403


def test_a_stuck_wrapup_keeps_its_alert_while_the_agent_picks_statuses(sup: Api, clock: Clock) -> None:
    """Statuses chosen during a wrap-up repeat ``wrap_up`` (with a new pending one): the alert
    stays the same alert, dated from the wrap-up's start, instead of restarting its clock."""
    h = sup.setup_center()
    start = now_ms() - 600_000

    def wrapup(at: int, pending: str | None) -> dict[str, Any]:
        e = status("ann", "wrap_up", "on_call" if pending is None else "wrap_up", at_ms=at)
        e["payload"].update(manual="available", pending=pending, until_ms=start + 30_000, call_id="c1")
        return e

    sup.post_events(h["ann"], wrapup(start, None))
    [first] = alerts(sup, h["sue"])
    assert first["kind"] == "wrapup_long" and first["began_ms"] == start + 120_000
    sup.post_events(h["ann"], wrapup(now_ms() - 60_000, "dnd"), wrapup(now_ms() - 1_000, "break"))
    [again] = alerts(sup, h["sue"])
    assert again["key"] == first["key"] and again["began_ms"] == start + 120_000
    assert sup.board(h["sue"])["ann"]["since_ms"] == start
