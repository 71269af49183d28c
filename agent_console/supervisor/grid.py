"""The supervisor's board as rows in a stable order, folded from the live feed.

A delta replaces one agent's row in place and says which position changed, so the view repaints
that row only. A snapshot (after every (re)connect: nothing shown is older than the connection) is
merged the same way: rows whose agent is gone are removed, changed rows replaced where they are,
new agents appended — never a reset, so the view keeps its selection, scroll position and sort
without re-sorting thousands of unchanged rows. Rows keep the order in which agents first appeared:
sorting is the view's business (a proxy model), and a stable source order is what lets a delta be a
single-row change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from packaging.version import InvalidVersion, Version

from agent_console.protocol import Alert, BoardRow

COUNTER_KEYS = ("available", "on_call", "wrap_up", "dnd", "break", "offline", "unreachable")


@dataclass(frozen=True)
class Change:
    """What a delta did: ``index`` of the row, and whether it was appended (a new agent)."""

    index: int
    inserted: bool


@dataclass
class SnapshotPlan:
    """How to turn the rows shown into a snapshot's: ``removed`` indices (ascending, of the rows
    now), then ``changed`` (index after the removals, new row), then ``added`` appended in order."""

    removed: list[int] = field(default_factory=list)
    changed: list[tuple[int, BoardRow]] = field(default_factory=list)
    added: list[BoardRow] = field(default_factory=list)


class GridState:
    def __init__(self) -> None:
        self.rows: list[BoardRow] = []
        self._index: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def reset(self, rows: Iterable[BoardRow]) -> None:
        self.rows = list(rows)
        self._reindex()

    def _reindex(self) -> None:
        self._index = {r.username: i for i, r in enumerate(self.rows)}

    def apply(self, row: BoardRow) -> Change:
        i = self._index.get(row.username)
        if i is None:
            self.rows.append(row)
            i = self._index[row.username] = len(self.rows) - 1
            return Change(i, True)
        self.rows[i] = row
        return Change(i, False)

    def plan(self, snapshot: Iterable[BoardRow]) -> SnapshotPlan:
        """What merging ``snapshot`` changes (nothing is changed yet); unchanged rows are left out."""
        new = {r.username: r for r in snapshot}
        plan = SnapshotPlan(removed=[i for i, r in enumerate(self.rows) if r.username not in new])
        gone = set(plan.removed)
        kept = 0
        for i, old in enumerate(self.rows):
            if i in gone:
                continue
            row = new.pop(old.username)
            if row.__dict__ != old.__dict__:  # the fields only (pydantic's == checks more, slowly)
                plan.changed.append((kept, row))
            kept += 1
        plan.added = list(new.values())
        return plan

    def remove(self, first: int, last: int) -> None:
        del self.rows[first:last + 1]
        self._reindex()

    def replace(self, i: int, row: BoardRow) -> None:
        self.rows[i] = row

    def index_of(self, username: str) -> int | None:
        return self._index.get(username)

    def teams(self) -> list[str]:
        return sorted({r.team for r in self.rows if r.team})


def runs(indices: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending ``indices`` as (first, last) runs of consecutive numbers."""
    out: list[tuple[int, int]] = []
    for i in indices:
        if out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def is_unreachable(row: BoardRow) -> bool:
    """The agent's console stopped heartbeating while signed in. An offline agent has no console
    to hear from (the server clears the flag at sign-out and never sets it on an offline agent),
    so a stale flag on an offline row does not count: counters, filter and the reachability column
    all use this one test."""
    return row.unreachable and row.status != "offline"


def counters(rows: Iterable[BoardRow]) -> dict[str, int]:
    """The numbers across the top: reachable agents per status ("on call" includes ringing), and
    the unreachable ones counted apart (their status is only what they last told us)."""
    out = dict.fromkeys(COUNTER_KEYS, 0)
    for r in rows:
        if is_unreachable(r):
            out["unreachable"] += 1
            continue
        key = "on_call" if r.status == "ringing" else r.status
        if key in out:
            out[key] += 1
    return out


_PHASES = {"a": 1, "b": 2, "rc": 3}


def version_key(text: str | None) -> tuple[object, ...]:
    """A console version as a sort key of plain tuples (compared in C, not by Python methods):
    by version, not as text ("1.9" < "1.10"; "1.0.0rc1" < "1.0.0" < "1.0.0.post1"; "1.0" ==
    "1.0.0"). None or empty first, then versions, then anything unparsable as text."""
    if not text:
        return (0,)
    try:
        v = Version(text)
    except InvalidVersion:
        return (2, text.casefold())
    release = list(v.release)
    while len(release) > 1 and release[-1] == 0:
        release.pop()
    if v.pre is not None:
        phase: tuple[int, ...] = (_PHASES.get(v.pre[0], 1), v.pre[1])
    elif v.dev is not None and v.post is None:
        phase = (0, 0)  # 1.0.dev1 comes before 1.0a1
    else:
        phase = (4, 0)
    post = v.post if v.post is not None else -1
    dev = v.dev if v.dev is not None else 1 << 62
    return (1, v.epoch, tuple(release), phase, post, dev)


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
