"""The supervisor's board as rows in a stable order, folded from the live feed.

A snapshot replaces everything (after every (re)connect: nothing shown is older than the
connection); a delta replaces one agent's row in place and says which position changed, so the
view repaints that row only. Rows keep the order in which agents first appeared (the snapshot's
order, newcomers appended): sorting is the view's business (a proxy model), and a stable source
order is what lets a delta be a single-row change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from agent_console.protocol import Alert, BoardRow

COUNTER_KEYS = ("available", "on_call", "wrap_up", "dnd", "break", "offline", "unreachable")


@dataclass(frozen=True)
class Change:
    """What a delta did: ``index`` of the row, and whether it was appended (a new agent)."""

    index: int
    inserted: bool


class GridState:
    def __init__(self) -> None:
        self.rows: list[BoardRow] = []
        self._index: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def reset(self, rows: Iterable[BoardRow]) -> None:
        self.rows = list(rows)
        self._index = {r.username: i for i, r in enumerate(self.rows)}

    def apply(self, row: BoardRow) -> Change:
        i = self._index.get(row.username)
        if i is None:
            self.rows.append(row)
            i = self._index[row.username] = len(self.rows) - 1
            return Change(i, True)
        self.rows[i] = row
        return Change(i, False)

    def index_of(self, username: str) -> int | None:
        return self._index.get(username)

    def teams(self) -> list[str]:
        return sorted({r.team for r in self.rows if r.team})


def counters(rows: Iterable[BoardRow]) -> dict[str, int]:
    """The numbers across the top: reachable agents per status ("on call" includes ringing), and
    the unreachable ones counted apart (their status is only what they last told us)."""
    out = dict.fromkeys(COUNTER_KEYS, 0)
    for r in rows:
        if r.unreachable and r.status != "offline":
            out["unreachable"] += 1
            continue
        key = "on_call" if r.status == "ringing" else r.status
        if key in out:
            out[key] += 1
    return out


class AlertBook:
    """Active alerts, replaced team by team as the server sends them."""

    def __init__(self) -> None:
        self.by_team: dict[str | None, list[Alert]] = {}

    def clear(self) -> None:
        self.by_team.clear()

    def set_team(self, team: str | None, alerts: list[Alert]) -> set[str]:
        """Replace one team's alerts; returns the agents whose alert state may have changed."""
        before = {a.username for a in self.by_team.get(team, [])}
        self.by_team[team] = list(alerts)
        return before | {a.username for a in alerts}

    def all(self) -> list[Alert]:
        return sorted((a for alerts in self.by_team.values() for a in alerts), key=lambda a: (a.began_ms, a.key))

    def of(self, username: str) -> list[Alert]:
        return [a for alerts in self.by_team.values() for a in alerts if a.username == username]
