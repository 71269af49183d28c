"""In-process fan-out of live messages to WebSocket subscribers, scoped by role.

Bus messages are small dicts: ``{"k": "agent", "user", "team", "row"}`` (board delta),
``{"k": "cmd", "user", "command"}`` (supervisor command) and ``{"k": "kick", "user"|"token"}``
(close sockets: logout, disabled user, forced logout). Each message is serialised once and
queued to every subscriber allowed to see it; a subscriber whose queue is full is closed (it
reconnects and gets a fresh snapshot) so one slow supervisor cannot stall the others.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("agent_console.server.live")

CLOSE_LOGGED_OUT = 4001
CLOSE_SLOW = 4008
CLOSE_RESYNC = 1012


@dataclass(eq=False)
class Subscriber:
    user_id: int
    username: str
    role: str
    teams: frozenset[str]
    token_id: int
    expires_ms: int
    queue: asyncio.Queue[str | int | tuple[str, str]] = field(default_factory=lambda: asyncio.Queue(10_000))
    """JSON text to send; (text, command id) for a command (marked delivered once sent); or an
    int: close with that code."""

    def sees(self, msg: dict[str, Any]) -> bool:
        if msg["k"] == "cmd":
            return bool(msg["user"] == self.username)
        if msg["k"] == "answer":  # an agent's answer to a command: for supervisors and admins only
            return self.role == "admin" or (self.role == "supervisor" and msg.get("team") in self.teams)
        if self.role == "admin":
            return True
        if self.role == "supervisor":
            return msg.get("team") in self.teams
        return bool(msg["user"] == self.username)


class Hub:
    def __init__(self, queue_max: int = 10_000) -> None:
        self.queue_max = queue_max
        self.subscribers: set[Subscriber] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.unreachable: set[str] = set()
        """Agents last announced unreachable: their next heartbeat triggers an immediate restore."""
        self.seen: dict[int, int] = {}
        """user id -> server ms of the latest heartbeat not yet written to the database."""
        self.wake = asyncio.Event()
        self.listeners: list[Callable[[dict[str, Any]], None]] = []
        self.fanout_observer: Callable[[float], None] | None = None
        """Told how long each message's fan-out took (seconds): the metrics' histogram."""
        """Called with every message before fan-out (e.g. token cache eviction)."""

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.wake = asyncio.Event()

    def new_subscriber(self, **kw: Any) -> Subscriber:
        return Subscriber(queue=asyncio.Queue(self.queue_max), **kw)

    def add(self, sub: Subscriber) -> None:
        self.subscribers.add(sub)

    def remove(self, sub: Subscriber) -> None:
        self.subscribers.discard(sub)

    def heartbeat(self, sub: Subscriber, now_ms: int) -> None:
        self.seen[sub.user_id] = now_ms
        if sub.username in self.unreachable:
            self.wake.set()

    def take_seen(self) -> dict[int, int]:
        seen, self.seen = self.seen, {}
        return seen

    def dispatch_threadsafe(self, msgs: list[dict[str, Any]]) -> None:
        """Called from worker threads after a commit."""
        if self.loop is None or self.loop.is_closed():
            return
        self.loop.call_soon_threadsafe(self.dispatch, msgs)

    def dispatch(self, msgs: Iterable[dict[str, Any]]) -> None:
        for msg in msgs:
            for listener in self.listeners:
                listener(msg)
            kind = msg.get("k")
            if kind == "agent":
                row = msg["row"]
                if row.get("unreachable"):
                    self.unreachable.add(msg["user"])
                else:
                    self.unreachable.discard(msg["user"])
                self._fan_out(msg, json.dumps({"type": "agent", "agent": row}, ensure_ascii=False))
            elif kind == "cmd":
                text = json.dumps({"type": "command", "command": msg["command"]}, ensure_ascii=False)
                self._fan_out(msg, (text, msg["command"]["id"]))
                if msg["command"]["type"] == "force_logout":
                    self.close_where(lambda s, m=msg: s.username == m["user"], CLOSE_LOGGED_OUT)
            elif kind == "answer":
                self._fan_out(msg, json.dumps({"type": "command_answer", "command": msg["command"]},
                                              ensure_ascii=False))
            elif kind == "kick":
                self.close_where(
                    lambda s, m=msg: s.username == m.get("user") or s.token_id == m.get("token"),
                    CLOSE_LOGGED_OUT,
                )
            else:
                log.warning("unknown live message kind %r dropped", kind)

    def _fan_out(self, msg: dict[str, Any], text: str | tuple[str, str]) -> None:
        start = time.perf_counter()
        for sub in list(self.subscribers):
            if sub.sees(msg):
                self._put(sub, text)
        if self.fanout_observer is not None:
            self.fanout_observer(time.perf_counter() - start)

    def _put(self, sub: Subscriber, item: str | int | tuple[str, str]) -> None:
        try:
            sub.queue.put_nowait(item)
        except asyncio.QueueFull:
            log.warning("live subscriber %s too slow: disconnected", sub.username)
            self.subscribers.discard(sub)
            # Make room for the close code; the socket task exits on it.
            while not sub.queue.empty():
                sub.queue.get_nowait()
            sub.queue.put_nowait(CLOSE_SLOW)

    def close_where(self, pred: Any, code: int) -> None:
        for sub in list(self.subscribers):
            if pred(sub):
                self.subscribers.discard(sub)
                self._put(sub, code)

    def close_tokens_threadsafe(self, token_ids: set[int]) -> None:
        """Close (4001) the sockets opened with these tokens; callable from any thread."""
        if self.loop is None or self.loop.is_closed():
            return
        ids = frozenset(token_ids)
        self.loop.call_soon_threadsafe(self.close_where, lambda s: s.token_id in ids, CLOSE_LOGGED_OUT)

    def close_all(self, code: int) -> None:
        self.close_where(lambda _s: True, code)
