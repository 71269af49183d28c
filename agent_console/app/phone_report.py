"""Tells the server what the agent's phone can do, so the supervisors' board shows it.

The console is the only one who knows that its PBX is gone (a failed registration, or the
liveness probe no longer hearing the PBX): without this an agent can show "available" on the
board while no call can reach them. The registration state is reduced to what a supervisor
needs (registered / unreachable / not configured) and handed to the sync service, which sends it
on the live channel after each (re)connect and on every change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, SignalInstance

if TYPE_CHECKING:
    from agent_console.protocol import PhoneState

_REACH: dict[str, PhoneState] = {
    "registered": "registered",
    "direct": "registered",
    "unreachable": "unreachable",
    "failed_tls": "unreachable",
    "failed_auth": "unreachable",
    "failed_forbidden": "unreachable",
    "unregistered": "not_configured",
}
"""RegState value -> the board's word. "registering" is absent: a retry in progress neither
restores nor loses the phone, so the board keeps the last word (no flapping every retry)."""


def phone_reachability(reg_state: str) -> PhoneState | None:
    return _REACH.get(reg_state)


class _Controller(Protocol):
    reg_state: str
    registration: SignalInstance


class _Sink(Protocol):
    def set_phone(self, state: PhoneState) -> None: ...


class PhoneReport(QObject):
    def __init__(self, controller: _Controller, sink: _Sink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = sink
        controller.registration.connect(self._on_registration)
        self._on_registration(controller.reg_state, "")

    def _on_registration(self, reg_state: str, _text: str = "") -> None:
        state = phone_reachability(reg_state)
        if state is not None:
            self._sink.set_phone(state)
