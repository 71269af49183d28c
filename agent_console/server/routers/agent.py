"""Routes an agent's console uses: provisioning and event upload."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from agent_console.protocol import BatchAck, EventBatch, Provisioning
from agent_console.server.context import ServerContext
from agent_console.server.deps import Ctx, CurrentUser
from agent_console.server.services import ingest, provisioning
from agent_console.server.services.errors import ServiceError
from agent_console.server.services.users import Principal

router = APIRouter(tags=["console"])


@router.get("/me/provisioning", response_model=Provisioning)
def get_provisioning(who: CurrentUser, ctx: Ctx) -> Provisioning:
    with ctx.db.read() as s:
        return provisioning.provisioning(s, who, ctx.settings)


SMALL_BODY = 32 * 1024
"""Bodies up to this size are parsed on the event loop; bigger ones in a worker thread."""

EVENTS_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventBatch"}}},
    }
}


def _parse(body: bytes) -> EventBatch:
    try:
        return EventBatch.model_validate_json(body)
    except ValidationError as exc:
        errors = [
            {"loc": ["body", *e["loc"]], "msg": e["msg"], "type": e["type"]}
            for e in exc.errors(include_url=False, include_input=False)
        ]
        raise ServiceError(422, errors[:50]) from None


def _parse_and_prepare(ctx: ServerContext, who: Principal, body: bytes) -> ingest.Prepared:
    return ingest.prepare(ctx, who, _parse(body).events)


@router.post("/events", response_model=BatchAck, openapi_extra=EVENTS_BODY)
async def post_events(request: Request, who: CurrentUser, ctx: Ctx) -> BatchAck:
    """Idempotent upload of an ``EventBatch``: every id comes back as accepted or duplicate (both =
    stored). Any invalid event rejects the whole batch (422, nothing stored); another agent's
    events 403; more than MAX_BATCH events 413.

    A small body (a console's live events) is parsed, validated and stored at once. A big one (an
    outbox drain) first takes one of ``bulk_concurrency`` slots, waiting in the event loop, and is
    parsed and validated in a worker thread: neither the loop nor the GIL is monopolised by
    thirty drains while a supervisor waits for a status change. SQLite stores through the group
    committer (awaited without holding a thread), PostgreSQL in a worker thread.
    """
    body = await request.body()
    if len(body) <= SMALL_BODY:
        batch = _parse(body)
        if len(batch.events) <= ingest.URGENT_BATCH or ctx.bulk_slots is None:
            return await _store(ctx, ingest.prepare(ctx, who, batch.events))
    if ctx.bulk_slots is None:
        return await _store(ctx, await run_in_threadpool(_parse_and_prepare, ctx, who, body))
    async with ctx.bulk_slots:
        prepared = await run_in_threadpool(_parse_and_prepare, ctx, who, body)
        return await _store(ctx, prepared)


async def _store(ctx: ServerContext, prepared: ingest.Prepared) -> BatchAck:
    if ctx.db.committer is not None:
        return await asyncio.wrap_future(ingest.submit(ctx, prepared))
    return await run_in_threadpool(ingest.store_now, ctx, prepared)
