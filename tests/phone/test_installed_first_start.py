"""An installed console's first start: IT's machine policy presets and locks the server address, so
the operator is asked only for user name and password; signing in provisions the SIP account from
the (real) server, and the phone registers to Kamailio with it. Nothing was typed but the sign-in.

The system scope is redirected by patching the module constant, as ``app/config.py`` says; the
keyring is replaced by the in-memory credential store (the OS keyring has its own tests)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from agent_console.app import config as cfg
from agent_console.app import console as console_mod
from agent_console.app import sync_wiring as sync_wiring_mod
from agent_console.app.config import load_config
from agent_console.app.sync_wiring import SyncWiring
from agent_console.sync.credentials import SessionCredentials
from tests.sync.kit import PASSWORD, SERVER_BIN, ServerProc, make_template, server_env

from .conftest import USERS, Kamailio

pytestmark = pytest.mark.slow


@pytest.fixture
def server(tmp_path: Path, kamailio: Kamailio) -> Iterator[ServerProc]:
    db = make_template(tmp_path / "server.db")
    subprocess.run([str(SERVER_BIN), "set-sip", "alice", "--database-url", f"sqlite:///{db}",
                    "--registrar", kamailio.registrar, "--transport", "udp", "--extension", "1001",
                    "--password-stdin"], input=USERS["1001"] + "\n", text=True, env=server_env(),
                   check=True, capture_output=True, timeout=120)
    proc = ServerProc(db).start(timeout_s=90)
    yield proc
    proc.stop()


def test_first_start_asks_only_user_and_password_then_registers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any, qtbot: Any, server: ServerProc,
        kamailio: Kamailio, make_phone: Callable[..., Any]) -> None:
    policy = tmp_path / "etc" / "agent-console" / "policy.ini"
    policy.parent.mkdir(parents=True)
    s = QSettings(str(policy), QSettings.Format.IniFormat)
    s.setValue("server/server_url", server.url)
    s.setValue("policy/locked", "server_url")
    s.sync()
    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", policy)
    monkeypatch.setattr(sys, "platform", "linux")
    # the console imports SyncWiring from its module when it starts sync
    monkeypatch.setattr(sync_wiring_mod, "SyncWiring",
                        lambda c, url, _creds: SyncWiring(c, url, SessionCredentials()))
    user_ini = tmp_path / "home" / "agent-console.ini"  # first start: no settings file yet
    user_ini.parent.mkdir()
    config, _ = load_config(user_ini)
    assert config.server_url == server.url and "server_url" in config.locked and not config.registrar

    console = console_mod.Console(qapp, config, user_ini, journal_path=tmp_path / "journal.sqlite3",
                                  phone=make_phone())
    states: list[str] = []
    try:
        console.start()
        assert console.window is not None and console.controller is not None
        console.window.quit_requested.disconnect()
        qtbot.addWidget(console.window)
        console.controller.registration.connect(lambda state, _text: states.append(state))
        qtbot.waitUntil(lambda: console.sync is not None and console.sync._dialog is not None
                        and console.sync._dialog.isVisible(), timeout=20_000)
        assert console.sync is not None
        dialog = console.sync._dialog
        assert not dialog.ui.serverEdit.isVisible() and not dialog.ui.serverLabel.isVisible()
        assert dialog.ui.userEdit.isVisible() and dialog.ui.passwordEdit.isVisible()
        assert dialog.server_url() == server.url
        dialog.ui.userEdit.setText("alice")
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.submit()
        qtbot.waitUntil(lambda: "registered" in states, timeout=30_000)
        assert states[0] == "direct", "no PBX before provisioning: only direct calls"
        assert not user_ini.exists() or "1001" not in user_ini.read_text(), "the account stays provisioned"
    finally:
        console.shutdown()
