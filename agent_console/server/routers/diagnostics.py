"""``/diagnostics``: consoles upload a diagnostics zip ("Send to IT"); admins list and download;
an agent answers a supervisor's request for one (``/diagnostics/requests/{id}/answer``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse

from agent_console.protocol import Command, CommandAnswer
from agent_console.protocol import DiagnosticsUploadInfo as UploadInfo
from agent_console.server.deps import Ctx, CurrentUser
from agent_console.server.services import commands
from agent_console.server.services import diagnostics_uploads as uploads
from agent_console.server.services.errors import ServiceError

router = APIRouter(tags=["diagnostics"])
UPLOAD_PATH = "/diagnostics"


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


@router.post(UPLOAD_PATH + "/requests/{command_id}/answer", response_model=Command)
def answer_request(command_id: str, body: CommandAnswer, ctx: Ctx, who: CurrentUser) -> Command:
    """The agent's answer to a supervisor's diagnostics request addressed to them: ``declined``,
    or ``accepted`` with the id of the upload just made. Audited; the supervisor sees it in the
    agent's day."""

    def own_upload(upload_id: str) -> bool:
        try:
            path = uploads.path_of(ctx.settings, who, upload_id)
        except ServiceError:
            return False
        return path.parent.name == str(who.id)

    return commands.answer(ctx, who, command_id, body, own_upload)
