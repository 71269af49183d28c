"""Console versions: the minimum and latest IT publishes, and the one each agent's console reports.

The published pair is one row of ``policy_layers`` (scope ``console``), so it needs no table of
its own and provisioning reads it in the same session. A console reports its version with the
``User-Agent: agent-console/<version>`` header it sends on every request; provisioning stores it
on the user when it changed and announces the agent's board row, so supervisors see it live.
"""

from __future__ import annotations

import re

from packaging.version import InvalidVersion, Version
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from agent_console.server.context import ServerContext
from agent_console.server.models import PolicyLayer, User
from agent_console.server.services import board
from agent_console.server.services.errors import ServiceError

SCOPE, REF = "console", "versions"
_USER_AGENT = re.compile(r"\bagent-console/([0-9][0-9A-Za-z.+!-]{0,31})")


def _checked(value: str | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return str(Version(value))
    except InvalidVersion:
        raise ServiceError(422, f"{what}: {value!r} is not a version (e.g. 1.4.2)") from None


def published(s: Session) -> tuple[str | None, str | None]:
    """(minimum, latest); either is None when IT has not set it."""
    row = s.scalar(select(PolicyLayer).where(PolicyLayer.scope == SCOPE, PolicyLayer.ref == REF))
    if row is None:
        return None, None
    return row.values.get("minimum"), row.values.get("latest")


def publish(s: Session, minimum: str | None, latest: str | None) -> tuple[str | None, str | None]:
    """Set both (None or "" clears one). The minimum may not be newer than the latest."""
    low, high = _checked(minimum, "minimum"), _checked(latest, "latest")
    if low is not None and high is not None and Version(low) > Version(high):
        raise ServiceError(422, f"minimum {low} is newer than latest {high}")
    row = s.scalar(select(PolicyLayer).where(PolicyLayer.scope == SCOPE, PolicyLayer.ref == REF))
    values = {"minimum": low, "latest": high}
    if row is None:
        s.add(PolicyLayer(scope=SCOPE, ref=REF, values=values))
    else:
        row.values = values
    return low, high


def reported(user_agent: str | None) -> str | None:
    """The console version in a ``User-Agent`` header, if it is the console's and a valid version."""
    match = _USER_AGENT.search(user_agent or "")
    if match is None:
        return None
    try:
        return str(Version(match.group(1)))
    except InvalidVersion:
        return None


def stored(s: Session, user_id: int) -> str | None:
    return s.scalar(select(User.console_version).where(User.id == user_id))


def record(s: Session, ctx: ServerContext, user_id: int, version: str) -> None:
    """Store the agent's console version if it changed, and announce the agent's board row."""
    changed = s.scalars(
        update(User).where(User.id == user_id, User.console_version.is_distinct_from(version))
        .values(console_version=version).returning(User.id)
    ).all()
    if changed:
        board.announce(s, ctx, [user_id])
