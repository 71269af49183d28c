"""Alerts for supervisors, decided here on the server.

Why on the server: two supervisors of a team must see the same alerts that began at the same
moment, whatever their laptops' clocks say, and an acknowledgement by one must show for the
other. The rules themselves are the pure :func:`agent_console.supervisor.alerts.evaluate`; this
module reads what they need (board rows, team policy, break budgets and usage, last heartbeats)
and joins the acknowledgements.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_console.protocol import Alert, AlertPolicy, BoardRow, EventKind
from agent_console.server.context import ServerContext
from agent_console.server.models import AgentState, AlertAck, AlertPolicyRow, Event, Team, User
from agent_console.server.services import board
from agent_console.server.services.clock import day_bounds, day_of
from agent_console.server.services.errors import ServiceError, forbidden
from agent_console.server.services.provisioning import merged_policy
from agent_console.server.services.users import Principal, team_named, visible_agent
from agent_console.supervisor.alerts import AgentFacts, break_used_ms, evaluate


def scope_of(who: Principal) -> set[str] | None:
    """Teams whose alerts ``who`` sees (``None``: all, for an admin)."""
    return None if who.role == "admin" else set(who.teams)


def policies(s: Session, teams: Collection[str] | None = None) -> dict[str, AlertPolicy]:
    """Stored team policies; a team missing here uses ``AlertPolicy()`` (the defaults)."""
    q = select(Team.name, AlertPolicyRow.values).join(AlertPolicyRow, AlertPolicyRow.team_id == Team.id)
    if teams is not None:
        q = q.where(Team.name.in_(list(teams)))
    return {name: AlertPolicy.model_validate(values) for name, values in s.execute(q)}


def get_policy(s: Session, who: Principal, team: str) -> AlertPolicy:
    if who.role != "admin" and team not in who.teams:
        raise forbidden("not one of your teams")
    t = team_named(s, team)
    row = s.get(AlertPolicyRow, t.id)
    return AlertPolicy.model_validate(row.values) if row else AlertPolicy()


def set_policy(s: Session, who: Principal, team: str, policy: AlertPolicy, now_ms: int) -> AlertPolicy:
    if who.role != "admin" and team not in who.teams:
        raise forbidden("not one of your teams")
    t = team_named(s, team)
    row = s.get(AlertPolicyRow, t.id)
    if row is None:
        row = AlertPolicyRow(team_id=t.id, values={}, updated_ms=now_ms)
        s.add(row)
    row.values = policy.model_dump()
    row.updated_by = who.id
    row.updated_ms = now_ms
    return policy


class AlertEngine:
    """Evaluates alerts for a set of teams. Break budgets and earlier break time are cached per
    (agent, start of the current break): they cannot change while that break lasts."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self._breaks: dict[tuple[str, int], tuple[float | None, int]] = {}

    def compute(self, teams: Collection[str] | None) -> list[Alert]:
        with self.ctx.db.read() as s:
            return self.compute_in(s, teams)

    def compute_in(self, s: Session, teams: Collection[str] | None) -> list[Alert]:
        now = self.ctx.clock()
        rows = board.rows(s, self.ctx, teams=teams)
        pols = policies(s, teams)
        lost = self._last_seen(s, [r.username for r in rows if r.unreachable])
        found: list[Alert] = []
        live_breaks: set[tuple[str, int]] = set()
        for row in rows:
            facts = AgentFacts(unreachable_since_ms=lost.get(row.username))
            if row.status == "break" and row.since_ms is not None:
                key = (row.username, row.since_ms)
                live_breaks.add(key)
                budget, used = self._break_facts(s, row, key)
                facts = AgentFacts(budget, used, facts.unreachable_since_ms)
            found.extend(evaluate(row, pols.get(row.team or "", AlertPolicy()), facts, now))
        for gone in set(self._breaks) - live_breaks:
            if teams is None or any(gone[0] == r.username for r in rows):
                self._breaks.pop(gone, None)
        return with_acks(s, found)

    def _break_facts(self, s: Session, row: BoardRow, key: tuple[str, int]) -> tuple[float | None, int]:
        cached = self._breaks.get(key)
        if cached is None:
            budget = merged_policy(s, row.username, row.team).break_budget_s
            cached = (float(budget) if budget is not None else None, self._break_before(s, row.username, key[1]))
            self._breaks[key] = cached
        return cached

    def _break_before(self, s: Session, username: str, since_ms: int) -> int:
        start, _end = day_bounds(date.fromisoformat(day_of(since_ms, self.ctx.tz)), self.ctx.tz)
        changes = [
            (at, payload.get("status", ""))
            for at, payload in s.execute(
                select(Event.at_ms, Event.payload)
                .join(User, User.id == Event.user_id)
                .where(User.username == username, Event.kind == EventKind.STATUS_CHANGED.value,
                       Event.at_ms >= start, Event.at_ms < since_ms)
                .order_by(Event.at_ms, Event.id)
            )
        ]
        return break_used_ms(changes, since_ms)

    @staticmethod
    def _last_seen(s: Session, usernames: list[str]) -> dict[str, int]:
        if not usernames:
            return {}
        q = (select(User.username, AgentState.last_seen_ms)
             .join(AgentState, AgentState.user_id == User.id).where(User.username.in_(usernames)))
        return {name: seen for name, seen in s.execute(q) if seen is not None}


def with_acks(s: Session, alerts: Iterable[Alert]) -> list[Alert]:
    alerts = list(alerts)
    if not alerts:
        return []
    acker = User.__table__.alias("acker")
    acks = {
        key: (name, ms)
        for key, name, ms in s.execute(
            select(AlertAck.alert_key, acker.c.username, AlertAck.acked_ms)
            .join(acker, acker.c.id == AlertAck.acked_by)
            .where(AlertAck.alert_key.in_([a.key for a in alerts]))
        )
    }
    return [
        a.model_copy(update={"acked_by": acks[a.key][0], "acked_ms": acks[a.key][1]}) if a.key in acks else a
        for a in alerts
    ]


def engine_for(ctx: ServerContext) -> AlertEngine:
    """One engine (and break cache) per server context."""
    return ctx.shared("alert_engine", AlertEngine)


def acknowledge(ctx: ServerContext, who: Principal, key: str) -> Alert:
    """Record that ``who`` has seen this alert occurrence (first acknowledgement wins)."""
    kind, _, rest = key.partition(":")
    username = rest.rsplit(":", 1)[0]
    if not kind or not username:
        raise ServiceError(422, "not an alert key")
    with ctx.db.write() as s:
        agent, team = visible_agent(s, who, username)
        current = [a for a in engine_for(ctx).compute_in(s, None if team is None else [team]) if a.key == key]
        if not current:
            raise ServiceError(409, "this alert is no longer active")
        if s.scalar(select(AlertAck.id).where(AlertAck.alert_key == key)) is None:
            s.add(AlertAck(alert_key=key, user_id=agent.id, acked_by=who.id, acked_ms=ctx.clock()))
            s.flush()
        return with_acks(s, current)[0]


def resolve_agent(s: Session, who: Principal, username: str) -> tuple[User, str | None]:
    """The agent if ``who`` supervises their team; else a 403 that says so."""
    try:
        user, team = visible_agent(s, who, username)
    except ServiceError as exc:
        if exc.status == 403:
            raise forbidden("this agent is not in your teams") from exc
        raise
    if user.role != "agent":
        raise ServiceError(422, "not an agent")
    return user, team

