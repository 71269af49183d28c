"""The supervisor asks an agent's console for diagnostics, against a real server process: the
action is refused outside the supervisor's teams with a clear message, sent within them, and the
agent's answer (here: declined) is announced on the live feed and shows in the agent's day."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from pytestqt.qtbot import QtBot

from agent_console.protocol import ActionRequest
from agent_console.ui.supervisor.actions import ActionDialog
from agent_console.ui.supervisor.window import SupervisorWindow
from tests.supervisor.windows import open_window
from tests.sync.kit import ServerProc


@pytest.fixture
def window(qtbot: QtBot, sup_server: ServerProc) -> Iterator[SupervisorWindow]:
    win = open_window(qtbot, sup_server, "sue", 2)
    yield win
    win.service.stop()


def test_the_dialog_asks_for_a_reason_shown_to_the_agent(qtbot: QtBot) -> None:
    dialog = ActionDialog("diagnostics", "Alice")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ask Alice for diagnostics"
    dialog.reason.setText("no sound since 10:00")
    assert dialog.request() == ActionRequest(type="diagnostics", reason="no sound since 10:00")


def test_asking_outside_the_team_is_refused_and_the_agents_answer_shows_in_the_day(
        qtbot: QtBot, sup_server: ServerProc, window: SupervisorWindow) -> None:
    assert window.diagnostics_button.text() == "Ask for dia&gnostics…" and window.diagnostics_button.isEnabled()
    window.send_action("carl", ActionRequest(type="diagnostics", reason="x"))
    qtbot.waitUntil(lambda: "not in your teams" in window.last_message, timeout=10_000)
    window.send_action("alice", ActionRequest(type="diagnostics", reason="no sound"))
    qtbot.waitUntil(lambda: window.last_message.startswith("Asked alice for diagnostics."), timeout=10_000)
    assert "their day" in window.last_message
    sue = {"Authorization": f"Bearer {sup_server.login('sue')}"}
    day = httpx.get(f"{sup_server.url}/api/v1/supervisor/agents/alice/day", headers=sue, timeout=10).json()
    [asked] = day["actions"]
    assert asked["type"] == "diagnostics" and "answer" not in asked
    r = httpx.post(f"{sup_server.url}/api/v1/diagnostics/requests/{asked['id']}/answer", json={"answer": "declined"},
                   headers={"Authorization": f"Bearer {sup_server.login('alice')}"}, timeout=10)
    assert r.status_code == 200, r.text
    qtbot.waitUntil(lambda: window.last_message == "alice declined to send the diagnostics.", timeout=10_000)
    window.service.day("alice")
    qtbot.waitUntil(lambda: window.drill is not None and window.drill.isVisible(), timeout=10_000)
    drill = window.drill
    assert drill is not None and drill.action_log.rowCount() == 1
    kind, detail = drill.action_log.item(0, 2), drill.action_log.item(0, 4)
    assert kind is not None and kind.text() == "Diagnostics requested"
    assert detail is not None and detail.text() == "no sound — declined by the agent"
