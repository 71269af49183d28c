"""Journal and domain benchmark: what a 300-call shift costs on the laptop.

Prints: durable append latency (one action = one fsync'ed transaction), events per second when
appending in batches, time to restore a full shift from the journal at start-up, and the journal's
size per shift. Run: .venv/bin/python bench/bench_journal.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from agent_console.domain.clock import ManualClock
from agent_console.domain.events import DomainEvent
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal
from agent_console.protocol import EventKind


def simulate_shift(session: AgentSession, clock: ManualClock, calls: int) -> None:
    session.start_shift(Status.AVAILABLE)
    for i in range(calls):
        clock.advance(20_000)
        call = session.call_offered(f"c{i}", f"+7701{i:07d}", "Caller")
        clock.advance(4_000)
        session.call_answered(f"c{i}")
        for _ in range(3):
            clock.advance(20_000)
            session.call_quality(f"c{i}", 40, 5, 0.5, 4.3)
        session.save_note(call.call_id, "consultation", f"Question {i} about a benefit")
        session.call_ended(f"c{i}", "hangup")
        clock.advance(30_000)
        session.tick()
        if i % 50 == 49:
            session.choose_status(Status.BREAK, "rest")
            clock.advance(600_000)
            session.choose_status(Status.AVAILABLE)
    session.end_shift()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite3"
        journal = Journal.open(path)
        clock = ManualClock()
        session = AgentSession("agent", Policy(wrapup_s=30), clock, journal)

        latencies = []
        original_append = journal.append

        def timed_append(agent: str, events: list[DomainEvent]) -> object:
            start = time.perf_counter()
            result = original_append(agent, events)
            latencies.append((time.perf_counter() - start) * 1000)
            return result

        journal.append = timed_append  # type: ignore[method-assign]
        t0 = time.perf_counter()
        simulate_shift(session, clock, 300)
        shift_s = time.perf_counter() - t0
        events = sum(1 for _ in journal.events())
        journal.append = original_append  # type: ignore[method-assign]
        latencies.sort()
        print(f"300-call shift: {events} events in {len(latencies)} durable transactions, {shift_s:.2f} s total")
        print(f"append latency (synchronous=FULL): median {statistics.median(latencies):.2f} ms, "
              f"p99 {latencies[int(len(latencies) * 0.99)]:.2f} ms, max {latencies[-1]:.2f} ms")

        journal.ack([e.event_id for e in journal.pending(limit=10_000)])
        t0 = time.perf_counter()
        restored = AgentSession("agent", Policy(wrapup_s=30), clock, journal)
        restored.restore(journal.events_since_last_shift("agent"))
        restore_ms = (time.perf_counter() - t0) * 1000
        print(f"restore a 300-call shift at start-up: {restore_ms:.0f} ms "
              f"(answered={restored.summary.answered}, AHT={restored.summary.aht_ms(clock.now_ms()) / 1000:.1f} s)")
        batch = [DomainEvent(EventKind.CALL_QUALITY, 1, 1, {"call_id": "x", "mos": 4.1}) for _ in range(500)]
        t0 = time.perf_counter()
        for _ in range(40):
            journal.append("agent", batch)
        rate = 20_000 / (time.perf_counter() - t0)
        print(f"batched append: {rate:,.0f} events/s (batches of 500)")

        journal.close()
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        print(f"journal size after the shift + 20k bench events: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
