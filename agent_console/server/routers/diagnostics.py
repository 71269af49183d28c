"""``/diagnostics``: consoles upload a diagnostics zip ("Send to IT"); admins list and download."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from pydantic import BaseModel

from agent_console.server.deps import Ctx, CurrentUser
from agent_console.server.services import diagnostics_uploads as uploads

router = APIRouter(tags=["diagnostics"])
UPLOAD_PATH = "/diagnostics"


class UploadInfo(BaseModel):
    id: str
    user_id: int
    username: str
    at_ms: int
    size: int


@router.post(UPLOAD_PATH, response_model=UploadInfo, status_code=201)
async def upload(request: Request, ctx: Ctx, who: CurrentUser) -> Any:
    """The body is the zip itself (``application/zip``), at most ``diagnostics_max_bytes``;
    ``diagnostics_per_user_per_hour`` per user (429 above)."""
    data = await request.body()
    up = await run_in_threadpool(uploads.store, ctx.settings, who, data, ctx.clock())
    return UploadInfo(**up.__dict__)


@router.get(UPLOAD_PATH, response_model=list[UploadInfo])
async def list_uploads(ctx: Ctx, who: CurrentUser) -> Any:
    """Admins: every upload; anyone else: their own."""
    ups = await run_in_threadpool(uploads.list_uploads, ctx.settings, who)
    return [UploadInfo(**u.__dict__) for u in ups]


@router.get(UPLOAD_PATH + "/{upload_id}", response_class=FileResponse)
async def download(upload_id: str, ctx: Ctx, who: CurrentUser) -> Any:
    path = await run_in_threadpool(uploads.path_of, ctx.settings, who, upload_id)
    return FileResponse(path, media_type="application/zip", filename=f"diagnostics-{upload_id}.zip")
