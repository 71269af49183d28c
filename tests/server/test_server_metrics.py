"""Prometheus metrics at /metrics: what they count, and that no label or value names a user or
carries a password or a token."""

from __future__ import annotations

import contextlib
import re

from sqlalchemy import text

from .kit import PASSWORD, Api, recv, recv_until, status

LIVE = "/api/v1/live"


def scrape(api: Api) -> str:
    r = api.client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    return r.text


def value(body: str, name: str, labels: str = "") -> float:
    m = re.search(rf"^{re.escape(name)}{re.escape(labels)} (\S+)$", body, re.M)
    assert m, f"{name}{labels} not in metrics"
    return float(m.group(1))


def test_metrics_count_without_naming_anyone(lite: Api) -> None:
    h = lite.setup_center()
    before = scrape(lite)
    assert value(before, "agent_console_events_ingested_total") == 0
    assert value(before, "agent_console_live_sockets", '{role="supervisor"}') == 0

    with lite.client.websocket_connect(LIVE, headers=h["sue"]) as ws:
        recv(ws)  # the board's snapshot
        r = lite.post_events(h["ann"], status("ann", "available"), status("ann", "offline", "available"))
        assert r.status_code == 200, r.text
        recv_until(ws, lambda m: m.get("type") == "agent" and m["agent"]["username"] == "ann")
        during = scrape(lite)
        assert value(during, "agent_console_live_sockets", '{role="supervisor"}') == 1
    assert value(during, "agent_console_events_ingested_total") == 2
    assert value(during, "agent_console_ingest_batches_total") == 1
    assert value(during, "agent_console_feed_fanout_seconds_count") >= 1

    bad = lite.client.post("/api/v1/auth/login", json={"username": "ann", "password": "wrong-" + PASSWORD})
    assert bad.status_code == 401
    body = scrape(lite)
    assert value(body, "agent_console_login_failures_total", '{reason="bad_credentials"}') == 1
    tokens = [h[name]["Authorization"].split()[1] for name in h]
    for secret in ("ann", "bob", "sue", "ada", PASSWORD, *tokens):
        assert secret not in body, secret


def test_database_errors_are_counted(lite: Api) -> None:
    before = value(scrape(lite), "agent_console_database_errors_total")
    with lite.ctx.db.read() as s, contextlib.suppress(Exception):
        s.execute(text("SELECT * FROM no_such_table"))
    assert value(scrape(lite), "agent_console_database_errors_total") == before + 1
