"""Everything a request needs, built once per app by :func:`build_context`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo

from agent_console.server.db import Database
from agent_console.server.live.bus import Bus, LocalBus, PgBus
from agent_console.server.live.hub import Hub
from agent_console.server.metrics import ServerMetrics
from agent_console.server.security import LoginLimiter, Passwords, PrincipalCache
from agent_console.server.settings import Settings

T = TypeVar("T")


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class ServerContext:
    settings: Settings
    db: Database
    passwords: Passwords
    limiter: LoginLimiter
    hub: Hub
    bus: Bus
    principals: PrincipalCache
    clock: Callable[[], int] = field(default=wall_ms)
    """Server wall clock in epoch ms (injectable for tests)."""
    bulk_slots: asyncio.Semaphore | None = None
    """Created in the app's event loop (lifespan): see ``Settings.bulk_concurrency``."""
    bulk_in_flight: asyncio.Semaphore | None = None
    """Likewise: see ``Settings.bulk_in_flight``."""
    metrics: ServerMetrics = field(default_factory=ServerMetrics)
    _shared: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def shared(self, key: str, factory: Callable[[ServerContext], T]) -> T:
        """The one object under ``key`` for this context (that is, per server process), made by
        ``factory(self)`` on first use: runtime state that services create lazily (the alert
        engine's caches, the wallboards' feed), not built with the context."""
        if key not in self._shared:
            self._shared[key] = factory(self)
        return cast(T, self._shared[key])

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.settings.report_timezone)


def passwords_for(settings: Settings) -> Passwords:
    return Passwords(settings.argon2_time_cost, settings.argon2_memory_kib, settings.argon2_parallelism)


def build_context(settings: Settings, clock: Callable[[], int] = wall_ms) -> ServerContext:
    db = Database(settings.database_url, settings.db_pool_size, connect_timeout_s=settings.db_connect_timeout_s,
                  pool_timeout_s=settings.db_pool_timeout_s, statement_timeout_s=settings.db_statement_timeout_s,
                  probe_s=settings.db_probe_s, probe_timeout_s=settings.db_probe_timeout_s)
    hub = Hub(settings.live_queue_max)
    bus: Bus = LocalBus(hub) if db.sqlite else PgBus(hub, db)
    limiter = LoginLimiter(
        settings.login_window_s,
        settings.login_max_per_pair,
        settings.login_max_per_address,
        settings.login_max_per_user,
    )
    principals = PrincipalCache(settings.auth_cache_s)
    hub.listeners.append(principals.on_live)
    metrics = ServerMetrics()
    metrics.watch_hub(hub)
    for engine in {id(e): e for e in (db.writer, db.reader, db.committing)}.values():
        metrics.watch_engine(engine)
    return ServerContext(settings, db, passwords_for(settings), limiter, hub, bus, principals, clock, metrics=metrics)
