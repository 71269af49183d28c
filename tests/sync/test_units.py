"""Fast tests of the sync pieces: backoff, clock skew, provisioning mapping, the API client's error
mapping and the outbox's refusal handling (real journal, scripted HTTP answers)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent_console.domain.policy import Policy
from agent_console.journal import Journal
from agent_console.phone.api import Transport
from agent_console.protocol import PolicyValues, Provisioning, SipAccount
from agent_console.sync.backoff import Backoff
from agent_console.sync.client import ApiClient, AuthError, RejectedError, TransientError, normalize_server_url
from agent_console.sync.clock_skew import ClockSkew
from agent_console.sync.outbox import Outbox
from agent_console.sync.provisioning import to_config

from .kit import bulk_events

# -- backoff ------------------------------------------------------------------------------------


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    top = Backoff(0.5, 8.0, rand=lambda: 0.999999)
    assert [round(top.next_delay(), 2) for _ in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    low = Backoff(0.5, 8.0, rand=lambda: 0.0)
    assert low.next_delay() == 0.0  # full jitter: thousands of consoles do not retry in lock-step
    real = Backoff(0.5, 8.0)
    delays = [real.next_delay() for _ in range(200)]
    assert all(0 <= d <= 8.0 for d in delays) and len({round(d, 3) for d in delays}) > 100


def test_backoff_honours_retry_after_and_resets() -> None:
    b = Backoff(0.5, 8.0, rand=lambda: 0.0)
    assert b.next_delay(retry_after_s=5) == 5
    b.next_delay()
    b.reset()
    assert b.attempt == 0
    with pytest.raises(ValueError):
        Backoff(0, 1)


# -- clock skew ---------------------------------------------------------------------------------


def test_skew_uses_the_smallest_round_trip_and_ignores_small_offsets() -> None:
    skew = ClockSkew(threshold_ms=1000)
    skew.add(1000, 1010, 1005 + 300)  # 300 ms off: well-synced laptop, nothing corrected
    assert skew.offset_ms == pytest.approx(300)
    assert skew.correction_ms == 0
    skew.add(2000, 2400, 2200 + 90_000)  # noisy sample (400 ms rtt) does not win over the precise one
    assert skew.offset_ms == pytest.approx(300)
    skew.add(3000, 3004, 3002 + 120_000)  # laptop two minutes behind, measured precisely
    assert skew.correction_ms == 120_000
    assert skew.to_server_ms(10_000) == 130_000


def test_skew_correction_is_stable_against_jitter() -> None:
    skew = ClockSkew(threshold_ms=1000)
    skew.add(0, 10, 5 + 60_000)
    first = skew.correction_ms
    skew.add(100, 105, 102.5 + 60_200)  # 200 ms different estimate: the applied value stays
    assert skew.correction_ms == first == 60_000


def test_skew_from_http_date_header() -> None:
    skew = ClockSkew(threshold_ms=1000)
    now = time.time() * 1000
    skew.add_date_header(now - 3_600_000, now - 3_600_000 + 5, formatdate(now / 1000, usegmt=True))
    assert skew.offset_ms == pytest.approx(3_600_000, abs=1500)
    skew.add_date_header(0, 1, "not a date")  # ignored, no crash


# -- provisioning -------------------------------------------------------------------------------


def test_provisioning_maps_to_sip_account_and_policy() -> None:
    prov = Provisioning(
        username="alice", team="north",
        sip=SipAccount(registrar="pbx:5061", transport="tls", extension="1001", password="s3cret"),
        policy=PolicyValues(break_reasons=["lunch"], wrapup_s=15, locked=["wrapup_s"]),
        locked=["wrapup_s"], heartbeat_interval_s=1.5, heartbeat_timeout_s=10,
    )
    cfg = to_config(prov, base_policy=Policy(break_budget_s=1800))
    assert cfg.sip is not None and cfg.sip.transport is Transport.TLS and cfg.sip.password == "s3cret"
    assert cfg.policy.break_reasons == ("lunch",) and cfg.policy.wrapup_s == 15
    assert cfg.policy.break_budget_s == 1800  # not set by the server: the console's value stays
    assert cfg.policy.dispositions == Policy().dispositions
    assert cfg.locked == {"wrapup_s"}
    assert "s3cret" not in repr(cfg)  # a provisioned config in a log line does not leak the password
    assert to_config(prov.model_copy(update={"sip": None})).sip is None


def test_server_url_normalisation() -> None:
    assert normalize_server_url("localhost:8710/") == "http://localhost:8710"
    assert normalize_server_url("sync.example.kz") == "https://sync.example.kz"
    assert normalize_server_url("https://sync.example.kz/api/v1") == "https://sync.example.kz"


# -- API client error mapping -------------------------------------------------------------------

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, **kw: Any) -> ApiClient:
    return ApiClient("http://test", token="t0k", transport=httpx.MockTransport(handler), **kw)


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (httpx.Response(401, json={"detail": "expired"}), AuthError),
        (httpx.Response(500, text="boom"), TransientError),
        (httpx.Response(503, headers={"Retry-After": "7"}), TransientError),
        (httpx.Response(429, headers={"Retry-After": "3"}), TransientError),
        (httpx.Response(408), TransientError),
        (httpx.Response(200, text="<html>captive portal</html>"), TransientError),
        (httpx.Response(200, json={"accepted": "nope"}), TransientError),
        (httpx.Response(404, json={"detail": "no such route"}), RejectedError),
        (httpx.Response(422, json={"detail": {"errors": []}}), RejectedError),
    ],
)
def test_client_maps_answers_to_three_kinds_of_failure(answer: httpx.Response, error: type[Exception]) -> None:
    client = _client(lambda request: answer)
    with pytest.raises(error) as info:
        asyncio.run(client.provisioning())
    if answer.headers.get("retry-after"):
        assert isinstance(info.value, TransientError)
        assert info.value.retry_after_s == float(answer.headers["retry-after"])


def test_client_maps_network_failures_to_transient() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    for handler in (refuse, slow):
        with pytest.raises(TransientError):
            asyncio.run(_client(handler).me())


def test_client_sends_bearer_header_and_corrects_event_times(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        ids = [e["event_id"] for e in json.loads(request.content)["events"]]
        return httpx.Response(200, json={"accepted": ids, "duplicates": [], "server_ms": 1})

    j = Journal.open(tmp_path / "j.sqlite3")
    bulk_events(j, 3, start_ms=1_000_000)
    skew = ClockSkew()
    skew.add(0, 2, 1 + 120_000)  # laptop two minutes behind
    client = _client(handler, skew=skew)
    asyncio.run(client.post_events(j.pending()))
    assert seen[0].headers["authorization"] == "Bearer t0k"
    sent = json.loads(seen[0].content)["events"]
    assert [e["at_ms"] for e in sent] == [1_120_000, 1_120_001, 1_120_002]
    assert [e.at_ms for e in j.pending()] == [1_000_000, 1_000_001, 1_000_002]  # the journal keeps the facts


# -- outbox -------------------------------------------------------------------------------------


class ScriptedServer:
    """Stores events like the real one (dedupe by id) and can refuse on purpose."""

    def __init__(self) -> None:
        self.stored: list[str] = []
        self.batches: list[int] = []
        self.refuse: Callable[[list[dict[str, Any]]], httpx.Response | None] = lambda events: None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        events = json.loads(request.content)["events"]
        self.batches.append(len(events))
        refusal = self.refuse(events)
        if refusal is not None:
            return refusal
        accepted = [e["event_id"] for e in events if e["event_id"] not in self.stored]
        self.stored.extend(accepted)
        dup = [e["event_id"] for e in events if e["event_id"] not in accepted]
        return httpx.Response(200, json={"accepted": accepted, "duplicates": dup, "server_ms": 1})


def _outbox(tmp_path: Path, server: ScriptedServer, n: int, batch: int = 500) -> tuple[Outbox, Journal]:
    j = Journal.open(tmp_path / "j.sqlite3")
    bulk_events(j, n)
    return Outbox(j, _client(server), "alice", batch_size=batch), j


def test_outbox_drains_in_order_in_batches(tmp_path: Path) -> None:
    server = ScriptedServer()
    outbox, j = _outbox(tmp_path, server, 1234)
    assert asyncio.run(outbox.drain()) == 1234
    assert server.batches == [500, 500, 234]
    assert server.stored == [e.event_id for e in j.events()]
    assert j.outbox_count() == 0


def test_outbox_acks_duplicates_after_a_lost_answer(tmp_path: Path) -> None:
    server = ScriptedServer()
    outbox, j = _outbox(tmp_path, server, 10)
    server.stored.extend(e.event_id for e in j.pending(5))  # stored earlier, ack never arrived
    assert asyncio.run(outbox.drain()) == 10
    assert len(server.stored) == 10 and j.outbox_count() == 0


def test_outbox_keeps_everything_on_transient_failure(tmp_path: Path) -> None:
    outbox, j = _outbox(tmp_path, ScriptedServer(), 10)
    outbox.client = _client(lambda r: httpx.Response(502))
    with pytest.raises(TransientError):
        asyncio.run(outbox.drain())
    assert j.outbox_count() == 10


def test_outbox_partial_ack_is_not_taken_as_success(tmp_path: Path) -> None:
    def half(request: httpx.Request) -> httpx.Response:
        ids = [e["event_id"] for e in json.loads(request.content)["events"]]
        return httpx.Response(200, json={"accepted": ids[:3], "duplicates": [], "server_ms": 1})

    outbox, j = _outbox(tmp_path, ScriptedServer(), 10)
    outbox.client = _client(half)
    with pytest.raises(TransientError):
        asyncio.run(outbox.drain())
    assert j.outbox_count() == 7


def test_outbox_shrinks_batches_on_413(tmp_path: Path) -> None:
    server = ScriptedServer()
    server.refuse = lambda events: httpx.Response(413, json={"detail": "too big"}) if len(events) > 100 else None
    outbox, j = _outbox(tmp_path, server, 300)
    assert asyncio.run(outbox.drain()) == 300
    assert server.batches[:5] == [300, 150, 75, 75, 75] and j.outbox_count() == 0


def test_outbox_holds_events_a_422_names_and_sends_the_rest(tmp_path: Path) -> None:
    server = ScriptedServer()
    outbox, j = _outbox(tmp_path, server, 20)
    bad = j.pending(20)[7]

    def refuse(events: list[dict[str, Any]]) -> httpx.Response | None:
        if any(e["event_id"] == bad.event_id for e in events):
            return httpx.Response(422, json={"detail": {"message": "batch rejected", "errors": [
                {"index": 7, "event_id": bad.event_id, "kind": "status_changed",
                 "problems": [{"field": "status", "msg": "Input should be 'available'"}]}]}})
        return None

    server.refuse = refuse
    assert asyncio.run(outbox.drain()) == 19
    assert list(outbox.held) == [bad.event_id]
    assert "status" in outbox.held[bad.event_id].reason
    assert j.outbox_count() == 1  # kept, never dropped
    assert [e.event_id for e in j.pending()] == [bad.event_id]
    server.refuse = lambda events: None  # server fixed
    outbox.release_held()
    assert asyncio.run(outbox.drain()) == 1 and j.outbox_count() == 0


def test_outbox_parks_the_ids_a_409_names_and_never_resends_them_in_a_loop(tmp_path: Path) -> None:
    from agent_console.server.services.ingest import conflict_error

    server = ScriptedServer()
    outbox, j = _outbox(tmp_path, server, 10)
    reused = j.pending(10)[3]
    err = conflict_error([reused.event_id], "already stored with other content (or by another agent)")
    server.refuse = (lambda events: httpx.Response(409, json={"detail": err.detail})
                     if any(e["event_id"] == reused.event_id for e in events) else None)
    assert asyncio.run(outbox.drain()) == 9
    assert list(outbox.held) == [reused.event_id] and "409" not in outbox.held[reused.event_id].reason
    assert "other content" in outbox.held[reused.event_id].reason
    assert j.outbox_count() == 1
    sent = len(server.batches)
    assert asyncio.run(outbox.drain()) == 0 and len(server.batches) == sent  # parked: not offered again


def test_outbox_bisects_an_unexplained_refusal_down_to_one_event(tmp_path: Path) -> None:
    server = ScriptedServer()
    outbox, j = _outbox(tmp_path, server, 64, batch=64)
    poison = j.pending(64)[41].event_id
    server.refuse = (lambda events: httpx.Response(403, json={"detail": "nope"})
                     if any(e["event_id"] == poison for e in events) else None)
    assert asyncio.run(outbox.drain()) == 63
    assert list(outbox.held) == [poison] and outbox.held[poison].reason.startswith("403")
    assert j.outbox_count() == 1
    assert len(server.batches) < 30  # log2 steps, not one request per event


def test_outbox_only_sends_the_signed_in_agents_events(tmp_path: Path) -> None:
    server = ScriptedServer()
    outbox, j = _outbox(tmp_path, server, 5)
    bulk_events(j, 3, agent="bob")
    assert asyncio.run(outbox.drain()) == 5
    assert j.outbox_count() == 3 and j.outbox_count("bob") == 3


def test_outbox_finds_its_agents_events_behind_another_agents_backlog(tmp_path: Path) -> None:
    server = ScriptedServer()
    j = Journal.open(tmp_path / "j.sqlite3")
    bulk_events(j, 10, agent="bob")  # bob worked on this laptop earlier and never synced
    bulk_events(j, 5, agent="alice")
    outbox = Outbox(j, _client(server), "alice", batch_size=4)
    assert outbox.waiting() == 5
    assert asyncio.run(outbox.drain()) == 5
    assert j.outbox_count("bob") == 10 and outbox.waiting() == 0
