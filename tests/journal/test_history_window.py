"""Earlier shifts for the call history: the events from a time up to the current shift (issue 6)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agent_console.domain.clock import ManualClock
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal
from agent_console.journal.schema import MIGRATIONS, SCHEMA_VERSION
from agent_console.protocol import EventKind

DAY = 24 * 3600 * 1000


def _shift(journal: Journal, clock: ManualClock, agent: str, numbers: list[str], *, end: bool = True) -> None:
    s = AgentSession(agent, Policy(wrapup_s=0), clock, journal)
    s.restore(journal.events_since_last_shift(agent))
    s.start_shift(Status.AVAILABLE)
    for n, number in enumerate(numbers):
        clock.advance(60_000)
        s.call_offered(f"c{n}", number, "")
        s.call_answered(f"c{n}")
        clock.advance(60_000)
        s.call_ended(f"c{n}")
    if end:
        s.end_shift()


def _numbers(events: list) -> list[str]:  # type: ignore[type-arg]
    return [e.payload["number"] for e in events if e.kind == EventKind.CALL_OFFERED]


def test_events_before_current_shift_from_a_time_in_seq_order(tmp_path: Path) -> None:
    j = Journal.open(tmp_path / "j.sqlite3")
    clock = ManualClock()
    t0 = clock.now_ms()
    _shift(j, clock, "aigerim", ["+7-old"])
    clock.advance(10 * DAY)
    _shift(j, ManualClock(0), "someone-else", ["+7-other"])  # another agent, any time
    second_start = clock.now_ms()
    _shift(j, clock, "aigerim", ["+7-b1", "+7-b2"])
    clock.advance(DAY)
    _shift(j, clock, "aigerim", ["+7-now"], end=False)
    current = j.events_since_last_shift("aigerim")

    older = j.events_before_current_shift("aigerim", since_ms=second_start)
    assert _numbers(older) == ["+7-b1", "+7-b2"]
    assert [e.seq for e in older] == sorted(e.seq for e in older)
    assert older[0].kind == EventKind.SHIFT_STARTED and older[-1].kind == EventKind.SHIFT_ENDED
    assert max(e.seq for e in older) < current[0].seq and current[0].kind == EventKind.SHIFT_STARTED
    assert {e.agent for e in older} == {"aigerim"}
    assert _numbers(j.events_before_current_shift("aigerim", since_ms=t0)) == ["+7-old", "+7-b1", "+7-b2"]
    assert j.events_before_current_shift("nobody", since_ms=0) == []
    j.close()


def test_no_shift_yet_means_nothing_older(tmp_path: Path) -> None:
    """events_since_last_shift gives everything when no shift ever started: nothing may be shown twice."""
    j = Journal.open(tmp_path / "j.sqlite3")
    s = AgentSession("aigerim", Policy(), ManualClock(), j)
    s.restore(j.events_since_last_shift("aigerim"))
    j.close()
    j = Journal.open(tmp_path / "j.sqlite3")
    assert j.events_before_current_shift("aigerim", since_ms=0) == []
    j.close()


def test_history_query_walks_the_agent_time_index(tmp_path: Path) -> None:
    j = Journal.open(tmp_path / "j.sqlite3")
    plan = " ".join(str(tuple(r)) for r in j._conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM events WHERE agent = ? AND at_ms >= ? AND seq < ? ORDER BY seq",
        ("a", 0, 10)))
    assert "events_agent_at" in plan
    j.close()


def test_a_version_2_journal_gains_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for number, step in enumerate(MIGRATIONS[:2], start=1):
        conn.executescript(step)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("INSERT INTO meta(key, value) VALUES ('device_id', 'device-0001')")
    conn.execute("INSERT INTO events(seq, event_id, agent, kind, at_ms, mono_ns, payload) "
                 "VALUES (1, '01890000-0000-7000-8000-000000000001', 'aigerim', 'shift_started', 5, 0, '{}')")
    conn.commit()
    conn.close()
    j = Journal.open(path)
    assert j._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    names = {r[0] for r in j._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "events_agent_at" in names
    assert [e.seq for e in j.events_since_last_shift("aigerim")] == [1]
    j.close()
