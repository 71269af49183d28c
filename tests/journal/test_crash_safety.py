"""Kill -9 at random points: every committed event is still there, in order (issue 2)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent_console.journal import Journal

WRITER = Path(__file__).with_name("writer.py")


@pytest.mark.slow
def test_sigkill_at_random_points_loses_no_committed_event(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    rng = random.Random(1414)
    confirmed = 0
    for _round in range(12):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(path)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # started and committed at least once
        assert first.strip()
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        printed = [int(x) for x in [first, *out.split()] if x.strip()]
        assert proc.returncode == -signal.SIGKILL
        journal = Journal.open(path)
        try:
            assert journal.recovered_from is None
            seqs = [e.seq for e in journal.events()]
            assert seqs == list(range(1, len(seqs) + 1)), "sequence has a gap or is out of order"
            assert seqs[-1] >= printed[-1], "an event reported committed was lost"
            assert journal.outbox_count() == len(seqs)
            for e in journal.events(after_seq=confirmed):
                assert e.payload["version"] >= 1
            confirmed = seqs[-1]
        finally:
            journal.close()
    assert confirmed > 12
