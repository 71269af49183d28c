"""Without a reachable sound server the backend must not break the phone: calls still connect
(silent), the failure is reported once, and shutdown is clean."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_console.audio.backend import AudioEvent, DeviceAudioBackend
from agent_console.audio.settings import AudioSettings

from .conftest import Peer
from .harness import NearEnd


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nothing-here")
    yield


def test_call_connects_and_error_is_reported_once(no_server: None, peer: Peer) -> None:
    events: list[AudioEvent] = []
    backend = DeviceAudioBackend(AudioSettings(echo_cancellation=False), listener=events.append)
    near = NearEnd(backend)
    try:
        assert backend.devices() == []
        near.call(peer.port)
        assert near.pump(3, lambda: any(e.kind == "error" for e in events))
        near.pump(1.0)
        errors = [e for e in events if e.kind == "error"]
        assert 1 <= len(errors) <= 2          # one per stream (speaker, mic), not one per retry
        assert {e.role for e in errors} <= {"speaker", "mic"}
    finally:
        near.close()
