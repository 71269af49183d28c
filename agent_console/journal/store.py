"""The local journal: every domain event, committed before the UI reports it done.

SQLite in WAL mode with ``synchronous=FULL`` (NORMAL can lose the last commits on power loss).
An event and its outbox row are written in one transaction, so the sync client can never miss an
event nor send one that was rolled back. Events are immutable; the outbox row is deleted when the
server acknowledges the event. A corrupt file is moved aside (never deleted) and whatever can still
be read from it is salvaged into the fresh journal, to be sent again (the server dedupes).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from agent_console.domain.events import DomainEvent
from agent_console.domain.ids import uuid7
from agent_console.event_kinds import EventKind
from agent_console.journal.schema import SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from agent_console.protocol import EventEnvelope

log = logging.getLogger(__name__)

APP_NAME = "agent-console"


class JournalError(Exception):
    """The journal could not do what was asked. The message is English, for the log; ``kind``
    ("full", "busy", "readonly", "other") lets the window say it in the operator's language."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


def default_journal_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "journal.sqlite3"


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One journaled event as the console reads it back: the fields of the wire's
    :class:`~agent_console.protocol.EventEnvelope`, without its pydantic model.

    The session restores the shift from these before the window is shown; building the wire
    models there would put pydantic on the start path. Only the sync client needs envelopes
    (:meth:`Journal.pending`, :meth:`envelope`)."""

    event_id: str
    device_id: str
    seq: int
    agent: str
    kind: EventKind
    at_ms: int
    mono_ns: int
    payload: dict[str, Any] = field(default_factory=dict)

    def envelope(self) -> EventEnvelope:
        """The wire form, validated as the server will validate it."""
        from agent_console.protocol import EventEnvelope

        return EventEnvelope(**asdict(self))


@dataclass(frozen=True)
class Draft:
    call_id: str
    agent: str
    disposition: str
    text: str
    updated_ms: int


def _kind(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "full" in text:
        return "full"
    if "locked" in text or "busy" in text:
        return "busy"
    if "readonly" in text or "permission" in text:
        return "readonly"
    return "other"


def _human(exc: sqlite3.Error) -> str:
    return {
        "full": "The disk is full: the last action was not saved. Free some disk space and try again.",
        "busy": "The journal is busy (is Agent Console running twice?). The last action was not saved.",
        "readonly": "The journal file cannot be written (permissions). The last action was not saved.",
    }.get(_kind(exc), f"The journal could not save the last action ({exc}).")


def journal_error(exc: sqlite3.Error) -> JournalError:
    """The English summary with SQLite's own words (for the log) and the kind (for the window)."""
    kind = _kind(exc)
    return JournalError(_human(exc) if kind == "other" else f"{_human(exc)} (SQLite: {exc})", kind)


class Journal:
    def __init__(self, conn: sqlite3.Connection, path: Path, recovered_from: Path | None, salvaged: int) -> None:
        self._conn = conn
        self.path = path
        self.recovered_from = recovered_from
        """Where a corrupt journal was moved, when opening found one (show it to the agent)."""
        self.salvaged = salvaged
        """How many events were rescued from the corrupt journal into this one."""
        self.device_id = self._meta("device_id")

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None) -> Journal:
        path = path or default_journal_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = _connect(path)
            _check(conn)
            migrate(conn)
        except sqlite3.OperationalError as exc:
            # locked, busy, permissions, disk full: the file may be perfectly healthy — never move it
            raise journal_error(exc) from exc
        except sqlite3.DatabaseError as exc:
            if "newer" in str(exc):
                raise JournalError(str(exc)) from exc
            log.error("journal %s is unreadable (%s): moving it aside", path, exc)
            with contextlib.suppress(Exception):
                conn.close()
            moved = _move_aside(path)
            conn = _connect(path)
            migrate(conn)
            journal = cls(conn, path, moved, 0)
            journal.salvaged = journal._salvage(moved)
            return journal
        return cls(conn, path, None, 0)

    def close(self) -> None:
        self._conn.close()

    @property
    def recovery_message(self) -> str | None:
        if self.recovered_from is None:
            return None
        return (f"The local journal was damaged and has been moved to {self.recovered_from}. "
                f"{self.salvaged} event(s) were rescued and will be sent to the server; "
                "a new journal was started.")

    # -- events ----------------------------------------------------------------------------------

    def append(self, agent: str, events: Sequence[DomainEvent]) -> list[StoredEvent]:
        """Commit events and their outbox rows in one durable transaction, or raise JournalError."""
        envelopes: list[StoredEvent] = []
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                (last,) = self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()
                for offset, event in enumerate(events, start=1):
                    env = StoredEvent(
                        event_id=str(uuid7()), device_id=self.device_id, seq=last + offset, agent=agent,
                        kind=event.kind, at_ms=event.at_ms, mono_ns=event.mono_ns, payload=event.payload,
                    )
                    self._insert(env)
                    envelopes.append(env)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:  # SQLITE_FULL has already rolled back by itself
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            log.error("journal append failed: %s", exc)
            raise journal_error(exc) from exc
        return envelopes

    def _insert(self, env: StoredEvent) -> None:
        self._conn.execute(
            "INSERT INTO events(seq, event_id, agent, kind, at_ms, mono_ns, payload) VALUES (?,?,?,?,?,?,?)",
            (env.seq, env.event_id, env.agent, env.kind.value, env.at_ms, env.mono_ns,
             json.dumps(env.payload, ensure_ascii=False, separators=(",", ":"))),
        )
        self._conn.execute("INSERT INTO outbox(seq) VALUES (?)", (env.seq,))

    def events(self, agent: str | None = None, after_seq: int = 0) -> Iterator[StoredEvent]:
        sql = "SELECT * FROM events WHERE seq > ?"
        args: tuple[object, ...] = (after_seq,)
        if agent is not None:
            sql += " AND agent = ?"
            args += (agent,)
        for row in self._conn.execute(sql + " ORDER BY seq", args):
            yield self._envelope(row)

    def events_since_last_shift(self, agent: str) -> list[StoredEvent]:
        """What the session needs to restore: the agent's latest shift (all of it, open or closed)."""
        row = self._conn.execute(
            "SELECT MAX(seq) FROM events WHERE agent = ? AND kind = ?", (agent, EventKind.SHIFT_STARTED.value),
        ).fetchone()
        start = row[0] if row and row[0] is not None else 1
        return list(self.events(agent, after_seq=start - 1))

    def events_before_current_shift(self, agent: str, since_ms: int) -> list[StoredEvent]:
        """The agent's events from ``since_ms`` (``at_ms >= since_ms``) up to, not including, the
        current shift's ``shift_started`` (none when there is no shift yet), ordered by seq: the
        earlier shifts the call history shows. Walks the (agent, at_ms) index, never the whole journal."""
        row = self._conn.execute(
            "SELECT MAX(seq) FROM events WHERE agent = ? AND kind = ?", (agent, EventKind.SHIFT_STARTED.value),
        ).fetchone()
        if not row or row[0] is None:
            return []  # no shift yet: events_since_last_shift already gave the session everything
        rows = self._conn.execute(
            "SELECT * FROM events WHERE agent = ? AND at_ms >= ? AND seq < ? ORDER BY seq",
            (agent, since_ms, row[0]),
        )
        return [self._envelope(r) for r in rows]

    def _envelope(self, row: sqlite3.Row) -> StoredEvent:
        return StoredEvent(
            event_id=row["event_id"], device_id=self.device_id, seq=row["seq"], agent=row["agent"],
            kind=EventKind(row["kind"]), at_ms=row["at_ms"], mono_ns=row["mono_ns"],
            payload=json.loads(row["payload"]),
        )

    # -- outbox ----------------------------------------------------------------------------------

    def pending(self, limit: int = 500, agent: str | None = None) -> list[EventEnvelope]:
        """Oldest unacknowledged events first (the order the server should receive them in)."""
        sql = "SELECT e.* FROM outbox o JOIN events e ON e.seq = o.seq"
        args: tuple[object, ...] = ()
        if agent is not None:
            sql += " WHERE +e.agent = ?"  # unary + : walk the outbox in order, don't use the agent index
            args = (agent,)
        rows = self._conn.execute(sql + " ORDER BY o.seq LIMIT ?", (*args, limit)).fetchall()
        return [self._envelope(row).envelope() for row in rows]

    def ack(self, event_ids: Sequence[str]) -> int:
        """The server stored these events: they leave the outbox (the events themselves stay)."""
        if not event_ids:
            return 0
        try:
            with self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                cur = self._conn.executemany(
                    "DELETE FROM outbox WHERE seq = (SELECT seq FROM events WHERE event_id = ?)",
                    [(event_id,) for event_id in event_ids],
                )
                return cur.rowcount
        except sqlite3.Error as exc:
            raise journal_error(exc) from exc

    def outbox_count(self, agent: str | None = None) -> int:
        if agent is None:
            (count,) = self._conn.execute("SELECT COUNT(*) FROM outbox").fetchone()
        else:
            (count,) = self._conn.execute(
                "SELECT COUNT(*) FROM outbox o JOIN events e ON e.seq = o.seq WHERE +e.agent = ?", (agent,),
            ).fetchone()
        return int(count)

    def oldest_pending_ms(self) -> int | None:
        row = self._conn.execute(
            "SELECT e.at_ms FROM outbox o JOIN events e ON e.seq = o.seq ORDER BY o.seq LIMIT 1").fetchone()
        return None if row is None else int(row[0])

    # -- note drafts -----------------------------------------------------------------------------

    def save_draft(self, agent: str, call_id: str, disposition: str, text: str, now_ms: int) -> None:
        """Autosave of a note being typed: overwritten in place, local only (a crash loses at most the
        last autosave interval). Committed note versions are events; drafts are not."""
        try:
            with self._conn:
                self._conn.execute(
                    "INSERT INTO drafts(call_id, agent, disposition, text, updated_ms) VALUES (?,?,?,?,?) "
                    "ON CONFLICT(call_id) DO UPDATE SET disposition=excluded.disposition, text=excluded.text, "
                    "updated_ms=excluded.updated_ms",
                    (call_id, agent, disposition, text, now_ms),
                )
        except sqlite3.Error as exc:
            raise journal_error(exc) from exc

    def drafts(self, agent: str | None = None) -> list[Draft]:
        sql, args = "SELECT * FROM drafts", tuple[str, ...]()
        if agent is not None:
            sql, args = sql + " WHERE agent = ?", (agent,)
        return [Draft(r["call_id"], r["agent"], r["disposition"], r["text"], r["updated_ms"])
                for r in self._conn.execute(sql + " ORDER BY updated_ms", args)]

    def drop_draft(self, call_id: str) -> None:
        with self._conn:
            self._conn.execute("DELETE FROM drafts WHERE call_id = ?", (call_id,))

    # -- internals -------------------------------------------------------------------------------

    def _meta(self, key: str) -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise JournalError(f"The journal has no {key}.")
        return str(row[0])

    def _salvage(self, corrupt: Path) -> int:
        """Copy every event still readable from a corrupt journal, keeping ids and sequence numbers
        when the device id can be read too. Reading stops at the first unreadable row."""
        rescued: list[sqlite3.Row] = []
        old_device: str | None = None
        try:
            old = sqlite3.connect(f"file:{corrupt}?mode=ro", uri=True)
            old.row_factory = sqlite3.Row
            try:
                with contextlib.suppress(sqlite3.Error):
                    row = old.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()
                    old_device = str(row[0]) if row else None
                for r in old.execute("SELECT * FROM events ORDER BY seq"):
                    rescued.append(r)
            finally:
                old.close()
        except sqlite3.Error as exc:
            log.warning("salvage stopped after %d events: %s", len(rescued), exc)
        if not rescued:
            return 0
        with self._conn:
            if old_device:
                self._conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (old_device,))
                self.device_id = str(old_device)
            for r in rescued:
                try:
                    EventKind(r["kind"])
                    json.loads(r["payload"])
                except (ValueError, TypeError):
                    continue
                self._conn.execute(
                    "INSERT OR IGNORE INTO events(seq, event_id, agent, kind, at_ms, mono_ns, payload) "
                    "VALUES (?,?,?,?,?,?,?)",
                    (r["seq"] if old_device else None, r["event_id"], r["agent"], r["kind"], r["at_ms"],
                     r["mono_ns"], r["payload"]),
                )
            self._conn.execute("INSERT OR IGNORE INTO outbox(seq) SELECT seq FROM events")
        (count,) = self._conn.execute("SELECT COUNT(*) FROM events").fetchone()
        return int(count)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0, check_same_thread=True)
    conn.row_factory = sqlite3.Row
    mode = _switch_to_wal(conn)
    if str(mode).lower() != "wal":
        raise sqlite3.DatabaseError(f"journal cannot use WAL mode (got {mode})")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Switching a new file to WAL takes an exclusive lock and SQLite answers "locked" at once
    (without its busy handler) while another connection opens the same new file: retry briefly.
    The switch is persistent, so this only ever waits on the very first opens."""
    deadline = time.monotonic() + 5.0
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode=WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _check(conn: sqlite3.Connection) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(f"integrity check failed: {result}")
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(
            f"The journal was written by a newer Agent Console (schema {version} > {SCHEMA_VERSION}). "
            "Update the application; the journal was left untouched.")


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}-{uuid.uuid4().hex[:6]}{path.suffix}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target
