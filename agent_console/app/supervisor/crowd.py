"""A crowd of simulated agents for ``agent-console --demo --supervisor`` (and the screenshots).

Each agent is a small asyncio task that behaves like a console would, through the server's real
API: it holds a live-feed WebSocket with heartbeats (so the server sees it reachable), posts its
journal events (status changes, calls, notes) to ``POST /events``, and obeys supervisor commands
(a forced status comes back as a status change with cause ``supervisor``). Some agents overrun
their break, forget do-not-disturb, talk for too long or drop off the network, and a few start
the demo already close to a threshold, so alerts appear within the first minute.

Run: ``python -m agent_console.app.supervisor.crowd URL TOKENS_JSON``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from websockets.asyncio.client import connect

from agent_console.protocol import API_PREFIX
from agent_console.sync.live import live_url

log = logging.getLogger("agent_console.crowd")

BREAK_BUDGET_S = 300
DND_MAX_S = 120
CALL_MAX_S = 300
WRAPUP_MAX_S = 60
DISPOSITIONS = ("consultation", "application_status", "complaint", "redirected", "callback_needed")


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class SimAgent:
    name: str
    token: str
    http: httpx.AsyncClient
    url: str
    rng: random.Random
    device: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    seq: int = 0
    status: str = "offline"
    calls: int = 0
    online: bool = True
    stopped: bool = False
    phone: str = "registered"
    """What this agent's phone would report (a few lose their PBX for a while: the board shows it)."""
    forced: asyncio.Queue[dict[str, Any]] = field(default_factory=asyncio.Queue)

    def ev(self, kind: str, payload: dict[str, Any], at_ms: int | None = None) -> dict[str, Any]:
        self.seq += 1
        return {"event_id": str(uuid.uuid4()), "device_id": self.device, "seq": self.seq, "agent": self.name,
                "kind": kind, "at_ms": at_ms or now_ms(), "mono_ns": time.monotonic_ns(), "payload": payload}

    def st(self, new: str, cause: str = "agent", reason: str | None = None, at_ms: int | None = None) -> dict[str, Any]:
        e = self.ev("status_changed", {"status": new, "reason": reason, "previous": self.status, "cause": cause}, at_ms)
        self.status = new
        return e

    async def post(self, *events: dict[str, Any]) -> None:
        for _ in range(5):
            try:
                r = await self.http.post(self.url + API_PREFIX + "/events", json={"events": list(events)},
                                         headers={"Authorization": f"Bearer {self.token}"})
                if r.status_code == 401:
                    self.stopped = True
                    return
                if r.status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(1 + self.rng.random())

    # -- the live feed: heartbeats in, commands out --------------------------------------------------

    async def live(self) -> None:
        while not self.stopped:
            if not self.online:
                await asyncio.sleep(1)
                continue
            try:
                async with connect(live_url(self.url), additional_headers={"Authorization": f"Bearer {self.token}"},
                                   open_timeout=10, proxy=None) as ws:
                    beat = asyncio.create_task(self._beats(ws))
                    try:
                        async for raw in ws:
                            msg = json.loads(raw)
                            if msg.get("type") == "command":
                                await self.forced.put(msg["command"])
                            if not self.online:
                                break
                    finally:
                        beat.cancel()
            except Exception:
                await asyncio.sleep(1 + 2 * self.rng.random())

    async def _beats(self, ws: Any) -> None:
        told = None
        while self.online:
            if self.phone != told:
                told = self.phone
                await ws.send(json.dumps({"type": "phone", "state": told}))
            await ws.send(json.dumps({"type": "heartbeat", "sent_ms": now_ms()}))
            await asyncio.sleep(2)
        await ws.close()

    # -- behaviour -----------------------------------------------------------------------------------

    async def wait(self, seconds: float) -> bool:
        """Sleep, unless a supervisor's command arrives (then obey it; True)."""
        try:
            cmd = await asyncio.wait_for(self.forced.get(), seconds)
        except TimeoutError:
            return False
        if cmd["type"] == "force_status" and cmd.get("status"):
            reason = cmd.get("reason") if cmd["status"] == "break" else None
            await self.post(self.st(cmd["status"], "supervisor", reason))
        elif cmd["type"] == "force_logout":
            await self.post(self.st("offline", "supervisor"), self.ev("shift_ended", {}))
            self.stopped = True
        return True

    def history(self, start_ms: int, end_ms: int) -> list[dict[str, Any]]:
        """The shift so far (backdated events): calls with notes, a rare short break, a little
        do-not-disturb, so the day chart and the drill-down have a morning to show."""
        t = start_ms
        out = [self.ev("shift_started", {}, t), self.st("available", at_ms=t)]
        while t < end_ms - 300_000:
            r = self.rng.random()
            t += int(5_000 + 60_000 * self.rng.random())
            if r < 0.8:
                self.calls += 1
                cid = f"{self.device}-{self.calls}"
                number = f"+7701{self.rng.randrange(10**7):07d}"
                talk = int(30_000 + 200_000 * self.rng.random())
                wrap = int(5_000 + 25_000 * self.rng.random())
                out += [self.ev("call_offered", {"call_id": cid, "direction": "inbound", "number": number,
                                                 "name": None}, t), self.st("ringing", "call", at_ms=t),
                        self.ev("call_answered", {"call_id": cid}, t + 4000),
                        self.st("on_call", "call", at_ms=t + 4000),
                        self.ev("call_ended", {"call_id": cid, "reason": "hangup", "answered": True}, t + 4000 + talk),
                        self.st("wrap_up", "call", at_ms=t + 4000 + talk),
                        self.ev("note_saved", {"call_id": cid, "version": 1, "text": "",
                                               "disposition": self.rng.choice(DISPOSITIONS)},
                                t + 4000 + talk + wrap - 1000),
                        self.st("available", "wrapup_timer", at_ms=t + 4000 + talk + wrap)]
                t += 4000 + talk + wrap
            elif r < 0.85:
                out.append(self.st("break", reason="rest", at_ms=t))
                t += int(40_000 + 40_000 * self.rng.random())
                out.append(self.st("available", at_ms=t))
            elif r < 0.93:
                out.append(self.st("dnd", at_ms=t))
                t += int(30_000 + 60_000 * self.rng.random())
                out.append(self.st("available", at_ms=t))
        return out

    async def run(self, head_start: str | None) -> None:
        await asyncio.sleep(self.rng.random() * 5)
        t = now_ms()
        # The morning ends ten minutes ago: the head starts below are backdated less than that, and the
        # server only takes a status change newer than the one it has.
        await self.post(*self.history(t - 3_600_000 - int(self.rng.random() * 1_800_000), t - 600_000))
        if head_start == "break":  # a break about to run over the budget
            await self.post(self.st("break", reason="rest", at_ms=now_ms() - (BREAK_BUDGET_S - 20) * 1000))
            await self.wait(BREAK_BUDGET_S)
        elif head_start == "dnd":  # a forgotten do-not-disturb
            await self.post(self.st("dnd", at_ms=now_ms() - (DND_MAX_S - 30) * 1000))
            await self.wait(10**6)
        elif head_start == "drop":
            self.online = False
            await asyncio.sleep(60 + 60 * self.rng.random())
            self.online = True
        elif head_start == "phone":  # the PBX cannot reach this "available" agent
            await self.phone_outage(90 + 60 * self.rng.random())
        while not self.stopped:
            await self.step()

    async def step(self) -> None:
        r = self.rng.random()
        if self.status not in ("available",):
            await self.post(self.st("available"))
        if r < 0.62:
            await self.call()
        elif r < 0.72:
            long = self.rng.random() < 0.25
            await self.post(self.st("break", reason=self.rng.choice(["rest", "lunch"])))
            await self.wait(BREAK_BUDGET_S * 1.3 if long else 30 + 90 * self.rng.random())
        elif r < 0.78:
            forget = self.rng.random() < 0.3
            await self.post(self.st("dnd"))
            await self.wait(DND_MAX_S * 3 if forget else 20 + 40 * self.rng.random())
        elif r < 0.80:
            self.online = False
            await asyncio.sleep(30 + 30 * self.rng.random())
            self.online = True
        elif r < 0.81:
            await self.phone_outage(40 + 80 * self.rng.random())
        else:
            await self.wait(5 + 25 * self.rng.random())

    async def phone_outage(self, seconds: float) -> None:
        self.phone = "unreachable"
        await self.wait(seconds)
        self.phone = "registered"

    async def call(self) -> None:
        await self.wait(3 + 20 * self.rng.random())
        if self.stopped or self.status != "available":
            return
        self.calls += 1
        cid = f"{self.device}-{self.calls}"
        number = f"+7701{self.rng.randrange(10**7):07d}"
        await self.post(self.ev("call_offered", {"call_id": cid, "direction": "inbound", "number": number,
                                                 "name": None}), self.st("ringing", "call"))
        await asyncio.sleep(2 + 4 * self.rng.random())
        answered = self.rng.random() > 0.06
        if answered:
            await self.post(self.ev("call_answered", {"call_id": cid}), self.st("on_call", "call"))
            talk = CALL_MAX_S * 1.2 if self.rng.random() < 0.03 else 20 + 160 * self.rng.random()
            await asyncio.sleep(min(talk, 5))
            silent = self.rng.random() < 0.05  # a media outage: no RTP at all reads loss 100 %, MOS 1.0
            loss = 100.0 if silent else round(self.rng.choice([0.0, 0.0, 0.5, 2.0, 8.0]), 1)
            mos = 1.0 if silent else round(4.4 - loss * 0.12 - 0.2 * self.rng.random(), 2)
            await self.post(self.ev("call_quality", {"call_id": cid, "rtt_ms": 40.0, "jitter_ms": 4.0,
                                                     "loss_pct": loss, "mos": mos}))
            await asyncio.sleep(max(0.0, talk - 5))
        await self.post(self.ev("call_ended", {"call_id": cid, "reason": "hangup", "answered": answered}),
                        self.st("wrap_up" if answered else "available", "call"))
        if answered:
            await asyncio.sleep(WRAPUP_MAX_S * 1.5 if self.rng.random() < 0.05 else 5 + 25 * self.rng.random())
            await self.post(self.ev("note_saved", {"call_id": cid, "version": 1,
                                                   "disposition": self.rng.choice(DISPOSITIONS), "text": ""}),
                            self.st("available", "wrapup_timer"))


async def run(url: str, tokens: dict[str, str], seed: int = 7) -> None:
    rng = random.Random(seed)
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
    async with httpx.AsyncClient(timeout=15, limits=limits) as http:
        agents = [SimAgent(name, token, http, url, random.Random(rng.random())) for name, token in tokens.items()]
        starts: list[str | None] = []
        for i in range(len(agents)):
            k = i % 25
            starts.append({0: "break", 1: "dnd", 2: "drop", 3: "phone"}.get(k))
        tasks = [asyncio.create_task(a.live()) for a in agents]
        tasks += [asyncio.create_task(a.run(s)) for a, s in zip(agents, starts, strict=True)]
        await asyncio.gather(*tasks)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    logging.basicConfig(level=logging.WARNING)
    url, tokens_file = args[0], Path(args[1])
    tokens = json.loads(tokens_file.read_text())
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run(url, tokens))
    return 0


if __name__ == "__main__":
    sys.exit(main())
