"""Event ids: one spelling only, one content per id, one agent per id; strict numbers."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import func, select

from agent_console.server.models import Event

from .kit import Api, ev, now_ms, status


def stored(api: Api) -> int:
    with api.ctx.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Event)) or 0)


def quality(agent: str, rtt: Any) -> dict[str, Any]:
    return ev(agent, "call_quality", {"call_id": "c1", "rtt_ms": rtt, "jitter_ms": 1.0, "loss_pct": 0.0, "mos": 4.2})


def test_non_canonical_spellings_of_a_stored_id_are_refused(api: Api) -> None:
    h = api.setup_center()
    batch = [ev("ann", "shift_started"), status("ann", "available")]
    assert api.post_events(h["ann"], *batch).status_code == 200
    spellings = [str.upper, lambda i: i.replace("-", ""), lambda i: "{" + i + "}",
                 lambda i: "urn:uuid:" + i, lambda i: f" {i}"]
    for spell in spellings:
        again = [{**e, "event_id": spell(e["event_id"])} for e in batch]
        r = api.post_events(h["ann"], *again)
        assert r.status_code == 422, (spell(batch[0]["event_id"]), r.text)
        assert "event_id" in r.text
    assert stored(api) == 2


def test_same_id_with_other_content_is_a_conflict_and_nothing_is_stored(api: Api) -> None:
    h = api.setup_center()
    first = ev("ann", "call_offered", {"call_id": "c1", "direction": "inbound", "number": "101", "name": None})
    assert api.post_events(h["ann"], first).status_code == 200
    changed = {**first, "payload": {**first["payload"], "number": "999"}}
    fresh = status("ann", "available")
    r = api.post_events(h["ann"], fresh, changed)
    assert r.status_code == 409, r.text
    detail = r.json()["detail"]
    assert [e["event_id"] for e in detail["errors"]] == [first["event_id"]]
    assert stored(api) == 1  # the fresh event of the refused batch is not stored either
    # An exact resend is still a duplicate, and a skew-corrected at_ms does not matter.
    resend = {**first, "at_ms": first["at_ms"] + 1500}
    ack = api.post_events(h["ann"], resend, fresh).json()
    assert ack["duplicates"] == [first["event_id"]] and ack["accepted"] == [fresh["event_id"]]


def test_another_agents_id_is_a_conflict(api: Api) -> None:
    h = api.setup_center()
    mine = ev("ann", "shift_started")
    assert api.post_events(h["ann"], mine).status_code == 200
    theirs = {**ev("bob", "shift_started"), "event_id": mine["event_id"]}
    r = api.post_events(h["bob"], theirs)
    assert r.status_code == 409
    assert r.json()["detail"]["errors"][0]["event_id"] == mine["event_id"]
    # Even with identical content apart from the agent.
    copy = {**mine, "agent": "bob"}
    assert api.post_events(h["bob"], copy).status_code == 409
    assert stored(api) == 1


def test_one_id_twice_in_a_batch_with_other_content_is_a_conflict(api: Api) -> None:
    h = api.setup_center()
    a = status("ann", "available")
    b = {**status("ann", "dnd"), "event_id": a["event_id"]}
    assert api.post_events(h["ann"], a, b).status_code == 409
    assert api.post_events(h["ann"], a, dict(a)).status_code == 200
    assert stored(api) == 1


def test_non_finite_numbers_are_refused_on_both_stores(api: Api) -> None:
    h = api.setup_center()
    as_json = {**h["ann"], "content-type": "application/json"}
    for literal in ("Infinity", "-Infinity", "NaN", "1e999"):
        body = json.dumps({"events": [quality("ann", 1.0)]}).replace('"rtt_ms": 1.0', f'"rtt_ms": {literal}')
        assert literal in body
        r = api.client.post("/api/v1/events", content=body.encode(), headers=as_json)
        assert r.status_code == 422, (literal, r.status_code, r.text)
    assert api.post_events(h["ann"], quality("ann", 12.5)).status_code == 200
    assert stored(api) == 1


def test_the_envelope_is_strict(api: Api) -> None:
    h = api.setup_center()
    for field, value in (("seq", "5"), ("at_ms", str(now_ms())), ("mono_ns", "1"), ("seq", 5.0),
                         ("at_ms", True), ("device_id", 12345678), ("agent", ["ann"])):
        e = {**status("ann", "available"), field: value}
        r = api.post_events(h["ann"], e)
        assert r.status_code == 422, (field, value, r.text)
    assert stored(api) == 0
    ok = {**status("ann", "available"), "event_id": str(uuid.uuid4())}
    assert api.post_events(h["ann"], ok).status_code == 200
