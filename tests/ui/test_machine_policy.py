"""Layered settings: defaults < machine policy (IT's system scope) < server policy < the user's own
file, where keys locked by the machine or the server stay read-only and the user's file can never
unlock one. The system scope is redirected by patching the module constants, as the module says."""

from __future__ import annotations

import plistlib
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from agent_console.app import config as cfg
from agent_console.app.config import AppConfig, load_config, save_config, user_over_server
from agent_console.domain.policy import Policy


def ini(path: Path, values: dict[str, object]) -> Path:
    s = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        s.setValue(key, value)
    s.sync()
    return path


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "policy.ini"
    path.parent.mkdir()
    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", path)
    monkeypatch.setattr(sys, "platform", "linux")
    return path


def test_layers_and_locks(machine: Path, tmp_path: Path, qapp: object) -> None:
    ini(machine, {"server/server_url": "https://console.gov.kz", "ui/language": "ru", "account/registrar": "pbx.kz",
                  "policy/wrapup_s": 20, "policy/locked": "server_url, registrar"})
    user = ini(tmp_path / "user.ini", {"server/server_url": "https://evil.example", "account/registrar": "home.example",
                                       "ui/language": "en", "policy/wrapup_s": 45, "account/agent": "aigerim"})
    config, _ = load_config(user)
    assert config.server_url == "https://console.gov.kz" and config.registrar == "pbx.kz"  # locked: machine's
    assert config.language == "en" and config.wrapup_s == 45 and config.agent == "aigerim"  # user's own wins
    assert config.locked == {"server_url", "registrar"}
    assert config.user_set == {"language", "wrapup_s", "agent"}


def test_machine_values_without_a_lock_are_defaults_the_user_may_change(machine: Path, tmp_path: Path,
                                                                       qapp: object) -> None:
    ini(machine, {"ui/language": "ru", "ui/theme": "dark"})
    config, _ = load_config(ini(tmp_path / "user.ini", {"ui/theme": "light"}))
    assert (config.language, config.theme, config.locked) == ("ru", "light", frozenset())


def test_the_users_file_can_never_unlock_or_lock(machine: Path, tmp_path: Path, qapp: object) -> None:
    ini(machine, {"server/server_url": "https://console.gov.kz", "policy/locked": "server_url"})
    user = ini(tmp_path / "user.ini", {"policy/locked": "language", "server/server_url": "https://evil.example"})
    config, _ = load_config(user)
    assert config.locked == {"server_url"} and config.server_url == "https://console.gov.kz"
    # saving never writes a locked key into the user's file, and what is there changes nothing
    save_config(AppConfig(**{**config.__dict__, "language": "ru"}), user)
    assert "console.gov.kz" not in user.read_text()
    again, _ = load_config(user)
    assert again.server_url == "https://console.gov.kz" and again.language == "ru"


def test_no_environment_variable_names_the_system_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       qapp: object) -> None:
    """The old escape hatch is gone: a user pointing a variable at their own file gains nothing."""
    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", tmp_path / "absent.ini")
    fake = ini(tmp_path / "mine.ini", {"server/server_url": "https://evil.example", "policy/locked": "server_url"})
    monkeypatch.setenv("AGENT_CONSOLE_SYSTEM_CONFIG", str(fake))
    config, _ = load_config(tmp_path / "user.ini")
    assert config.server_url == "" and config.locked == frozenset()


def test_unknown_machine_keys_are_ignored(machine: Path, tmp_path: Path, qapp: object) -> None:
    ini(machine, {"server/server_url": "https://a.kz", "policy/locked": "server_url, password, bogus"})
    config, _ = load_config(tmp_path / "user.ini")
    assert config.locked == {"server_url"}


def test_windows_registry_policy(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """HKLM\\SOFTWARE\\Policies\\AgentConsole as the MSI writes it (flat value names)."""
    values = [("server_url", "https://console.gov.kz", 1), ("language", "kk", 1), ("locked", "server_url,language", 1),
              ("wrapup_s", 25, 4), ("registrar", "", 1)]  # a property IT did not pass: empty, unset
    opened: list[tuple[object, str]] = []

    class Key:
        def __enter__(self) -> Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def open_key(root: object, key: str) -> Key:
        opened.append((root, key))
        return Key()

    def enum_value(_key: Key, index: int) -> tuple[str, object, int]:
        if index >= len(values):
            raise OSError("no more data")
        return values[index]

    fake = types.SimpleNamespace(HKEY_LOCAL_MACHINE="HKLM", OpenKey=open_key, EnumValue=enum_value)
    monkeypatch.setitem(sys.modules, "winreg", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    policy = cfg.read_machine_policy()
    assert opened == [("HKLM", r"SOFTWARE\Policies\AgentConsole")]
    assert policy.values == {"server_url": "https://console.gov.kz", "language": "kk", "wrapup_s": 25}
    assert policy.locked == {"server_url", "language"}


def test_macos_managed_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    plist = tmp_path / "kz.agentconsole.console.plist"
    plist.write_bytes(plistlib.dumps({"server_url": "https://console.gov.kz", "locked": ["server_url"],
                                      "require_disposition": True}))
    monkeypatch.setattr(cfg, "MACHINE_POLICY_PLIST", plist)
    monkeypatch.setattr(sys, "platform", "darwin")
    policy = cfg.read_machine_policy()
    assert policy.values == {"server_url": "https://console.gov.kz", "require_disposition": True}
    assert policy.locked == {"server_url"}


def test_server_policy_sits_between_machine_and_user() -> None:
    server = Policy(wrapup_s=30, break_budget_s=1800, require_disposition=True)
    mine = AppConfig(wrapup_s=45, break_budget_s=600, require_disposition=False,
                     user_set=frozenset({"wrapup_s", "break_budget_s", "require_disposition"}),
                     locked=frozenset({"break_budget_s"}))
    layered = user_over_server(mine, server, frozenset({"require_disposition"}))
    # user's own unlocked value wins; machine-locked and server-locked keys keep the server's
    assert (layered.wrapup_s, layered.break_budget_s, layered.require_disposition) == (45, 1800, True)
    untouched = user_over_server(AppConfig(wrapup_s=45), server, frozenset())  # 45 only a machine default
    assert untouched.wrapup_s == 30


def test_locked_server_shows_only_user_and_password(machine: Path, tmp_path: Path, qtbot: object,
                                                     qapp: object) -> None:
    from agent_console.ui.login_dialog import LoginDialog

    ini(machine, {"server/server_url": "https://console.gov.kz", "policy/locked": "server_url"})
    config, _ = load_config(tmp_path / "user.ini")

    class Service:
        logged_in = types.SimpleNamespace(connect=lambda _slot: None)
        login_failed = types.SimpleNamespace(connect=lambda _slot: None)

    dialog = LoginDialog(Service(), config.server_url, "", server_locked="server_url" in config.locked)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert not dialog.ui.serverEdit.isVisible() and dialog.server_url() == "https://console.gov.kz"
    assert dialog.ui.userEdit.isVisible() and dialog.ui.passwordEdit.isVisible()


def test_saving_settings_keeps_the_server_and_machine_layers_in_charge(machine: Path, tmp_path: Path,
                                                                      qapp: object) -> None:
    """A save writes what the user changed, not a copy of every default: otherwise the policy keys
    (wrap-up, break budget) would become the user's own and override the server's for ever."""
    ini(machine, {"ui/theme": "dark"})
    user = tmp_path / "user.ini"
    config, _ = load_config(user)
    save_config(AppConfig(**{**config.__dict__, "language": "ru"}), user)
    written = user.read_text()
    assert "language=ru" in written
    assert "wrapup_s" not in written and "theme" not in written and "server_url" not in written
    again, _ = load_config(user)
    assert again.user_set == {"language"} and again.theme == "dark"
    assert user_over_server(again, Policy(wrapup_s=15), frozenset()).wrapup_s == 15
