"""The grid model on its own: Qt's model tester, in-place updates (no resets), the proxy's sort,
filters and search, counters, alerts and the stale (offline) state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from agent_console.protocol import Alert, BoardRow, CurrentCall, DayCounters
from agent_console.supervisor.grid import counters
from agent_console.ui.supervisor.filter_proxy import UNREACHABLE, AgentFilterProxy
from agent_console.ui.supervisor.grid_model import ALERT_BACKGROUND, AgentGridModel, Col

T = 1_800_000_000_000


def row(name: str, status: str = "available", team: str = "north", **kw: Any) -> BoardRow:
    base: dict[str, Any] = dict(username=name, display_name=name.title(), team=team, status=status, reason=None,
                                since_ms=T, unreachable=False, call=None, today=DayCounters(), updated_ms=T)
    return BoardRow(**{**base, **kw})


def board() -> list[BoardRow]:
    return [row("alice"), row("bob", "on_call", call=CurrentCall(call_id="c", direction="inbound", number="+7701",
                                                                 state="talking", since_ms=T, duration_s=0)),
            row("carl", "break", "south", reason="lunch"), row("dina", "available", unreachable=True)]


def test_qtmodeltester_through_feed_changes(qtmodeltester: Any) -> None:
    model = AgentGridModel(clock=lambda: T + 65_000)
    qtmodeltester.check(model, force_py=True)
    model.set_board(board(), server_ms=T + 65_000)
    model.apply_row(row("alice", "dnd", since_ms=T + 1000))
    model.apply_row(row("erik", "wrap_up"))
    model.tick()
    qtmodeltester.check(model, force_py=True)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.IN_STATUS)
    qtmodeltester.check(proxy, force_py=True)


def test_delta_is_one_row_changed_never_a_reset(qtbot: QtBot) -> None:
    model = AgentGridModel(clock=lambda: T + 65_000)
    model.set_board(board(), server_ms=T + 65_000)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    inserted: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    model.apply_row(row("carl", "available", "south", since_ms=T + 60_000))
    assert resets == [] and changed == [(2, 2)]
    assert model.data(model.index(2, Col.STATUS)) == "Available"
    assert model.data(model.index(2, Col.IN_STATUS)) == "0:00:05"
    model.apply_row(row("erik"))
    assert inserted == [4] and resets == []


def test_sort_filter_search() -> None:
    model = AgentGridModel(clock=lambda: T + 65_000)
    model.set_board(board(), server_ms=T)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)

    def names() -> list[str]:
        return [proxy.data(proxy.index(r, Col.NAME)) for r in range(proxy.rowCount())]

    proxy.sort(Col.NAME, Qt.SortOrder.DescendingOrder)
    assert names() == ["Dina", "Carl", "Bob", "Alice"]
    proxy.set_team("south")
    assert names() == ["Carl"]
    proxy.set_team(None)
    proxy.set_status("on_call")
    assert names() == ["Bob"]
    proxy.set_status(UNREACHABLE)
    assert names() == ["Dina"]
    proxy.set_status(None)
    proxy.set_search("AL")
    assert names() == ["Alice"]
    proxy.set_search("")
    proxy.sort(Col.STATUS)
    assert sorted(names()[:2]) == ["Alice", "Dina"] and names()[-1] == "Bob"  # Available ... On call
    model.apply_row(row("alice", "on_call", since_ms=T))  # a delta re-sorts and re-filters in place
    assert names()[0] == "Dina" and sorted(names()[-2:]) == ["Alice", "Bob"]
    proxy.set_status("on_call")
    assert sorted(names()) == ["Alice", "Bob"]


def test_counters_alerts_and_stale_state() -> None:
    assert counters(board()) == {"available": 1, "on_call": 1, "wrap_up": 0, "dnd": 0, "break": 1, "offline": 0,
                                 "unreachable": 1}
    model = AgentGridModel(clock=lambda: T)
    model.set_board(board(), server_ms=T)
    alert = Alert(key="k", kind="break_over_budget", username="carl", display_name="Carl", team="south",
                  began_ms=T, limit_s=3600)
    model.set_alerts("south", [alert])
    assert model.data(model.index(2, Col.NAME), Qt.ItemDataRole.BackgroundRole) == ALERT_BACKGROUND
    assert model.data(model.index(2, Col.ALERT)) == "Break over budget"
    assert model.data(model.index(0, Col.NAME), Qt.ItemDataRole.BackgroundRole) is None
    model.set_alerts("south", [])
    assert model.data(model.index(2, Col.NAME), Qt.ItemDataRole.BackgroundRole) is None
    model.set_stale(T)
    assert model.data(model.index(0, Col.NAME), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 4
