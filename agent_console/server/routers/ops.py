"""Probes for load balancers and orchestrators: ``/ready`` (may this process take traffic?).

``/health`` (in ``app``) stays a pure liveness probe: it answers while the process runs, even
when the database does not, so that an orchestrator does not restart a server for a database
outage. ``/ready`` answers 503 while any of its checks fails, so that a load balancer sends
traffic elsewhere.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from agent_console.server.context import ServerContext
from agent_console.server.db import SCHEMA_HEAD, current_revision
from agent_console.server.deps import Ctx

router = APIRouter(tags=["ops"])

READY_TIMEOUT_S = 2.0


class Readiness(BaseModel):
    ready: bool
    checks: dict[str, str]
    """check name -> "ok" or why not: ``database``, ``migrations``, ``live_bus``."""


def _schema(ctx: ServerContext) -> str:
    ctx.db.health.check()
    current = current_revision(ctx.db.reader)
    return "ok" if current == SCHEMA_HEAD else f"schema at {current}, code expects {SCHEMA_HEAD}: run migrate"


@router.get("/ready", response_model=Readiness,
            responses={503: {"model": Readiness, "description": "Not ready: see the failed checks"}})
async def ready(ctx: Ctx) -> Any:
    """Ready for traffic: the database answers (within 2 s), its schema is current and the live
    bus listens. 503 with the same body otherwise."""
    checks: dict[str, str] = {}
    try:
        schema = await asyncio.wait_for(run_in_threadpool(_schema, ctx), READY_TIMEOUT_S)
        checks["database"] = "ok"
        checks["migrations"] = schema
    except Exception as exc:
        reason = "no answer" if isinstance(exc, TimeoutError) else (str(exc).strip().splitlines() or ["error"])[0]
        checks["database"] = f"unreachable: {reason[:200]}"
        checks["migrations"] = "unknown"
    checks["live_bus"] = "ok" if ctx.bus.listening else "not listening"
    ok = all(v == "ok" for v in checks.values())
    body = Readiness(ready=ok, checks=checks)
    return body if ok else JSONResponse(body.model_dump(), status_code=503, headers={"Retry-After": "2"})
