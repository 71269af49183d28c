"""Application factory: ``create_app(settings)`` -> FastAPI with routers, error handlers, the
live hub/bus, the liveness sweep and the revocation poll bound to its lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from agent_console.protocol import API_PREFIX, EventBatch
from agent_console.server import metrics as metrics_routes
from agent_console.server.context import ServerContext, build_context, wall_ms
from agent_console.server.db_health import DatabaseUnavailable
from agent_console.server.live.alert_feed import alert_feed_loop
from agent_console.server.live.hub import CLOSE_LOGGED_OUT
from agent_console.server.middleware import DATABASE_ERRORS, AuthFirst, BodyLimit
from agent_console.server.openapi_doc import document_errors
from agent_console.server.routers import admin, agent, auth, board, live, ops, supervisor
from agent_console.server.routers import diagnostics as diagnostics_routes
from agent_console.server.routers import wallboard as wallboard_routes
from agent_console.server.services import auth as auth_service
from agent_console.server.services import liveness
from agent_console.server.services.errors import ServiceError
from agent_console.server.settings import Settings

log = logging.getLogger("agent_console.server")
audit = logging.getLogger("agent_console.server.audit")


async def _liveness_loop(ctx: ServerContext) -> None:
    started = time.monotonic()
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(ctx.hub.wake.wait(), ctx.settings.liveness_sweep_s)
        ctx.hub.wake.clear()
        seen = ctx.hub.take_seen()
        mark_lost = time.monotonic() - started >= ctx.settings.heartbeat_timeout_s
        try:
            await run_in_threadpool(liveness.sweep, ctx, seen, mark_lost)
        except Exception as exc:
            if isinstance(exc, DATABASE_ERRORS):  # logged once per change by DatabaseHealth
                ctx.db.health.suspect()
            else:
                log.exception("liveness sweep failed; retrying")
            for uid, ms in seen.items():
                ctx.hub.seen.setdefault(uid, ms)
        now = ctx.clock()
        ctx.hub.close_where(lambda s, now=now: s.expires_ms <= now, CLOSE_LOGGED_OUT)


async def _revocation_loop(ctx: ServerContext) -> None:
    watch = auth_service.RevocationWatch(ctx)
    while True:
        await asyncio.sleep(ctx.settings.revocation_sweep_s)
        try:
            await run_in_threadpool(watch.poll)
        except DATABASE_ERRORS:
            ctx.db.health.suspect()
        except Exception:
            log.exception("revocation poll failed; retrying")


def create_app(settings: Settings | None = None, clock: Callable[[], int] = wall_ms) -> FastAPI:
    settings = settings or Settings()
    ctx = build_context(settings, clock)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ctx.hub.bind(asyncio.get_running_loop())
        ctx.bulk_slots = asyncio.Semaphore(settings.bulk_concurrency)
        ctx.bulk_in_flight = asyncio.Semaphore(max(settings.bulk_in_flight, settings.bulk_concurrency))
        await ctx.bus.start()
        ctx.db.health.start()
        loops = [asyncio.create_task(_liveness_loop(ctx), name="liveness"),
                 asyncio.create_task(_revocation_loop(ctx), name="revocations"),
                 asyncio.create_task(alert_feed_loop(ctx), name="alerts")]
        try:
            yield
        finally:
            for task in loops:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            ctx.hub.close_all(1001)
            await ctx.bus.stop()
            ctx.db.dispose()

    app = FastAPI(
        title="Agent Console server",
        version="1",
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.ctx = ctx
    for r in (auth.router, agent.router, board.router, admin.router, live.router, supervisor.router):
        app.include_router(r, prefix=API_PREFIX)
    wallboard_routes.install(app)
    app.include_router(ops.router, prefix=API_PREFIX)
    app.include_router(diagnostics_routes.router, prefix=API_PREFIX)
    app.include_router(metrics_routes.router)  # /metrics: Prometheus' default path, outside the API

    @app.get(f"{API_PREFIX}/health", tags=["ops"])
    async def health() -> dict[str, Any]:
        return {"status": "ok", "server_ms": ctx.clock()}

    @app.exception_handler(ServiceError)
    async def service_error(request: Request, exc: ServiceError) -> JSONResponse:
        if exc.status == 403:
            audit.warning("denied 403 %s %s: %s", request.method, request.url.path, exc.detail)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(OperationalError)
    @app.exception_handler(PoolTimeout)
    async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        # PostgreSQL down, restarting or out of connections. Consoles retry 5xx with backoff and
        # keep their events meanwhile, so say so instead of a bare 500.
        # A database that stopped answering is logged once per change by DatabaseHealth; other
        # failures (a refused connection, a cancelled statement) in one line, and probed at once.
        if not isinstance(exc, DatabaseUnavailable):
            reason = str(getattr(exc, "orig", None) or exc).strip()
            log.warning("database error (%s %s): %s", request.method, request.url.path,
                        reason.splitlines()[0] if reason else type(exc).__name__)
            ctx.db.health.suspect()
        return JSONResponse({"detail": "the server cannot reach its database; try again shortly"},
                            status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Same information as FastAPI's default minus the offending input (may hold a password).
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return JSONResponse({"detail": errors[:50]}, status_code=422)

    events_path = f"{API_PREFIX}/events"
    app.add_middleware(AuthFirst)  # type: ignore[arg-type]
    diagnostics_path = API_PREFIX + diagnostics_routes.UPLOAD_PATH
    app.add_middleware(BodyLimit, limit_for=lambda path: settings.max_body_bytes if path == events_path  # type: ignore[arg-type]
                       else settings.diagnostics_max_bytes if path == diagnostics_path
                       else settings.max_small_body_bytes)

    def openapi() -> dict[str, Any]:
        """FastAPI's schema plus ``EventBatch``, whose route reads the raw body (see routers.agent),
        and every route's error answers (``openapi_doc``)."""
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
            comps = schema.setdefault("components", {}).setdefault("schemas", {})
            batch = EventBatch.model_json_schema(ref_template="#/components/schemas/{model}")
            comps.update(batch.pop("$defs", {}))
            comps["EventBatch"] = batch
            document_errors(schema)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


