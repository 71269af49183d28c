"""POST /events: idempotent, order-independent, all-or-nothing, per-kind payload validation."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text

from agent_console.protocol import MAX_BATCH
from agent_console.server.app import create_app
from agent_console.server.models import Event

from .conftest import settings_for, truncate_pg
from .kit import Api, ev, now_ms, status


def stored(api: Api) -> int:
    with api.ctx.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Event)) or 0)


def call_events(agent: str, call_id: str, t0: int, answered: bool = True) -> list[dict]:
    out = [ev(agent, "call_offered", {"call_id": call_id, "direction": "inbound", "number": "+77010000000",
                                       "name": None}, t0)]
    if answered:
        out.append(ev(agent, "call_answered", {"call_id": call_id}, t0 + 2_000))
    out.append(ev(agent, "call_ended", {"call_id": call_id, "reason": "hangup", "answered": answered}, t0 + 62_000))
    return out


def test_same_batch_twice_is_stored_once_and_acked_twice(api: Api) -> None:
    h = api.setup_center()
    batch = [ev("ann", "shift_started"), status("ann", "available")]
    first = api.post_events(h["ann"], *batch).json()
    second = api.post_events(h["ann"], *batch).json()
    ids = [e["event_id"] for e in batch]
    assert first["accepted"] == ids and first["duplicates"] == []
    assert second["accepted"] == [] and second["duplicates"] == ids
    assert stored(api) == 2


def test_duplicate_ids_inside_one_batch(api: Api) -> None:
    h = api.setup_center()
    e = ev("ann", "shift_started")
    r = api.post_events(h["ann"], e, e).json()
    assert r["accepted"] == [e["event_id"]]
    assert stored(api) == 1


def test_replayed_call_events_do_not_double_count(api: Api) -> None:
    h = api.setup_center()
    t0 = now_ms() - 120_000
    calls = call_events("ann", "c1", t0)
    api.post_events(h["ann"], *calls)
    api.post_events(h["ann"], *calls)
    today = api.board(h["sue"])["ann"]["today"]
    assert today["offered"] == 1 and today["answered"] == 1
    assert today["talk_s"] == 60.0


def test_out_of_order_status_keeps_newest(api: Api) -> None:
    h = api.setup_center()
    t = now_ms()
    newer = status("ann", "break", "available", t - 1_000, reason="lunch")
    older = status("ann", "available", "offline", t - 60_000)
    api.post_events(h["ann"], newer)
    api.post_events(h["ann"], older)
    row = api.board(h["sue"])["ann"]
    assert row["status"] == "break" and row["reason"] == "lunch" and row["since_ms"] == t - 1_000


def test_out_of_order_call_end_before_answer(api: Api) -> None:
    h = api.setup_center()
    offered, answered, ended = call_events("ann", "c9", now_ms() - 100_000)
    api.post_events(h["ann"], ended)
    api.post_events(h["ann"], answered)
    assert api.board(h["sue"])["ann"]["call"] is None
    api.post_events(h["ann"], offered)
    row = api.board(h["sue"])["ann"]
    assert row["call"] is None
    assert row["today"]["offered"] == 1 and row["today"]["answered"] == 1 and row["today"]["missed"] == 0


def test_current_call_and_counters(api: Api) -> None:
    h = api.setup_center()
    t0 = now_ms() - 30_000
    api.post_events(h["ann"], *call_events("ann", "old", t0 - 200_000, answered=False))
    offered, answered, _ended = call_events("ann", "live", t0)
    api.post_events(h["ann"], offered)
    row = api.board(h["sue"])["ann"]
    assert row["call"]["state"] == "ringing" and row["call"]["direction"] == "inbound"
    api.post_events(h["ann"], answered, ev("ann", "call_held", {"call_id": "live"}, t0 + 5_000))
    row = api.board(h["sue"])["ann"]
    assert row["call"]["call_id"] == "live" and row["call"]["state"] == "held"
    assert row["call"]["duration_s"] >= 20
    assert row["today"] == {"offered": 2, "answered": 1, "missed": 1, "rejected": 0, "made": 0, "talk_s": 0.0}
    api.post_events(h["ann"], ev("ann", "call_dialed", {"call_id": "out", "number": "102", "name": "IT"}))
    row = api.board(h["sue"])["ann"]
    assert row["today"]["made"] == 1


def test_invalid_event_rejects_whole_batch(api: Api) -> None:
    h = api.setup_center()
    good = status("ann", "available")
    bad = ev("ann", "call_answered", {"call_id": "x", "extra": 1})
    r = api.post_events(h["ann"], good, bad)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "nothing was stored" in detail["message"]
    assert detail["errors"][0]["index"] == 1
    assert stored(api) == 0
    assert api.board(h["sue"])["ann"]["status"] == "offline"


def test_payload_shapes_per_kind(api: Api) -> None:
    h = api.setup_center()
    cases = [
        ev("ann", "status_changed", {"status": "sleeping", "reason": None, "previous": "offline", "cause": "agent"}),
        ev("ann", "status_changed", {"status": "available", "previous": "offline"}),  # missing cause
        ev("ann", "call_ended", {"call_id": "c", "reason": "x", "answered": "yes"}),  # wrong type
        ev("ann", "note_saved", {"call_id": "c", "version": "1", "disposition": "d", "text": "t"}),
        ev("ann", "call_quality", {"call_id": "c", "rtt_ms": 1, "jitter_ms": 1, "loss_pct": 101, "mos": 4}),
        ev("ann", "shift_started", {"anything": 1}),
    ]
    for e in cases:
        r = api.post_events(h["ann"], e)
        assert r.status_code == 422, (e, r.text)
    unknown_kind = ev("ann", "call_teleported", {})
    assert api.post_events(h["ann"], unknown_kind).status_code == 422
    server_field = {**status("ann", "available"), "received_ms": 1}
    assert api.post_events(h["ann"], server_field).status_code == 422
    assert stored(api) == 0


def test_another_agents_events_are_forbidden(api: Api) -> None:
    h = api.setup_center()
    r = api.post_events(h["ann"], status("ann", "available"), status("bob", "available"))
    assert r.status_code == 403
    assert "not the logged-in user" in r.json()["detail"]
    assert stored(api) == 0


def test_bad_timestamps(api: Api) -> None:
    h = api.setup_center()
    future = status("ann", "available", at_ms=now_ms() + 2 * 3600 * 1000)
    ancient = status("ann", "available", at_ms=now_ms() - 90 * 86_400_000)
    for e in (future, ancient):
        r = api.post_events(h["ann"], e)
        assert r.status_code == 422
        assert "at_ms" in r.text


def test_batch_limits_and_malformed_json(api: Api) -> None:
    h = api.setup_center()
    big = [ev("ann", "shift_started") for _ in range(MAX_BATCH + 1)]
    assert api.post_events(h["ann"], *big).status_code == 413
    as_json = {**h["ann"], "content-type": "application/json"}
    r = api.client.post("/api/v1/events", content=b'{"events": [', headers=as_json)
    assert r.status_code == 422
    huge = b'{"events": []' + b" " * (17 * 1024 * 1024) + b"}"
    r = api.client.post("/api/v1/events", content=huge, headers=as_json)
    assert r.status_code == 413
    r = api.client.post("/api/v1/events", json={"events": "nope"}, headers=h["ann"])
    assert r.status_code == 422
    assert stored(api) == 0


def test_concurrent_resend_is_stored_once(api: Api) -> None:
    h = api.setup_center()
    batch = [ev("ann", "call_offered", {"call_id": str(uuid.uuid4()), "direction": "inbound", "number": "1",
                                         "name": None}) for _ in range(50)]
    results: list[dict] = []

    def send() -> None:
        results.append(api.post_events(h["ann"], *batch).json())

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert stored(api) == 50
    assert sum(len(r["accepted"]) for r in results) == 50
    assert all(len(r["accepted"]) + len(r["duplicates"]) == 50 for r in results)
    assert api.board(h["sue"])["ann"]["today"]["offered"] == 50


def test_large_valid_batch_goes_through_the_bulk_path(api: Api) -> None:
    h = api.setup_center()
    t0 = now_ms() - 600_000
    events = [ev("ann", "call_quality", {"call_id": f"c{i}", "rtt_ms": 40.5, "jitter_ms": 2, "loss_pct": 0.1,
                                          "mos": 4.2}, t0 + i) for i in range(400)]
    r = api.post_events(h["ann"], *events)
    assert r.status_code == 200, r.text[:300]
    assert len(r.json()["accepted"]) == 400
    assert stored(api) == 400
    bad = [*events[:399], ev("ann", "call_quality", {"call_id": "x"})]
    r = api.post_events(h["ann"], *bad)
    assert r.status_code == 422 and r.json()["detail"]["errors"][0]["index"] == 399


TRICKY = 'Сәлем, "Қазақстан" \\ әке\n\ttab 🙂 ʼ'


def test_text_round_trips_exactly(api: Api) -> None:
    """Kazakh letters, quotes, backslashes, control characters and emoji survive the trip
    (PostgreSQL receives the rows as one JSON document)."""
    h = api.setup_center()
    t0 = now_ms() - 120_000
    call_id = 'қоңырау-"1"\\'
    api.post_events(h["ann"], ev("ann", "call_offered", {"call_id": call_id, "direction": "inbound",
                                                         "number": "+7 701 «Әлия»", "name": None}, t0))
    api.post_events(h["ann"], ev("ann", "note_saved", {"call_id": call_id, "version": 1,
                                                       "disposition": "consultation", "text": TRICKY}, t0 + 1_000))
    day = time.strftime("%Y-%m-%d", time.gmtime(t0 / 1000))
    notes = api.client.get(f"/api/v1/agents/ann/notes?day={day}", headers=h["sue"]).json()
    assert [(n["call_id"], n["text"]) for n in notes] == [(call_id, TRICKY)]
    call = api.board(h["sue"])["ann"]["call"]
    assert call["call_id"] == call_id and call["number"] == "+7 701 «Әлия»"


def test_nul_character_is_rejected_with_a_reason(api: Api) -> None:
    """PostgreSQL text cannot hold NUL: the whole batch gets a 422 naming the field, on both
    backends, instead of a database error."""
    h = api.setup_center()
    r = api.post_events(h["ann"], status("ann", "available"),
                        ev("ann", "call_offered", {"call_id": "a\x00b", "direction": "inbound", "number": "1",
                                                    "name": None}))
    assert r.status_code == 422, r.text
    assert "call_id" in r.text
    assert stored(api) == 0


def test_integers_beyond_64_bits_are_rejected_not_a_server_error(api: Api) -> None:
    h = api.setup_center()
    e = {**status("ann", "available"), "seq": 2**63}
    r = api.post_events(h["ann"], e)
    assert r.status_code == 422, r.text
    assert "seq" in r.text
    assert stored(api) == 0


def test_announced_rows_equal_the_boards_rows(api: Api) -> None:
    """The live path reads an agent's row in one statement, the board in three: same rows,
    including an agent with two open calls (the newest shows), held calls and today's counters."""
    from agent_console.server.models import User
    from agent_console.server.services import board

    h = api.setup_center()
    t0 = now_ms() - 600_000
    api.post_events(h["ann"], *call_events("ann", "done1", t0), *call_events("ann", "miss1", t0 + 70_000, False))
    api.post_events(h["ann"], ev("ann", "call_offered", {"call_id": "old", "direction": "inbound", "number": "1",
                                                         "name": None}, t0 + 200_000))
    api.post_events(h["ann"], ev("ann", "call_offered", {"call_id": "new", "direction": "inbound", "number": "2",
                                                         "name": None}, t0 + 300_000),
                    ev("ann", "call_answered", {"call_id": "new"}, t0 + 301_000),
                    ev("ann", "call_held", {"call_id": "new"}, t0 + 302_000))
    api.post_events(h["bob"], status("bob", "break", at_ms=t0))
    with api.ctx.db.read() as s:
        ids = {u.username: u.id for u in s.query(User)}
        live = board.rows(s, api.ctx, user_ids=[ids["ann"], ids["bob"]])
        full = board.rows(s, api.ctx, teams=["north"])
        scoped = board.rows(s, api.ctx, teams=["south"], user_ids=[ids["ann"], ids["cat"]])
    by_name = {r.username: r for r in full}
    assert [r.username for r in live] == ["ann", "bob"]
    for r in live:  # (the call's duration depends on when each was read)
        assert r.model_dump(exclude={"call": {"duration_s"}}) == \
            by_name[r.username].model_dump(exclude={"call": {"duration_s"}})
    ann = by_name["ann"]
    assert ann.call is not None and ann.call.call_id == "new" and ann.call.state == "held"
    assert (ann.today.offered, ann.today.answered, ann.today.missed) == (4, 2, 1)
    assert [r.username for r in scoped] == ["cat"]


@pytest.mark.slow
@pytest.mark.postgres
def test_ingest_and_reads_survive_dropped_database_connections(pg_url: str) -> None:
    """PostgreSQL restarted or a proxy cut the pool: the group committer's connections are not
    pinged before use, so its first transaction fails on a dead connection and must run again on
    a new one. The agent gets 200, nothing is lost, nothing is stored twice."""
    truncate_pg(pg_url)
    with TestClient(create_app(settings_for(pg_url), now_ms)) as client:
        api = Api(client)
        h = api.setup_center()
        first = [status("ann", "available")]
        assert api.post_events(h["ann"], *first).status_code == 200  # both engines hold connections now
        engine = create_engine(pg_url)
        with engine.begin() as conn:
            killed = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )).scalar()
        engine.dispose()
        assert killed and killed >= 2
        later = status("ann", "break", "available", reason="lunch")
        r = api.post_events(h["ann"], later)
        assert r.status_code == 200, r.text
        assert r.json()["accepted"] == [later["event_id"]]
        assert api.board(h["sue"])["ann"]["status"] == "break"
        assert stored(api) == 2


def test_a_wrapup_far_beyond_its_deadline_shows_how_long_it_has_lasted(api: Api) -> None:
    """Statuses chosen during a wrap-up repeat ``wrap_up`` with a new pending status: the board's
    "since" stays at the wrap-up's start, so a wrap-up stuck for minutes (with the calls its phone
    refused meanwhile) stands out instead of looking a few seconds old."""
    h = api.setup_center()
    t = now_ms()
    start = t - 10 * 60_000

    def wrapup(at: int, pending: str | None, previous: str = "wrap_up", cause: str = "agent") -> dict:
        e = status("ann", "wrap_up", previous, at, cause=cause)
        e["payload"].update(manual="available", pending=pending, until_ms=start + 30_000, call_id="c1")
        return e

    api.post_events(h["ann"], *call_events("ann", "c1", start - 62_000), wrapup(start, None, "on_call", "call"))
    api.post_events(h["ann"], wrapup(t - 5 * 60_000, "dnd"))
    api.post_events(h["ann"], ev("ann", "call_rejected", {"call_id": "r1", "number": "+77010000001", "name": None,
                                                          "code": 486, "status": "wrap_up"}, t - 2 * 60_000))
    api.post_events(h["ann"], wrapup(t - 60_000, None), wrapup(t - 30_000, "break"))
    row = api.board(h["sue"])["ann"]
    assert row["status"] == "wrap_up" and row["since_ms"] == start  # 10 minutes, not 30 seconds
    assert row["today"]["rejected"] == 1
    api.post_events(h["ann"], status("ann", "dnd", "wrap_up", t - 1_000))
    row = api.board(h["sue"])["ann"]
    assert row["status"] == "dnd" and row["since_ms"] == t - 1_000


def test_one_batch_with_a_status_repeated_counts_from_its_first_event(api: Api) -> None:
    h = api.setup_center()
    t = now_ms()
    batch = [status("ann", "available", "offline", t - 50_000), status("ann", "wrap_up", "available", t - 40_000),
             status("ann", "wrap_up", "wrap_up", t - 20_000)]
    api.post_events(h["ann"], *batch)
    assert api.board(h["sue"])["ann"]["since_ms"] == t - 40_000
