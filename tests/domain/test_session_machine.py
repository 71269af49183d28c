"""A stateful property test of the agent's session (hypothesis ``RuleBasedStateMachine``).

Hypothesis plays a day of work in random order: calls offered, dialled, answered, held, resumed and
ended (several at once), every manual status chosen with and without a valid break reason, notes
saved with and without a disposition, wrap-up ended by hand, time passing (a manual clock), a
replay of the journal, a crash (restore from the journal + close the calls that died with the
process), and the shift ended and started again. The policy is drawn too: wrap-up 0 or N seconds,
a disposition required or not.

After every step the rules that keep an operator on the line must hold:

- never in an automatic status (ringing, on call, wrap-up) without a live call, or a wrap-up
  deadline that time will reach; never a live call outside ringing/on call;
- a wrap-up whose deadline has passed (and whose required disposition is given) is over after
  ``tick()``;
- ``accepts_calls`` agrees with the status shown, and an offered call is refused exactly when it
  says so;
- a replay of the journal yields the same state as the live session;
- time per status sums to the shift's length;
- every event passes the server's payload schemas, and event times never run backwards.

``AGENT_CONSOLE_MACHINE_EXAMPLES`` and ``AGENT_CONSOLE_MACHINE_STEPS`` raise the number and length
of the days played (a longer local hunt).
"""

from __future__ import annotations

import itertools
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from agent_console.domain.calls import Direction, Outcome
from agent_console.domain.clock import ManualClock
from agent_console.domain.events import DomainEvent, MemorySink
from agent_console.domain.policy import DEFAULT_DISPOSITIONS, Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import (
    AUTOMATIC_STATUSES,
    MANUAL_STATUSES,
    UNAVAILABLE_STATUSES,
    Status,
    TransitionError,
)
from agent_console.protocol import PAYLOAD_MODELS, EventKind

AGENT = "aigerim"
BREAK_REASONS = ("lunch", "rest")
EXAMPLES = int(os.environ.get("AGENT_CONSOLE_MACHINE_EXAMPLES", "60"))
STEPS = int(os.environ.get("AGENT_CONSOLE_MACHINE_STEPS", "40"))

STATUS_CHOICES = st.one_of(
    st.tuples(st.sampled_from(sorted(MANUAL_STATUSES - {Status.BREAK})), st.none()),
    st.tuples(st.just(Status.BREAK), st.sampled_from(BREAK_REASONS)),
    st.tuples(st.sampled_from(sorted(MANUAL_STATUSES)), st.sampled_from([None, "nap"])),  # often refused
)
WAITS = st.one_of(st.integers(0, 3_000), st.integers(3_000, 40_000), st.sampled_from([600_000, 3_600_000]))


def since_last_shift(events: list[DomainEvent]) -> list[DomainEvent]:
    """What the journal gives a restarting console (``Journal.events_since_last_shift``)."""
    starts = [i for i, e in enumerate(events) if e.kind == EventKind.SHIFT_STARTED]
    return events[starts[-1]:] if starts else list(events)


def snapshot(s: AgentSession, now: int, call_ids: set[str]) -> dict[str, Any]:
    """Everything the agent sees of the session, for the calls of the current shift."""
    summary = s.summary
    return {
        "status": (s.status, s.reason, s.status_since_ms, s.shift_active),
        "choices": (s.manual, s.pending, s.after_calls, s.accepts_calls),
        "wrapup": (s.wrapup_deadline_ms, s.wrapup_call_id, s.disposition_missing),
        "calls": [
            (c.call_id, c.direction, c.answered_ms, c.ended_ms, c.held_since_ms, c.hold_ms, c.outcome, c.talk_ms)
            for c in s.calls.values() if c.call_id in call_ids
        ],
        "notes": {cid: s.notes.versions(cid) for cid in sorted(call_ids)},
        "summary": (
            summary.started_ms, summary.ended_ms, summary.status, summary.reason, summary.since_ms,
            summary.offered, summary.answered, summary.missed, summary.rejected, summary.made,
            summary.connected_out, summary.talk_ms, summary.hold_ms, summary.timeline(now), summary.aht_ms(now),
        ),
    }


class SessionMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = ManualClock()
        self.sink = MemorySink()
        self.session: AgentSession | None = None
        self.phone_calls: list[str] = []
        """Phone ids of the calls the phone has live (the model of the phone, not the session)."""
        self.serial = 0
        self.checked = 0
        """Events already validated against the wire schemas."""
        self.answered_in_work = False
        """A call was answered since the agent last left call work: a wrap-up is owed."""

    # -- set-up --------------------------------------------------------------------------------------

    @initialize(
        wrapup_s=st.sampled_from([0, 5, 30]),
        require_disposition=st.booleans(),
        initial=st.sampled_from([Status.OFFLINE, Status.AVAILABLE, Status.DND]),
    )
    def start(self, wrapup_s: int, require_disposition: bool, initial: Status) -> None:
        policy = Policy(break_reasons=BREAK_REASONS, wrapup_s=wrapup_s, break_budget_s=600,
                        require_disposition=require_disposition)
        self.session = AgentSession(AGENT, policy, self.clock, self.sink)
        self.session.start_shift(initial)
        self.max_wrapup_s = wrapup_s

    @property
    def s(self) -> AgentSession:
        assert self.session is not None
        return self.session

    def attempt(self, action: Any, *allowed: str) -> Any:
        """Run a command; a refusal is fine only for the reasons the rules give for it."""
        try:
            return action()
        except TransitionError as exc:
            assert exc.code in allowed, f"unexpected refusal {exc.code}: {exc}"
            return None

    # -- the phone -----------------------------------------------------------------------------------

    def new_phone_id(self) -> str:
        self.serial += 1
        return f"c{self.serial}"

    @rule()
    def call_offered(self) -> None:
        accepts = self.s.accepts_calls
        phone_id = self.new_phone_id()
        record = self.attempt(lambda: self.s.call_offered(phone_id, f"+7701{self.serial:07d}", ""), "no_shift")
        if record is None:
            assert not self.s.shift_active
            return
        if accepts:
            assert record.live, "the agent accepts calls, yet the call was refused"
            self.phone_calls.append(phone_id)
        else:
            assert record.outcome == Outcome.REJECTED, "the agent does not accept calls, yet the phone rang"

    @rule()
    def call_dialed(self) -> None:
        phone_id = self.new_phone_id()
        record = self.attempt(lambda: self.s.call_dialed(phone_id, "+77020000000"), "no_shift", "offline_dial")
        if record is not None:
            self.phone_calls.append(phone_id)

    @precondition(lambda self: self.phone_calls)
    @rule(data=st.data())
    def call_answered(self, data: st.DataObject) -> None:
        self.s.call_answered(data.draw(st.sampled_from(self.phone_calls)))
        self.answered_in_work = True

    @precondition(lambda self: self.phone_calls)
    @rule(data=st.data())
    def call_held(self, data: st.DataObject) -> None:
        self.s.call_held(data.draw(st.sampled_from(self.phone_calls)))

    @precondition(lambda self: self.phone_calls)
    @rule(data=st.data())
    def call_resumed(self, data: st.DataObject) -> None:
        self.s.call_resumed(data.draw(st.sampled_from(self.phone_calls)))

    @precondition(lambda self: self.phone_calls)
    @rule(data=st.data())
    def call_ended(self, data: st.DataObject) -> None:
        phone_id = data.draw(st.sampled_from(self.phone_calls))
        self.s.call_ended(phone_id, "hangup")
        self.phone_calls.remove(phone_id)
        self.check_wrapup_owed()

    # -- the agent -----------------------------------------------------------------------------------

    @rule(choice=STATUS_CHOICES)
    def choose_status(self, choice: tuple[Status, str | None]) -> None:
        status, reason = choice
        def choose() -> bool:
            self.s.choose_status(status, reason)
            return True

        done = self.attempt(choose, "no_shift", "offline_in_call", "break_reason", "no_reason")
        valid = reason in BREAK_REASONS if status == Status.BREAK else reason is None
        if valid and self.s.shift_active and not (status == Status.OFFLINE and self.s.active_calls):
            assert done, "a valid choice was refused"
            assert self.s.after_calls == (status, reason), "a valid choice was lost"

    @rule()
    def finish_wrapup(self) -> None:
        was_wrapup = self.s.status == Status.WRAP_UP
        missing = self.s.disposition_missing
        self.attempt(self.s.finish_wrapup, "not_in_wrapup", "disposition_required")
        if was_wrapup and not missing:
            assert self.s.status != Status.WRAP_UP

    @precondition(lambda self: self.session is not None and self.s.calls)
    @rule(data=st.data(), disposition=st.sampled_from(["", *DEFAULT_DISPOSITIONS[:3]]),
          text=st.sampled_from(["", "Жәрдемақы 42 500", "callback tomorrow"]))
    def save_note(self, data: st.DataObject, disposition: str, text: str) -> None:
        wrapup_call = self.s.wrapup_call_id
        call_id = data.draw(st.sampled_from([*([wrapup_call] if wrapup_call else []), *self.s.calls]))
        self.s.save_note(call_id, disposition, text)
        self.check_wrapup_over_when_due()

    @rule()
    def end_shift(self) -> None:
        self.attempt(self.s.end_shift, "no_shift", "end_shift_in_call")

    @rule(initial=st.sampled_from([Status.OFFLINE, Status.AVAILABLE, Status.DND]))
    def start_shift(self, initial: Status) -> None:
        self.attempt(lambda: self.s.start_shift(initial), "shift_active")

    # -- time, replay, crash -------------------------------------------------------------------------

    @rule(ms=WAITS)
    def time_passes(self, ms: int) -> None:
        self.clock.advance(ms)

    @precondition(lambda self: self.session is not None and self.s.wrapup_deadline_ms is not None)
    @rule(offset=st.sampled_from([-1, 0, 1]))
    def time_reaches_the_deadline(self, offset: int) -> None:
        deadline = self.s.wrapup_deadline_ms
        assert deadline is not None
        self.clock.advance(max(0, deadline + offset - self.clock.now_ms()))

    @rule()
    def tick(self) -> None:
        self.s.tick()
        self.check_wrapup_over_when_due()

    @rule()
    def journal_replay(self) -> None:
        """A fresh session folded from the journal takes over (no crash: nothing was live)."""
        restored = AgentSession(AGENT, self.s.policy, self.clock, self.sink)
        restored.restore(since_last_shift(self.sink.events))
        if not self.s.active_calls:  # with live calls the phone's ids would be lost: that is a crash
            self.session = restored

    @rule()
    def crash_restore(self) -> None:
        """The process dies: the phone's calls die with it; the next start restores the journal."""
        self.phone_calls.clear()
        restored = AgentSession(AGENT, self.s.policy, self.clock, self.sink)
        restored.restore(since_last_shift(self.sink.events))
        restored.close_interrupted_calls()
        assert not restored.active_calls
        self.session = restored
        self.check_wrapup_owed()

    @rule(wrapup_s=st.sampled_from([0, 5, 30]), require_disposition=st.booleans())
    def provisioning(self, wrapup_s: int, require_disposition: bool) -> None:
        """New policy from the server: it applies to what comes next."""
        self.s.set_policy(Policy(break_reasons=BREAK_REASONS, wrapup_s=wrapup_s, break_budget_s=600,
                                 require_disposition=require_disposition))
        self.max_wrapup_s = max(self.max_wrapup_s, wrapup_s)

    def check_wrapup_owed(self) -> None:
        """When the last live call ends after a call was answered, wrap-up follows (unless none)."""
        s = self.s
        if not s.active_calls and self.answered_in_work and s.policy.wrapup_s > 0:
            assert s.status == Status.WRAP_UP, "an answered call was not wrapped up"
            assert s.wrapup_call_id is not None and s.calls[s.wrapup_call_id].answered_ms is not None

    def check_wrapup_over_when_due(self) -> None:
        s = self.s
        if s.status == Status.WRAP_UP and not s.disposition_missing:
            assert s.wrapup_deadline_ms is not None
            assert self.clock.now_ms() < s.wrapup_deadline_ms, "wrap-up is past its deadline but not over"

    # -- invariants ----------------------------------------------------------------------------------

    @invariant()
    def automatic_status_has_a_reason_to_be(self) -> None:
        if self.session is None:
            return
        s = self.s
        live = s.active_calls
        if s.status in (Status.RINGING, Status.ON_CALL):
            assert live, f"{s.status} without a live call"
        if s.status == Status.RINGING:
            assert any(c.direction == Direction.INBOUND and c.answered_ms is None for c in live)
        if s.status == Status.ON_CALL:
            assert any(c.answered_ms is not None or c.direction == Direction.OUTBOUND for c in live)
        if live:
            assert s.status in (Status.RINGING, Status.ON_CALL), f"a live call while {s.status}"
        if s.status == Status.WRAP_UP:
            assert s.wrapup_deadline_ms is not None, "wrap-up without a deadline never ends"
            assert s.wrapup_deadline_ms <= self.clock.now_ms() + self.max_wrapup_s * 1000
            if s.policy.require_disposition:
                assert s.wrapup_call_id in s.calls, "a required disposition for no call can never be given"
        if s.pending is not None:
            assert s.status in AUTOMATIC_STATUSES, "a pending status outside call work never applies"
            assert s.pending != s.manual
        if not s.shift_active:
            assert s.status == Status.OFFLINE and not live

    @invariant()
    def call_work_left(self) -> None:
        """Not a check: the model forgets the owed wrap-up once the agent is out of call work."""
        if self.session is not None and self.s.status not in (Status.RINGING, Status.ON_CALL):
            self.answered_in_work = False

    @invariant()
    def accepts_calls_agrees_with_the_status_shown(self) -> None:
        if self.session is None:
            return
        s = self.s
        if s.status in UNAVAILABLE_STATUSES or s.status == Status.WRAP_UP or not s.shift_active:
            assert not s.accepts_calls
        elif s.status == Status.AVAILABLE:
            assert s.accepts_calls
        else:
            assert s.accepts_calls == (s.after_calls == (Status.AVAILABLE, None))
        assert s.manual[0] in MANUAL_STATUSES

    @invariant()
    def replay_yields_the_same_state(self) -> None:
        if self.session is None:
            return
        events = since_last_shift(self.sink.events)
        replayed = AgentSession(AGENT, self.s.policy, self.clock, MemorySink())
        replayed.restore(events)
        new_call = (EventKind.CALL_OFFERED, EventKind.CALL_DIALED, EventKind.CALL_REJECTED)
        call_ids = {e.payload["call_id"] for e in events if e.kind in new_call}  # the current shift's
        now = self.clock.now_ms()
        assert snapshot(replayed, now, call_ids) == snapshot(self.s, now, call_ids)

    @invariant()
    def time_per_status_sums_to_the_shift(self) -> None:
        if self.session is None:
            return
        summary, now = self.s.summary, self.clock.now_ms()
        assert sum(summary.time_in_status(now).values()) == summary.shift_ms(now)
        segments = summary.timeline(now)
        for before, after in itertools.pairwise(segments):
            assert before.end_ms == after.start_ms
            assert (before.status, before.reason) != (after.status, after.reason)
        if summary.active:
            assert (summary.status, summary.reason) == (self.s.status, self.s.reason)

    @invariant()
    def events_are_valid_and_in_order(self) -> None:
        events = self.sink.events
        for before, after in itertools.pairwise(events[max(0, self.checked - 1):]):
            assert before.at_ms <= after.at_ms, "event time ran backwards"
        for event in events[self.checked:]:
            PAYLOAD_MODELS[event.kind].model_validate(event.payload)
        self.checked = len(events)


SessionMachine.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestSessionMachine = SessionMachine.TestCase
