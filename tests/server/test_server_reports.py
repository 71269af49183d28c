"""Day reports (JSON/CSV) from stored events, folded by the domain's ShiftSummary; notes."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from .kit import Api, ev, now_ms, status

# Yesterday (UTC, the report timezone): the scripted 01:00-02:00 shift is then always in the past.
# With today it was up to two hours ahead of the clock between 00:00 and 01:00 UTC, beyond the
# server's future skew, and every report test failed in that hour.
DAY = datetime.fromtimestamp(now_ms() / 1000, UTC).date() - timedelta(days=1)  # the servers' clock
T0 = int(datetime(DAY.year, DAY.month, DAY.day, 0, 0, tzinfo=UTC).timestamp() * 1000) + 3_600_000  # 01:00
S = 1000


def scripted_shift(api: Api, h: dict, agent: str = "ann") -> None:
    """01:00 shift; available; one answered call 60 s talk + 10 s hold + 20 s wrap-up; one missed
    call; 30 min break (budget 20 min -> 10 min overrun); shift ends at 02:00."""
    t = T0
    events = [
        ev(agent, "shift_started", {}, t),
        status(agent, "available", "offline", t),
        ev(agent, "call_offered", {"call_id": "c1", "direction": "inbound", "number": "1", "name": None}, t + 10 * S),
        status(agent, "ringing", "available", t + 10 * S, cause="call"),
        ev(agent, "call_answered", {"call_id": "c1"}, t + 15 * S),
        status(agent, "on_call", "ringing", t + 15 * S, cause="call"),
        ev(agent, "call_held", {"call_id": "c1"}, t + 45 * S),
        ev(agent, "call_resumed", {"call_id": "c1"}, t + 55 * S),
        ev(agent, "call_ended", {"call_id": "c1", "reason": "hangup", "answered": True}, t + 85 * S),
        status(agent, "wrap_up", "on_call", t + 85 * S, cause="call"),
        ev(agent, "note_saved", {"call_id": "c1", "version": 1, "disposition": "consultation", "text": "v1"},
           t + 90 * S),
        ev(agent, "note_saved", {"call_id": "c1", "version": 2, "disposition": "complaint", "text": "v2"},
           t + 100 * S),
        status(agent, "available", "wrap_up", t + 105 * S, cause="wrapup_timer"),
        ev(agent, "call_offered", {"call_id": "c2", "direction": "inbound", "number": "2", "name": None}, t + 200 * S),
        ev(agent, "call_ended", {"call_id": "c2", "reason": "caller_hangup", "answered": False}, t + 210 * S),
        status(agent, "break", "available", t + 600 * S, reason="lunch"),
        status(agent, "available", "break", t + 2400 * S),
        status(agent, "offline", "available", t + 3600 * S),
        ev(agent, "shift_ended", {}, t + 3600 * S),
    ]
    # Delivered out of order, in two batches: reports must not care.
    assert api.post_events(h[agent], *events[10:]).status_code == 200
    assert api.post_events(h[agent], *events[:10]).status_code == 200


def test_agent_day_report_numbers(api: Api) -> None:
    h = api.setup_center()
    api.client.put("/api/v1/admin/policy/team?ref=north", json={"break_budget_s": 1200}, headers=h["ada"])
    scripted_shift(api, h)
    r = api.client.get(f"/api/v1/reports/day?day={DAY}", headers=h["sue"])
    assert r.status_code == 200, r.text
    rep = r.json()
    rows = {row["username"]: row for row in rep["agents"]}
    ann = rows["ann"]
    assert ann["shift_s"] == 3600
    assert ann["calls_offered"] == 2 and ann["calls_answered"] == 1 and ann["calls_missed"] == 1
    assert ann["talk_s"] == 60 and ann["hold_s"] == 10 and ann["wrapup_s"] == 20
    assert ann["aht_s"] == 90
    assert ann["break_s"] == 1800 and ann["break_budget_s"] == 1200 and ann["break_overrun_s"] == 600
    assert sum(ann["status_s"].values()) == 3600
    assert rows["bob"]["shift_s"] == 0 and rows["bob"]["aht_s"] is None
    totals = {t["team"]: t for t in rep["team_totals"]}
    assert set(totals) == {"north"}
    assert totals["north"]["calls_offered"] == 2 and totals["north"]["aht_s"] == 90


def test_csv_report_and_scoping(api: Api) -> None:
    h = api.setup_center()
    scripted_shift(api, h)
    r = api.client.get(f"/api/v1/reports/day?day={DAY}&format=csv", headers=h["ada"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    by = {(row["team"], row["username"]): row for row in rows}
    assert by[("north", "ann")]["calls_answered"] == "1"
    assert by[("north", "ann")]["status_break_s"] == "1800.0"
    assert ("south", "*") in by and ("north", "*") in by
    mine = api.client.get("/api/v1/reports/day", headers=h["ann"]).json()
    assert [a["username"] for a in mine["agents"]] == ["ann"]


def test_report_rejects_bad_day(api: Api) -> None:
    h = api.setup_center()
    assert api.client.get("/api/v1/reports/day?day=yesterday", headers=h["sue"]).status_code == 422
    assert api.client.get("/api/v1/reports/day?day=2999-01-01", headers=h["sue"]).status_code == 422
    assert api.client.get("/api/v1/reports/day?format=xml", headers=h["sue"]).status_code == 422


def test_notes_latest_version(lite: Api) -> None:
    h = lite.setup_center()
    scripted_shift(lite, h)
    notes = lite.client.get(f"/api/v1/agents/ann/notes?day={DAY}", headers=h["sue"]).json()
    assert [(n["call_id"], n["version"], n["text"]) for n in notes] == [("c1", 2, "v2")]


def test_csv_neutralises_formulas(lite: Api) -> None:
    h = lite.setup_center()
    r = lite.client.post("/api/v1/admin/users", headers=h["ada"], json={
        "username": "x", "role": "agent", "teams": ["=cmd|' /C calc'!A0"], "password": "long enough pw"})
    assert r.status_code == 422  # such team names are refused outright
    r = lite.client.post("/api/v1/admin/users", headers=h["ada"], json={
        "username": "y", "role": "agent", "teams": ["-2 north"], "password": "long enough pw"})
    assert r.status_code == 201
    text = lite.client.get("/api/v1/reports/day?format=csv", headers=h["ada"]).text
    assert ",'-2 north," in text
