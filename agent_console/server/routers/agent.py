"""Routes an agent's console uses: provisioning and event upload."""

from __future__ import annotations

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
    # Async route + one explicit thread hop: FastAPI would otherwise hop threads for the
    # dependencies and the response too, and each hop can wait a GIL switch interval.
    return await run_in_threadpool(ingest.ingest, ctx, who, batch.events)
