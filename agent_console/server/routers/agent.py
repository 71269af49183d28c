"""Routes an agent's console uses: provisioning and event upload."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from agent_console.protocol import BatchAck, EventBatch, Provisioning
from agent_console.server.context import ServerContext
from agent_console.server.deps import Ctx, CurrentUser
from agent_console.server.services import ingest, provisioning

router = APIRouter(tags=["console"])


@router.get("/me/provisioning", response_model=Provisioning)
def get_provisioning(who: CurrentUser, ctx: Ctx) -> Provisioning:
    with ctx.db.read() as s:
        return provisioning.provisioning(s, who, ctx.settings)


@router.post("/events", response_model=BatchAck)
async def post_events(batch: EventBatch, who: CurrentUser, ctx: Ctx) -> BatchAck:
    """Idempotent batch upload: every id comes back as accepted or duplicate (both = stored).
    Any invalid event rejects the whole batch (422, nothing stored); another agent's events 403."""
    # Async route. A small batch (a console's live events) is validated right here and stored at
    # once. Big ones (outbox drains) first take one of ``bulk_concurrency`` slots, waiting in the
    # event loop: at most that many threads do CPU-heavy work at a time, so the GIL and the
    # writer stay available to live events. SQLite stores through the group committer (awaited
    # without holding a thread), PostgreSQL in a worker thread with its own transaction.
    if len(batch.events) <= ingest.URGENT_BATCH or ctx.bulk_slots is None:
        return await _store(ctx, ingest.prepare(ctx, who, batch.events))
    async with ctx.bulk_slots:
        prepared = await run_in_threadpool(ingest.prepare, ctx, who, batch.events)
        return await _store(ctx, prepared)


async def _store(ctx: ServerContext, prepared: ingest.Prepared) -> BatchAck:
    if ctx.db.committer is not None:
        return await asyncio.wrap_future(ingest.submit(ctx, prepared))
    return await run_in_threadpool(ingest.store_now, ctx, prepared)
