"""The grid's phone reachability, call quality and break-used cells: filled from the board row and
updated in place by a feed delta (one row changed, no reset)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from agent_console.protocol import CallQualityNow, CurrentCall
from agent_console.ui.supervisor.filter_proxy import AgentFilterProxy
from agent_console.ui.supervisor.grid_model import AgentGridModel, Col

from .test_grid_model import T, board, row

CALL = CurrentCall(call_id="c", direction="inbound", number="+7701", state="talking", since_ms=T, duration_s=0)


def hhmm(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000).strftime("%H:%M")


def test_a_delta_updates_reachability_quality_and_break_cells_in_place(qtmodeltester: Any) -> None:
    now = T + 65_000
    model = AgentGridModel(clock=lambda: now)
    model.set_board(board(), server_ms=now)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    assert model.data(model.index(0, Col.REACH)) == "Online"
    assert model.data(model.index(0, Col.BREAK)) == "" and model.data(model.index(1, Col.QUALITY)) == ""

    model.apply_row(row("alice", phone="unreachable", phone_since_ms=T + 5000))
    assert model.data(model.index(0, Col.REACH)) == f"Phone unreachable since {hhmm(T + 5000)}"
    model.apply_row(row("alice", phone="not_configured", phone_since_ms=T + 6000))
    assert model.data(model.index(0, Col.REACH)) == "Online, no phone"
    model.apply_row(row("alice", phone="unreachable", unreachable=True))  # the console lost: that says more
    assert model.data(model.index(0, Col.REACH)).startswith("Unreachable since")

    model.apply_row(row("bob", "on_call", call=CALL, quality=CallQualityNow(mos=4.3, loss_pct=0, at_ms=T)))
    assert model.data(model.index(1, Col.QUALITY)) == "Good line (4.3)"
    model.apply_row(row("bob", "on_call", call=CALL, quality=CallQualityNow(mos=1.0, loss_pct=100, at_ms=T + 5)))
    assert model.data(model.index(1, Col.QUALITY)) == "No audio"
    assert "100" in model.data(model.index(1, Col.QUALITY), Qt.ItemDataRole.ToolTipRole)

    model.apply_row(row("carl", "break", "south", reason="lunch", since_ms=T + 5000, break_before_s=600,
                        break_budget_s=3600))
    assert model.data(model.index(2, Col.BREAK)) == "11:00 / 1:00:00"  # 10 min earlier + 1 min now
    assert resets == [] and changed == [(0, 0)] * 3 + [(1, 1)] * 2 + [(2, 2)]
    qtmodeltester.check(model, force_py=True)


def test_break_column_ticks_and_sorts_by_share_of_budget() -> None:
    clock = [T + 65_000]
    model = AgentGridModel(clock=lambda: clock[0])
    model.set_board([row("alice", break_before_s=1200, break_budget_s=3600),
                     row("carl", "break", since_ms=T, break_before_s=0, break_budget_s=600),
                     row("dina", break_before_s=None)], server_ms=clock[0])
    ticked: list[int] = []
    model.dataChanged.connect(lambda a, b, roles=(): ticked.append(a.column()))
    clock[0] += 60_000
    model.tick()
    assert Col.BREAK in ticked
    assert model.data(model.index(1, Col.BREAK)) == "2:05 / 10:00"
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.BREAK, Qt.SortOrder.DescendingOrder)
    names = [proxy.data(proxy.index(i, Col.NAME)) for i in range(proxy.rowCount())]
    assert names == ["Alice", "Carl", "Dina"]  # 1/3 of the budget, then 1/5, then unknown
