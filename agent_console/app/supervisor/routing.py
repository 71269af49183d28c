"""Which window a signed-in user gets: the server's role decides, never a local setting."""

from __future__ import annotations

from typing import Literal

SUPERVISING_ROLES = frozenset({"supervisor", "admin"})


def window_for(role: str | None) -> Literal["agent", "supervisor"]:
    """Supervisors and admins get the supervisor window; agents (and unknown roles) never do."""
    return "supervisor" if role in SUPERVISING_ROLES else "agent"
