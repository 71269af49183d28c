"""Where the non-Python resources live.

The repository keeps ``resources/`` next to the package (Picard layout); an installed or frozen
build may ship it inside the package instead, so both places are tried.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    for candidate in (_PKG.parent / "resources", _PKG / "resources"):
        if candidate.is_dir():
            return candidate
    return _PKG.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
