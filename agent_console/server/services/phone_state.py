"""The agents' phone reachability on the board, as their consoles report it on the live channel.

The console knows when its PBX is gone (registration failed, or the liveness probe stopped
hearing the PBX); the server does not. Without this a supervisor sees an agent "available" whom
the PBX cannot reach. The state is stamped with the server's clock when it changes, so "since"
does not depend on the laptop's clock, and a repeat of the same state (every reconnect) keeps it.
"""

from __future__ import annotations

from sqlalchemy import update

from agent_console.protocol import PhoneState
from agent_console.server.context import ServerContext
from agent_console.server.models import AgentState
from agent_console.server.services import board


def report(ctx: ServerContext, user_id: int, state: PhoneState) -> bool:
    """Store ``state`` for ``user_id``; announce the board row if it changed. True if it did."""
    now = ctx.clock()
    with ctx.db.write() as s:
        changed = s.scalars(
            update(AgentState)
            .where(AgentState.user_id == user_id,
                   (AgentState.phone.is_(None)) | (AgentState.phone != state))
            .values(phone=state, phone_since_ms=now, updated_ms=now)
            .returning(AgentState.user_id)
        ).all()
        board.announce(s, ctx, changed)
        return bool(changed)
