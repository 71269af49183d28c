"""``POST /events``: validate the whole batch, then store it in one transaction.

Idempotency: ``INSERT .. ON CONFLICT (event_id) DO NOTHING RETURNING event_id`` — the unique
constraint decides, inside the same transaction as the board updates, so a replayed or
concurrently re-sent event is stored and counted once and still acknowledged (as duplicate).
Effects (board state, calls) are applied only for newly stored events and are order-independent
(newest status wins; call columns keep first/greatest values), so out-of-order batches are fine.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import Any

from pydantic import ValidationError
from sqlalchemy import JSON, Connection, Select, Table, Text, bindparam, case, cast, column, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from agent_console.protocol import MAX_BATCH, BatchAck, EventEnvelope, EventKind, validate_payload
from agent_console.server.context import ServerContext
from agent_console.server.models import AgentState, Call, Event
from agent_console.server.services import board, break_time
from agent_console.server.services.clock import day_of
from agent_console.server.services.errors import ServiceError
from agent_console.server.services.users import Principal

audit = logging.getLogger("agent_console.server.audit")

CALL_COLUMN = {
    EventKind.CALL_OFFERED: "offered_ms",
    EventKind.CALL_DIALED: "dialed_ms",
    EventKind.CALL_REJECTED: "rejected_ms",
    EventKind.CALL_ANSWERED: "answered_ms",
    EventKind.CALL_ENDED: "ended_ms",
    EventKind.CALL_HELD: "held_ms",
    EventKind.CALL_RESUMED: "resumed_ms",
}
URGENT_BATCH = 20
"""Batches this small are a console's live events: they overtake bulk outbox drains."""
MAX_ERRORS = 50
"""Validation stops once this many problems were found."""
MAX_PAYLOAD_KEYS = 32
"""More payload fields than any kind has, by far: refused without building an error per field."""
FIRST_WINS = ("offered_ms", "dialed_ms", "rejected_ms", "answered_ms", "ended_ms")
LATEST_WINS = ("held_ms", "resumed_ms")


def validate_batch(ctx: ServerContext, who: Principal, events: Sequence[EventEnvelope]) -> None:
    """All-or-nothing: any bad event rejects the batch before anything is written. Stops at the
    first ``MAX_ERRORS`` problems (``count`` then says "at least")."""
    if len(events) > MAX_BATCH:
        raise ServiceError(413, f"batch of {len(events)} events; at most {MAX_BATCH} per request")
    now = ctx.clock()
    future = now + ctx.settings.max_future_skew_s * 1000
    past = now - ctx.settings.max_event_age_s * 1000
    errors: list[dict[str, Any]] = []
    n_problems = 0
    for i, ev in enumerate(events):
        if ev.agent != who.username:
            audit.warning("denied: %r posted an event for agent %r", who.username, ev.agent)
            raise ServiceError(403, f"events[{i}]: agent {ev.agent!r} is not the logged-in user")
        problems = _problems(ev, future, past)
        if problems:
            errors.append({"index": i, "event_id": ev.event_id, "kind": ev.kind.value,
                           "problems": problems[:MAX_ERRORS]})
            n_problems += len(problems)
            if n_problems >= MAX_ERRORS:
                break
    if errors:
        raise ServiceError(
            422, {"message": "batch rejected; nothing was stored", "errors": errors, "count": len(errors)}
        )


def _problems(ev: EventEnvelope, future: int, past: int) -> list[Any]:
    problems: list[Any] = []
    if ev.at_ms > future:
        problems.append("at_ms is in the future (check the laptop clock)")
    elif ev.at_ms < past:
        problems.append("at_ms is older than the server keeps accepting")
    problems.extend(
        {"field": field, "msg": "contains a NUL character (U+0000), which the server cannot store"}
        for field in _nul_fields({"device_id": ev.device_id, "payload": ev.payload})[:MAX_ERRORS]
    )
    if len(ev.payload) > MAX_PAYLOAD_KEYS:  # each extra key would cost pydantic an error object
        problems.append({"field": "payload", "msg": f"more than {MAX_PAYLOAD_KEYS} fields"})
        return problems
    try:
        validate_payload(ev.kind, ev.payload)
    except ValidationError as exc:
        problems.extend(
            {"field": ".".join(str(p) for p in e["loc"]), "msg": e["msg"]}
            for e in exc.errors(include_url=False, include_input=False, include_context=False)
        )
    return problems


def _nul_fields(value: Any, path: str = "") -> list[str]:
    """Paths of strings holding U+0000 (PostgreSQL text cannot; SQLite would store it, so both
    refuse it alike)."""
    if isinstance(value, str):
        return [path] if "\x00" in value else []
    if isinstance(value, dict):
        return [f for k, v in value.items() for f in _nul_fields(v, f"{path}.{k}" if path else str(k))]
    if isinstance(value, list):
        return [f for i, v in enumerate(value) for f in _nul_fields(v, f"{path}.{i}")]
    return []


@dataclass(frozen=True)
class Prepared:
    """A validated batch, with its rows built: all the CPU work done before the write."""

    who: Principal
    ids: list[str]
    ordered: list[EventEnvelope]
    values: list[dict[str, Any]]
    calls: list[dict[str, Any]]
    now: int


def prepare(ctx: ServerContext, who: Principal, events: Sequence[EventEnvelope]) -> Prepared:
    validate_batch(ctx, who, events)
    unique: dict[str, EventEnvelope] = {}
    clashes: list[str] = []
    for ev in events:
        first = unique.setdefault(ev.event_id, ev)
        if first is not ev and _identity(first) != _identity(ev):
            clashes.append(ev.event_id)
    if clashes:
        raise conflict_error(clashes, "the batch holds this id twice with different content")
    now = ctx.clock()
    ordered = sorted(unique.values(), key=lambda e: e.event_id)  # fixed lock order: no deadlocks
    values = [
        {
            "event_id": ev.event_id,
            "user_id": who.id,
            "device_id": ev.device_id,
            "seq": ev.seq,
            "kind": ev.kind.value,
            "at_ms": ev.at_ms,
            "mono_ns": ev.mono_ns,
            "call_id": ev.payload.get("call_id"),
            "payload": ev.payload,
            "received_ms": now,
        }
        for ev in ordered
    ]
    calls = _merge_calls(ctx, who.id, [ev for ev in ordered if ev.kind in CALL_COLUMN])
    return Prepared(who, list(unique), ordered, values, calls, now)


def store(ctx: ServerContext, p: Prepared, s: Session) -> BatchAck:
    """The write itself, inside the caller's transaction (a group commit's)."""
    if not p.ordered:
        return BatchAck(accepted=[], duplicates=[], server_ms=p.now)
    # The unique constraint decides what is new.
    stored = _writer(s).insert_events(s.connection(), p.values)
    new = [ev for ev in p.ordered if ev.event_id in stored]
    if len(new) < len(p.ordered):
        _check_replays(s, p, [ev for ev in p.ordered if ev.event_id not in stored])
    if len(new) == len(p.ordered):
        calls = p.calls
    else:  # replay: only the events stored now may count
        calls = _merge_calls(ctx, p.who.id, [ev for ev in new if ev.kind in CALL_COLUMN])
    if _apply(s, p.who, new, calls, p.now, ctx):
        board.announce(s, ctx, [p.who.id])
    accepted = [eid for eid in p.ids if eid in stored]
    duplicates = [eid for eid in p.ids if eid not in stored]
    return BatchAck(accepted=accepted, duplicates=duplicates, server_ms=p.now)


def _identity(ev: EventEnvelope) -> tuple[Any, ...]:
    """What a resent event must repeat exactly. Not ``at_ms``: the console corrects it for clock
    skew on every send, so a retry may carry another value."""
    return (ev.agent, ev.device_id, ev.seq, ev.kind.value, ev.mono_ns, ev.payload)


_STORED = (
    select(Event.event_id, Event.user_id, Event.device_id, Event.seq, Event.kind, Event.mono_ns, Event.payload)
    .where(Event.event_id.in_(bindparam("ids", expanding=True)))
)


def _check_replays(s: Session, p: Prepared, replays: list[EventEnvelope]) -> None:
    """409 (and the whole transaction rolled back) when an id that is already stored comes with
    other content, or from another agent: ids are global, and the first use of an id wins."""
    rows = {r.event_id: r for r in s.connection().execute(_STORED, {"ids": [e.event_id for e in replays]})}
    clashes: list[str] = []
    for ev in replays:
        row = rows.get(ev.event_id)
        if row is None:  # stored by a concurrent transaction not visible yet: the retry decides
            continue
        if row.user_id != p.who.id:
            audit.warning("conflict: %r reused event id %s of another agent", p.who.username, ev.event_id)
            clashes.append(ev.event_id)
        elif (row.device_id, row.seq, row.kind, row.mono_ns, _json_value(row.payload)) != (
                ev.device_id, ev.seq, ev.kind.value, ev.mono_ns, ev.payload):
            clashes.append(ev.event_id)
    if clashes:
        raise conflict_error(clashes, "already stored with other content (or by another agent)")


def _json_value(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def conflict_error(ids: list[str], why: str) -> ServiceError:
    return ServiceError(409, {
        "message": "batch rejected: event ids reused for different events; nothing was stored",
        "errors": [{"event_id": i, "problems": [f"event_id {why}"]} for i in ids[:MAX_ERRORS]],
        "count": len(ids),
    })


def submit(ctx: ServerContext, p: Prepared) -> Future[BatchAck]:
    """Queue ``p`` for the group committer; the future is done once the batch is durable."""
    future = ctx.db.committer.submit(partial(store, ctx, p), urgent=len(p.ordered) <= URGENT_BATCH,
                                     weight=len(p.ordered), key=p.who.id)
    future.add_done_callback(lambda f: None if f.cancelled() or f.exception() else ctx.metrics.ingested(len(p.ordered)))
    return future


_STATE: Table = AgentState.__table__  # type: ignore[assignment]
_SET_STATUS = (
    update(_STATE)
    .where(_STATE.c.user_id == bindparam("b_uid"), _STATE.c.status_at_ms <= bindparam("b_at"))
    .values(
        status=bindparam("b_status"),
        reason=bindparam("b_reason"),
        # A status event that repeats the status (a choice made during a call or wrap-up) does not
        # restart it: the board shows how long the status has really lasted.
        since_ms=case(
            ((_STATE.c.status == bindparam("b_status")) & _STATE.c.reason.is_not_distinct_from(bindparam("b_reason")),
             func.coalesce(_STATE.c.since_ms, bindparam("b_since"))),
            else_=bindparam("b_since"),
        ),
        status_at_ms=bindparam("b_at"),
        updated_ms=bindparam("b_now"),
    )
)
_SET_OFFLINE = _SET_STATUS.values(unreachable=False)
_TOUCH = update(_STATE).where(_STATE.c.user_id == bindparam("b_uid")).values(updated_ms=bindparam("b_now"))
_SET_QUALITY = (
    update(_STATE)
    .where(_STATE.c.user_id == bindparam("b_uid"),
           _STATE.c.q_at_ms.is_(None) | (_STATE.c.q_at_ms <= bindparam("b_at")))
    .values(quality_call_id=bindparam("b_call"), q_mos=bindparam("b_mos"), q_loss=bindparam("b_loss"),
            q_at_ms=bindparam("b_at"), updated_ms=bindparam("b_now"))
)
"""Core statements built once (the ORM update path costs milliseconds per call); the latest
quality report wins (the board shows it while its call is the current one)."""


def _apply(
    s: Session, who: Principal, new: list[EventEnvelope], calls: list[dict[str, Any]], now: int,
    ctx: ServerContext,
) -> bool:
    """Board effects of newly stored events; True if the agent's board row may have changed."""
    changed = False
    conn = s.connection()
    statuses = [ev for ev in new if ev.kind is EventKind.STATUS_CHANGED]
    if statuses:
        ordered = sorted(statuses, key=lambda e: (e.at_ms, e.seq))
        breaks = break_time.completed(
            break_time.previous(conn, who.id),
            [(ev.at_ms, ev.payload["status"], ev.payload.get("reason")) for ev in ordered], ctx.tz)
        latest = ordered[-1]
        status, reason = latest.payload["status"], latest.payload.get("reason")
        since = latest.at_ms
        for ev in reversed(ordered):  # the batch's own run of this status began at its first event
            if (ev.payload["status"], ev.payload.get("reason")) != (status, reason):
                break
            since = ev.at_ms
        res = conn.execute(
            _SET_OFFLINE if status == "offline" else _SET_STATUS,
            {"b_uid": who.id, "b_at": latest.at_ms, "b_since": since, "b_status": status,
             "b_reason": reason, "b_now": now},
        )
        changed = bool(res.rowcount)
        if changed and breaks is not None:
            break_time.store(conn, who.id, *breaks)
    qualities = [ev for ev in new if ev.kind is EventKind.CALL_QUALITY]
    if qualities:
        q = max(qualities, key=lambda e: (e.at_ms, e.seq))
        res = conn.execute(_SET_QUALITY, {"b_uid": who.id, "b_call": q.payload["call_id"], "b_mos": q.payload["mos"],
                                          "b_loss": q.payload["loss_pct"], "b_at": q.at_ms, "b_now": now})
        changed = changed or bool(res.rowcount)
    if calls:
        _writer(s).upsert_calls(conn, calls)
        conn.execute(_TOUCH, {"b_uid": who.id, "b_now": now})
        changed = True
    return changed


def _merge_calls(ctx: ServerContext, user_id: int, events: list[EventEnvelope]) -> list[dict[str, Any]]:
    """One row per call id (an upsert may touch a row only once per statement)."""
    merged: dict[str, dict[str, Any]] = {}
    for ev in sorted(events, key=lambda e: (e.at_ms, e.seq)):
        p = ev.payload
        row = merged.setdefault(
            p["call_id"],
            {"user_id": user_id, "call_id": p["call_id"], "first_ms": ev.at_ms, "direction": None,
             "number": None, "ended_answered": None, **dict.fromkeys(FIRST_WINS + LATEST_WINS)},
        )
        col = CALL_COLUMN[ev.kind]
        if col in LATEST_WINS or row[col] is None:
            row[col] = ev.at_ms
        if ev.kind in (EventKind.CALL_OFFERED, EventKind.CALL_REJECTED):
            row["direction"] = row["direction"] or "inbound"
        elif ev.kind is EventKind.CALL_DIALED:
            row["direction"] = row["direction"] or "outbound"
        if "number" in p and row["number"] is None:
            row["number"] = p["number"]
        if ev.kind is EventKind.CALL_ENDED and row["ended_answered"] is None:
            row["ended_answered"] = p["answered"]
    for row in merged.values():
        row["day"] = day_of(row["first_ms"], ctx.tz)
    return [merged[k] for k in sorted(merged)]


class _Writer:
    """The two hot statements of one dialect, built once (building them costs more than running
    them).

    SQLite: executemany of one-row statements (``insertmanyvalues`` for the RETURNING insert).
    PostgreSQL: one statement per batch whatever its size, ``INSERT .. SELECT .. FROM
    json_to_recordset(:rows)``: a fixed short SQL text with one parameter, the rows as one JSON
    document. A multi-row VALUES insert is new SQL text for every batch size, which psycopg
    re-parsed for each 100-row batch (half of the ingest CPU); arrays per column cost a third
    of it again in psycopg's Python array escaping.
    """

    def __init__(self, dialect: str) -> None:
        self.json_rows = dialect == "postgresql"
        events: Table = Event.__table__  # type: ignore[assignment]
        calls: Table = Call.__table__  # type: ignore[assignment]
        ev_ins: Any
        call_ins: Any
        if self.json_rows:
            ev_ins = postgresql.insert(events).from_select(EVENT_COLUMNS, _recordset(events, EVENT_COLUMNS))
            call_ins = postgresql.insert(calls).from_select(CALL_COLUMNS, _recordset(calls, CALL_COLUMNS))
        else:
            ev_ins = sqlite.insert(events)
            call_ins = sqlite.insert(calls)
        self.events = ev_ins.on_conflict_do_nothing(index_elements=["event_id"]).returning(events.c.event_id)
        cur, new = calls.c, call_ins.excluded
        set_: dict[str, Any] = {
            "day": case((new.first_ms < cur.first_ms, new.day), else_=cur.day),
            "first_ms": func.least(cur.first_ms, new.first_ms) if self.json_rows
            else func.min(cur.first_ms, new.first_ms),
            "direction": func.coalesce(cur.direction, new.direction),
            "number": func.coalesce(cur.number, new.number),
            "ended_answered": func.coalesce(cur.ended_answered, new.ended_answered),
        }
        for col in FIRST_WINS:
            set_[col] = func.coalesce(cur[col], new[col])
        for col in LATEST_WINS:  # max ignoring NULLs
            set_[col] = func.greatest(cur[col], new[col]) if self.json_rows \
                else func.max(func.coalesce(cur[col], new[col]), func.coalesce(new[col], cur[col]))
        self.calls = call_ins.on_conflict_do_update(index_elements=["user_id", "call_id"], set_=set_)

    def insert_events(self, conn: Connection, rows: list[dict[str, Any]]) -> set[str]:
        """The ids of the rows stored now (a duplicate id is skipped, not an error)."""
        params: Any = {"rows": json.dumps(rows)} if self.json_rows else rows
        return {r[0] for r in conn.execute(self.events, params)}

    def upsert_calls(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        conn.execute(self.calls, {"rows": json.dumps(rows)} if self.json_rows else rows)


EVENT_COLUMNS = ["event_id", "user_id", "device_id", "seq", "kind", "at_ms", "mono_ns", "call_id", "payload",
                 "received_ms"]
CALL_COLUMNS = ["user_id", "call_id", "day", "first_ms", "direction", "number", *FIRST_WINS, "ended_answered",
                *LATEST_WINS]


def _recordset(table: Table, columns: list[str]) -> Select[Any]:
    """``SELECT columns FROM json_to_recordset(:rows) AS v(column type, ...)`` (PostgreSQL)."""
    rows = (
        func.json_to_recordset(cast(bindparam("rows", type_=Text), JSON))
        .table_valued(*[column(c, table.c[c].type) for c in columns])
        .render_derived(name="v", with_types=True)
    )
    return select(*[rows.c[c] for c in columns])


_WRITERS: dict[str, _Writer] = {}


def _writer(s: Session) -> _Writer:
    dialect = s.get_bind().dialect.name
    w = _WRITERS.get(dialect)
    if w is None:
        w = _WRITERS[dialect] = _Writer(dialect)
    return w
