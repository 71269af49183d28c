""""Check my setup" on the start (sign-in) screen and in Settings opens the check with the settings
of that moment (in Settings: as the form shows them, saved or not)."""

from __future__ import annotations

import types
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from agent_console.app.config import AppConfig
from agent_console.diagnostics.precheck import CheckPlan
from agent_console.ui import check_dialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[CheckPlan]:
    """The plans the check windows were opened with (the check itself does not run here)."""
    plans: list[CheckPlan] = []
    monkeypatch.setattr(check_dialog.CheckDialog, "start", lambda self: plans.append(self.plan))
    return plans


def test_settings_button_checks_what_the_form_shows(qtbot: Any, opened: list[CheckPlan]) -> None:
    from agent_console.ui.settings_dialog import SettingsDialog

    config = AppConfig(registrar="pbx.example.com", server_url="https://console.example.com",
                       audio_input="pulse:mic1", stun_server="stun.example.com")
    dialog = SettingsDialog(config, [], {"input": [("pulse:mic1", "Mic 1")], "output": [], "ringer": []})
    qtbot.addWidget(dialog)
    dialog.ui.registrarEdit.setText("10.0.0.5:5080")      # changed in the form, not saved
    button = dialog.findChild(QPushButton, "checkSetupButton")
    assert button is not None and button.text() == "Check my setup"
    button.click()
    [plan] = opened
    assert plan.registrar == "10.0.0.5:5080" and plan.server_url == "https://console.example.com"
    assert plan.sip_password is None            # nothing typed: the PBX line reads the keyring
    assert plan.microphone == "pulse:mic1" and plan.stun_server == "stun.example.com" and plan.audio
    windows = dialog.findChildren(check_dialog.CheckDialog)
    assert len(windows) == 1 and windows[0].isVisible()
    windows[0].close()
    dialog.ui.passwordEdit.setText("typed-not-saved")     # a new password, checked before it is kept
    button.click()
    assert opened[1].sip_password is not None and opened[1].sip_password() == "typed-not-saved"


def test_sign_in_screen_has_the_button_when_given_the_settings(qtbot: Any, opened: list[CheckPlan]) -> None:
    from agent_console.ui.login_dialog import LoginDialog

    service = types.SimpleNamespace(logged_in=types.SimpleNamespace(connect=lambda _slot: None),
                                    login_failed=types.SimpleNamespace(connect=lambda _slot: None))
    plain = LoginDialog(service, "https://console.example.com", "")  # type: ignore[arg-type]
    qtbot.addWidget(plain)
    assert plain.findChild(QPushButton, "checkSetupButton") is None
    dialog = LoginDialog(service, "https://console.example.com", "",  # type: ignore[arg-type]
                         check_config=AppConfig(registrar="pbx.example.com", transport="tls"))
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "checkSetupButton")
    assert button is not None
    button.click()
    [plan] = opened
    assert plan.registrar == "pbx.example.com" and plan.transport == "tls"
