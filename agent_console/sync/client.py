"""Typed async HTTP client for the central server's REST API (``/api/v1``).

Every answer is parsed into the shared :mod:`agent_console.protocol` models, and every failure is
turned into one of three exceptions the callers can act on without looking at HTTP details:

- :class:`AuthError` — 401: the token expired or was revoked; ask the agent to sign in again;
- :class:`TransientError` — the network, a timeout, 5xx, 408, 429 or an unparseable answer:
  retry later with backoff (``retry_after_s`` from the server when it gave one);
- :class:`RejectedError` — any other 4xx: retrying the same request cannot help; keep the data
  and tell the agent.

Each exchange that carries the server's clock also feeds :class:`~.clock_skew.ClockSkew`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from agent_console import __version__
from agent_console.diagnostics.redact import remember_secret
from agent_console.protocol import (
    API_PREFIX,
    BatchAck,
    Command,
    CommandAnswer,
    DiagnosticsUploadInfo,
    EventBatch,
    EventEnvelope,
    LoginRequest,
    Me,
    Provisioning,
    TokenResponse,
)
from agent_console.sync.clock_skew import ClockSkew

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

RETRYABLE_4XX = frozenset({408, 425, 429})


class SyncError(Exception):
    """Base class; ``str(exc)`` is short and safe to show (never contains a secret)."""


class AuthError(SyncError):
    """401: sign in again (the outbox is kept)."""


class TransientError(SyncError):
    def __init__(self, message: str, *, status: int | None = None, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after_s = retry_after_s


class RejectedError(SyncError):
    """The server refused the request itself (4xx other than 401/408/425/429)."""

    def __init__(self, message: str, *, status: int, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.detail = detail


def _now_ms() -> float:
    return time.time_ns() / 1e6


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _detail(resp: httpx.Response) -> Any:
    try:
        body = resp.json()
    except ValueError:
        return resp.text[:200]
    return body.get("detail", body) if isinstance(body, dict) else body


def normalize_server_url(url: str) -> str:
    """``host:8080`` -> ``http://host:8080``; strips a trailing slash and an ``/api/v1`` suffix."""
    url = url.strip().rstrip("/")
    if url.endswith(API_PREFIX):
        url = url[: -len(API_PREFIX)]
    if "://" not in url:
        url = "http://" + url if url.split(":")[0] in ("localhost", "127.0.0.1") else "https://" + url
    return url


class ApiClient:
    """One server, one (optional) bearer token. Not thread-safe: use it from one event loop."""

    def __init__(
        self,
        server_url: str,
        *,
        token: str | None = None,
        skew: ClockSkew | None = None,
        timeout_s: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.server_url = normalize_server_url(server_url)
        self.token = token
        self.skew = skew or ClockSkew()
        self._http = httpx.AsyncClient(
            base_url=self.server_url + API_PREFIX,
            timeout=httpx.Timeout(timeout_s, connect=min(5.0, timeout_s)),
            headers={"User-Agent": f"agent-console/{__version__}"},
            transport=transport,
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- endpoints -------------------------------------------------------------------------------

    async def login(self, username: str, password: str) -> TokenResponse:
        remember_secret(password)
        body = LoginRequest(username=username, password=password).model_dump()
        t0 = _now_ms()
        tok = await self._request("POST", "/auth/login", TokenResponse, json_body=body, auth=False)
        self.skew.add(t0, _now_ms(), tok.server_ms)
        self.token = tok.access_token
        remember_secret(tok.access_token)
        return tok

    async def health(self) -> None:
        """``GET /health`` (no sign-in needed): a clock sample before the first batch goes out."""
        t0 = _now_ms()
        resp = await self._request("GET", "/health", None, auth=False, raw=True)
        try:
            server_ms = float(resp.json()["server_ms"])
        except (ValueError, KeyError, TypeError) as exc:
            raise TransientError("the server sent an answer that could not be read") from exc
        self.skew.add(t0, _now_ms(), server_ms)

    async def logout(self) -> None:
        await self._request("POST", "/auth/logout", None)
        self.token = None

    async def me(self) -> Me:
        return await self._request("GET", "/me", Me)

    async def provisioning(self) -> Provisioning:
        return await self._request("GET", "/me/provisioning", Provisioning)

    async def post_events(self, events: Sequence[EventEnvelope]) -> BatchAck:
        """Upload one batch. Event times get the clock-skew correction on the way out (the
        envelope in the journal is unchanged); ids are untouched, so a retry dedupes."""
        shift = self.skew.correction_ms
        batch = EventBatch(events=[e.model_copy(update={"at_ms": max(0, e.at_ms + shift)}) if shift else e
                                   for e in events])
        t0 = _now_ms()
        ack = await self._request("POST", "/events", BatchAck, content=batch.model_dump_json())
        self.skew.add(t0, _now_ms(), ack.server_ms)
        return ack

    async def upload_diagnostics(self, data: bytes, timeout_s: float = 300.0) -> DiagnosticsUploadInfo:
        """``POST /diagnostics`` with the zip as the body. A slow home uplink needs minutes for
        several MiB, hence its own timeout; 413 (too large) is a ``RejectedError``, 429 a
        ``TransientError`` with ``retry_after_s``."""
        return await self._request("POST", "/diagnostics", DiagnosticsUploadInfo, content=data,
                                   content_type="application/zip", timeout_s=timeout_s)

    async def answer_command(self, command_id: str, answer: CommandAnswer) -> Command:
        """The agent's answer to a supervisor's diagnostics request."""
        return await self._request("POST", f"/diagnostics/requests/{command_id}/answer", Command,
                                   content=answer.model_dump_json())

    # -- plumbing --------------------------------------------------------------------------------

    async def _request(
        self,
        method: str,
        path: str,
        model: type[M] | None,
        *,
        json_body: Any = None,
        content: str | bytes | None = None,
        content_type: str = "application/json",
        auth: bool = True,
        raw: bool = False,
        timeout_s: float | None = None,
    ) -> Any:
        headers: dict[str, str] = {}
        if auth:
            if not self.token:
                raise AuthError("not signed in")
            headers["Authorization"] = f"Bearer {self.token}"
        if content is not None:
            headers["Content-Type"] = content_type
        extra: dict[str, Any] = {}
        if timeout_s is not None:
            extra["timeout"] = httpx.Timeout(timeout_s, connect=min(5.0, timeout_s))
        t0 = _now_ms()
        try:
            resp = await self._http.request(method, path, json=json_body, content=content, headers=headers, **extra)
        except httpx.TimeoutException as exc:
            raise TransientError(f"the server did not answer in time ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise TransientError(f"cannot reach the server ({type(exc).__name__})") from exc
        self.skew.add_date_header(t0, _now_ms(), resp.headers.get("date"))
        status = resp.status_code
        if status == 401:
            raise AuthError("the server asks to sign in again")
        if status in RETRYABLE_4XX or status >= 500:
            raise TransientError(f"server answered {status}", status=status, retry_after_s=_retry_after(resp))
        if status >= 400:
            raise RejectedError(f"server refused the request ({status})", status=status, detail=_detail(resp))
        if raw:
            return resp
        if model is None:
            return None
        try:
            return model.model_validate_json(resp.content)
        except (ValidationError, json.JSONDecodeError, ValueError) as exc:
            # A proxy's HTML page or a half answer: treat as an outage, never as success.
            log.warning("unparseable answer to %s %s (%d bytes)", method, path, len(resp.content))
            raise TransientError("the server sent an answer that could not be read", status=status) from exc
