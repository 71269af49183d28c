"""The grid under a live feed without resets: a snapshot after a reconnect is merged into the rows
shown, the sort/filter proxy moves one row per delta (never re-sorting everything), selection
follows its agent, the proxy's order always equals a plain sort of the rows; the console-version
column sorts by version; "unreachable" means the same in the counters, the filter, the
reachability column and the server's board."""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from agent_console.protocol import Alert, BoardRow
from agent_console.server.services.board import summarize
from agent_console.supervisor.grid import counters, is_unreachable, version_key
from agent_console.ui.supervisor import filter_proxy, grid_model
from agent_console.ui.supervisor.filter_proxy import UNREACHABLE, AgentFilterProxy
from agent_console.ui.supervisor.grid_model import AgentGridModel, Col

from .test_grid_model import T, board, row

STATUSES = ("available", "on_call", "wrap_up", "dnd", "break", "offline", "ringing")


class Signals:
    """Every structural signal a model emits, in order."""

    def __init__(self, model: Any) -> None:
        self.seen: list[tuple[Any, ...]] = []
        model.modelReset.connect(lambda: self.seen.append(("reset",)))
        model.layoutChanged.connect(lambda *_a: self.seen.append(("layout",)))
        model.rowsInserted.connect(lambda _p, a, b: self.seen.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.seen.append(("removed", a, b)))
        model.rowsMoved.connect(lambda _p, a, b, _d, to: self.seen.append(("moved", a, b, to)))
        model.dataChanged.connect(lambda a, b, roles=(): self.seen.append(("changed", a.row(), b.row())))

    def kinds(self) -> set[str]:
        return {s[0] for s in self.seen}


def names(proxy: AgentFilterProxy) -> list[str]:
    return [proxy.row_at(r).username for r in range(proxy.rowCount())]  # type: ignore[union-attr]


def test_a_snapshot_is_merged_not_reset(qtmodeltester: Any) -> None:
    model = AgentGridModel(clock=lambda: T)
    model.set_board(board(), server_ms=T)  # alice, bob, carl, dina
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.NAME)
    qtmodeltester.check(proxy, force_py=True)
    src, view = Signals(model), Signals(proxy)
    model.set_board(board(), server_ms=T)  # the same board again: nothing to do
    assert src.seen == [] and view.seen == []

    changed = [row("alice"), row("bob", "dnd"), row("dina"), row("erik", "break")]  # carl gone, erik new
    model.set_board(changed, server_ms=T)
    assert "reset" not in src.kinds() | view.kinds()
    # carl's row removed, then bob's and dina's changes (neighbours now: one range), erik appended
    assert src.seen == [("removed", 2, 2), ("changed", 1, 2), ("inserted", 3, 3)]
    assert [r.username for r in model.state.rows] == ["alice", "bob", "dina", "erik"]
    assert model.data(model.index(1, Col.STATUS)) == "Working — do not disturb"
    assert names(proxy) == ["alice", "bob", "dina", "erik"]
    qtmodeltester.check(proxy, force_py=True)


def test_selection_follows_its_agent_through_deltas_and_a_snapshot(qtbot: QtBot) -> None:
    model = AgentGridModel(clock=lambda: T)
    model.set_board([row(f"a{i:02d}", display_name=f"Agent {i:02d}") for i in range(40)], server_ms=T)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.STATUS)
    chosen = QPersistentModelIndex(proxy.index(names(proxy).index("a07"), Col.STATUS))
    view = Signals(proxy)
    model.apply_row(row("a07", "wrap_up", display_name="Agent 07"))  # Available -> Wrap-up: last
    assert view.seen[0][0] == "moved" and "layout" not in view.kinds() and "reset" not in view.kinds()
    assert chosen.row() == 39 and proxy.row_at(chosen.row()).username == "a07"  # type: ignore[union-attr]
    # a reconnect's snapshot in which most rows changed: one re-sort, the selection kept
    fresh = [row(f"a{i:02d}", "break" if i % 3 else "available", display_name=f"Agent {i:02d}") for i in range(40)]
    model.set_board(fresh, server_ms=T)
    assert "reset" not in view.kinds()
    assert chosen.isValid() and proxy.row_at(chosen.row()).username == "a07"  # type: ignore[union-attr]
    assert names(proxy)[:14] == [f"a{i:02d}" for i in range(0, 40, 3)]  # Available before Break


def test_the_proxy_order_is_always_a_plain_sort_of_the_rows(qtmodeltester: Any, monkeypatch: Any) -> None:
    """Random deltas, snapshots, sort columns, orders and filters: after each, the rows shown
    equal the rows that pass the filter sorted by (key, source row). "Many rows" is lowered so that
    snapshots take the one-pass path and deltas the row-by-row one, under Qt's model tester."""
    monkeypatch.setattr(filter_proxy, "MANY_ROWS", 4)
    monkeypatch.setattr(grid_model, "MANY_CHANGED", 4)
    rng = random.Random(7)
    model = AgentGridModel(clock=lambda: T + 60_000)

    def random_row(i: int) -> BoardRow:
        return row(f"u{i:03d}", rng.choice(STATUSES), rng.choice(["north", "south", "west"]),
                   display_name=f"User {rng.randrange(50):02d}", since_ms=T - rng.randrange(10**6),
                   unreachable=rng.random() < 0.1, console_version=rng.choice(["1.9", "1.10", "1.2.1", None, "x"]))

    model.set_board([random_row(i) for i in range(30)], server_ms=T + 60_000)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    for step in range(100):
        action = rng.random()
        if action < 0.7:
            model.apply_row(random_row(rng.randrange(36)))  # some new agents too
        elif action < 0.75:
            model.set_board([random_row(i) for i in rng.sample(range(40), 30)], server_ms=T + 60_000)
        elif action < 0.85:
            proxy.sort(rng.choice(list(Col)), rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]))
        elif action < 0.9:
            proxy.set_team(rng.choice([None, "north", "south"]))
        elif action < 0.95:
            proxy.set_status(rng.choice([None, "available", "on_call", UNREACHABLE]))
        else:
            proxy.set_search(rng.choice(["", "user 1", "U00"]))
        rows = model.state.rows
        shown = [s for s in range(len(rows)) if proxy.accepts(rows[s])]
        if proxy.sortColumn() >= 0:
            keyed = sorted(((model.key_of(rows[s], proxy.sortColumn()), s) for s in shown),
                           reverse=proxy.sortOrder() == Qt.SortOrder.DescendingOrder)
            shown = [s for _k, s in keyed]
        assert [proxy.source_row(v) for v in range(proxy.rowCount())] == shown, step
    qtmodeltester.check(proxy, force_py=True)


def test_console_version_sorts_by_version_not_as_text() -> None:
    assert version_key("1.9") < version_key("1.10") < version_key("2.0")
    assert version_key("1.0.0rc1") < version_key("1.0.0") == version_key("1.0") < version_key("1.0.0.post1")
    assert version_key(None) < version_key("0.1") < version_key("not a version")
    model = AgentGridModel(clock=lambda: T)
    model.set_board([row("a", console_version="1.10.0"), row("b", console_version="1.9.2"),
                     row("c", console_version=None), row("d", console_version="1.9.10")], server_ms=T)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.VERSION)
    assert names(proxy) == ["c", "b", "d", "a"]
    model.apply_row(row("c", console_version="1.11"))
    assert names(proxy) == ["b", "d", "a", "c"]


def test_unreachable_means_the_same_in_counters_filter_column_and_server_board() -> None:
    rows = [row("lost", "on_call", unreachable=True), row("break", "break", unreachable=True),
            row("gone", "offline", unreachable=True),  # a stale flag on a signed-out agent
            row("here", "available"), row("off", "offline")]
    c = counters(rows)
    assert c["unreachable"] == 2 and c["on_call"] == 0 and c["break"] == 0  # not under their last status
    assert c["offline"] == 2 and c["available"] == 1
    model = AgentGridModel(clock=lambda: T)
    model.set_board(rows, server_ms=T)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status(UNREACHABLE)
    assert sorted(names(proxy)) == ["break", "lost"]
    reach = {r.username: model.data(model.index(i, Col.REACH)) for i, r in enumerate(model.state.rows)}
    assert reach["lost"].startswith("Unreachable since") and reach["break"].startswith("Unreachable since")
    assert reach["gone"] == "" and reach["off"] == ""
    # The server never flags a signed-out agent (and clears the flag at sign-out): on its rows the
    # board's own count agrees with ours.
    server_rows = [r for r in rows if r.username != "gone"]
    assert summarize(server_rows).unreachable == counters(server_rows)["unreachable"] == 2
    assert [is_unreachable(r) for r in rows] == [True, True, False, False, False]


def test_an_alert_repaints_its_row_only() -> None:
    model = AgentGridModel(clock=lambda: T)
    model.set_board(board(), server_ms=T)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.NAME, Qt.SortOrder.DescendingOrder)  # dina, carl, bob, alice
    view = Signals(proxy)
    alert = Alert(key="k", kind="break_over_budget", username="carl", display_name="Carl", team="south",
                  began_ms=T, limit_s=3600)
    model.set_alerts("south", [alert])
    assert view.seen == [("changed", 1, 1)]
    proxy.sort(-1)  # unsorted: the order agents first appeared
    view.seen.clear()
    model.set_alerts("south", [])
    assert view.seen == [("changed", 2, 2)]
