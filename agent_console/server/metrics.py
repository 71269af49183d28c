"""Prometheus metrics at ``GET /metrics`` (prometheus-client's text format).

What an operator of the server watches: events and batches ingested, live sockets per role, how
long fanning one live message out takes, database errors and refused sign-ins. No metric or label
carries a user name, a number dialled or a token: labels are only a role or a fixed reason code.

Each app has its own registry (tests build several apps in one process). With several server
processes behind nginx, Prometheus scrapes each process on its own port (docs/server.md).
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import Engine, event

if TYPE_CHECKING:
    from agent_console.server.live.hub import Hub

ROLES = ("agent", "supervisor", "admin")
FANOUT_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25)


class _LiveSockets(Collector):
    """Read at scrape time from the hub, so the number can never drift from the truth."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily("agent_console_live_sockets", "Open live WebSocket connections", labels=["role"])
        counts = Tally(sub.role for sub in list(self.hub.subscribers))
        for role in sorted(set(ROLES) | set(counts)):
            family.add_metric([role], counts.get(role, 0))
        yield family


class ServerMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.events_ingested = Counter("agent_console_events_ingested", "Console events stored", registry=r)
        self.batches_ingested = Counter("agent_console_ingest_batches", "Event batches stored", registry=r)
        self.fanout_seconds = Histogram("agent_console_feed_fanout_seconds",
                                        "Time to hand one live message to every subscriber that sees it",
                                        buckets=FANOUT_BUCKETS, registry=r)
        self.database_errors = Counter("agent_console_database_errors",
                                       "Database operations that raised a driver error", registry=r)
        self.login_failures = Counter("agent_console_login_failures", "Refused sign-ins",
                                      ["reason"], registry=r)
        for reason in ("bad_credentials", "throttled"):
            self.login_failures.labels(reason)  # present at 0 from the start

    def watch_hub(self, hub: Hub) -> None:
        self.registry.register(_LiveSockets(hub))
        hub.fanout_observer = self.fanout_seconds.observe

    def watch_engine(self, engine: Engine) -> None:
        event.listen(engine, "handle_error", self._on_db_error)

    def _on_db_error(self, _context: Any) -> None:
        self.database_errors.inc()

    def ingested(self, events: int) -> None:
        self.events_ingested.inc(events)
        self.batches_ingested.inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)


router = APIRouter(tags=["ops"])


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    """Prometheus text format; unauthenticated like ``/health``: expose it only on the internal
    network (nginx does not proxy it, see docs/server.md)."""
    ctx = request.app.state.ctx
    return Response(ctx.metrics.render(), media_type=CONTENT_TYPE_LATEST)
