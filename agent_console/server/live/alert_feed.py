"""Pushes alert changes to connected supervisors over the live feed.

Every ``tick_s`` (only while a supervisor or admin is connected) the alerts of the watched teams
are evaluated; each team whose set of alerts changed (new, cleared, acknowledged) is sent whole as
a :class:`~agent_console.protocol.LiveAlerts` message, and a newly connected supervisor gets every
team that has alerts once (a client starts each connection with none). Alerts are time-driven (a
break *becomes* too long without any event), hence a tick rather than a reaction to board deltas.
Each server process evaluates for its own subscribers from the shared database, so all processes
send the same alerts.
"""

from __future__ import annotations

import asyncio
import logging

from fastapi.concurrency import run_in_threadpool

from agent_console.protocol import Alert, LiveAlerts
from agent_console.server.context import ServerContext
from agent_console.server.live.hub import Subscriber
from agent_console.server.services.alerts import engine_for

log = logging.getLogger("agent_console.server.live")

TICK_S = 1.0


def _watches(sub: Subscriber, team: str | None) -> bool:
    return sub.role == "admin" or (team is not None and team in sub.teams)


class AlertFeed:
    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self.last: dict[str | None, str] = {}
        """Team -> JSON of its alert list as last sent."""
        self.greeted: set[Subscriber] = set()

    def watchers(self) -> list[Subscriber]:
        return [s for s in self.ctx.hub.subscribers if s.role in ("supervisor", "admin")]

    async def tick(self) -> None:
        subs = self.watchers()
        if not subs:
            self.last.clear()
            self.greeted.clear()
            return
        teams: set[str] | None = set()
        for sub in subs:
            if sub.role == "admin":
                teams = None
                break
            assert teams is not None
            teams |= sub.teams
        found = await run_in_threadpool(engine_for(self.ctx).compute, teams)
        self.send(subs, found, teams)

    def send(self, subs: list[Subscriber], found: list[Alert], teams: set[str] | None) -> None:
        by_team: dict[str | None, list[Alert]] = {t: [] for t in (teams or ())}
        for a in found:
            by_team.setdefault(a.team, []).append(a)
        for team in self.last:
            by_team.setdefault(team, [])
        now = self.ctx.clock()
        current = {t: "[" + ",".join(a.model_dump_json() for a in alerts) + "]" for t, alerts in by_team.items()}
        # a team not evaluated before counts as having had no alerts: an empty list is news to nobody
        changed = {t for t, text in current.items() if self.last.get(t, "[]") != text}
        texts = {t: LiveAlerts(team=t, alerts=by_team[t], server_ms=now).model_dump_json()
                 for t in current}
        for sub in subs:
            new = sub not in self.greeted
            for team, text in texts.items():
                greet = new and by_team[team]  # a new subscriber starts with no alerts: send the non-empty
                if (greet or team in changed) and _watches(sub, team):
                    self.ctx.hub._put(sub, text)
            self.greeted.add(sub)
        self.greeted &= set(subs)
        self.last = current


async def alert_feed_loop(ctx: ServerContext, tick_s: float = TICK_S) -> None:
    feed = AlertFeed(ctx)
    while True:
        await asyncio.sleep(tick_s)
        try:
            await feed.tick()
        except Exception:
            log.exception("alert evaluation failed; retrying")
