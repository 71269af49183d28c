"""Call notes: a disposition code plus free text, versioned — an edit adds a version, never overwrites."""

from __future__ import annotations

from dataclasses import dataclass

MAX_NOTE_CHARS = 10_000


@dataclass(frozen=True)
class NoteVersion:
    call_id: str
    version: int
    disposition: str
    text: str
    at_ms: int


class NoteBook:
    """Every version of every note, in the order they were saved."""

    def __init__(self) -> None:
        self._versions: dict[str, list[NoteVersion]] = {}

    def add(self, note: NoteVersion) -> None:
        versions = self._versions.setdefault(note.call_id, [])
        if versions and note.version <= versions[-1].version:
            return  # replayed twice: versions are immutable facts
        versions.append(note)

    def latest(self, call_id: str) -> NoteVersion | None:
        versions = self._versions.get(call_id)
        return versions[-1] if versions else None

    def versions(self, call_id: str) -> list[NoteVersion]:
        return list(self._versions.get(call_id, ()))

    def next_version(self, call_id: str) -> int:
        latest = self.latest(call_id)
        return 1 if latest is None else latest.version + 1
