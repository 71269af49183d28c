"""Agent reachability from live-channel heartbeats (issue 7).

Heartbeats are counted in memory and written at most once per sweep per agent (one UPDATE for
all of them), so 2,500 consoles beating every 2 s cost one statement a second, not 1,250. The
sweep flips ``unreachable`` with a conditional ``UPDATE .. RETURNING``: with several processes
only the one whose UPDATE matched announces the change, exactly once.
An agent is unreachable when its status is not ``offline`` and no heartbeat arrived for
``heartbeat_timeout_s``; any later heartbeat restores it.
"""

from __future__ import annotations

from sqlalchemy import bindparam, update

from agent_console.server.context import ServerContext
from agent_console.server.models import AgentState
from agent_console.server.services import board


def sweep(ctx: ServerContext, seen: dict[int, int], mark_lost: bool = True) -> None:
    """Write heartbeats, restore agents heard from, flag the silent ones (unless ``mark_lost`` is
    False: right after a server start, consoles get one timeout to reconnect)."""
    now = ctx.clock()
    cutoff = now - int(ctx.settings.heartbeat_timeout_s * 1000)
    with ctx.db.write() as s:
        changed: list[int] = []
        if seen:
            s.connection().execute(
                update(AgentState.__table__)  # type: ignore[arg-type]
                .where(AgentState.__table__.c.user_id == bindparam("uid"))
                .values(last_seen_ms=bindparam("seen")),
                [{"uid": uid, "seen": ms} for uid, ms in seen.items()],
            )
            restored = s.scalars(
                update(AgentState)
                .where(AgentState.user_id.in_(list(seen)), AgentState.unreachable.is_(True))
                .values(unreachable=False, updated_ms=now)
                .returning(AgentState.user_id)
            ).all()
            changed.extend(restored)
        lost = [] if not mark_lost else s.scalars(
            update(AgentState)
            .where(
                AgentState.unreachable.is_(False),
                AgentState.status != "offline",
                (AgentState.last_seen_ms.is_(None)) | (AgentState.last_seen_ms < cutoff),
            )
            .values(unreachable=True, updated_ms=now)
            .returning(AgentState.user_id)
        ).all()
        changed.extend(lost)
        board.announce(s, ctx, changed)
