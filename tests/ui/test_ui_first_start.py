"""The first start of the real console without a PBX guides the operator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from agent_console.app.config import AppConfig, load_config
from agent_console.app.console import Console
from agent_console.phone.fake import FakePhone


def _first_start(qapp, qtbot, tmp_path: Path, clock, languages, **values: object) -> Console:
    config_path = tmp_path / "fresh" / "agent-console.ini"  # no settings file yet: a first start
    config = AppConfig(agent="aigerim", language="en", **values)  # type: ignore[arg-type]
    console = Console(qapp, config, config_path, journal_path=tmp_path / "journal.sqlite3",
                      phone=FakePhone(), clock=clock, languages=languages)
    console.start()
    assert console.window is not None
    console.window.quit_requested.disconnect()
    qtbot.addWidget(console.window)
    return console


def test_first_start_without_pbx_or_server_opens_the_account_settings(qapp, qtbot, tmp_path, clock, languages):
    console = _first_start(qapp, qtbot, tmp_path, clock, languages)
    try:
        window = console.window
        qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None
                        and window.settings_dialog.isVisible(), timeout=5000)
        u = window.settings_dialog.ui
        assert u.tabs.currentWidget() is u.accountTab
        assert u.introLabel.isVisible() and "enter the phone account" in u.introLabel.text()
        u.registrarEdit.setText("pbx.example.kz")
        u.extensionEdit.setText("1001")
        u.localPortSpin.setValue(5070)
        qtbot.mouseClick(u.buttonBox.button(u.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        saved, _ = load_config(console.config_path)
        assert (saved.registrar, saved.extension, saved.local_port) == ("pbx.example.kz", "1001", 5070)
        assert console.config.local_port == 5070
    finally:
        console.shutdown()


def test_local_port_automatic_reads_so(window, qtbot):
    window.open_settings()
    spin = window.settings_dialog.ui.localPortSpin
    assert spin.value() == 0 and spin.text() == "Automatic"
    assert not window.settings_dialog.ui.introLabel.isVisible()
    window.settings_dialog.reject()


def test_first_start_with_a_server_asks_to_sign_in(qapp, qtbot, tmp_path, clock, languages):
    console = _first_start(qapp, qtbot, tmp_path, clock, languages, server_url="http://127.0.0.1:9")
    try:
        window = console.window
        qtbot.waitUntil(lambda: "Sign in to the server" in window.ui.messageLabel.text(), timeout=5000)
        assert getattr(window, "settings_dialog", None) is None
    finally:
        console.shutdown()
