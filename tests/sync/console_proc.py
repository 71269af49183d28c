"""A console's sync engine in a subprocess (for the SIGKILL test): drains the given journal to the
server with a token passed on stdin, prints "synced" when the outbox is empty, then keeps running."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from agent_console.sync.credentials import StoredToken
from agent_console.sync.engine import EngineOptions, SyncEngine
from tests.sync.kit import MemoryCredentials


class Listener:
    def __init__(self) -> None:
        self.said_synced = False

    def state(self, state: str, waiting: int, offline_since_ms: int) -> None:
        print(f"state {state} {waiting}", flush=True)

    def __getattr__(self, name: str) -> Any:
        return lambda *args: print(name, *args, flush=True)


async def main() -> None:
    url, journal, batch = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    token = sys.stdin.readline().strip()
    creds = MemoryCredentials(token=StoredToken("alice", token, time.time_ns() // 1_000_000 + 3600_000))
    engine = SyncEngine(url, journal, Listener(), credentials=creds,
                        options=EngineOptions(batch_size=batch, poll_s=0.1, status_s=0.1, live=False,
                                              backoff_cap_s=1.0))
    await engine.run()


if __name__ == "__main__":
    asyncio.run(main())
