"""A phone that does nothing but remember: fast UI and controller tests without pjsua2.

It implements :class:`AbstractPhone` synchronously on the GUI thread. Commands are recorded in
``commands`` (``("answer", "c1")`` ...) and change the fake call's state the way a real phone
would report it; tests drive the other side with :meth:`ring`, :meth:`remote_hangup`,
:meth:`set_registration`, :meth:`emit_quality`. Like the real engine, a call arriving while
calls are not accepted is refused at once and only reported through
``call_rejected_unavailable`` — it never rings.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from agent_console.phone.api import (
    AbstractPhone,
    CallInfo,
    CallQuality,
    CallState,
    RegState,
    SipAccountConfig,
)


class FakePhone(AbstractPhone):
    def __init__(self, *, auto_register: bool = True) -> None:
        super().__init__()
        self.commands: list[tuple[object, ...]] = []
        self.calls: dict[str, CallInfo] = {}
        self.accepting = True
        self.reject_code = 486
        self.muted = False
        self.started = False
        self.account: SipAccountConfig | None = None
        self.reg_state = RegState.UNREGISTERED
        self._auto_register = auto_register
        self._ids = itertools.count(1)

    # -- commands (what the app asks of the phone) ---------------------------------------------
    def start(self, account: SipAccountConfig) -> None:
        self.commands.append(("start", account.extension))
        self.account = account
        self.started = True
        if self._auto_register:
            self.set_registration(RegState.REGISTERING)
            self.set_registration(RegState.REGISTERED)

    def stop(self) -> None:
        self.commands.append(("stop",))
        for call_id in list(self.calls):
            self._end(call_id)
        self.started = False
        self.set_registration(RegState.UNREGISTERED)

    def set_accepting_calls(self, accepting: bool, reject_code: int = 486) -> None:
        self.commands.append(("set_accepting_calls", accepting, reject_code))
        self.accepting = accepting
        self.reject_code = reject_code

    def answer(self, call_id: str) -> None:
        self.commands.append(("answer", call_id))
        self._set_state(call_id, CallState.CONNECTED)

    def decline(self, call_id: str) -> None:
        self.commands.append(("decline", call_id))
        self._end(call_id)

    def hangup(self, call_id: str) -> None:
        self.commands.append(("hangup", call_id))
        self._end(call_id)

    def dial(self, number: str) -> None:
        self.commands.append(("dial", number))
        call = CallInfo(self._new_id(), "outbound", number, "", CallState.DIALING)
        self.calls[call.call_id] = call
        self.call_state_changed.emit(call)

    def hold(self, call_id: str) -> None:
        self.commands.append(("hold", call_id))
        self._set_state(call_id, CallState.HELD)

    def resume(self, call_id: str) -> None:
        self.commands.append(("resume", call_id))
        self._set_state(call_id, CallState.CONNECTED)

    def set_mute(self, muted: bool) -> None:
        self.commands.append(("set_mute", muted))
        self.muted = muted

    def send_dtmf(self, call_id: str, digits: str) -> None:
        self.commands.append(("send_dtmf", call_id, digits))

    def transfer_blind(self, call_id: str, target: str) -> None:
        self.commands.append(("transfer_blind", call_id, target))
        self.transfer_result.emit(call_id, True, "")
        self._end(call_id)

    def transfer_attended(self, call_id: str, consult_call_id: str) -> None:
        self.commands.append(("transfer_attended", call_id, consult_call_id))
        self.transfer_result.emit(call_id, True, "")
        self._end(call_id)
        self._end(consult_call_id)

    def network_changed(self) -> None:
        self.commands.append(("network_changed",))

    # -- the other side (what tests make happen) -----------------------------------------------
    def ring(self, number: str = "+77011234567", name: str = "") -> CallInfo:
        """A call arrives. Refused at once (never rings) when calls are not accepted."""
        call = CallInfo(self._new_id(), "inbound", number, name, CallState.RINGING_IN)
        if not self.accepting:
            self.call_rejected_unavailable.emit(replace(call, state=CallState.ENDED))
            return replace(call, state=CallState.ENDED)
        self.calls[call.call_id] = call
        self.incoming_call.emit(call)
        return call

    def remote_answer(self, call_id: str) -> None:
        self._set_state(call_id, CallState.CONNECTED)

    def remote_hangup(self, call_id: str) -> None:
        self._end(call_id)

    def set_registration(self, state: RegState, reason: str = "") -> None:
        self.reg_state = state
        self.registration_changed.emit(state.value, reason)

    def emit_quality(self, call_id: str, quality: CallQuality) -> None:
        self.call_quality.emit(call_id, quality)

    def last(self, name: str) -> tuple[object, ...] | None:
        """The most recent recorded command called ``name``, if any."""
        for cmd in reversed(self.commands):
            if cmd[0] == name:
                return cmd
        return None

    # -- internals -----------------------------------------------------------------------------
    def _new_id(self) -> str:
        return f"c{next(self._ids)}"

    def _set_state(self, call_id: str, state: CallState) -> None:
        call = self.calls.get(call_id)
        if call is None:
            return
        call = replace(call, state=state)
        self.calls[call_id] = call
        self.call_state_changed.emit(call)

    def _end(self, call_id: str) -> None:
        call = self.calls.pop(call_id, None)
        if call is not None:
            self.call_state_changed.emit(replace(call, state=CallState.ENDED))
