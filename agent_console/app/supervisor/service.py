"""The supervisor's connection to the server, on a worker thread with its own asyncio loop.

The live feed (``WS /live``) sends a snapshot of the board after every (re)connect and one-row
deltas in between; the server's alert feed sends each team's alerts whole. The channel reconnects
by itself with exponential backoff and full jitter; while it is down the window keeps the last
rows, greyed, "as of" the moment the connection was lost — and the next snapshot replaces them
all, so nothing stale stays on screen. Requests (acknowledge, actions, drill-down, report) run
on the same loop and answer through ``reply`` with the request's tag.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_console.protocol import (
    ActionRequest,
    AlertPolicy,
    LiveAgentUpdate,
    LiveAlerts,
    LiveCommandAnswer,
    LiveSnapshot,
)
from agent_console.sync.backoff import Backoff
from agent_console.sync.client import AuthError, RejectedError, SyncError, TransientError
from agent_console.sync.live import LiveCallbacks, LiveChannel

from .api import SupervisorApi

log = logging.getLogger(__name__)

BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 15.0


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


async def _tagged(team: str, pending: Coroutine[Any, Any, Any]) -> tuple[str, Any]:
    """The answer with the team it is about (the dialog may have moved on to another team)."""
    return team, await pending


class SupervisorService(QObject):
    snapshot = Signal(object)
    """:class:`~agent_console.protocol.Board` after each (re)connect."""
    row = Signal(object)
    """:class:`~agent_console.protocol.BoardRow` that changed."""
    alerts = Signal(object, object)
    """(team, list of :class:`~agent_console.protocol.Alert`): that team's active alerts."""
    online = Signal(bool, "qint64")  # type: ignore[arg-type]
    """(connected, as-of epoch ms: when the connection was lost; 0 while online)."""
    auth_lost = Signal(str)
    reply = Signal(str, bool, object)
    """(tag, ok, result or the refusal's text)."""
    answered = Signal(object)
    """:class:`~agent_console.protocol.Command` an agent of the caller's teams answered (diagnostics)."""

    def __init__(self, server_url: str, token: str, parent: QObject | None = None, *,
                 backoff: Backoff | None = None) -> None:
        super().__init__(parent)
        self.server_url = server_url
        self.token = token
        self.backoff = backoff or Backoff(BACKOFF_BASE_S, BACKOFF_CAP_S)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._main: asyncio.Task[None] | None = None
        self.api: SupervisorApi | None = None
        self.channel: LiveChannel | None = None

    # -- lifecycle (GUI thread) --------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="supervisor-feed", daemon=True)
        self._thread.start()
        self._ready.wait(5.0)

    def stop(self, timeout_s: float = 5.0) -> None:
        loop, thread = self._loop, self._thread
        if thread is None:
            return
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._cancel)
        thread.join(timeout_s)
        self._thread = None

    def _cancel(self) -> None:
        if self._main is not None:
            self._main.cancel()

    # -- requests (GUI thread; the answer comes as ``reply``) ---------------------------------------

    def ack(self, key: str) -> None:
        self._call("ack", lambda api: api.ack(key))

    def act(self, username: str, req: ActionRequest) -> None:
        self._call("act", lambda api: api.act(username, req))

    def day(self, username: str, day: str | None = None) -> None:
        """The agent's day (``YYYY-MM-DD``; ``None``: today) as an ``AgentDay``."""
        self._call("day", lambda api: api.day(username, day))

    def annotate(self, username: str, call_id: str, text: str) -> None:
        self._call("annotate", lambda api: api.annotate(username, call_id, text))

    def report_csv(self, team: str | None, day: str | None) -> None:
        self._call("report", lambda api: api.day_report_csv(team, day))

    def day_mix(self, team: str | None, day: str | None = None) -> None:
        self._call("mix", lambda api: api.day_mix(team, day))

    def teams(self) -> None:
        """Answers ``teams`` with a ``TeamList``: the caller's teams, also those without agents."""
        self._call("teams", lambda api: api.teams())

    def alert_policy(self, team: str) -> None:
        """Answers ``policy`` with ``(team, AlertPolicy)``."""
        self._call("policy", lambda api: _tagged(team, api.alert_policy(team)))

    def set_alert_policy(self, team: str, policy: AlertPolicy) -> None:
        """Answers ``policy_saved`` with ``(team, AlertPolicy)`` as the server stored it."""
        self._call("policy_saved", lambda api: _tagged(team, api.set_alert_policy(team, policy)))

    def _call(self, tag: str, make: Callable[[SupervisorApi], Coroutine[Any, Any, Any]]) -> None:
        loop, api = self._loop, self.api
        if loop is None or api is None or loop.is_closed():
            self.reply.emit(tag, False, "not connected")
            return

        async def go() -> None:
            try:
                self.reply.emit(tag, True, await make(api))
            except RejectedError as exc:
                detail = exc.detail.get("detail") if isinstance(exc.detail, dict) else exc.detail
                self.reply.emit(tag, False, str(detail or exc))
            except AuthError:
                self.reply.emit(tag, False, "auth")
                self.auth_lost.emit("expired")
            except (TransientError, SyncError) as exc:
                self.reply.emit(tag, False, f"offline:{exc}")

        loop.call_soon_threadsafe(lambda: loop.create_task(go()))

    # -- worker thread -----------------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self.api = SupervisorApi(self.server_url, token=self.token)
        self.channel = LiveChannel(
            self.server_url, lambda: self.token,
            LiveCallbacks(on_command=lambda _c: None, on_message=self._on_message,
                          on_disconnected=self._on_disconnected, on_auth_lost=self.auth_lost.emit),
            backoff=self.backoff,
        )
        self._ready.set()
        try:
            self._main = loop.create_task(self.channel.run())
            loop.run_until_complete(self._main)
        except asyncio.CancelledError:
            pass
        except Exception:
            log.exception("supervisor feed stopped")
        finally:
            try:
                loop.run_until_complete(self.channel.close())
                loop.run_until_complete(self.api.aclose())
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()
                self._loop = None

    def _on_message(self, msg: object) -> None:
        if isinstance(msg, LiveSnapshot):
            self.snapshot.emit(msg.board)
            self.online.emit(True, 0)
        elif isinstance(msg, LiveAgentUpdate):
            self.row.emit(msg.agent)
        elif isinstance(msg, LiveAlerts):
            self.alerts.emit(msg.team, msg.alerts)
        elif isinstance(msg, LiveCommandAnswer):
            self.answered.emit(msg.command)

    def _on_disconnected(self, _reason: str) -> None:
        self.online.emit(False, _now_ms())
