"""Call-center policy values: provisioned by the server, some locked by IT."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_BREAK_REASONS = ("lunch", "childcare", "technical", "training", "rest")
DEFAULT_DISPOSITIONS = (
    "consultation", "application_status", "complaint", "redirected", "callback_needed", "wrong_number",
    "dropped",
)


@dataclass(frozen=True)
class Policy:
    break_reasons: tuple[str, ...] = DEFAULT_BREAK_REASONS
    dispositions: tuple[str, ...] = DEFAULT_DISPOSITIONS
    wrapup_s: int = 30
    """Seconds of wrap-up after each answered call; 0 = none."""
    break_budget_s: int = 60 * 60
    require_disposition: bool = False
    """Wrap-up does not end (neither by timer nor by hand) until the call has a disposition."""
    reject_code: int = 486
    """SIP code for calls refused while DND/Break/Offline."""

    def __post_init__(self) -> None:
        if self.wrapup_s < 0 or self.break_budget_s < 0:
            raise ValueError("wrap-up and break budget cannot be negative")
        if not 400 <= self.reject_code <= 699:
            raise ValueError("reject code must be a SIP failure code (4xx-6xx)")
