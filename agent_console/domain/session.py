"""The agent's session: status rules, calls and notes, event-sourced.

Commands (``choose_status``, ``call_offered``…) check the rules against the current state and
produce events; nothing changes until the sink (the journal) has committed them. Only then does
:meth:`AgentSession._apply` fold them into the state and listeners hear about them. The state is
therefore always a fold of journaled events, so :meth:`AgentSession.restore` rebuilds exactly what
the agent saw before a crash.

Rules a call center expects:
- answering moves to On call; when the last live call ends and a call was answered, Wrap-up follows
  for ``policy.wrapup_s`` (0 = none), then the agent's manual status; the wrap-up belongs to the
  first call answered in that stretch of call work, and always has a deadline ``tick()`` reaches;
- a status chosen during a call or wrap-up is *pending* and applies when the call work is done;
- Offline cannot be chosen with a call in progress; Break needs a reason from the policy's list;
- DND, Break and Offline mean the phone must not ring (:attr:`AgentSession.accepts_calls`);
- the status is never changed behind the agent's back: every automatic change is an event
  with a ``cause``, and a Break is never turned into Available by the system.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from agent_console.domain.calls import CallRecord, Direction, Outcome
from agent_console.domain.clock import Clock
from agent_console.domain.events import DomainEvent, EventSink
from agent_console.domain.ids import uuid7
from agent_console.domain.notes import MAX_NOTE_CHARS, NoteBook, NoteVersion
from agent_console.domain.policy import Policy
from agent_console.domain.shift import EventLike, ShiftSummary
from agent_console.domain.status import MANUAL_STATUSES, Status, TransitionError
from agent_console.event_kinds import EventKind

Listener = Callable[[list[DomainEvent]], None]
StatusChoice = tuple[Status, str | None]


class AgentSession:
    def __init__(self, agent: str, policy: Policy, clock: Clock, sink: EventSink) -> None:
        self.agent = agent
        self.policy = policy
        self._clock = clock
        self._sink = sink
        self._listeners: list[Listener] = []
        self._last_at = 0
        self.shift_active = False
        self.status = Status.OFFLINE
        self.reason: str | None = None
        self.manual: StatusChoice = (Status.OFFLINE, None)
        self.pending: StatusChoice | None = None
        self.status_since_ms = 0
        self.wrapup_deadline_ms: int | None = None
        self.wrapup_call_id: str | None = None
        self._work_call: str | None = None
        """The first call answered since the agent last left call work (ringing / on call): the
        wrap-up that follows belongs to it (an attended transfer's caller, not the consulted party;
        a call waiting's first caller, even when the second one gave up unanswered)."""
        self.calls: dict[str, CallRecord] = {}
        """Every call of the restored/current history by domain id, oldest first."""
        self._phone_ids: dict[str, str] = {}
        self.notes = NoteBook()
        self.older_calls: dict[str, CallRecord] = {}
        """Calls of earlier shifts adopted for note edits (:meth:`adopt_older`), by domain id."""
        """Calls of earlier shifts shown in history: their notes may be edited (see :meth:`adopt_older`)."""
        self.summary = ShiftSummary(break_budget_ms=policy.break_budget_s * 1000)

    # -- observation -----------------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @property
    def active_calls(self) -> list[CallRecord]:
        return [c for c in self.calls.values() if c.live]

    @property
    def history(self) -> list[CallRecord]:
        return [c for c in self.calls.values() if not c.live]

    @property
    def after_calls(self) -> StatusChoice:
        """The status the agent returns to when the call work is done."""
        return self.pending or self.manual

    @property
    def accepts_calls(self) -> bool:
        """May the phone ring? Only when the agent is (or will be) Available and not in wrap-up."""
        return (
            self.shift_active
            and self.after_calls[0] == Status.AVAILABLE
            and self.status in (Status.AVAILABLE, Status.RINGING, Status.ON_CALL)
        )

    @property
    def disposition_missing(self) -> bool:
        """Wrap-up is held open because the policy requires a disposition the call lacks."""
        if not (self.policy.require_disposition and self.wrapup_call_id):
            return False
        note = self.notes.latest(self.wrapup_call_id)
        return note is None or not note.disposition

    def call_by_phone_id(self, phone_call_id: str) -> CallRecord | None:
        call_id = self._phone_ids.get(phone_call_id)
        return self.calls.get(call_id) if call_id else None

    def set_policy(self, policy: Policy) -> None:
        """New provisioning. Applies to what comes next; facts already journaled are unchanged."""
        self.policy = policy
        self.summary.break_budget_ms = policy.break_budget_s * 1000

    # -- shift -----------------------------------------------------------------------------------

    def start_shift(self, initial: Status = Status.OFFLINE) -> None:
        if self.shift_active:
            raise TransitionError("shift_active", "The shift has already started.")
        if initial not in MANUAL_STATUSES or initial == Status.BREAK:
            raise TransitionError("not_manual", f"A shift cannot start in status {initial}.")
        at = self._now()
        self._commit([
            self._event(EventKind.SHIFT_STARTED, at, {}),
            self._status_event(at, initial, None, "system", manual=(initial, None), pending=None),
        ])

    def end_shift(self) -> None:
        self._require_shift()
        if self.active_calls:
            raise TransitionError("end_shift_in_call", "The shift cannot end during a call: hang up first.")
        at = self._now()
        events = []
        if self.status != Status.OFFLINE:
            events.append(self._status_event(at, Status.OFFLINE, None, "agent",
                                             manual=(Status.OFFLINE, None), pending=None))
        events.append(self._event(EventKind.SHIFT_ENDED, at, {}))
        self._commit(events)

    # -- status ----------------------------------------------------------------------------------

    def choose_status(self, status: Status, reason: str | None = None, cause: str = "agent") -> None:
        self._require_shift()
        if status not in MANUAL_STATUSES:
            raise TransitionError("not_manual", f"{status} is set automatically and cannot be chosen.")
        if status == Status.BREAK:
            if reason not in self.policy.break_reasons:
                raise TransitionError("break_reason", f"A break needs a reason from the list, not {reason!r}.")
        elif reason is not None:
            raise TransitionError("no_reason", f"Only a break takes a reason ({status} was given {reason!r}).")
        choice: StatusChoice = (status, reason)
        self.tick()  # a wrap-up already past its deadline ends first: the choice then applies at once
        if self.active_calls or self.status == Status.WRAP_UP:
            if status == Status.OFFLINE and self.active_calls:
                raise TransitionError("offline_in_call", "You cannot go Offline during a call: hang up first.")
            if choice == self.after_calls:
                return
            pending = None if choice == self.manual else choice
            self._commit([self._same_status_event(self._now(), cause, pending)])
            return
        if choice == (self.status, self.reason):
            return
        self._commit([self._status_event(self._now(), status, reason, cause, manual=choice, pending=None)])

    def finish_wrapup(self) -> None:
        """The agent ends wrap-up early (or after a required disposition was filled in)."""
        if self.status != Status.WRAP_UP:
            raise TransitionError("not_in_wrapup", "There is no wrap-up to finish.")
        if self.disposition_missing:
            raise TransitionError("disposition_required", "Choose a disposition for the call before finishing.")
        self._commit([self._back_to_manual(self._now(), "agent")])

    def tick(self) -> None:
        """Apply what time alone decides (wrap-up expiry). The UI calls this from a timer."""
        if self.status != Status.WRAP_UP or self.wrapup_deadline_ms is None:
            return
        now = self._clock.now_ms()
        if now < self.wrapup_deadline_ms or self.disposition_missing:
            return
        at = max(self.wrapup_deadline_ms, self._last_at)
        self._last_at = at
        self._commit([self._back_to_manual(at, "wrapup_timer")])

    # -- calls -----------------------------------------------------------------------------------

    def call_offered(self, phone_call_id: str, number: str, name: str) -> CallRecord:
        """An incoming call reached the phone. If the agent does not accept calls (the phone's gate
        raced with a status change) the call is recorded as rejected: the caller must get busy."""
        self._require_shift()
        if phone_call_id in self._phone_ids:
            raise TransitionError("duplicate_call", f"Call {phone_call_id} is already known.")
        if not self.accepts_calls:
            return self.call_rejected(phone_call_id, number, name, self.policy.reject_code)
        at = self._now()
        call_id = str(uuid7())
        events = [self._event(EventKind.CALL_OFFERED, at, {
            "call_id": call_id, "direction": Direction.INBOUND.value, "number": number, "name": name})]
        if self.status == Status.AVAILABLE:
            events.append(self._status_event(at, Status.RINGING, None, "call", self.manual, self.pending))
        self._phone_ids[phone_call_id] = call_id
        self._commit(events)
        return self._bind(phone_call_id, call_id)

    def call_rejected(self, phone_call_id: str, number: str, name: str, code: int) -> CallRecord:
        """The phone refused a call at once because the agent was unavailable."""
        at = self._now()
        call_id = str(uuid7())
        self._commit([self._event(EventKind.CALL_REJECTED, at, {
            "call_id": call_id, "number": number, "name": name, "code": code, "status": self.status.value})])
        return self._bind(phone_call_id, call_id)

    def call_dialed(self, phone_call_id: str, number: str, name: str = "") -> CallRecord:
        self._require_shift()
        if self.status == Status.OFFLINE:
            raise TransitionError("offline_dial", "You are Offline: choose a status before calling out.")
        if phone_call_id in self._phone_ids:
            raise TransitionError("duplicate_call", f"Call {phone_call_id} is already known.")
        at = self._now()
        call_id = str(uuid7())
        events = [self._event(EventKind.CALL_DIALED, at, {"call_id": call_id, "number": number, "name": name})]
        if self.status != Status.ON_CALL:
            events.append(self._status_event(at, Status.ON_CALL, None, "call", self.manual, self.pending))
        self._phone_ids[phone_call_id] = call_id
        self._commit(events)
        return self._bind(phone_call_id, call_id)

    def call_answered(self, phone_call_id: str) -> None:
        """Inbound call answered, or outbound call connected."""
        call = self._live_call(phone_call_id)
        if call.answered_ms is not None:
            return
        at = self._now()
        events = [self._event(EventKind.CALL_ANSWERED, at, {"call_id": call.call_id})]
        if self.status != Status.ON_CALL:
            events.append(self._status_event(at, Status.ON_CALL, None, "call", self.manual, self.pending))
        self._commit(events)

    def call_held(self, phone_call_id: str) -> None:
        call = self._live_call(phone_call_id)
        if call.held_since_ms is None and call.answered_ms is not None:
            self._commit([self._event(EventKind.CALL_HELD, self._now(), {"call_id": call.call_id})])

    def call_resumed(self, phone_call_id: str) -> None:
        call = self._live_call(phone_call_id)
        if call.held_since_ms is not None:
            self._commit([self._event(EventKind.CALL_RESUMED, self._now(), {"call_id": call.call_id})])

    def call_quality(self, phone_call_id: str, rtt_ms: float, jitter_ms: float, loss_pct: float,
                     mos: float) -> None:
        call = self._live_call(phone_call_id)
        self._commit([self._event(EventKind.CALL_QUALITY, self._now(), {
            "call_id": call.call_id, "rtt_ms": round(rtt_ms, 1), "jitter_ms": round(jitter_ms, 1),
            "loss_pct": round(loss_pct, 2), "mos": round(mos, 2)})])

    def call_ended(self, phone_call_id: str, reason: str = "") -> None:
        call = self.call_by_phone_id(phone_call_id)
        if call is None or not call.live:
            return  # already ended (e.g. rejected at once): ending twice is harmless
        self._commit(self._end_events(call, self._now(), reason))

    def close_interrupted_calls(self) -> None:
        """After a restart, calls restored from the journal as live are dead: end them honestly."""
        for call in self.active_calls:
            self._commit(self._end_events(call, self._now(), "interrupted"))

    def _end_events(self, call: CallRecord, at: int, reason: str) -> list[DomainEvent]:
        events = [self._event(EventKind.CALL_ENDED, at, {
            "call_id": call.call_id, "reason": reason, "answered": call.answered_ms is not None})]
        others = [c for c in self.active_calls if c.call_id != call.call_id]
        if any(c.answered_ms is not None for c in others) or any(c.direction == Direction.OUTBOUND for c in others):
            return events  # still on another call
        if others:
            if self.status != Status.RINGING:
                events.append(self._status_event(at, Status.RINGING, None, "call", self.manual, self.pending))
            return events
        if self._work_call is not None and self.policy.wrapup_s > 0:
            events.append(self._status_event(at, Status.WRAP_UP, None, "call", self.manual, self.pending,
                                             until_ms=at + self.policy.wrapup_s * 1000, call_id=self._work_call))
        elif self.status in (Status.RINGING, Status.ON_CALL):
            events.append(self._back_to_manual(at, "call"))
        return events

    # -- notes -----------------------------------------------------------------------------------

    def find_call(self, call_id: str) -> CallRecord | None:
        """A call of this shift or an adopted older one."""
        return self.calls.get(call_id) or self.older_calls.get(call_id)

    def adopt_older(self, calls: Iterable[CallRecord], notes: NoteBook) -> None:
        """Make calls of earlier shifts (folded from the journal elsewhere) editable by
        :meth:`save_note`: their ids are accepted and their note versions continue where they were.
        They stay out of :attr:`calls`, :attr:`history` and the shift figures. A version already
        known for such a call (edited earlier in this shift) wins over the older ones."""
        for call in calls:
            self.older_calls[call.call_id] = call
            for version in notes.versions(call.call_id):
                self.notes.add(version)

    def save_note(self, call_id: str, disposition: str, text: str) -> NoteVersion:
        """Add a version of the call's note (no version is added when nothing changed)."""
        if self.find_call(call_id) is None and self.notes.latest(call_id) is None:
            raise TransitionError("unknown_call", "That call is not in this shift's history.")
        if disposition and disposition not in self.policy.dispositions:
            raise TransitionError("bad_disposition", f"{disposition!r} is not a disposition code.")
        if len(text) > MAX_NOTE_CHARS:
            raise TransitionError("note_too_long", f"A note holds at most {MAX_NOTE_CHARS} characters.")
        latest = self.notes.latest(call_id)
        if latest and (latest.disposition, latest.text) == (disposition, text):
            return latest
        version = self.notes.next_version(call_id)
        self._commit([self._event(EventKind.NOTE_SAVED, self._now(), {
            "call_id": call_id, "version": version, "disposition": disposition, "text": text})])
        note = self.notes.latest(call_id)
        assert note is not None
        self.tick()  # a required disposition may have been the only thing holding wrap-up open
        return note

    # -- replay ----------------------------------------------------------------------------------

    def restore(self, events: Iterable[EventLike]) -> None:
        """Rebuild the state from journaled events (oldest first). Listeners are not called."""
        for event in events:
            self._apply(event)
            self._last_at = max(self._last_at, event.at_ms)

    # -- internals -------------------------------------------------------------------------------

    def _now(self) -> int:
        """Wall time that never runs backwards within the session (NTP steps, suspend)."""
        self._last_at = max(self._clock.now_ms(), self._last_at)
        return self._last_at

    def _event(self, kind: EventKind, at: int, payload: dict[str, Any]) -> DomainEvent:
        return DomainEvent(kind=kind, at_ms=at, mono_ns=self._clock.monotonic_ns(), payload=payload)

    def _status_event(self, at: int, status: Status, reason: str | None, cause: str,
                      manual: StatusChoice, pending: StatusChoice | None, *,
                      until_ms: int | None = None, call_id: str | None = None) -> DomainEvent:
        payload: dict[str, Any] = {
            "status": status.value, "reason": reason, "previous": self.status.value, "cause": cause,
            "manual": manual[0].value, "manual_reason": manual[1],
            "pending": pending[0].value if pending else None, "pending_reason": pending[1] if pending else None,
        }
        if until_ms is not None:
            payload["until_ms"] = until_ms
        if call_id is not None:
            payload["call_id"] = call_id
        return self._event(EventKind.STATUS_CHANGED, at, payload)

    def _same_status_event(self, at: int, cause: str, pending: StatusChoice | None) -> DomainEvent:
        """The current status again with a new pending choice. A wrap-up keeps its deadline and its
        call: without them the event would start a wrap-up that time never ends."""
        wrapup = self.status == Status.WRAP_UP
        return self._status_event(at, self.status, self.reason, cause, manual=self.manual, pending=pending,
                                  until_ms=self.wrapup_deadline_ms if wrapup else None,
                                  call_id=self.wrapup_call_id if wrapup else None)

    def _back_to_manual(self, at: int, cause: str) -> DomainEvent:
        status, reason = self.after_calls
        return self._status_event(at, status, reason, cause, manual=(status, reason), pending=None)

    def _require_shift(self) -> None:
        if not self.shift_active:
            raise TransitionError("no_shift", "Start the shift first.")

    def _live_call(self, phone_call_id: str) -> CallRecord:
        call = self.call_by_phone_id(phone_call_id)
        if call is None or not call.live:
            raise TransitionError("unknown_call", f"There is no live call {phone_call_id}.")
        return call

    def _bind(self, phone_call_id: str, call_id: str) -> CallRecord:
        call = self.calls[call_id]
        call.phone_call_id = phone_call_id
        return call

    def _commit(self, events: list[DomainEvent]) -> None:
        self._sink.append(self.agent, events)  # raises on failure: state stays as it was
        for event in events:
            self._apply(event)
        for listener in list(self._listeners):
            listener(events)

    def _apply(self, event: EventLike) -> None:
        kind, at, p = event.kind, event.at_ms, event.payload
        self.summary.apply(event)
        if kind == EventKind.SHIFT_STARTED:
            self.shift_active = True
            self.status_since_ms = at
        elif kind == EventKind.SHIFT_ENDED:
            self.shift_active = False
        elif kind == EventKind.STATUS_CHANGED:
            status = Status(p["status"])
            if status not in (Status.RINGING, Status.ON_CALL):
                self._work_call = None
            if status == Status.WRAP_UP:
                self._apply_wrapup(at, p)
            else:
                self.wrapup_deadline_ms = None
                if status != Status.ON_CALL:
                    self.wrapup_call_id = None
            if (status, p.get("reason")) != (self.status, self.reason):
                self.status_since_ms = at
            self.status, self.reason = status, p.get("reason")
            self.manual = (Status(p["manual"]), p.get("manual_reason"))
            self.pending = (Status(p["pending"]), p.get("pending_reason")) if p.get("pending") else None
        elif kind in (EventKind.CALL_OFFERED, EventKind.CALL_DIALED, EventKind.CALL_REJECTED):
            direction = Direction.OUTBOUND if kind == EventKind.CALL_DIALED else Direction.INBOUND
            new = CallRecord(call_id=p["call_id"], direction=direction, number=p.get("number", ""),
                             name=p.get("name", ""), offered_ms=at)
            if kind == EventKind.CALL_REJECTED:
                new.ended_ms, new.outcome, new.end_reason = at, Outcome.REJECTED, f"rejected {p.get('code')}"
            self.calls[new.call_id] = new
        elif kind == EventKind.NOTE_SAVED:
            self.notes.add(NoteVersion(call_id=p["call_id"], version=p["version"],
                                       disposition=p["disposition"], text=p["text"], at_ms=at))
        elif (known := self.calls.get(p.get("call_id", ""))) is not None:
            self._apply_call(known, event)

    def _apply_wrapup(self, at: int, p: dict[str, Any]) -> None:
        """Deadline and call of a wrap-up event (the state still holds the previous status).

        Wrap-up always has a deadline, so :meth:`tick` ends it. An event without ``until_ms`` (older
        journals wrote one for a status chosen during wrap-up) continues the wrap-up in progress with
        its deadline and call; with no wrap-up in progress it ends at the next tick (deadline = the
        event's own time), rather than never."""
        continuing = self.status == Status.WRAP_UP and self.wrapup_deadline_ms is not None
        until, call_id = p.get("until_ms"), p.get("call_id")
        if until is None:
            until = self.wrapup_deadline_ms if continuing else at
        if call_id is None and continuing:
            call_id = self.wrapup_call_id
        self.wrapup_deadline_ms, self.wrapup_call_id = until, call_id

    def _apply_call(self, call: CallRecord, event: EventLike) -> None:
        kind, at, p = event.kind, event.at_ms, event.payload
        if kind == EventKind.CALL_ANSWERED:
            call.answered_ms = at
            self._work_call = self._work_call or call.call_id
        elif kind == EventKind.CALL_HELD:
            call.held_since_ms = at
        elif kind == EventKind.CALL_RESUMED and call.held_since_ms is not None:
            call.hold_ms += at - call.held_since_ms
            call.held_since_ms = None
        elif kind == EventKind.CALL_QUALITY:
            call.mos, call.rtt_ms = p["mos"], p["rtt_ms"]
            call.jitter_ms, call.loss_pct = p["jitter_ms"], p["loss_pct"]
        elif kind == EventKind.CALL_ENDED:
            if call.held_since_ms is not None:
                call.hold_ms += at - call.held_since_ms
                call.held_since_ms = None
            call.ended_ms, call.end_reason = at, p.get("reason", "")
            if call.direction == Direction.INBOUND:
                call.outcome = Outcome.ANSWERED if call.answered_ms is not None else Outcome.MISSED
            else:
                call.outcome = Outcome.COMPLETED if call.answered_ms is not None else Outcome.FAILED
            if p.get("reason") == "interrupted":
                call.outcome = Outcome.INTERRUPTED
            for phone_id, call_id in list(self._phone_ids.items()):
                if call_id == call.call_id:
                    del self._phone_ids[phone_id]
