"""Server provisioning -> the console's own types (:class:`SipAccountConfig`, :class:`Policy`).

The server answers with wire models (:class:`agent_console.protocol.Provisioning`); the phone and
the domain want their own frozen dataclasses. This module is the only place that knows both, so
a new policy knob is one line here. Values the server leaves unset keep the console's defaults
(``base``), and ``locked`` tells the settings page what the agent may not change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from agent_console.domain.policy import Policy
from agent_console.phone.api import SipAccountConfig, Transport
from agent_console.protocol import PolicyValues, Provisioning, SipAccount


@dataclass(frozen=True)
class ProvisionedConfig:
    """What ``SyncService.provisioned`` carries to the GUI thread."""

    username: str
    team: str | None
    policy: Policy
    sip: SipAccountConfig | None = field(repr=False)
    """With the SIP password (in memory only; it is also stored in the keyring)."""
    locked: frozenset[str] = frozenset()
    heartbeat_interval_s: float = 2.0
    heartbeat_timeout_s: float = 10.0
    console_minimum: str | None = None
    """Oldest console version IT supports (older: the 'contact IT' banner)."""
    console_latest: str | None = None
    """Newest released console version (older: a quiet update notice)."""
    log_level: str | None = None
    """The log file's level the server's policy sets (``None``: not set, the console's own stays)."""


def to_policy(values: PolicyValues, base: Policy | None = None) -> Policy:
    changes: dict[str, Any] = {}
    if values.break_reasons is not None:
        changes["break_reasons"] = tuple(values.break_reasons)
    if values.dispositions is not None:
        changes["dispositions"] = tuple(values.dispositions)
    for name in ("wrapup_s", "break_budget_s", "require_disposition", "reject_code"):
        value = getattr(values, name)
        if value is not None:
            changes[name] = value
    return replace(base or Policy(), **changes)


def to_sip(account: SipAccount, base: SipAccountConfig | None = None) -> SipAccountConfig:
    """Provisioned account over the locally configured extras (audio port, codecs, STUN...)."""
    fields_: dict[str, Any] = {
        "registrar": account.registrar,
        "extension": account.extension,
        "password": account.password,
        "transport": Transport(account.transport),
        "display_name": account.display_name or "",
    }
    if base is None:
        return SipAccountConfig(**fields_)
    return replace(base, **fields_)


def to_config(prov: Provisioning, *, base_policy: Policy | None = None,
              base_sip: SipAccountConfig | None = None) -> ProvisionedConfig:
    return ProvisionedConfig(
        username=prov.username,
        team=prov.team,
        policy=to_policy(prov.policy, base_policy),
        sip=to_sip(prov.sip, base_sip) if prov.sip is not None else None,
        locked=frozenset(prov.locked) | frozenset(prov.policy.locked or ()),
        heartbeat_interval_s=prov.heartbeat_interval_s,
        heartbeat_timeout_s=prov.heartbeat_timeout_s,
        console_minimum=prov.console_minimum,
        console_latest=prov.console_latest,
        log_level=prov.policy.log_level,
    )
