"""The update notices from provisioned console versions: nothing when current, a quiet status-bar
hint below the latest, a "contact IT" banner below the minimum; a call in progress goes on."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_console import __version__
from agent_console.app.console_update import UpdateLevel, update_level
from agent_console.app.sync_wiring import SyncWiring
from agent_console.domain.policy import Policy
from agent_console.domain.status import Status
from agent_console.sync.credentials import SessionCredentials
from agent_console.sync.provisioning import ProvisionedConfig

NEWER = "99.0"


@pytest.mark.parametrize(("current", "minimum", "latest", "level"), [
    ("1.2.0", None, None, UpdateLevel.CURRENT),
    ("1.2.0", "1.0", "1.2", UpdateLevel.CURRENT),
    ("1.2.0", "1.0", "1.10", UpdateLevel.AVAILABLE),  # numeric, not string, comparison
    ("1.2.0", "1.2.1", "1.3", UpdateLevel.REQUIRED),
    ("1.2.0rc1", "1.2.0", None, UpdateLevel.REQUIRED),
    ("1.2.0", "soon", "later", UpdateLevel.CURRENT),  # unreadable: never a false alarm
])
def test_update_level(current: str, minimum: str | None, latest: str | None, level: UpdateLevel) -> None:
    assert update_level(current, minimum, latest) is level


@pytest.fixture
def wiring(console: Any) -> Any:
    wiring = SyncWiring(console, "http://127.0.0.1:9", SessionCredentials())  # never started: no thread
    yield wiring
    wiring.deleteLater()


def provisioned(minimum: str | None, latest: str | None) -> ProvisionedConfig:
    return ProvisionedConfig(username="aigerim", team=None, policy=Policy(), sip=None,
                             console_minimum=minimum, console_latest=latest)


def test_nothing_shows_for_a_current_console(window: Any, wiring: Any) -> None:
    wiring.service.provisioned.emit(provisioned(__version__, __version__))
    assert not wiring.update_hint.isVisible() and not wiring.update_banner.isVisible()
    wiring.service.provisioned.emit(provisioned(None, None))
    assert not wiring.update_hint.isVisible() and not wiring.update_banner.isVisible()


def test_quiet_hint_below_the_latest(window: Any, wiring: Any) -> None:
    wiring.service.provisioned.emit(provisioned(__version__, NEWER))
    assert wiring.update_hint.isVisible() and not wiring.update_banner.isVisible()
    assert wiring.update_hint.text() == f"Version {NEWER} is available"
    assert wiring.update_hint.parent() is not None


def test_banner_below_the_minimum_leaves_the_call_alone(window: Any, console: Any, fake_phone: Any,
                                                         wiring: Any, languages: Any, qtbot: Any) -> None:
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    call = fake_phone.ring("+77015550101", "Айгерім")
    fake_phone.answer(call.call_id)
    wiring.service.provisioned.emit(provisioned(NEWER, NEWER))
    banner = wiring.update_banner
    assert banner.isVisible() and not wiring.update_hint.isVisible()
    assert "contact IT" in banner.text() and __version__ in banner.text() and NEWER in banner.text()
    assert console.session.status == Status.ON_CALL
    assert fake_phone.last("hangup") is None and fake_phone.last("hold") is None
    assert fake_phone.accepting is True
    assert window.isEnabled() and window.ui.actionOffline.isEnabled() is False  # still the call's rules
    languages.set_language("ru")
    qtbot.waitUntil(lambda: "ИТ-отдел" in banner.text(), timeout=3000)
    languages.set_language("kk")
    qtbot.waitUntil(lambda: "IT бөліміне" in banner.text(), timeout=3000)
    wiring.service.provisioned.emit(provisioned(None, None))  # IT lowered the minimum again
    assert not banner.isVisible()
