"""Non-secret settings: an INI file through QSettings (no extra dependency).

``--config PATH`` names the file; otherwise the platform's per-user location is used. IT can lock
values: keys listed in ``[policy] locked = a, b`` (or present in a system-wide file named by
``AGENT_CONSOLE_SYSTEM_CONFIG``) are shown read-only in Settings and never written back.
Secrets (the SIP password, the server token) are never stored here: see :mod:`.secrets`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from agent_console.domain.policy import Policy
from agent_console.phone.api import SipAccountConfig, Transport

LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True)
class AppConfig:
    agent: str = "agent"
    registrar: str = ""
    extension: str = "agent"
    transport: str = Transport.UDP.value
    display_name: str = ""
    local_port: int = 0
    server_url: str = ""
    language: str = "kk"
    theme: str = "light"
    audio_input: str = ""
    audio_output: str = ""
    audio_ringer: str = ""
    wrapup_s: int = 30
    break_budget_s: int = 3600
    require_disposition: bool = False
    shortcuts: dict[str, str] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()

    def policy(self, base: Policy | None = None) -> Policy:
        return replace(
            base or Policy(),
            wrapup_s=self.wrapup_s,
            break_budget_s=self.break_budget_s,
            require_disposition=self.require_disposition,
        )

    def sip_account(self, password: str = "") -> SipAccountConfig:
        return SipAccountConfig(
            registrar=self.registrar,
            extension=self.extension,
            password=password,
            transport=Transport(self.transport) if self.transport in set(Transport) else Transport.UDP,
            display_name=self.display_name,
            local_port=self.local_port,
        )


_KEYS = {f.name: f for f in fields(AppConfig) if f.name not in ("shortcuts", "locked")}
_SECTIONS = {
    "agent": "account",
    "registrar": "account",
    "extension": "account",
    "transport": "account",
    "display_name": "account",
    "local_port": "account",
    "server_url": "server",
    "language": "ui",
    "theme": "ui",
    "audio_input": "audio",
    "audio_output": "audio",
    "audio_ringer": "audio",
    "wrapup_s": "policy",
    "break_budget_s": "policy",
    "require_disposition": "policy",
}


def default_config_path() -> Path:
    import platformdirs

    return platformdirs.user_config_path("agent-console", appauthor=False) / "agent-console.ini"


def _convert(value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return str(value).strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    return str(value)


def _read(settings: QSettings, into: dict[str, Any]) -> set[str]:
    present: set[str] = set()
    for name, f in _KEYS.items():
        key = f"{_SECTIONS[name]}/{name}"
        if settings.contains(key):
            into[name] = _convert(settings.value(key), f.default)
            present.add(name)
    settings.beginGroup("shortcuts")
    shortcuts = dict(into.get("shortcuts") or {})
    for key in settings.childKeys():
        shortcuts[key] = str(settings.value(key))
    settings.endGroup()
    into["shortcuts"] = shortcuts
    return present


def load_config(path: Path | None = None) -> tuple[AppConfig, Path]:
    path = path or default_config_path()
    values: dict[str, Any] = {}
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    _read(settings, values)
    locked_raw = settings.value("policy/locked", "")
    locked = {
        k.strip() for k in (locked_raw if isinstance(locked_raw, list) else str(locked_raw).split(",")) if k.strip()
    }
    system = os.environ.get("AGENT_CONSOLE_SYSTEM_CONFIG")
    if system and Path(system).exists():
        # IT's file wins and everything it sets is locked.
        locked |= _read(QSettings(system, QSettings.Format.IniFormat), values)
    values["locked"] = frozenset(locked)
    if values.get("language") not in LANGUAGES:
        values["language"] = "kk"
    return AppConfig(**values), path


def save_config(config: AppConfig, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    for name in _KEYS:
        if name in config.locked:
            continue
        settings.setValue(f"{_SECTIONS[name]}/{name}", getattr(config, name))
    settings.beginGroup("shortcuts")
    for key, seq in config.shortcuts.items():
        settings.setValue(key, seq)
    settings.endGroup()
    settings.sync()
