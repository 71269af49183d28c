"""Child process for the crash test: appends events forever, printing each committed seq.

A line is printed only after ``Journal.append`` returned, i.e. after the commit; the parent kills
this process with SIGKILL at a random moment and then checks that every printed seq survived.
"""

from __future__ import annotations

import sys
from pathlib import Path

from agent_console.domain.events import DomainEvent
from agent_console.journal import Journal
from agent_console.protocol import EventKind


def main() -> None:
    journal = Journal.open(Path(sys.argv[1]))
    n = 0
    while True:
        n += 1
        batch = [DomainEvent(EventKind.NOTE_SAVED, n, n, {"call_id": "x", "version": n, "disposition": "",
                                                          "text": "ы" * (n % 50)})
                 for _ in range(1 + n % 3)]
        envelopes = journal.append("agent", batch)
        print(envelopes[-1].seq, flush=True)


if __name__ == "__main__":
    main()
