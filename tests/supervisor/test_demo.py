"""``agent-console --demo --supervisor``: the seeded server and the crowd of simulated agents
(through the real API) fill the supervisor window, and alerts fire within a minute."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agent_console.app.supervisor.demo import SUPERVISOR, SupervisorDemo
from agent_console.app.supervisor.service import SupervisorService
from agent_console.ui.supervisor.window import SupervisorWindow


@pytest.mark.slow
def test_demo_fills_the_grid_and_alerts_fire_within_a_minute(qtbot: QtBot, tmp_path: Path) -> None:
    demo = SupervisorDemo(tmp_path, agents=80)
    token = demo.start()
    service = SupervisorService(demo.url, token)
    window = SupervisorWindow(service, SUPERVISOR)
    qtbot.addWidget(window)
    try:
        service.start()
        qtbot.waitUntil(lambda: window.model.rowCount() == 80, timeout=20_000)
        qtbot.waitUntil(lambda: window.counters.values["available"] + window.counters.values["on_call"] > 20,
                        timeout=30_000)
        wanted = {"break_over_budget", "dnd_long", "unreachable"}
        qtbot.waitUntil(lambda: wanted <= {a.kind for a in window.model.alerts.all()}, timeout=60_000)
        assert window.alerts_panel.model.rowCount() >= 3
        rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
        assert any(r.phone == "unreachable" for r in rows)  # the crowd's phones report too
        assert any(r.quality is not None for r in rows) or not any(r.call for r in rows)
    finally:
        service.stop()
        demo.stop()
