"""Journal schema and its migrations, versioned with SQLite's ``user_version``.

Each migration runs in one transaction together with the version bump, so a crash mid-migration
leaves the previous version intact. Append new steps; never edit a released one. (Alembic serves the
server; for one local file with a handful of steps this list is the smaller moving part.)
"""

from __future__ import annotations

import sqlite3
import uuid

MIGRATIONS: tuple[str, ...] = (
    # 1: events, outbox, meta
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE events (
        seq      INTEGER PRIMARY KEY,
        event_id TEXT    NOT NULL UNIQUE,
        agent    TEXT    NOT NULL,
        kind     TEXT    NOT NULL,
        at_ms    INTEGER NOT NULL,
        mono_ns  INTEGER NOT NULL,
        payload  TEXT    NOT NULL
    );
    CREATE INDEX events_agent_kind ON events(agent, kind);
    CREATE TABLE outbox (seq INTEGER PRIMARY KEY REFERENCES events(seq));
    """,
    # 2: note drafts (autosave while typing; local only)
    """
    CREATE TABLE drafts (
        call_id     TEXT PRIMARY KEY,
        agent       TEXT NOT NULL,
        disposition TEXT NOT NULL,
        text        TEXT NOT NULL,
        updated_ms  INTEGER NOT NULL
    );
    """,
    # 3: history of earlier shifts by time (the last 14 days without walking the whole journal)
    """
    CREATE INDEX events_agent_at ON events(agent, at_ms);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the file to SCHEMA_VERSION. The version is read again inside each write transaction:
    two processes (or threads) opening a brand-new journal at once must not both run step 1."""
    while True:
        conn.execute("BEGIN IMMEDIATE")
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if version >= SCHEMA_VERSION:
            conn.execute("COMMIT")
            return
        number = version + 1
        try:
            for statement in MIGRATIONS[number - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
            if number == 1:
                conn.execute("INSERT INTO meta(key, value) VALUES ('device_id', ?)", (uuid.uuid4().hex,))
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
