"""The console controller: phone signals <-> AgentSession <-> journal, and nothing else.

Widgets never talk to the phone or the session directly: they call the command methods here and
redraw on :attr:`ConsoleController.changed`. The controller owns the rules that are about *wiring*
rather than about the call center (those live in the domain):

- after every status change it pushes ``session.accepts_calls`` to the phone's DND/Break gate, so
  the engine refuses calls at once even when the GUI thread is busy;
- it maps the phone's call ids ("c1") to the domain's call records;
- it drives wrap-up expiry with a QTimer (``session.tick``);
- it turns refused actions (``TransitionError``) and journal failures (``JournalError``) into a
  human message for the view — the action did not happen and the operator is told so.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from agent_console.domain.calls import CallRecord, Outcome
from agent_console.domain.clock import Clock
from agent_console.domain.events import DomainEvent
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status, TransitionError
from agent_console.event_kinds import EventKind
from agent_console.journal import Journal, JournalError
from agent_console.phone.api import AbstractPhone, CallInfo, CallQuality, CallState, RegState
from agent_console.ui import labels

log = logging.getLogger(__name__)

QUALITY_JOURNAL_INTERVAL_MS = 20_000
"""Quality samples are shown as they come but journaled at most this often per call."""


class ConsoleController(QObject):
    changed = Signal()
    """The session state changed (status, calls, shift figures, notes): views redraw."""
    second = Signal()
    """Once a second: time displays (status timer, call timer, wrap-up countdown) refresh."""
    ringing = Signal(object)
    """CallInfo of a call that now rings (the view raises the window / notifies)."""
    refused_while_unavailable = Signal(object)
    """CallInfo of a call the phone refused because the agent was unavailable (it never rang)."""
    message = Signal(str, str)
    """level ("info" | "warning" | "error"), human text already translated."""
    registration = Signal(str, str)
    """RegState value, human text."""
    quality = Signal(str, object)
    """phone call id, CallQuality."""
    note_target_changed = Signal(str)
    """Domain call id the notes panel now follows ("" for none)."""
    wrapup_finished = Signal(str)
    """Domain call id whose wrap-up just ended (by timer, by hand or by command): notes commit."""
    sync_state = Signal(str)
    """Human text about the server connection; the sync client (issue 7) will drive it."""

    def __init__(
        self,
        session: AgentSession,
        phone: AbstractPhone,
        journal: Journal,
        clock: Clock,
        parent: QObject | None = None,
        *,
        tick_ms: int = 250,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.phone = phone
        self.journal = journal
        self.clock = clock
        self.calls: dict[str, CallInfo] = {}
        """Live calls as the phone last reported them, by phone call id."""
        self.qualities: dict[str, CallQuality] = {}
        self.focus_call: str | None = None
        """Phone id of the call the in-call panel shows."""
        self.ringing_call: str | None = None
        self.consult_call: str | None = None
        self._consult_from: str | None = None
        self._awaiting_consult = False
        self.note_call_id = ""
        self.reg_state = RegState.UNREGISTERED.value
        self.reg_reason = ""
        self.muted = False
        self._gate: tuple[bool, int] | None = None
        self._quality_logged: dict[str, int] = {}
        self._quality_silent: dict[str, bool] = {}
        self._last_second = 0
        self._batch = 0
        self._wrapup_call = ""
        self._pending_change = False
        if session.status == Status.WRAP_UP and session.wrapup_call_id:
            # Restored mid-wrap-up (after a crash): the notes follow the call being wrapped up,
            # and its note is committed when the wrap-up ends, as if the app had never stopped.
            self._wrapup_call = self.note_call_id = session.wrapup_call_id

        session.add_listener(self._on_events)
        phone.registration_changed.connect(self._on_registration)
        phone.incoming_call.connect(self._on_incoming)
        phone.call_state_changed.connect(self._on_call_state)
        phone.call_rejected_unavailable.connect(self._on_rejected)
        phone.call_quality.connect(self._on_quality)
        phone.transfer_result.connect(self._on_transfer_result)
        phone.error.connect(self._on_phone_error)
        phone.network_event.connect(lambda text: self.message.emit("info", text))

        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self.push_gate()

    @property
    def reg_text(self) -> str:
        """The phone's state in the current language, saying what to do; the engine's reason
        (often a SIP status or a driver error) goes to the log, not on screen."""
        return labels.registration(self.reg_state)

    # -- life cycle ----------------------------------------------------------------------------------

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        """Apply what time decides (wrap-up expiry) and let the views refresh their clocks."""
        self._guard(self.session.tick)
        second = self.clock.now_ms() // 1000
        if second != self._last_second:  # on the wall clock's second boundary, not every tick
            self._last_second = second
            self.second.emit()

    def now_ms(self) -> int:
        return self.clock.now_ms()

    # -- status commands -----------------------------------------------------------------------------

    def choose_status(self, status: Status, reason: str | None = None) -> bool:
        """One click: a working status also starts the shift, so the morning needs one action."""

        def act() -> None:
            if not self.session.shift_active:
                if status == Status.OFFLINE:
                    return
                initial = status if status in (Status.AVAILABLE, Status.DND) else Status.OFFLINE
                self.session.start_shift(initial)
                if initial == status:
                    return
            self.session.choose_status(status, reason)

        return self._guard(act)

    def finish_wrapup(self) -> bool:
        return self._guard(self.session.finish_wrapup)

    def start_shift(self) -> bool:
        return self._guard(lambda: self.session.start_shift(Status.OFFLINE))

    def end_shift(self) -> bool:
        return self._guard(self.session.end_shift)

    # -- call commands -------------------------------------------------------------------------------

    def answer(self) -> None:
        call_id = self.ringing_call
        if call_id is None:
            return
        if self.focus_call and self.focus_call != call_id and self._state(self.focus_call) == CallState.CONNECTED:
            self.phone.hold(self.focus_call)  # call waiting: the first caller waits on hold
        self.phone.answer(call_id)

    def decline(self) -> None:
        if self.ringing_call is not None:
            self.phone.decline(self.ringing_call)

    def hangup(self) -> None:
        if self.focus_call is not None:
            self.phone.hangup(self.focus_call)
        elif self.ringing_call is not None:
            self.phone.decline(self.ringing_call)

    def set_hold(self, on: bool) -> None:
        if self.focus_call is None:
            return
        if on:
            self.phone.hold(self.focus_call)
        else:
            self.phone.resume(self.focus_call)

    def set_mute(self, on: bool) -> None:
        self.muted = on
        self.phone.set_mute(on)
        self.changed.emit()

    def send_dtmf(self, digits: str) -> None:
        if self.focus_call is not None:
            self.phone.send_dtmf(self.focus_call, digits)

    def dial(self, number: str) -> bool:
        number = number.strip()
        if not number:
            return False
        if self.session.status == Status.OFFLINE or not self.session.shift_active:
            self.message.emit("warning", labels.transition_error("offline_dial"))
            return False
        self.phone.dial(number)
        return True

    def redial(self, number: str) -> bool:
        return self.dial(number)

    def transfer_blind(self, target: str) -> None:
        if self.focus_call is not None and target.strip():
            self.phone.transfer_blind(self.focus_call, target.strip())

    def consult(self, target: str) -> None:
        """Attended transfer, step 1: hold the caller and call the target."""
        if self.focus_call is None or not target.strip():
            return
        self._consult_from = self.focus_call
        self.phone.hold(self.focus_call)
        self._awaiting_consult = True
        self.phone.dial(target.strip())

    def complete_transfer(self) -> None:
        """Attended transfer, step 2: connect the caller with the consulted party."""
        original = self._consult_from
        if original is None or self.consult_call is None:
            return
        self.phone.transfer_attended(original, self.consult_call)

    # -- notes ---------------------------------------------------------------------------------------

    def save_draft(self, call_id: str, disposition: str, text: str) -> None:
        """Autosave while typing: local only, overwritten in place."""
        if not call_id:
            return
        try:
            self.journal.save_draft(self.session.agent, call_id, disposition, text, self.clock.now_ms())
        except JournalError as exc:
            log.error("journal (draft): %s", exc)
            self.message.emit("error", self._journal_text(exc))

    def save_note(self, call_id: str, disposition: str, text: str) -> bool:
        def act() -> None:
            self.session.save_note(call_id, disposition, text)
            self.journal.drop_draft(call_id)

        return self._guard(act)

    def draft_for(self, call_id: str) -> tuple[str, str] | None:
        for draft in self.journal.drafts(self.session.agent):
            if draft.call_id == call_id:
                return draft.disposition, draft.text
        return None

    def set_note_target(self, call_id: str) -> None:
        if call_id != self.note_call_id:
            self.note_call_id = call_id
            self.note_target_changed.emit(call_id)

    def record_for(self, phone_call_id: str | None) -> CallRecord | None:
        return self.session.call_by_phone_id(phone_call_id) if phone_call_id else None

    # -- the phone gate ------------------------------------------------------------------------------

    def push_gate(self) -> None:
        """Tell the phone whether it may ring. Sent on every status change (and at start)."""
        gate = (self.session.accepts_calls, self.session.policy.reject_code)
        self._gate = gate
        self.phone.set_accepting_calls(*gate)

    # -- phone events --------------------------------------------------------------------------------

    def _on_registration(self, state: str, reason: str) -> None:
        previous, self.reg_state = self.reg_state, state
        self.reg_reason = reason
        if state != previous or reason:
            log.info("phone registration: %s (%s)", state, reason)
        self.registration.emit(state, self.reg_text)
        if state != previous:
            # Said once per change in the message strip too: a phone that cannot ring must not go unnoticed.
            if state in (RegState.FAILED_AUTH, RegState.FAILED_FORBIDDEN, RegState.FAILED_TLS):
                self.message.emit("error", self.reg_text)
            elif state == RegState.UNREACHABLE and previous != RegState.UNREACHABLE:
                self.message.emit("warning", self.reg_text)
            elif state in (RegState.REGISTERED, RegState.DIRECT) and previous in (
                RegState.UNREACHABLE, RegState.FAILED_AUTH, RegState.FAILED_FORBIDDEN, RegState.FAILED_TLS
            ):
                self.message.emit("info", labels.registration(state))

    def _on_incoming(self, info: CallInfo) -> None:
        with self._batched():
            rang = self._incoming(info)
        if rang:
            self.ringing.emit(info)

    def _incoming(self, info: CallInfo) -> bool:
        self.calls[info.call_id] = info
        record = self._guard_value(
            lambda: self.session.call_offered(info.call_id, info.remote_number, info.remote_name)
        )
        if record is None or record.outcome == Outcome.REJECTED:
            # The gate raced with a status change (or the journal failed): the caller gets busy.
            self.calls.pop(info.call_id, None)
            self.phone.decline(info.call_id)
            self.refused_while_unavailable.emit(info)
            self._emit_changed()
            return False
        self.ringing_call = info.call_id
        if self.focus_call is None:
            self.set_note_target(record.call_id)
        self._emit_changed()
        return True

    def _on_rejected(self, info: CallInfo) -> None:
        # The phone refuses calls by itself for two reasons: the agent is unavailable (the gate's
        # code), or the call cannot be taken as offered (488: e.g. no encryption under mandatory
        # SRTP). The second is not about the agent's status: it is said with the phone's reason.
        refused_by_phone = info.status_code == 488
        code = info.status_code if refused_by_phone else self.session.policy.reject_code
        if self.session.shift_active:
            self._guard(lambda: self.session.call_rejected(info.call_id, info.remote_number, info.remote_name, code))
        if refused_by_phone:
            who = f"{info.remote_name} {info.remote_number}".strip()
            self.message.emit(
                "warning",
                QCoreApplication.translate("Controller", "Refused a call from %1: %2")
                .replace("%1", who)
                .replace("%2", info.reason),
            )
            return
        self.refused_while_unavailable.emit(info)

    def _on_call_state(self, info: CallInfo) -> None:
        with self._batched():
            self._call_state(info)

    def _call_state(self, info: CallInfo) -> None:
        call_id = info.call_id
        previous = self.calls.get(call_id)
        if info.state == CallState.ENDED:
            self.calls.pop(call_id, None)
            self.qualities.pop(call_id, None)
            self._quality_logged.pop(call_id, None)
            self._quality_silent.pop(call_id, None)
            if self.ringing_call == call_id:
                self.ringing_call = None
            if self.consult_call == call_id:
                self.consult_call = None
            self._guard(lambda: self.session.call_ended(call_id, info.reason))
            if self.focus_call == call_id:
                self.focus_call = self._other_live_call()
                if self.focus_call is None:
                    self.muted = False
            self._emit_changed()
            return
        self.calls[call_id] = info
        record = self.session.call_by_phone_id(call_id)
        if record is None and info.direction == "outbound":
            if self._awaiting_consult:
                self._awaiting_consult = False
                self.consult_call = call_id
            record = self._guard_value(lambda: self.session.call_dialed(call_id, info.remote_number, info.remote_name))
            if record is None:
                self.phone.hangup(call_id)
                return
            if self.consult_call != call_id:
                self.focus_call = call_id
                self.set_note_target(record.call_id)
        if record is None:
            return
        if info.state == CallState.CONNECTED:
            if previous is not None and previous.state == CallState.HELD:
                self._guard(lambda: self.session.call_resumed(call_id))
            else:
                self._guard(lambda: self.session.call_answered(call_id))
            if self.ringing_call == call_id:
                self.ringing_call = None
            # The panel shows whoever the agent talks to (the consulted party during an attended
            # transfer); the note stays with the caller's call.
            self.focus_call = call_id
            if self.consult_call != call_id:
                self.set_note_target(record.call_id)
        elif info.state == CallState.HELD:
            self._guard(lambda: self.session.call_held(call_id))
        self._emit_changed()

    def _on_phone_error(self, text: str) -> None:
        log.warning("phone: %s", text)
        self.message.emit("error", text)

    def _on_quality(self, call_id: str, quality: CallQuality) -> None:
        self.qualities[call_id] = quality
        self.quality.emit(call_id, quality)
        now = self.clock.now_ms()
        last = self._quality_logged.get(call_id)
        # A change to or from "no audio" is journaled (and so reaches the supervisors) at once.
        silence_changed = quality.no_audio != self._quality_silent.get(call_id, False)
        if last is not None and now - last < QUALITY_JOURNAL_INTERVAL_MS and not silence_changed:
            return
        if self.session.call_by_phone_id(call_id) is None:
            return
        self._quality_logged[call_id] = now
        self._quality_silent[call_id] = quality.no_audio
        self._guard(
            lambda: self.session.call_quality(call_id, quality.rtt_ms, quality.jitter_ms, quality.loss_pct, quality.mos)
        )

    def _on_transfer_result(self, call_id: str, ok: bool, reason: str) -> None:
        if ok:
            self.message.emit("info", QCoreApplication.translate("Controller", "Call transferred."))
        else:
            log.warning("transfer of %s failed: %s", call_id, reason)
            self.message.emit("warning", QCoreApplication.translate(
                "Controller", "The transfer did not go through. Check the number and try again; the caller stays "
                              "with you."))
        self._consult_from = None

    # -- domain events -------------------------------------------------------------------------------

    def _on_events(self, events: list[DomainEvent]) -> None:
        if any(e.kind in (EventKind.STATUS_CHANGED, EventKind.SHIFT_STARTED, EventKind.SHIFT_ENDED) for e in events):
            self.push_gate()  # at once, even inside a batch: the phone must not ring a moment too long
        for e in events:
            if e.kind != EventKind.STATUS_CHANGED:
                continue
            if e.payload.get("status") == Status.WRAP_UP:
                self._wrapup_call = e.payload.get("call_id") or ""
                if e.payload.get("previous") != Status.WRAP_UP and self._wrapup_call:
                    # The notes show the call the wrap-up (and a required outcome) is for: after a
                    # transfer or call waiting it may not be the last one talked to.
                    self.set_note_target(self._wrapup_call)
            elif e.payload.get("previous") == Status.WRAP_UP and self._wrapup_call:
                finished, self._wrapup_call = self._wrapup_call, ""
                self.wrapup_finished.emit(finished)
        self._emit_changed()

    def _emit_changed(self) -> None:
        if self._batch:
            self._pending_change = True
        else:
            self.changed.emit()

    @contextlib.contextmanager
    def _batched(self) -> Iterator[None]:
        """One phone event may commit several domain events: the views redraw once, at the end."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
            if not self._batch and self._pending_change:
                self._pending_change = False
                self.changed.emit()

    # -- helpers -------------------------------------------------------------------------------------

    def _state(self, call_id: str) -> CallState | None:
        info = self.calls.get(call_id)
        return info.state if info else None

    def _other_live_call(self) -> str | None:
        for call_id, info in self.calls.items():
            if info.state in (CallState.CONNECTED, CallState.HELD, CallState.DIALING, CallState.RINGING_OUT):
                return call_id
        return None

    def _guard(self, action: Callable[[], Any]) -> bool:
        return self._guard_value(lambda: action() or True) is not None

    def _guard_value(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except TransitionError as exc:
            log.info("refused: %s", exc)
            self.message.emit("warning", labels.transition_error(exc.code))
        except JournalError as exc:
            log.error("journal: %s", exc)
            self.message.emit("error", self._journal_text(exc))
        return None

    @staticmethod
    def _journal_text(exc: JournalError) -> str:
        """A translated sentence by kind of failure; the journal's own words are logged by the caller."""
        kind = getattr(exc, "kind", "other")
        if kind == "full":
            return QCoreApplication.translate(
                "Controller", "Could not save on this computer: the disk is full. Nothing was changed. "
                              "Free some disk space or call IT, then try again.")
        if kind == "busy":
            return QCoreApplication.translate(
                "Controller", "Could not save on this computer: the journal is in use (is Agent Console open "
                              "twice?). Nothing was changed. Close the other copy, then try again.")
        if kind == "readonly":
            return QCoreApplication.translate(
                "Controller", "Could not save on this computer: the journal file cannot be written. Nothing was "
                              "changed. Call IT.")
        return QCoreApplication.translate(
            "Controller", "Could not save on this computer. Nothing was changed. Try again; if it happens again, "
                          "call IT.")
