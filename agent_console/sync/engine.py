"""The sync engine: sign-in, provisioning, outbox drain and live channel on one asyncio loop.

No Qt here (the service wraps it in a thread and turns the :class:`EngineListener` callbacks into
signals), so it is testable and benchmarkable on its own. Everything runs on the loop's thread,
including the engine's own :class:`Journal` connection (SQLite connections are per thread; WAL
lets it read and acknowledge while the GUI thread appends).

State the agent sees (``state``): ``login`` (sign-in needed), ``connecting``, ``offline`` (since
the first failed try of this outage), ``waiting`` (online, events still going out), ``synced``,
``held`` (online, but the server refused some events: they stay and are shown).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from agent_console.journal import Journal
from agent_console.protocol import Command, PhoneState, TokenResponse
from agent_console.sync.backoff import Backoff
from agent_console.sync.client import ApiClient, AuthError, RejectedError, SyncError, TransientError
from agent_console.sync.clock_skew import ClockSkew
from agent_console.sync.credentials import CredentialError, Credentials, CredentialStore, StoredToken, problem_text
from agent_console.sync.keyring_worker import KEYRING_TIMEOUT_S, worker
from agent_console.sync.live import LiveCallbacks, LiveChannel
from agent_console.sync.outbox import Outbox
from agent_console.sync.provisioning import ProvisionedConfig, to_config

log = logging.getLogger(__name__)

LIVE_GRACE_S = 5.0
"""A live channel down for less than this (a reconnect) does not turn the indicator to Offline."""


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class EngineListener(Protocol):
    def state(self, state: str, waiting: int, offline_since_ms: int) -> None: ...
    def command(self, cmd: Command) -> None: ...
    def login_required(self, reason: str) -> None: ...
    def logged_in(self, username: str) -> None: ...
    def login_failed(self, message: str) -> None: ...
    def provisioned(self, config: ProvisionedConfig) -> None: ...
    def error(self, message: str) -> None: ...


@dataclass
class EngineOptions:
    batch_size: int = 500
    poll_s: float = 1.0
    """How often the outbox is looked at when nobody calls :meth:`SyncEngine.wake`."""
    status_s: float = 0.5
    backoff_base_s: float = 0.5
    backoff_cap_s: float = 30.0
    live_backoff_cap_s: float = 5.0
    http_timeout_s: float = 10.0
    held_retry_s: float = 900.0
    live: bool = True


class SyncEngine:
    def __init__(
        self,
        server_url: str,
        journal_path: Path | None,
        listener: EngineListener,
        *,
        credentials: CredentialStore | None = None,
        options: EngineOptions | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        credentials_factory: Callable[[str], CredentialStore] = Credentials,
    ) -> None:
        self.server_url = server_url
        self.journal_path = journal_path
        self.listener = listener
        self.opts = options or EngineOptions()
        self._transport = transport
        self._credentials_factory = credentials_factory
        self.credentials = credentials if credentials is not None else credentials_factory(server_url)
        self.skew = ClockSkew()
        self.client = self._new_client(server_url)
        self.journal: Journal | None = None
        self.agent: str | None = None
        self.role: str | None = None
        """The signed-in user's role on the server (decides which window they get)."""
        self.outbox: Outbox | None = None
        self.live: LiveChannel | None = None
        self.provisioning: ProvisionedConfig | None = None
        self.heartbeat_interval_s = 2.0
        self._wake = asyncio.Event()
        self._signed_in = asyncio.Event()
        self._stop = asyncio.Event()
        self._live_task: asyncio.Task[None] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._http_ok: bool | None = None
        self._offline_since = 0
        self._last_state: tuple[str, int, int] | None = None
        self._last_held_retry = time.monotonic()
        self._needs_login = False
        self._login_reason = ""
        self._said: set[str] = set()
        self._bg: set[asyncio.Task[None]] = set()
        self._restored = asyncio.Event()
        self._logins_pending = 0
        self._probed_clock = False
        self._live_down_since: float | None = None
        self.phone: PhoneState | None = None
        """The phone's reachability, handed to every live channel (it reports it to the board)."""

    # -- lifecycle -------------------------------------------------------------------------------

    async def run(self) -> None:
        """Open the journal on this thread, restore the stored sign-in, then serve until stopped."""
        self.journal = Journal.open(self.journal_path)
        try:
            self._tasks = [
                asyncio.create_task(self._restore_token(), name="sync-restore"),  # stop must not wait for it
                asyncio.create_task(self._drain_loop(), name="sync-drain"),
                asyncio.create_task(self._status_loop(), name="sync-status"),
            ]
            await self._stop.wait()
        finally:
            tasks = [*self._tasks, *self._bg, *([self._live_task] if self._live_task else [])]
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            if self.live is not None:
                await self.live.close()
            await self.client.aclose()
            self.journal.close()

    def stop(self) -> None:
        self._stop.set()

    def wake(self) -> None:
        """New events were journaled: look at the outbox now (not after ``poll_s``)."""
        self._wake.set()

    # -- sign-in ---------------------------------------------------------------------------------

    async def login(self, username: str, password: str, server_url: str | None = None) -> TokenResponse | None:
        self._logins_pending += 1
        try:
            await self._restored.wait()  # a sign-in requested at start must not race the token restore
            return await self._login(username, password, server_url)
        finally:
            self._logins_pending -= 1

    async def _login(self, username: str, password: str, server_url: str | None) -> TokenResponse | None:
        if server_url and server_url.rstrip("/") != self.server_url.rstrip("/"):
            await self._switch_server(server_url)
        try:
            tok = await self.client.login(username, password)
        except AuthError:
            self.listener.login_failed("bad_credentials")
            return None
        except TransientError as exc:
            self.listener.login_failed("unreachable" if exc.status is None else
                                       ("rate_limited" if exc.status == 429 else "server_error"))
            return None
        except RejectedError as exc:
            self.listener.login_failed(f"refused:{exc.status}")
            return None
        stored = StoredToken(username=tok.username, token=tok.access_token, expires_at_ms=tok.expires_at_ms,
                             role=tok.role)
        self._background(self._store_token(stored))  # a keyring that does not answer must not delay work
        self._signed_in_as(stored)
        self.listener.logged_in(tok.username)
        return tok

    async def _store_token(self, stored: StoredToken) -> None:
        try:
            await self._keyring(self.credentials.save_token, stored)
        except CredentialError as exc:
            self._error(str(exc))  # signed in for this run only; never a plaintext copy

    async def logout(self) -> None:
        with contextlib.suppress(SyncError):
            await self.client.logout()
        with contextlib.suppress(CredentialError):
            await self._keyring(self.credentials.delete_token)
        self._lose_auth("signed_out", forget=False)

    async def _switch_server(self, server_url: str) -> None:
        await self.client.aclose()
        self.server_url = server_url
        self.credentials = self._credentials_factory(server_url)
        self.client = self._new_client(server_url)

    def _new_client(self, server_url: str) -> ApiClient:
        return ApiClient(server_url, skew=self.skew, timeout_s=self.opts.http_timeout_s, transport=self._transport)

    async def _restore_token(self) -> None:
        try:
            stored = await self._keyring(self.credentials.load_token)
        except CredentialError as exc:
            self._error(str(exc))
            stored = None
        self._restored.set()
        if stored is None:
            self._lose_auth("signed_out", forget=False, quiet=self._logins_pending > 0)
        elif stored.expires_at_ms <= _now_ms():
            self.client.token = stored.token  # so that exactly this token is forgotten
            self._lose_auth("expired", forget=True, quiet=self._logins_pending > 0)
        else:
            self._signed_in_as(stored)
            self.listener.logged_in(stored.username)

    def _signed_in_as(self, stored: StoredToken) -> None:
        assert self.journal is not None
        self.client.token = stored.token
        self.role = stored.role
        self._needs_login = False
        if self.outbox is None or self.agent != stored.username:
            self.agent = stored.username
            self.outbox = Outbox(self.journal, self.client, stored.username, batch_size=self.opts.batch_size)
        else:
            self.outbox.client = self.client
            self.outbox.release_held()
        self._signed_in.set()
        self._wake.set()
        if self.opts.live:
            self._restart_live()  # provisioning is refreshed on every (re)connect
        else:
            self._background(self._refresh_provisioning())

    def _lose_auth(self, reason: str, *, forget: bool, quiet: bool = False) -> None:
        """Token refused/expired/revoked: stop using it, keep the outbox, ask for a sign-in
        (``quiet``: a sign-in is already under way, no dialog needed)."""
        repeated = quiet or (self._needs_login and self._login_reason == reason)
        lost = self.client.token
        self._signed_in.clear()
        self._needs_login = True
        self._login_reason = reason
        self.client.token = None
        if self._live_task is not None and self._live_task is not asyncio.current_task():
            self._live_task.cancel()
        self._live_task = None
        if forget and lost:
            async def forget_token() -> None:
                with contextlib.suppress(CredentialError):
                    stored = await self._keyring(self.credentials.load_token)
                    if stored is not None and stored.token == lost:  # not a newer sign-in's token
                        await self._keyring(self.credentials.delete_token)
            self._background(forget_token())
        if not repeated:
            self.listener.login_required(reason)
        self._emit_state(force=True)

    # -- provisioning ----------------------------------------------------------------------------

    async def _refresh_provisioning(self) -> None:
        try:
            prov = await self.client.provisioning()
        except AuthError:
            self._lose_auth("expired", forget=True)
            return
        except SyncError as exc:
            log.info("provisioning not refreshed (%s); the last one stays in use", exc)
            return
        config = to_config(prov)
        if config.sip is not None:
            try:
                await self._keyring(self.credentials.save_sip_password, config.sip.extension,
                                        config.sip.registrar, config.sip.password)
            except CredentialError as exc:
                self._error(str(exc))
        self.heartbeat_interval_s = prov.heartbeat_interval_s
        if self.live is not None:
            self.live.heartbeat_interval_s = prov.heartbeat_interval_s
        self.provisioning = config
        self.listener.provisioned(config)

    # -- live channel ----------------------------------------------------------------------------

    def _restart_live(self) -> None:
        if not self.opts.live:
            return
        if self._live_task is not None:
            self._live_task.cancel()
        self.live = LiveChannel(
            server_url=self.client.server_url,
            token=lambda: self.client.token,
            callbacks=LiveCallbacks(
                on_command=self.listener.command,
                on_connected=self._live_connected,
                on_disconnected=self._live_disconnected,
                on_auth_lost=self._live_auth_lost,
            ),
            skew=self.skew,
            heartbeat_interval_s=self.heartbeat_interval_s,
            phone=self.phone,
        )
        self.live.backoff.cap_s = self.opts.live_backoff_cap_s
        self._live_down_since = time.monotonic()
        self._live_task = asyncio.get_running_loop().create_task(self.live.run(), name="sync-live")

    def set_phone(self, state: PhoneState) -> None:
        """The phone's reachability changed (on the engine's loop)."""
        self.phone = state
        if self.live is not None:
            self.live.set_phone(state)

    def _live_connected(self) -> None:
        """(Re)connected: the server is back — retry the outbox now and refresh provisioning (in
        the background: heartbeats must start at once, or the board shows us unreachable)."""
        self._live_down_since = None
        if self._http_ok is False:
            self._http_ok = None
            self._wake.set()
        self._background(self._refresh_provisioning())
        self._emit_state(force=True)

    def _live_disconnected(self, reason: str) -> None:
        self._live_down_since = time.monotonic()
        self._emit_state(force=True)

    def _background(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._bg.add(task)  # keep a reference until done (asyncio holds tasks weakly)
        task.add_done_callback(self._bg.discard)

    def _live_auth_lost(self, reason: str) -> None:
        if reason == "signed_out" and self._needs_login:
            return
        self._live_task = None
        self._lose_auth(reason, forget=True)

    # -- outbox ----------------------------------------------------------------------------------

    async def _drain_loop(self) -> None:
        backoff = Backoff(self.opts.backoff_base_s, self.opts.backoff_cap_s)
        while True:
            await self._signed_in.wait()
            outbox = self.outbox
            assert outbox is not None
            self._wake.clear()  # before reading: an event journaled during the drain wakes the next one
            try:
                if self.skew.offset_ms is None and not self._probed_clock:
                    with contextlib.suppress(AuthError, RejectedError):  # optional; outages propagate
                        await self.client.health()  # event times are corrected from the first batch on
                    self._probed_clock = True
                await outbox.drain()
            except AuthError:
                self._lose_auth("expired", forget=True)
                continue
            except TransientError as exc:
                self._went_offline(str(exc))
                delay = backoff.next_delay(exc.retry_after_s)
                self._wake.clear()
                await self._sleep_or_reconnect(delay)
                continue
            backoff.reset()
            self._came_online()
            if outbox.held and time.monotonic() - self._last_held_retry > self.opts.held_retry_s:
                self._last_held_retry = time.monotonic()
                outbox.release_held()
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.opts.poll_s)

    async def _sleep_or_reconnect(self, delay: float) -> None:
        """Back off, but come back early when the live channel reconnects (the server is up)."""
        with contextlib.suppress(TimeoutError):
            deadline = time.monotonic() + delay
            while time.monotonic() < deadline:
                await asyncio.wait_for(self._wake.wait(), max(0.0, deadline - time.monotonic()))
                self._wake.clear()
                if self._http_ok is None:  # set by _live_connected
                    return

    def _went_offline(self, why: str) -> None:
        if self._http_ok is not False:
            log.info("server unreachable: %s", why)
            self._offline_since = self._offline_since or _now_ms()
        self._http_ok = False
        self._emit_state(force=True)

    def _came_online(self) -> None:
        if self._http_ok is not True:
            self._http_ok = True
            self._emit_state(force=True)

    async def _keyring(self, fn: Callable[..., Any], *args: Any) -> Any:
        """A keyring call on the keyring worker (a daemon thread), bounded: a hung D-Bus daemon or an
        unlock prompt left open must neither stop syncing nor hold the process at exit."""
        jobs = worker()
        try:
            return await jobs.wait_async(fn, *args, timeout_s=KEYRING_TIMEOUT_S)
        except TimeoutError as exc:
            kind = jobs.waiting_kind()
            raise CredentialError(problem_text(kind), kind) from exc

    def _error(self, message: str) -> None:
        """Tell the agent once per run (a missing keyring would otherwise repeat on every reconnect)."""
        if message not in self._said:
            self._said.add(message)
            self.listener.error(message)

    # -- state -----------------------------------------------------------------------------------

    async def _status_loop(self) -> None:
        while True:
            self._emit_state()
            await asyncio.sleep(self.opts.status_s)

    def waiting(self) -> int:
        if self.journal is None:
            return 0
        return self.outbox.waiting() if self.outbox is not None else self.journal.outbox_count()

    def current_state(self) -> tuple[str, int, int]:
        waiting = self.waiting()
        live_ok = (not self.opts.live or self._live_down_since is None
                   or time.monotonic() - self._live_down_since < LIVE_GRACE_S)
        if self._needs_login:
            state = "login"
        elif self._http_ok is False:
            state = "offline"
        elif self._http_ok is None:
            state = "connecting"
        elif self.outbox is not None and self.outbox.held:
            state = "held"
        elif not live_ok:
            state = "offline"
            down_for_ms = int((time.monotonic() - (self._live_down_since or time.monotonic())) * 1000)
            self._offline_since = self._offline_since or _now_ms() - down_for_ms
        else:
            state = "waiting" if waiting else "synced"
        if state not in ("offline", "login", "connecting"):
            self._offline_since = 0
        since = self._offline_since if state in ("offline", "login", "connecting") else 0
        return state, waiting, since

    def _emit_state(self, force: bool = False) -> None:
        if self.journal is None:
            return
        current = self.current_state()
        if force or current != self._last_state:
            self._last_state = current
            self.listener.state(*current)
