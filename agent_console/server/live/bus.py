"""How live messages travel from the transaction that caused them to every process's hub.

* :class:`LocalBus` (SQLite, one process): dispatch to the hub after commit.
* :class:`PgBus` (PostgreSQL): ``pg_notify`` *inside* the writing transaction — PostgreSQL
  delivers it to every listening process only if and when that transaction commits — and one
  ``LISTEN`` connection per process feeds its hub. After a lost listener connection the hub's
  subscribers are closed with 1012 so that they reconnect and get a fresh snapshot (NOTIFY is
  not replayed).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from agent_console.server.db import Database, after_commit
from agent_console.server.live.hub import CLOSE_RESYNC, Hub

log = logging.getLogger("agent_console.server.live")

CHANNEL = "agent_console_live"
MAX_NOTIFY_BYTES = 7900


_NOTIFY = text("SELECT pg_notify(:ch, :p)")


def pack(msgs: list[dict[str, Any]], limit: int) -> list[str]:
    """JSON arrays of ``msgs``, each at most ``limit`` bytes of UTF-8, order kept."""
    out: list[str] = []
    parts: list[str] = []
    size = 2
    for msg in msgs:
        part = json.dumps(msg, ensure_ascii=False, separators=(",", ":"))
        n = len(part.encode())
        if n + 2 > limit:
            raise ValueError("live message too large for NOTIFY")
        if parts and size + 1 + n > limit:
            out.append("[" + ",".join(parts) + "]")
            parts, size = [], 2
        size += n + (1 if parts else 0)
        parts.append(part)
    if parts:
        out.append("[" + ",".join(parts) + "]")
    return out


class Bus(Protocol):
    listening: bool
    """Live messages from other writers reach this process (``GET /ready`` reports it)."""

    def publish(self, session: Session, msgs: list[dict[str, Any]]) -> None: ...
    async def start(self) -> None: ...
    async def stop(self) -> None: ...


class LocalBus:
    listening = True

    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def publish(self, session: Session, msgs: list[dict[str, Any]]) -> None:
        if msgs:
            after_commit(session, lambda: self.hub.dispatch_threadsafe(msgs))

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None


class PgBus:
    def __init__(self, hub: Hub, db: Database) -> None:
        self.hub = hub
        url = make_url(db.url).set(drivername="postgresql")
        self.conninfo = url.render_as_string(hide_password=False)
        self._task: asyncio.Task[None] | None = None
        self.ready = asyncio.Event()
        self.listening = False

    def publish(self, session: Session, msgs: list[dict[str, Any]]) -> None:
        """Messages packed into as few notifications as fit (a JSON array each): one
        ``pg_notify`` per group commit rather than one per agent."""
        for payload in pack(msgs, MAX_NOTIFY_BYTES):
            session.execute(_NOTIFY, {"ch": CHANNEL, "p": payload})

    async def start(self) -> None:
        self.ready = asyncio.Event()
        self._task = asyncio.create_task(self._listen(), name="pg-listen")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.ready.wait(), 10)

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    async def _listen(self) -> None:
        import psycopg

        first = True
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    if not first:
                        self.hub.close_all(CLOSE_RESYNC)
                    first = False
                    self.listening = True
                    self.ready.set()
                    async for note in conn.notifies():
                        try:
                            self.hub.dispatch(json.loads(note.payload))
                        except Exception:
                            log.exception("bad live notification dropped")
            except asyncio.CancelledError:
                self.listening = False
                raise
            except Exception as exc:
                self.listening = False
                log.warning("live LISTEN connection lost (%s); reconnecting", type(exc).__name__)
                await asyncio.sleep(1.0)
