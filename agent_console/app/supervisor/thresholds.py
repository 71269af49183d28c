"""The alert thresholds of a team as a supervisor types them, and back.

The server stores every threshold in seconds (:class:`~agent_console.protocol.AlertPolicy`);
supervisors think of calls and do-not-disturb in minutes and of wrap-up in seconds, so each rule
has its unit here. Parsing is strict and says what is wrong (empty, not a number, not above zero,
more than a day) so the dialog can tell the supervisor in their language and keep what they typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent_console.protocol import AlertPolicy

MAX_S = 86_400
"""The server's upper bound for any threshold (a day)."""


@dataclass(frozen=True)
class Threshold:
    key: str
    """The :class:`AlertPolicy` field (seconds; ``None``: the rule is off)."""
    unit_s: int
    """1: typed in seconds; 60: typed in minutes."""


NUMERIC = (
    Threshold("wrapup_max_s", 1),
    Threshold("call_max_s", 60),
    Threshold("dnd_max_s", 60),
    Threshold("phone_unreachable_s", 1),
)
SWITCHES = ("break_over_budget", "unreachable")
"""Rules without a number: on or off."""


class ThresholdError(ValueError):
    """``problem`` is one of "empty", "not_a_number", "not_positive", "too_large"."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


def shown(value_s: int | None, t: Threshold) -> str:
    """``value_s`` in the rule's unit, without a needless fraction ("15", "1.5"); "" when off."""
    if value_s is None:
        return ""
    value = value_s / t.unit_s
    return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0").rstrip(".")


def parse(text: str, t: Threshold) -> int:
    """Whole seconds from what was typed in the rule's unit (a decimal comma is accepted)."""
    text = text.strip().replace(",", ".").replace("\u2212", "-")
    if not text:
        raise ThresholdError(t.key, "empty")
    try:
        value = float(text)
    except ValueError:
        raise ThresholdError(t.key, "not_a_number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ThresholdError(t.key, "not_a_number")
    seconds = round(value * t.unit_s)
    if seconds < 1:
        raise ThresholdError(t.key, "not_positive")
    if seconds > MAX_S:
        raise ThresholdError(t.key, "too_large")
    return seconds


def policy_from(switches: dict[str, bool], enabled: dict[str, bool], texts: dict[str, str]) -> AlertPolicy:
    """The policy the form shows; raises :class:`ThresholdError` for the first bad number. A rule
    switched off is ``None`` whatever its box holds."""
    values: dict[str, object] = {key: bool(switches.get(key, True)) for key in SWITCHES}
    for t in NUMERIC:
        values[t.key] = parse(texts.get(t.key, ""), t) if enabled.get(t.key, True) else None
    return AlertPolicy.model_validate(values)
