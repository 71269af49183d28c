"""Routes an agent's console uses: provisioning and event upload."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from agent_console.protocol import BatchAck, EventBatch, Provisioning
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
    # Async route: validation of a small batch happens right here, a big one in a worker
    # thread; SQLite stores through the group committer (awaited without holding a thread),
    # PostgreSQL in a worker thread with its own transaction.
    small = len(batch.events) <= ingest.URGENT_BATCH
    if small:
        prepared = ingest.prepare(ctx, who, batch.events)
    else:
        prepared = await run_in_threadpool(ingest.prepare, ctx, who, batch.events)
    if ctx.db.committer is not None:
        return await asyncio.wrap_future(ingest.submit(ctx, prepared))
    if small or ctx.bulk_slots is None:
        return await run_in_threadpool(ingest.store_now, ctx, prepared)
    async with ctx.bulk_slots:  # outbox drains queue here, not in worker threads
        return await run_in_threadpool(ingest.store_now, ctx, prepared)
