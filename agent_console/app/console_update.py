"""Is this console up to date? Compares its version with what IT publishes through provisioning.

Only ever informs: an outdated console keeps working (a call in progress, the queue, sign-in are
never touched); the window shows a quiet notice or a "contact IT" banner.
"""

from __future__ import annotations

from enum import StrEnum

from packaging.version import InvalidVersion, Version


class UpdateLevel(StrEnum):
    CURRENT = "current"
    """Up to date, or IT published nothing (or something unreadable)."""
    AVAILABLE = "available"
    """Older than the latest release: a quiet notice."""
    REQUIRED = "required"
    """Older than the oldest version IT supports: a clear banner telling the operator to contact IT."""


def _version(text: str | None) -> Version | None:
    if not text:
        return None
    try:
        return Version(text)
    except InvalidVersion:
        return None


def update_level(current: str, minimum: str | None, latest: str | None) -> UpdateLevel:
    mine = _version(current)
    if mine is None:
        return UpdateLevel.CURRENT
    low, high = _version(minimum), _version(latest)
    if low is not None and mine < low:
        return UpdateLevel.REQUIRED
    if high is not None and mine < high:
        return UpdateLevel.AVAILABLE
    return UpdateLevel.CURRENT
