"""Typed client of the server's supervisor API (board, alerts, actions, an agent's day, reports).

Built on the agent's :class:`~agent_console.sync.client.ApiClient`, so failures arrive as the same
three exceptions (sign in again / retry later / refused with the server's reason).
"""

from __future__ import annotations

from urllib.parse import quote

from agent_console.protocol import (
    ActionRequest,
    AgentDay,
    Alert,
    AlertAckRequest,
    AlertList,
    AlertPolicy,
    AnnotationRequest,
    Board,
    Command,
    DayMix,
    NoteVersion,
    TeamList,
)
from agent_console.sync.client import ApiClient


class SupervisorApi(ApiClient):
    async def board(self) -> Board:
        return await self._request("GET", "/agents", Board)

    async def alerts(self) -> AlertList:
        return await self._request("GET", "/supervisor/alerts", AlertList)

    async def ack(self, key: str) -> Alert:
        return await self._request("POST", "/supervisor/alerts/ack", Alert,
                                   json_body=AlertAckRequest(key=key).model_dump())

    async def act(self, username: str, req: ActionRequest) -> Command:
        return await self._request("POST", f"/supervisor/agents/{quote(username, safe='')}/actions", Command,
                                   json_body=req.model_dump())

    async def day(self, username: str, day: str | None = None) -> AgentDay:
        path = f"/supervisor/agents/{quote(username, safe='')}/day" + (f"?day={quote(day, safe='')}" if day else "")
        return await self._request("GET", path, AgentDay)

    async def annotate(self, username: str, call_id: str, text: str) -> NoteVersion:
        path = f"/supervisor/agents/{quote(username, safe='')}/notes/{quote(call_id, safe='')}/annotations"
        return await self._request("POST", path, NoteVersion, json_body=AnnotationRequest(text=text).model_dump())

    async def day_report_csv(self, team: str | None, day: str | None) -> bytes:
        params = [("format", "csv")] + ([("team", team)] if team else []) + ([("day", day)] if day else [])
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in params)
        resp = await self._request("GET", f"/reports/day?{query}", None, raw=True)
        return bytes(resp.content)

    async def day_mix(self, team: str | None, day: str | None = None) -> DayMix:
        params = ([("team", team)] if team else []) + ([("day", day)] if day else [])
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in params)
        return await self._request("GET", "/supervisor/day-mix" + (f"?{query}" if query else ""), DayMix)

    async def alert_policy(self, team: str) -> AlertPolicy:
        return await self._request("GET", f"/supervisor/teams/{quote(team, safe='')}/alert-policy", AlertPolicy)

    async def set_alert_policy(self, team: str, policy: AlertPolicy) -> AlertPolicy:
        return await self._request("PUT", f"/supervisor/teams/{quote(team, safe='')}/alert-policy", AlertPolicy,
                                   json_body=policy.model_dump())

    async def teams(self) -> TeamList:
        return await self._request("GET", "/supervisor/teams", TeamList)
