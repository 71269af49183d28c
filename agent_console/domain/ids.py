"""Time-ordered unique ids (UUIDv7) for calls and journal events.

The same layout as ``uuid6.uuid7`` (48-bit Unix milliseconds, strictly increasing within the
process, 76 random bits), written here because importing ``uuid6`` reads its own version from the
installed package metadata, which pulls ``importlib.metadata`` and the ``email`` package onto the
console's start path for nothing.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_last_ms = 0
_lock = threading.Lock()


def uuid7() -> uuid.UUID:
    """A new UUIDv7; its timestamp never goes backwards within this process (a later id sorts later)."""
    global _last_ms
    with _lock:
        ms = max(time.time_ns() // 1_000_000, _last_ms + 1)
        _last_ms = ms
    value = ((ms & 0xFFFF_FFFF_FFFF) << 80) | int.from_bytes(os.urandom(10), "big") >> 4  # + 76 random bits
    value = (value & ~(0xF << 76)) | (7 << 76)  # version 7 (this Python's uuid module knows only 1-5)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return uuid.UUID(int=value)
