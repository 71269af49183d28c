"""SIP accounts and layered policy values (global -> team -> agent) for ``GET /me/provisioning``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from agent_console.protocol import PolicyValues, Provisioning, SipAccount
from agent_console.server.models import PolicyLayer, SipAccountRow
from agent_console.server.services import console_versions
from agent_console.server.services.errors import ServiceError
from agent_console.server.services.users import Principal, team_named, user_named
from agent_console.server.settings import Settings

DEFAULT_POLICY = PolicyValues(
    break_reasons=["lunch", "childcare", "technical", "training", "rest"],
    dispositions=[
        "consultation", "application_status", "complaint", "redirected", "callback_needed",
        "wrong_number", "dropped",
    ],
    wrapup_s=30,
    break_budget_s=3600,
    require_disposition=False,
    reject_code=486,
    locked=[],
)
"""Mirrors ``agent_console.domain.policy.Policy`` defaults; the server's base layer."""

SCOPES = ("global", "team", "agent")
POLICY_FIELDS = tuple(f for f in PolicyValues.model_fields if f != "locked")


def merged_policy(s: Session, username: str, team: str | None) -> PolicyValues:
    wanted = [("global", "")] + ([("team", team)] if team else []) + [("agent", username)]
    rows = s.scalars(
        select(PolicyLayer).where(or_(*(and_(PolicyLayer.scope == sc, PolicyLayer.ref == ref) for sc, ref in wanted)))
    ).all()
    layers = {(p.scope, p.ref): p.values for p in rows}
    merged: dict[str, Any] = DEFAULT_POLICY.model_dump()
    locked: set[str] = set()
    for key in wanted:
        values = layers.get(key)
        if not values:
            continue
        for name, value in values.items():
            if name == "locked":
                locked.update(value or [])
            elif value is not None:
                merged[name] = value
    merged["locked"] = sorted(locked)
    return PolicyValues.model_validate(merged)


def provisioning(s: Session, who: Principal, settings: Settings) -> Provisioning:
    policy = merged_policy(s, who.username, who.team)
    sip_row = s.get(SipAccountRow, who.id)
    sip = None
    if sip_row is not None:
        sip = SipAccount(
            registrar=sip_row.registrar,
            transport=sip_row.transport,  # type: ignore[arg-type]
            extension=sip_row.extension,
            password=sip_row.password,
            display_name=sip_row.display_name,
        )
    minimum, latest = console_versions.published(s)
    return Provisioning(
        username=who.username,
        team=who.team,
        sip=sip,
        policy=policy,
        locked=list(policy.locked or []),
        heartbeat_interval_s=settings.heartbeat_interval_s,
        heartbeat_timeout_s=settings.heartbeat_timeout_s,
        console_minimum=minimum,
        console_latest=latest,
    )


def set_sip(s: Session, username: str, account: SipAccount) -> None:
    user = user_named(s, username)
    row = s.get(SipAccountRow, user.id)
    if row is None:
        row = SipAccountRow(user_id=user.id)
        s.add(row)
    row.registrar = account.registrar
    row.transport = account.transport
    row.extension = account.extension
    row.password = account.password
    row.display_name = account.display_name


def set_policy(s: Session, scope: str, ref: str, values: PolicyValues, replace: bool = False) -> PolicyValues:
    """Set values at one layer (merged into what is there unless ``replace``)."""
    if scope not in SCOPES:
        raise ServiceError(422, f"scope must be one of {', '.join(SCOPES)}")
    if scope == "global":
        ref = ""
    elif scope == "team":
        team_named(s, ref)
    else:
        user_named(s, ref)
    unknown = set(values.locked or []) - set(POLICY_FIELDS)
    if unknown:
        raise ServiceError(422, f"unknown policy fields in locked: {sorted(unknown)}")
    row = s.scalar(select(PolicyLayer).where(PolicyLayer.scope == scope, PolicyLayer.ref == ref))
    new = values.model_dump(exclude_none=True)
    if row is None:
        row = PolicyLayer(scope=scope, ref=ref, values=new)
        s.add(row)
    else:
        row.values = new if replace else {**row.values, **new}
    return PolicyValues.model_validate(row.values)
