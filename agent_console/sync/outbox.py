"""Draining the journal's outbox to ``POST /events``: at least once, in order, never dropped.

Delivery rules (docs/sync.md):

- Batches of at most ``MAX_BATCH`` events, oldest first, one batch in flight: the server receives
  a device's events in journal order.
- An event leaves the outbox only when the server listed its id as ``accepted`` or ``duplicate``.
  A lost answer (network cut mid-batch, console killed) means the batch is sent again and the
  server's unique event id turns the repeat into ``duplicates`` — harmless.
- Transient failures (network, timeouts, 5xx, 408/429, garbage answers) propagate to the caller,
  which waits with backoff + jitter; nothing is lost by giving up a try.
- A request the server *refuses* (other 4xx) is never retried blindly and never dropped: 413
  shrinks the batch; a 422 naming the bad events *holds* exactly those; any other refusal is
  bisected down to the single event responsible, which is held. Held events stay in the outbox,
  are shown to the agent, and are offered again after the next sign-in or provisioning refresh
  (e.g. once the server was updated); the rest of the outbox keeps flowing past them.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from agent_console.journal import Journal, JournalError
from agent_console.protocol import MAX_BATCH, EventEnvelope
from agent_console.sync.client import ApiClient, RejectedError, TransientError

log = logging.getLogger(__name__)

OTHERS_REFRESH_S = 30.0
READ_AHEAD = 8
"""Batches read from the journal at once (4,000 events: ~0.3 s of work, a few MB)."""

_YIELDS_TO_SEND = 8
"""Event-loop turns granted to httpx to write a request before the next batch is read (measured:
enough for a 500-event body on loopback; fewer only costs overlap, never correctness)."""


@dataclass(frozen=True)
class HeldEvent:
    event_id: str
    seq: int
    kind: str
    reason: str


class Outbox:
    def __init__(self, journal: Journal, client: ApiClient, agent: str, *, batch_size: int = MAX_BATCH) -> None:
        self.journal = journal
        self.client = client
        self.agent = agent
        self.max_batch = max(1, min(batch_size, MAX_BATCH))
        self._size = self.max_batch
        """Current batch size: halved to bisect a refused batch, doubled back after successes."""
        self._limit = self.max_batch
        """Largest batch the server took (a 413 lowers it for the rest of the run)."""
        self.held: dict[str, HeldEvent] = {}
        self.sent_total = 0
        self._ahead: list[EventEnvelope] = []
        self._others: int | None = None
        self._others_at = 0.0

    def waiting(self) -> int:
        """This agent's events in the outbox. The journal's per-agent count joins every outbox row
        (~20 ms at 100k waiting, against ~0.1 ms for the plain count, and this runs per batch), so it
        is computed as "all minus the other agents'", and
        the others' count (it changes only when another agent works on this laptop) is refreshed
        at most every ``OTHERS_REFRESH_S``."""
        now = time.monotonic()
        if self._others is None or now - self._others_at > OTHERS_REFRESH_S:
            self._others = self.journal.outbox_count() - self.journal.outbox_count(self.agent)
            self._others_at = now
        return max(0, self.journal.outbox_count() - self._others)

    def release_held(self) -> int:
        """Offer held events again (after a new sign-in or a server update)."""
        n = len(self.held)
        self.held.clear()
        self._size = self._limit
        return n

    async def drain(self, max_batches: int | None = None) -> int:
        """Send until nothing sendable is left; returns how many events were acknowledged.
        Raises :class:`TransientError` / :class:`AuthError` for the caller's retry policy.

        One batch is in flight at a time (the server receives them in journal order). The outbox
        is read ahead in chunks of ``READ_AHEAD`` batches, refilled while the server is storing the
        current batch, so the laptop's work and the server's overlap instead of adding up."""
        done = 0
        batches = 0
        self._ahead = []
        batch = self._take([])
        while batch and (max_batches is None or batches < max_batches):
            batches += 1
            request = asyncio.ensure_future(self.client.post_events(batch))
            try:
                for _ in range(_YIELDS_TO_SEND):  # let the request reach the socket first
                    await asyncio.sleep(0)
                following = self._take(batch)
                ack = await request
            except RejectedError as exc:
                self._refused(batch, exc)
                self._ahead = []
                batch = self._take([])
                continue
            finally:
                if not request.done():
                    request.cancel()
            ids = {e.event_id for e in batch}
            acked = [i for i in (*ack.accepted, *ack.duplicates) if i in ids]
            try:
                self.journal.ack(acked)
            except JournalError as exc:  # the server has them; the next try dedupes
                raise TransientError(f"could not record the acknowledgement locally: {exc}") from exc
            done += len(acked)
            self.sent_total += len(acked)
            if len(acked) < len(ids):
                raise TransientError(f"server acknowledged {len(acked)} of {len(ids)} events")
            if self._size < self._limit:
                self._size = min(self._limit, self._size * 2)
            batch = following
        return done

    def _take(self, in_flight: list[EventEnvelope]) -> list[EventEnvelope]:
        """Next batch from the read-ahead buffer, refilled from the outbox when it runs low. Rows
        in the buffer stay valid: only this drain acknowledges events, and new ones come after."""
        if len(self._ahead) < self._size:
            exclude = {e.event_id for e in in_flight} | {e.event_id for e in self._ahead}
            self._ahead += self._read(self._size * READ_AHEAD, exclude)
        batch, self._ahead = self._ahead[: self._size], self._ahead[self._size:]
        return batch

    def _read(self, n: int, exclude: set[str]) -> list[EventEnvelope]:
        """Up to ``n`` of this agent's oldest outbox events, minus held and ``exclude``d ones."""
        want = n + len(self.held) + len(exclude)
        try:
            mine = self.journal.pending(want, agent=self.agent)
        except sqlite3.Error as exc:
            raise TransientError(f"could not read the local outbox: {exc}") from exc
        return [e for e in mine if e.event_id not in self.held and e.event_id not in exclude][:n]

    def _refused(self, batch: list[EventEnvelope], exc: RejectedError) -> None:
        if exc.status == 413 and len(batch) > 1:
            self._limit = self._size = max(1, len(batch) // 2)
            log.warning("server refused a batch of %d as too large: trying %d", len(batch), self._size)
            return
        named = _named_bad_events(exc.detail)
        if named:
            for env in batch:
                if env.event_id in named:
                    self._hold(env, named[env.event_id] or str(exc))
            if any(e.event_id in self.held for e in batch):
                return
        if len(batch) > 1:
            self._size = max(1, len(batch) // 2)  # bisect to find the event the server objects to
            return
        self._hold(batch[0], _reason(exc))

    def _hold(self, env: EventEnvelope, reason: str) -> None:
        log.error("server refused event seq=%d kind=%s id=%s: %s (kept in the outbox)",
                  env.seq, env.kind.value, env.event_id, reason)
        self.held[env.event_id] = HeldEvent(env.event_id, env.seq, env.kind.value, reason)


def _reason(exc: RejectedError) -> str:
    detail = exc.detail
    if isinstance(detail, dict):
        detail = detail.get("message", detail)
    return f"{exc.status}: {detail}"[:300]


def _named_bad_events(detail: Any) -> dict[str, str]:
    """Event ids the server's 422 names (``{"errors": [{"event_id", "problems"}...]}``)."""
    if not isinstance(detail, dict) or not isinstance(detail.get("errors"), list):
        return {}
    named: dict[str, str] = {}
    for err in detail["errors"]:
        if isinstance(err, dict) and isinstance(err.get("event_id"), str):
            problems = err.get("problems") or []
            named[err["event_id"]] = "; ".join(
                p if isinstance(p, str) else f"{p.get('field', '?')}: {p.get('msg', '')}" for p in problems
                if isinstance(p, str | dict))[:300]
    return named
