"""The local journal: durability settings, outbox, drafts, recovery, migrations (issue 2)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from agent_console.domain.clock import ManualClock
from agent_console.domain.events import DomainEvent
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal, JournalError
from agent_console.journal.schema import MIGRATIONS, SCHEMA_VERSION
from agent_console.protocol import EventEnvelope, EventKind


def ev(n: int) -> DomainEvent:
    return DomainEvent(EventKind.STATUS_CHANGED, 1000 + n, n, {"status": "available", "n": n})


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = Journal.open(tmp_path / "j.sqlite3")
    yield j
    j.close()


def test_pragmas_are_durable(journal: Journal) -> None:
    conn = journal._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_append_assigns_ids_seq_device_and_keeps_order(journal: Journal) -> None:
    first = journal.append("aigerim", [ev(1), ev(2)])
    second = journal.append("aigerim", [ev(3)])
    envs = [*first, *second]
    assert [e.seq for e in envs] == [1, 2, 3]
    assert len({e.event_id for e in envs}) == 3
    assert {e.device_id for e in envs} == {journal.device_id}
    stored = list(journal.events())
    assert stored == envs
    assert stored[1].payload == {"status": "available", "n": 2}
    # read back without pydantic (the start path); the sync client gets validated envelopes
    pending = journal.pending()
    assert all(isinstance(e, EventEnvelope) for e in pending)
    assert [e.model_dump() for e in pending] == [e.envelope().model_dump() for e in stored]
    assert pending[1].kind is EventKind.STATUS_CHANGED and pending[1].payload == stored[1].payload


def test_outbox_drains_only_on_ack(journal: Journal) -> None:
    envs = journal.append("a", [ev(i) for i in range(5)])
    assert journal.outbox_count() == 5
    assert [e.seq for e in journal.pending(limit=2)] == [1, 2]
    assert journal.ack([envs[0].event_id, envs[1].event_id, envs[1].event_id]) == 2
    assert [e.seq for e in journal.pending()] == [3, 4, 5]
    assert journal.oldest_pending_ms() == envs[2].at_ms
    assert len(list(journal.events())) == 5  # events stay; only the outbox row goes


def test_device_id_is_stable_across_reopen(tmp_path: Path) -> None:
    j = Journal.open(tmp_path / "j.sqlite3")
    device = j.device_id
    j.append("a", [ev(1)])
    j.close()
    j2 = Journal.open(tmp_path / "j.sqlite3")
    assert j2.device_id == device
    assert [e.seq for e in j2.append("a", [ev(2)])] == [2]
    j2.close()


def test_disk_full_raises_a_clear_error_and_writes_nothing(journal: Journal) -> None:
    journal.append("a", [ev(0)])
    (pages,) = journal._conn.execute("PRAGMA page_count").fetchone()
    journal._conn.execute(f"PRAGMA max_page_count = {pages}")
    big = [DomainEvent(EventKind.NOTE_SAVED, 1, 1, {"text": "x" * 20_000}) for _ in range(5)]
    with pytest.raises(JournalError) as err:
        journal.append("a", big)
    assert "disk is full" in str(err.value)
    assert [e.seq for e in journal.events()] == [1]
    assert journal.outbox_count() == 1


def test_session_on_journal_survives_restart(tmp_path: Path) -> None:
    clock = ManualClock()
    path = tmp_path / "j.sqlite3"
    j = Journal.open(path)
    s = AgentSession("aigerim", Policy(wrapup_s=30), clock, j)
    s.start_shift(Status.AVAILABLE)
    call = s.call_offered("c1", "+77011234567", "Айгерім")
    s.call_answered("c1")
    s.choose_status(Status.BREAK, "childcare")
    s.save_note(call.call_id, "consultation", "Жәрдемақы туралы сұрады")
    clock.advance(42_000)
    j.close()  # the process dies here, mid-call

    j2 = Journal.open(path)
    restored = AgentSession("aigerim", Policy(wrapup_s=30), clock, j2)
    restored.restore(j2.events_since_last_shift("aigerim"))
    assert restored.status == Status.ON_CALL and restored.pending == (Status.BREAK, "childcare")
    assert restored.notes.latest(call.call_id).text == "Жәрдемақы туралы сұрады"
    restored.close_interrupted_calls()
    assert restored.status == Status.WRAP_UP
    assert restored.calls[call.call_id].outcome.value == "interrupted"
    j2.close()


def test_events_since_last_shift(journal: Journal) -> None:
    clock = ManualClock()
    s = AgentSession("a", Policy(), clock, journal)
    s.start_shift(Status.AVAILABLE)
    s.end_shift()
    s.start_shift(Status.DND)
    events = journal.events_since_last_shift("a")
    assert events[0].kind == EventKind.SHIFT_STARTED
    assert [e.kind for e in events].count(EventKind.SHIFT_STARTED) == 1
    assert journal.events_since_last_shift("someone-else") == []


def test_drafts_are_overwritten_and_dropped(journal: Journal) -> None:
    journal.save_draft("a", "call-1", "", "Сәлем", 1)
    journal.save_draft("a", "call-1", "complaint", "Сәлеметсіз бе", 2)
    (draft,) = journal.drafts("a")
    assert (draft.disposition, draft.text, draft.updated_ms) == ("complaint", "Сәлеметсіз бе", 2)
    journal.drop_draft("call-1")
    assert journal.drafts() == []
    assert journal.outbox_count() == 0  # drafts never travel


def test_garbage_file_is_moved_aside_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    path.write_bytes(b"this is not a database, it is a child's drawing" * 100)
    j = Journal.open(path)
    assert j.recovered_from is not None and j.recovered_from.exists()
    assert j.recovered_from.read_bytes().startswith(b"this is not a database")
    assert "moved to" in (j.recovery_message or "")
    assert [e.seq for e in j.append("a", [ev(1)])] == [1]
    j.close()


def test_damaged_journal_salvages_readable_events(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    j = Journal.open(path)
    originals = j.append("a", [DomainEvent(EventKind.NOTE_SAVED, i, i, {"text": "ә" * 300}) for i in range(200)])
    device = j.device_id
    j._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    j.close()
    data = bytearray(path.read_bytes())
    page = 4096
    last_page = len(data) // page - 1
    data[last_page * page: last_page * page + 64] = b"\xff" * 64  # scribble over the last page's header
    path.write_bytes(bytes(data))

    j2 = Journal.open(path)
    assert j2.recovered_from is not None
    assert 0 < j2.salvaged < len(originals) + 1
    rescued = list(j2.events())
    assert j2.device_id == device
    by_id = {e.event_id: e for e in originals}
    for e in rescued:  # what was rescued is exactly what was written, id and seq included
        assert by_id[e.event_id].seq == e.seq and by_id[e.event_id].payload == e.payload
    assert j2.outbox_count() == len(rescued)  # sent again: the server dedupes by event id
    j2.close()


def test_migrates_an_old_journal_and_refuses_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO meta VALUES ('device_id', 'feedfacefeedface')")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    j = Journal.open(path)
    assert j._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert j.device_id == "feedfacefeedface"
    j.save_draft("a", "c", "", "t", 1)  # table from migration 2 exists
    j.close()

    newer = tmp_path / "newer.sqlite3"
    Journal.open(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(JournalError) as err:
        Journal.open(newer)
    assert "newer" in str(err.value)
    assert newer.exists()  # left untouched


def test_concurrent_first_opens_do_not_mistake_the_race_for_corruption(tmp_path: Path) -> None:
    import threading

    for attempt in range(15):
        path = tmp_path / f"race{attempt}.sqlite3"
        barrier = threading.Barrier(4)
        opened: list[tuple[str, Path | None]] = []
        errors: list[BaseException] = []

        def open_it(path: Path = path, barrier: threading.Barrier = barrier,
                    opened: list[tuple[str, Path | None]] = opened, errors: list[BaseException] = errors) -> None:
            barrier.wait()
            try:
                j = Journal.open(path)
                opened.append((j.device_id, j.recovered_from))
                j.close()
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert len(opened) == 4
        assert all(recovered is None for _, recovered in opened)
        assert len({device for device, _ in opened}) == 1
        assert not list(tmp_path.glob(f"race{attempt}.corrupt-*"))


def test_a_locked_journal_is_reported_not_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    Journal.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        import agent_console.journal.store as store

        original = store._connect

        def impatient(p: Path) -> sqlite3.Connection:
            conn = original(p)
            conn.execute("PRAGMA busy_timeout = 100")
            return conn

        store._connect = impatient
        try:
            with pytest.raises(JournalError) as err:
                Journal.open(path)
        finally:
            store._connect = original
        assert "busy" in str(err.value) or "locked" in str(err.value).lower()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not list(tmp_path.glob("j.corrupt-*"))
    assert Journal.open(path).recovered_from is None


def test_per_agent_outbox_reads_stay_fast_with_a_long_history(journal: Journal) -> None:
    journal.append("other", [ev(i) for i in range(3000)])
    journal.ack([e.event_id for e in journal.pending(limit=5000)])
    journal.append("a", [ev(i) for i in range(10)])
    plan = " ".join(str(tuple(r)) for r in journal._conn.execute(
        "EXPLAIN QUERY PLAN SELECT e.* FROM outbox o JOIN events e ON e.seq = o.seq WHERE +e.agent = ? "
        "ORDER BY o.seq LIMIT 5", ("a",)))
    assert "events_agent_kind" not in plan
    assert [e.seq for e in journal.pending(limit=5, agent="a")] == [3001, 3002, 3003, 3004, 3005]
    assert journal.outbox_count("a") == 10
