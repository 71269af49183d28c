"""The grid's console-version column: what each agent's console reported, updated by a delta."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agent_console.ui.supervisor.grid_model import AgentGridModel, Col

from .test_grid_model import T, row


def test_console_version_column_follows_the_feed() -> None:
    model = AgentGridModel(clock=lambda: T)
    assert model.headerData(Col.VERSION, Qt.Orientation.Horizontal) == "Console version"
    model.set_board([row("alice", console_version="0.9.0"), row("bob")], server_ms=T)
    assert model.index(0, Col.VERSION).data() == "0.9.0"
    assert model.index(1, Col.VERSION).data() == ""  # never reported (an old console or never signed in)
    model.apply_row(row("alice", console_version="1.0.0"))
    assert model.index(0, Col.VERSION).data() == "1.0.0"
