"""The wallboards connected to this process: their periodic stats and their revocation.

One task per process, started by the first wallboard that connects and ending when the last one
leaves, does two things every ``tick_s``:

* sends each wallboard today's calls per team (``WallboardStats``, every ``STATS_EVERY_S``), which
  also tells the page the feed is alive;
* closes (4001) the wallboards whose token was revoked or replaced by a new pairing, by *any*
  writer including the CLI: one indexed query for tokens changed since the last look.

Board deltas and alert lists do not pass through here: they come from the hub like every live
feed's, and each socket folds the deltas into per-team counts and strips the alerts
(``services.wallboard``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass

from fastapi.concurrency import run_in_threadpool

from agent_console.server.context import ServerContext
from agent_console.server.live.hub import CLOSE_LOGGED_OUT, Subscriber
from agent_console.server.services import wallboard, wallboard_tokens

log = logging.getLogger("agent_console.server.live")

STATS_EVERY_S = 2.0
COUNTS_EVERY_S = 0.2
"""A wall's status counts go out at most this often: a few small messages a second keep the
page's work (and the TV's CPU) low, and a change waits at most this long on the server."""
MARGIN_MS = 60_000
"""Look back this far for token changes: commits that landed late or a writer's clock behind ours."""


@dataclass(eq=False)
class Screen:
    """One connected wallboard page: its hub subscriber and, for a wallboard token, which secret
    it authenticated with (a supervisor's login is revoked through the hub like any token)."""

    sub: Subscriber
    teams: frozenset[str] | None
    wallboard_id: int | None = None
    digest: str | None = None


class WallboardFeed:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self.screens: set[Screen] = set()
        self._task: asyncio.Task[None] | None = None
        self._since_ms = ctx.clock()

    def add(self, screen: Screen) -> None:
        self.screens.add(screen)
        if self._task is None or self._task.done():
            self._since_ms = self.ctx.clock()
            self._task = asyncio.get_running_loop().create_task(self._run(), name="wallboard-feed")

    def remove(self, screen: Screen) -> None:
        self.screens.discard(screen)

    async def _run(self) -> None:
        last_stats = 0.0
        loop = asyncio.get_running_loop()
        while self.screens:
            try:
                await self.check_revocations()
                if loop.time() - last_stats >= STATS_EVERY_S:
                    last_stats = loop.time()
                    await self.send_stats()
            except Exception:
                log.exception("wallboard feed tick failed; retrying")
            await asyncio.sleep(min(self.ctx.settings.revocation_sweep_s, STATS_EVERY_S))

    async def check_revocations(self) -> None:
        now = self.ctx.clock()
        changed = await run_in_threadpool(self._changed, self._since_ms - MARGIN_MS)
        self._since_ms = now
        for screen in list(self.screens):
            if screen.wallboard_id in changed and changed[screen.wallboard_id] != screen.digest:
                self.close(screen, CLOSE_LOGGED_OUT)

    def _changed(self, since_ms: int) -> dict[int, str | None]:
        with self.ctx.db.read() as s:
            return wallboard_tokens.changed_since(s, since_ms)

    def close(self, screen: Screen, code: int) -> None:
        self.screens.discard(screen)
        self.ctx.hub.close_where(lambda s: s is screen.sub, code)

    async def send_stats_to(self, screen: Screen) -> None:
        """At once to a newly connected screen (it should not wait a tick for its numbers)."""
        await self.send_stats([screen])

    async def send_stats(self, screens: list[Screen] | None = None) -> None:
        screens = list(self.screens) if screens is None else screens
        if not screens:
            return
        teams: set[str] | None = set()
        for screen in screens:
            if screen.teams is None:
                teams = None
                break
            assert teams is not None
            teams |= screen.teams
        days = await run_in_threadpool(wallboard.stats, self.ctx, teams)
        now = self.ctx.clock()
        for screen in screens:
            mine = screen.teams
            msg = {"type": "stats", "teams": [d for d in days if mine is None or d["team"] in mine], "server_ms": now}
            with contextlib.suppress(asyncio.QueueFull):
                screen.sub.queue.put_nowait(json.dumps(msg, ensure_ascii=False))


def feed_for(ctx: ServerContext) -> WallboardFeed:
    """One feed per server context (per process)."""
    return ctx.shared("wallboard_feed", WallboardFeed)
