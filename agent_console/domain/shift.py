"""Shift arithmetic as a fold over events.

The live console, a replay of the local journal and the server's day reports all compute the
summary with this one fold, so the numbers agree everywhere. Durations are integer milliseconds
taken as differences of consecutive event times, so time per status telescopes to exactly the
shift's length (no float drift).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from agent_console.domain.status import Status
from agent_console.event_kinds import EventKind


class EventLike(Protocol):
    """Anything with the three fields the fold reads: DomainEvent and EventEnvelope both fit."""

    @property
    def kind(self) -> EventKind: ...
    @property
    def at_ms(self) -> int: ...
    @property
    def payload(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Segment:
    status: Status
    reason: str | None
    start_ms: int
    end_ms: int

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


def _extend(segments: list[Segment], seg: Segment) -> None:
    """Append a segment, merging it into the previous one when it continues the same status."""
    if seg.end_ms <= seg.start_ms:
        return
    last = segments[-1] if segments else None
    if last and (last.status, last.reason, last.end_ms) == (seg.status, seg.reason, seg.start_ms):
        segments[-1] = Segment(seg.status, seg.reason, last.start_ms, seg.end_ms)
    else:
        segments.append(seg)


@dataclass
class _CallTimes:
    inbound: bool
    answered_ms: int | None = None
    held_since_ms: int | None = None
    hold_ms: int = 0


@dataclass
class ShiftSummary:
    """The current (latest) shift. A ``shift_started`` event resets it."""

    break_budget_ms: int = 0
    started_ms: int | None = None
    ended_ms: int | None = None
    status: Status = Status.OFFLINE
    reason: str | None = None
    since_ms: int | None = None
    offered: int = 0
    """Inbound calls offered, including those refused while unavailable."""
    answered: int = 0
    missed: int = 0
    """Inbound calls that rang and ended unanswered."""
    rejected: int = 0
    """Inbound calls refused at once (DND, Break, Offline, or during wrap-up)."""
    rejected_in_wrapup: int = 0
    """Of ``rejected``, those refused during the wrap-up after a call: the agent did not choose
    that status, so the window counts them apart from "refused while unavailable"."""
    made: int = 0
    connected_out: int = 0
    talk_ms: int = 0
    hold_ms: int = 0
    _segments: list[Segment] = field(default_factory=list)
    _calls: dict[str, _CallTimes] = field(default_factory=dict)

    @classmethod
    def from_events(cls, events: Iterable[EventLike], break_budget_ms: int = 0) -> ShiftSummary:
        summary = cls(break_budget_ms=break_budget_ms)
        for event in events:
            summary.apply(event)
        return summary

    @property
    def active(self) -> bool:
        return self.started_ms is not None and self.ended_ms is None

    def apply(self, event: EventLike) -> None:
        kind, at, p = event.kind, event.at_ms, event.payload
        if kind == EventKind.SHIFT_STARTED:
            self.__dict__.update(ShiftSummary(break_budget_ms=self.break_budget_ms).__dict__)
            self.started_ms = self.since_ms = at
            return
        if self.started_ms is None or self.ended_ms is not None:
            return  # outside a shift: nothing to count
        if kind == EventKind.STATUS_CHANGED:
            self._close_segment(at)
            self.status, self.reason, self.since_ms = Status(p["status"]), p.get("reason"), at
        elif kind == EventKind.SHIFT_ENDED:
            self._close_segment(at)
            self.ended_ms = at
        elif kind == EventKind.CALL_OFFERED:
            self.offered += 1
            self._calls[p["call_id"]] = _CallTimes(inbound=True)
        elif kind == EventKind.CALL_REJECTED:
            self.offered += 1
            self.rejected += 1
            if self.status == Status.WRAP_UP:
                self.rejected_in_wrapup += 1
        elif kind == EventKind.CALL_DIALED:
            self.made += 1
            self._calls[p["call_id"]] = _CallTimes(inbound=False)
        elif kind == EventKind.CALL_ANSWERED:
            call = self._calls.get(p["call_id"])
            if call and call.answered_ms is None:
                call.answered_ms = at
                if call.inbound:
                    self.answered += 1
                else:
                    self.connected_out += 1
        elif kind == EventKind.CALL_HELD:
            call = self._calls.get(p["call_id"])
            if call and call.held_since_ms is None:
                call.held_since_ms = at
        elif kind == EventKind.CALL_RESUMED:
            call = self._calls.get(p["call_id"])
            if call and call.held_since_ms is not None:
                call.hold_ms += at - call.held_since_ms
                call.held_since_ms = None
        elif kind == EventKind.CALL_ENDED:
            call = self._calls.pop(p["call_id"], None)
            if call is None:
                return
            if call.held_since_ms is not None:
                call.hold_ms += at - call.held_since_ms
            if call.answered_ms is not None:
                self.hold_ms += call.hold_ms
                self.talk_ms += max(0, at - call.answered_ms - call.hold_ms)
            elif call.inbound:
                self.missed += 1

    def _close_segment(self, at: int) -> None:
        assert self.since_ms is not None
        _extend(self._segments, Segment(self.status, self.reason, self.since_ms, at))
        self.since_ms = at

    # -- derived figures -------------------------------------------------------------------------

    def _end(self, now_ms: int) -> int:
        return self.ended_ms if self.ended_ms is not None else max(now_ms, self.since_ms or now_ms)

    def timeline(self, now_ms: int) -> list[Segment]:
        """Status segments across the shift, the open one up to ``now_ms``; adjacent equal ones merged."""
        segments = list(self._segments)
        if self.active and self.since_ms is not None:
            _extend(segments, Segment(self.status, self.reason, self.since_ms, self._end(now_ms)))
        return segments

    def time_in_status(self, now_ms: int) -> dict[Status, int]:
        totals = {status: 0 for status in Status}
        for seg in self.timeline(now_ms):
            totals[seg.status] += seg.duration_ms
        return totals

    def shift_ms(self, now_ms: int) -> int:
        return 0 if self.started_ms is None else self._end(now_ms) - self.started_ms

    @property
    def handled(self) -> int:
        return self.answered + self.connected_out

    def wrapup_ms(self, now_ms: int) -> int:
        return self.time_in_status(now_ms)[Status.WRAP_UP]

    def break_ms(self, now_ms: int) -> int:
        return self.time_in_status(now_ms)[Status.BREAK]

    def break_left_ms(self, now_ms: int) -> int:
        return max(0, self.break_budget_ms - self.break_ms(now_ms))

    def break_overrun_ms(self, now_ms: int) -> int:
        return max(0, self.break_ms(now_ms) - self.break_budget_ms)

    @property
    def rejected_unavailable(self) -> int:
        """Calls refused because of a status the agent chose (DND, Break, Offline)."""
        return self.rejected - self.rejected_in_wrapup

    def _open_call_ms(self, now_ms: int) -> tuple[int, int]:
        """(talk, hold) of the calls still in progress up to ``now_ms``."""
        end = self._end(now_ms)
        talk = hold = 0
        for call in self._calls.values():
            if call.answered_ms is None:
                continue
            held = call.hold_ms + (max(0, end - call.held_since_ms) if call.held_since_ms is not None else 0)
            hold += held
            talk += max(0, end - call.answered_ms - held)
        return talk, hold

    def talk_ms_at(self, now_ms: int) -> int:
        """Talk time including the calls in progress (``talk_ms`` counts ended calls only)."""
        return self.talk_ms + self._open_call_ms(now_ms)[0]

    def hold_ms_at(self, now_ms: int) -> int:
        """Hold time including the calls in progress (``hold_ms`` counts ended calls only)."""
        return self.hold_ms + self._open_call_ms(now_ms)[1]

    def aht_ms(self, now_ms: int) -> int:
        """Average handle time = (talk + hold + wrap-up) / calls handled; 0 before the first call."""
        if not self.handled:
            return 0
        return (self.talk_ms_at(now_ms) + self.hold_ms_at(now_ms) + self.wrapup_ms(now_ms)) // self.handled
