"""Non-secret settings in layers: built-in defaults < machine policy < server policy < the user's own.

- **Machine policy** is IT's, read from the platform's system scope, which a user cannot write:
  ``/etc/agent-console/policy.ini`` (Linux and other Unix; the .deb's conffile),
  ``HKLM\\SOFTWARE\\Policies\\AgentConsole`` (Windows; the MSI's properties write it),
  ``/Library/Managed Preferences/kz.agentconsole.console.plist`` (macOS; an MDM profile writes it).
  Its values replace the defaults; the keys it lists in ``locked`` cannot be changed by the user.
- **Server policy** (provisioning: global -> team -> agent) is applied at run time
  (:func:`user_over_server`); the keys it locks join the machine's.
- **The user's own file** (``--config PATH``, else the per-user location) wins for every key that is
  not locked. It can never unlock a key: a ``locked`` line in it is ignored.

Tests point the machine scope elsewhere by patching the module constants below (never through an
environment variable or a command-line option, which a user could use to escape the policy). The
policy is no security boundary against someone who runs their own code as the user; it keeps the
console's own settings UI and settings file from changing what IT decided.

Secrets (the SIP password, the server token) are never stored here: see :mod:`.secrets`.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from agent_console.domain.policy import Policy
from agent_console.phone.api import SipAccountConfig, Transport

log = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru", "en")
MACHINE_POLICY_INI = Path("/etc/agent-console/policy.ini")
MACHINE_POLICY_REGISTRY_KEY = r"SOFTWARE\Policies\AgentConsole"
MACHINE_POLICY_PLIST = Path("/Library/Managed Preferences/kz.agentconsole.console.plist")


@dataclass(frozen=True)
class AppConfig:
    agent: str = "agent"
    registrar: str = ""
    extension: str = "agent"
    transport: str = Transport.UDP.value
    display_name: str = ""
    local_port: int = 0
    stun_server: str = ""
    """host[:port] of a STUN server: the phone finds its public address with it, the setup check its NAT hint."""
    server_url: str = ""
    language: str = "kk"
    theme: str = "light"
    audio_input: str = ""
    audio_output: str = ""
    audio_ringer: str = ""
    wrapup_s: int = 30
    break_budget_s: int = 3600
    require_disposition: bool = False
    doorsign_enabled: bool = False
    """The household door sign (page on the LAN, MQTT lamp). IT forbids it by setting it false and locking it."""
    doorsign_port: int = 8765
    mqtt_host: str = ""
    mqtt_port: int = 1883
    mqtt_username: str = ""
    mqtt_tls: bool = False
    mqtt_ca_file: str = ""
    """PEM file of the CA(s) that signed the broker's certificate; "" trusts the system's CA store."""
    log_level: str = "INFO"
    """The log file's level (DEBUG, INFO, WARNING, ERROR); IT may set and lock it in the machine policy."""
    shortcuts: dict[str, str] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    """Keys the machine policy (or, once provisioned, the server) locks: read-only for the user."""
    user_set: frozenset[str] = frozenset()
    """Keys whose value comes from the user's own file (they win over the server's policy)."""

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
            stun_servers=(self.stun_server,) if self.stun_server else (),
        )


_KEYS = {f.name: f for f in fields(AppConfig) if f.name not in ("shortcuts", "locked", "user_set")}
_SECTIONS = {
    "agent": "account",
    "registrar": "account",
    "extension": "account",
    "transport": "account",
    "display_name": "account",
    "local_port": "account",
    "stun_server": "account",
    "server_url": "server",
    "language": "ui",
    "theme": "ui",
    "audio_input": "audio",
    "audio_output": "audio",
    "audio_ringer": "audio",
    "wrapup_s": "policy",
    "break_budget_s": "policy",
    "require_disposition": "policy",
    "doorsign_enabled": "doorsign",
    "doorsign_port": "doorsign",
    "mqtt_host": "doorsign",
    "mqtt_port": "doorsign",
    "mqtt_username": "doorsign",
    "mqtt_tls": "doorsign",
    "mqtt_ca_file": "doorsign",
    "log_level": "diagnostics",
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


@dataclass(frozen=True)
class MachinePolicy:
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    source: str = ""


def _split_keys(raw: Any) -> set[str]:
    items = raw if isinstance(raw, list | tuple) else str(raw or "").replace(";", ",").split(",")
    return {str(k).strip() for k in items if str(k).strip()}


def _machine_policy_from(flat: dict[str, Any], source: str) -> MachinePolicy:
    """Registry values or plist keys (flat names, e.g. ``server_url``, ``locked``). An empty value
    is unset: the MSI writes one for each property IT did not pass."""
    flat = {k: v for k, v in flat.items() if v not in ("", None)}
    values = {name: _convert(flat[name], f.default) for name, f in _KEYS.items() if name in flat}
    locked = _split_keys(flat.get("locked", ""))
    unknown = (set(flat) - set(_KEYS) - {"locked"}) | (locked - set(_KEYS))
    if unknown:
        log.warning("machine policy %s: unknown keys ignored: %s", source, ", ".join(sorted(unknown)))
    return MachinePolicy(values, frozenset(locked & set(_KEYS)), source)


def _machine_policy_ini(path: Path) -> MachinePolicy:
    if not path.is_file():
        return MachinePolicy()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    values: dict[str, Any] = {}
    _read(settings, values)
    values.pop("shortcuts", None)
    locked = _split_keys(settings.value("policy/locked", ""))
    if locked - set(_KEYS):
        log.warning("machine policy %s: unknown locked keys ignored: %s", path, ", ".join(sorted(locked - set(_KEYS))))
    return MachinePolicy(values, frozenset(locked & set(_KEYS)), str(path))


def _machine_policy_registry(key: str) -> MachinePolicy:
    import winreg  # type: ignore[import-not-found,unused-ignore]

    flat: dict[str, Any] = {}
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key) as handle:  # type: ignore[attr-defined,unused-ignore]
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(handle, index)  # type: ignore[attr-defined,unused-ignore]
                except OSError:
                    break
                flat[str(name)] = value
                index += 1
    except OSError:
        return MachinePolicy()
    return _machine_policy_from(flat, "HKLM\\" + key)


def _machine_policy_plist(path: Path) -> MachinePolicy:
    import plistlib

    try:
        with path.open("rb") as fh:
            flat = plistlib.load(fh)
    except (OSError, plistlib.InvalidFileException, ValueError):
        return MachinePolicy()
    return _machine_policy_from(dict(flat), str(path))


def read_machine_policy() -> MachinePolicy:
    """IT's policy from this platform's system scope (empty when there is none)."""
    if sys.platform == "win32":
        return _machine_policy_registry(MACHINE_POLICY_REGISTRY_KEY)
    if sys.platform == "darwin":
        return _machine_policy_plist(MACHINE_POLICY_PLIST)
    return _machine_policy_ini(MACHINE_POLICY_INI)


def load_config(path: Path | None = None) -> tuple[AppConfig, Path]:
    """Defaults < machine policy < the user's own file (for keys the machine does not lock)."""
    path = path or default_config_path()
    machine = read_machine_policy()
    values: dict[str, Any] = dict(machine.values)
    own: dict[str, Any] = {}
    present = _read(QSettings(str(path), QSettings.Format.IniFormat), own)
    user_set = present - machine.locked
    values.update({k: own[k] for k in user_set})
    values["shortcuts"] = own.get("shortcuts", {})
    values["locked"] = machine.locked
    values["user_set"] = frozenset(user_set)
    if machine.source:
        log.info("machine policy from %s: sets %s; locks %s", machine.source,
                 ", ".join(sorted(machine.values)) or "nothing", ", ".join(sorted(machine.locked)) or "nothing")
    if values.get("language") not in LANGUAGES:
        values["language"] = "kk"
    return AppConfig(**values), path


POLICY_KEYS = ("wrapup_s", "break_budget_s", "require_disposition")


def user_over_server(config: AppConfig, server: Policy, server_locked: frozenset[str]) -> Policy:
    """The server's policy (it sets every value: its defaults, then global, team, agent) with the
    user's own values on top where neither the machine nor the server locks the key."""
    mine = {k: getattr(config, k) for k in POLICY_KEYS
            if k in config.user_set and k not in config.locked and k not in server_locked}
    return replace(server, **mine)


def save_config(config: AppConfig, path: Path) -> None:
    """Write the user's own layer: keys the user set before, or whose value differs from what the
    layers below (defaults, machine policy) give. Values equal to those stay unwritten, so a
    later change of IT's policy or of the server's still reaches this user, and locked keys are
    never written at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    below = {name: f.default for name, f in _KEYS.items()} | read_machine_policy().values
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    for name in _KEYS:
        key = f"{_SECTIONS[name]}/{name}"
        if name in config.locked:
            settings.remove(key)  # a stale value from before IT locked it: meaningless, drop it
            continue
        value = getattr(config, name)
        if name in config.user_set or value != below[name]:
            settings.setValue(key, value)
    settings.beginGroup("shortcuts")
    for key, seq in config.shortcuts.items():
        settings.setValue(key, seq)
    settings.endGroup()
    settings.sync()
    path.touch(exist_ok=True)  # saved once, even with nothing of the user's own: the first start's guide is done
