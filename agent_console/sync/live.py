"""The live channel: one WebSocket to ``/api/v1/live`` that reconnects by itself.

Why a socket of our own and not just polling: supervisors' commands (a message, a forced status,
a forced logout) must reach the agent within a second, and the server decides that an agent is
*unreachable* from the heartbeats sent here (10 s without one). So the channel:

- authenticates with an ``Authorization`` header on the upgrade (never the token in the URL);
- sends ``{"type": "heartbeat", "sent_ms": ...}`` every ``heartbeat_interval_s`` and feeds each
  ``heartbeat_ack`` to the clock-skew estimate;
- tells the server the phone's reachability (``phone`` message) after connecting and on each
  change, so the board shows an agent whose PBX cannot reach them;
- hands commands (from the snapshot and live) to the owner once each (ids are remembered);
- on a broken connection retries with exponential backoff and full jitter (capped low, because
  every second offline is a second the board shows the agent unreachable);
- stops retrying on 401/4401 and on close code 4001 (logged out / forced logout): a new sign-in
  is needed, reported through ``on_auth_lost``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from pydantic import TypeAdapter, ValidationError
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from agent_console import __version__
from agent_console.protocol import (
    API_PREFIX,
    Command,
    LiveAgentUpdate,
    LiveCommand,
    LiveError,
    LiveHeartbeat,
    LiveHeartbeatAck,
    LivePhone,
    LiveServerMessage,
    LiveSnapshot,
    PhoneState,
)
from agent_console.sync.backoff import Backoff
from agent_console.sync.clock_skew import ClockSkew

log = logging.getLogger(__name__)

CLOSE_LOGGED_OUT = 4001
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN_ORIGIN = 4403

_messages: TypeAdapter[LiveServerMessage] = TypeAdapter(LiveServerMessage)


def live_url(server_url: str) -> str:
    base = server_url.rstrip("/")
    if base.startswith("https://"):
        base = "wss://" + base[len("https://"):]
    elif base.startswith("http://"):
        base = "ws://" + base[len("http://"):]
    return base + API_PREFIX + "/live"


class LiveAuthLost(Exception):
    """The server will not take this token any more (expired, revoked, forced logout)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class LiveCallbacks:
    """What the owner wants to hear about; all called on the channel's event loop."""

    on_command: Callable[[Command], None]
    on_connected: Callable[[], Awaitable[None] | None] = lambda: None
    on_disconnected: Callable[[str], None] = lambda reason: None
    on_auth_lost: Callable[[str], None] = lambda reason: None
    on_self: Callable[[LiveAgentUpdate], None] = lambda update: None
    on_message: Callable[[object], None] = lambda msg: None
    """Every parsed server message (tests, the benchmark)."""


@dataclass
class LiveChannel:
    server_url: str
    token: Callable[[], str | None]
    callbacks: LiveCallbacks
    skew: ClockSkew = field(default_factory=ClockSkew)
    heartbeat_interval_s: float = 2.0
    backoff: Backoff = field(default_factory=lambda: Backoff(base_s=0.25, cap_s=5.0))
    open_timeout_s: float = 5.0
    connected: bool = False
    phone: PhoneState | None = None
    """The phone's reachability to report (sent after each connect and when it changes)."""
    _seen_commands: deque[str] = field(default_factory=lambda: deque(maxlen=512))
    _ws: ClientConnection | None = None
    _pending: set[asyncio.Task[None]] = field(default_factory=set)

    async def run(self) -> None:
        """Connect, serve, reconnect — until cancelled or the token is refused (returns then)."""
        while True:
            token = self.token()
            if not token:
                self.callbacks.on_auth_lost("signed_out")
                return
            try:
                await self._serve(token)
                reason = "closed by the server"
            except LiveAuthLost as exc:
                self._set_disconnected(exc.reason)
                self.callbacks.on_auth_lost(exc.reason)
                return
            except (OSError, TimeoutError, WebSocketException, asyncio.IncompleteReadError) as exc:
                reason = type(exc).__name__
            except Exception as exc:  # a bug must not end the channel for the rest of the shift
                log.exception("live channel failed; reconnecting")
                reason = type(exc).__name__
            self._set_disconnected(reason)
            delay = self.backoff.next_delay()
            log.info("live channel down (%s); reconnecting in %.1f s", reason, delay)
            await asyncio.sleep(delay)

    async def close(self) -> None:
        ws = self._ws
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()

    def _set_disconnected(self, reason: str) -> None:
        self._ws = None
        if self.connected:
            self.connected = False
            self.callbacks.on_disconnected(reason)

    async def _serve(self, token: str) -> None:
        try:
            ws = await connect(
                live_url(self.server_url),
                additional_headers={"Authorization": f"Bearer {token}"},
                user_agent_header=f"agent-console/{__version__}",
                open_timeout=self.open_timeout_s,
                ping_interval=20, ping_timeout=20, close_timeout=2,
                proxy=None, compression=None,
            )
        except InvalidStatus as exc:
            if exc.response.status_code in (401, 403):
                raise LiveAuthLost("expired") from exc
            raise
        self._ws = ws
        beat: asyncio.Task[None] | None = None
        try:
            first = await asyncio.wait_for(ws.recv(), self.open_timeout_s + 5)
            self._handle(first)  # the snapshot (or an auth error, then the close code below)
            self.connected = True
            self.backoff.reset()
            result = self.callbacks.on_connected()
            if asyncio.iscoroutine(result):
                await result
            if self.phone is not None:
                await ws.send(LivePhone(state=self.phone).model_dump_json())
            beat = asyncio.create_task(self._heartbeats(ws), name="live-heartbeat")
            async for raw in ws:
                self._handle(raw)
        except ConnectionClosed as exc:
            code = exc.rcvd.code if exc.rcvd is not None else None
            if code == CLOSE_LOGGED_OUT:
                raise LiveAuthLost("logged_out") from exc
            if code in (CLOSE_UNAUTHENTICATED, 1008):
                raise LiveAuthLost("expired") from exc
            raise
        finally:
            if beat is not None:
                beat.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await beat
            with contextlib.suppress(Exception):
                await ws.close()
        code = ws.close_code
        if code == CLOSE_LOGGED_OUT:
            raise LiveAuthLost("logged_out")
        if code in (CLOSE_UNAUTHENTICATED, 1008):
            raise LiveAuthLost("expired")

    def set_phone(self, state: PhoneState) -> None:
        """The phone's reachability changed (call on the channel's loop): sent now if connected."""
        if state == self.phone:
            return
        self.phone = state
        ws = self._ws
        if ws is not None and self.connected:
            task = asyncio.get_running_loop().create_task(self._send_quietly(ws, LivePhone(state=state)))
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

    @staticmethod
    async def _send_quietly(ws: ClientConnection, msg: LivePhone) -> None:
        """A send on a connection that just broke is repeated after the reconnect anyway."""
        with contextlib.suppress(ConnectionClosed, OSError):
            await ws.send(msg.model_dump_json())

    async def _heartbeats(self, ws: ClientConnection) -> None:
        while True:
            msg = LiveHeartbeat(sent_ms=time.time_ns() // 1_000_000)
            await ws.send(msg.model_dump_json())
            await asyncio.sleep(self.heartbeat_interval_s)

    def _handle(self, raw: str | bytes) -> None:
        try:
            msg = _messages.validate_json(raw)
        except ValidationError:
            log.warning("unreadable live message ignored (%d bytes)", len(raw))
            return
        self.callbacks.on_message(msg)
        if isinstance(msg, LiveHeartbeatAck):
            if msg.sent_ms is not None:
                self.skew.add(msg.sent_ms, time.time_ns() / 1e6, msg.server_ms)
        elif isinstance(msg, LiveCommand):
            self._command(msg.command)
        elif isinstance(msg, LiveSnapshot):
            for cmd in msg.commands:
                self._command(cmd)
        elif isinstance(msg, LiveAgentUpdate):
            self.callbacks.on_self(msg)
        elif isinstance(msg, LiveError):
            log.warning("live channel error from the server: %s", msg.detail)

    def _command(self, cmd: Command) -> None:
        if cmd.id in self._seen_commands:
            return
        self._seen_commands.append(cmd.id)
        self.callbacks.on_command(cmd)
