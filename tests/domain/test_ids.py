"""The console's own UUIDv7: the layout the server's event-id pattern and ordering expect."""

from __future__ import annotations

import re
import time

from agent_console.domain.ids import uuid7
from agent_console.protocol import EVENT_ID_PATTERN


def test_uuid7_is_version_7_rfc_variant_and_in_the_servers_spelling() -> None:
    u = uuid7()
    assert u.version == 7 and u.variant == "specified in RFC 4122"
    assert re.fullmatch(EVENT_ID_PATTERN, str(u))
    ms = u.int >> 80
    assert abs(ms - time.time_ns() // 1_000_000) < 5_000


def test_uuid7_increases_strictly_within_a_burst() -> None:
    ids = [uuid7() for _ in range(500)]
    assert ids == sorted(ids) and len(set(ids)) == 500
    assert len({u.int & ((1 << 62) - 1) for u in ids}) == 500  # the random part differs too
