"""Routes an agent's console uses: provisioning and event upload."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from agent_console.protocol import BatchAck, EventEnvelope, Provisioning
from agent_console.server.context import ServerContext
from agent_console.server.deps import Ctx, CurrentUser
from agent_console.server.services import console_versions, ingest, provisioning
from agent_console.server.services.event_body import parse_batch
from agent_console.server.services.users import Principal

router = APIRouter(tags=["console"])


@router.get("/me/provisioning", response_model=Provisioning)
def get_provisioning(who: CurrentUser, ctx: Ctx, request: Request) -> Provisioning:
    """Also notes the console version from ``User-Agent`` (written only when it changed)."""
    version = console_versions.reported(request.headers.get("user-agent"))
    with ctx.db.read() as s:
        prov = provisioning.provisioning(s, who, ctx.settings)
        changed = version is not None and console_versions.stored(s, who.id) != version
    if changed and version is not None:
        with ctx.db.write() as s:
            console_versions.record(s, ctx, who.id, version)
    return prov


SMALL_BODY = 16 * 1024
"""Bodies up to this size are parsed on the event loop (about 50 events); bigger ones in a
worker thread."""

EVENTS_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventBatch"}}},
    }
}


def _parse_and_prepare(ctx: ServerContext, who: Principal, body: bytes) -> ingest.Prepared:
    return ingest.prepare(ctx, who, parse_batch(body))


@router.post("/events", response_model=BatchAck, openapi_extra=EVENTS_BODY)
async def post_events(request: Request, who: CurrentUser, ctx: Ctx) -> BatchAck:
    """Idempotent upload of an ``EventBatch``: every id comes back as accepted or duplicate (both =
    stored). Any invalid event rejects the whole batch (422, nothing stored); another agent's
    events 403; more than MAX_BATCH events or a body over the limit 413.

    The body is read only after the token was checked (see ``app.AuthFirst``), is counted before
    any model is built and validated with bounded memory (``services.event_body``).

    A small body (a console's live events) is parsed, validated and stored at once, overtaking
    outbox drains in the group committer. A big one (a drain) is admitted as one of
    ``bulk_in_flight`` batches, then parsed and validated in a worker thread as one of
    ``bulk_concurrency``, waiting for each in the event loop without holding a thread: the CPU
    stage is kept narrow so that neither the loop nor the GIL is monopolised by drains while a
    supervisor waits for a status change, and the storing stage deeper so that the committer
    can group several drains into one transaction.
    """
    body = await request.body()
    work: Callable[[], ingest.Prepared]
    if len(body) <= SMALL_BODY:
        events: list[EventEnvelope] = parse_batch(body)
        if len(events) <= ingest.URGENT_BATCH or ctx.bulk_slots is None:
            return await _store(ctx, ingest.prepare(ctx, who, events))
        work = partial(ingest.prepare, ctx, who, events)
    else:
        work = partial(_parse_and_prepare, ctx, who, body)
    if ctx.bulk_slots is None or ctx.bulk_in_flight is None:
        return await _store(ctx, await run_in_threadpool(work))
    async with ctx.bulk_in_flight:
        async with ctx.bulk_slots:
            prepared = await run_in_threadpool(work)
        return await _store(ctx, prepared)


async def _store(ctx: ServerContext, prepared: ingest.Prepared) -> BatchAck:
    return await asyncio.wrap_future(ingest.submit(ctx, prepared))
