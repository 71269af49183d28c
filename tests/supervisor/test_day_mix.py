"""Status mix per 15 minutes: minutes land in the right slots, offline time is left out."""

from __future__ import annotations

from agent_console.supervisor.day_mix import SLOT_MS, mix, segments

M = 60_000


def test_minutes_split_across_slots() -> None:
    slots = mix([[(0, "available"), (20 * M, "break"), (25 * M, "offline")], [(10 * M, "on_call")]], 0, 30 * M)
    assert len(slots) == 2
    assert slots[0] == {"available": 15.0, "on_call": 5.0}
    assert slots[1] == {"available": 5.0, "break": 5.0, "on_call": 15.0}
    assert mix([], 0, 0) == []
    assert segments([(0, "available"), (SLOT_MS, "dnd")], SLOT_MS // 2) == [(0, SLOT_MS // 2, "available")]
