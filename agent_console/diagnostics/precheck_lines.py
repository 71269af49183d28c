"""What every pre-shift check gives: a line with a level, a sentence for the operator and the facts
behind it (for the diagnostics zip). Kept apart so each check module imports only this."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

GREEN, AMBER, RED = "green", "amber", "red"
LEVELS = (GREEN, AMBER, RED)


def tr(text: str) -> str:
    """Every check's sentence is translated in one context ("Precheck")."""
    return QCoreApplication.translate("Precheck", text)


@dataclass(frozen=True)
class CheckLine:
    name: str
    level: str
    text: str
    facts: dict[str, Any] = field(default_factory=dict, compare=False)
    """Measured values behind the sentence (device, level, ms...), written to precheck.json."""
    ask: str = ""
    """A question only a person can answer ("did you hear it?"); the window asks it, ``--check``
    reports the line as measured."""
