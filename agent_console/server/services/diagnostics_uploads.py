"""Diagnostics zips consoles send to IT ("Send to IT"): stored as files, not in the database.

``<diagnostics_dir>/<user id>/<upload id>.zip``; the upload id is ``<epoch ms>-<random hex>`` so
the listing sorts by time and nobody can guess another upload's id. The per-user rate limit counts
that user's files of the last hour, so it holds across server processes sharing the directory.
Only a zip (its magic bytes) up to ``diagnostics_max_bytes`` is accepted. Admins list and read
every upload; anyone else only their own (another user's upload answers 404, as a missing one).
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from agent_console.server.services.errors import ServiceError, not_found
from agent_console.server.services.users import Principal
from agent_console.server.settings import Settings

RATE_WINDOW_MS = 3600 * 1000
_ID = re.compile(r"^(\d{13})-([0-9a-f]{16})$")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


@dataclass(frozen=True)
class Upload:
    id: str
    user_id: int
    username: str
    at_ms: int
    size: int


def root(settings: Settings) -> Path:
    if settings.diagnostics_dir:
        return Path(settings.diagnostics_dir)
    return Path(user_data_dir("agent-console-server", appauthor=False)) / "diagnostics"


def _user_dir(settings: Settings, user_id: int) -> Path:
    return root(settings) / str(user_id)


def _uploads_of(settings: Settings, user_id: int) -> list[Path]:
    folder = _user_dir(settings, user_id)
    return sorted(p for p in folder.glob("*.zip") if _ID.match(p.stem)) if folder.is_dir() else []


def _describe(path: Path) -> Upload:
    user_id = int(path.parent.name)
    name_file = path.with_suffix(".user")
    username = name_file.read_text(encoding="utf-8") if name_file.is_file() else ""
    return Upload(path.stem, user_id, username, int(path.stem.split("-", 1)[0]), path.stat().st_size)


def store(settings: Settings, who: Principal, data: bytes, now_ms: int) -> Upload:
    if len(data) > settings.diagnostics_max_bytes:
        raise ServiceError(413, "diagnostics file too large")
    if not data.startswith(ZIP_MAGIC):
        raise ServiceError(415, "a diagnostics upload must be a zip file")
    recent = [p for p in _uploads_of(settings, who.id) if now_ms - int(p.stem.split("-", 1)[0]) < RATE_WINDOW_MS]
    if len(recent) >= settings.diagnostics_per_user_per_hour:
        raise ServiceError(429, "too many diagnostics uploads: try again later", {"Retry-After": "600"})
    folder = _user_dir(settings, who.id)
    folder.mkdir(parents=True, exist_ok=True)
    upload_id = f"{now_ms:013d}-{secrets.token_hex(8)}"
    final = folder / f"{upload_id}.zip"
    tmp = folder / f".{upload_id}.part"
    tmp.write_bytes(data)
    final.with_suffix(".user").write_text(who.username, encoding="utf-8")
    os.replace(tmp, final)
    return _describe(final)


def list_uploads(settings: Settings, who: Principal) -> list[Upload]:
    """Newest first: every user's for an admin, the caller's own otherwise."""
    base = root(settings)
    if who.role == "admin":
        folders = [p for p in base.iterdir() if p.is_dir() and p.name.isdigit()] if base.is_dir() else []
        paths = [z for f in folders for z in _uploads_of(settings, int(f.name))]
    else:
        paths = _uploads_of(settings, who.id)
    return sorted((_describe(p) for p in paths), key=lambda u: u.at_ms, reverse=True)


def path_of(settings: Settings, who: Principal, upload_id: str) -> Path:
    """The stored zip, for an admin or its owner; 404 for anyone else and for unknown ids."""
    if not _ID.match(upload_id):
        raise not_found("diagnostics upload")
    base = root(settings)
    candidates = [base / d.name / f"{upload_id}.zip" for d in base.iterdir() if d.is_dir()] if base.is_dir() else []
    for path in candidates:
        if path.is_file() and (who.role == "admin" or path.parent.name == str(who.id)):
            return path
    raise not_found("diagnostics upload")
