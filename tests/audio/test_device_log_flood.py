"""A device list that fails on every audio retry is logged when it starts failing and when it
recovers, not once per attempt (it was ~6.5 warnings a second during calls without a sound server)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from agent_console.audio.backend import DeviceAudioBackend
from agent_console.audio.devices import PulseDeviceProvider

FAKE_PACTL = """#!/bin/sh
if [ -e "{broken}" ]; then echo "Connection failure: Connection refused" >&2; exit 1; fi
case "$*" in
  *info*) echo '{{"default_sink_name": "s1", "default_source_name": "m1"}}' ;;
  *sinks*) echo '[{{"name": "s1", "description": "Headset"}}]' ;;
  *sources*) echo '[{{"name": "m1", "description": "Headset mic"}}]' ;;
esac
"""


@pytest.fixture
def pactl(tmp_path: Path) -> tuple[Path, Path]:
    broken = tmp_path / "broken"
    script = tmp_path / "pactl"
    script.write_text(FAKE_PACTL.format(broken=broken))
    os.chmod(script, 0o755)
    return script, broken


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO and "list devices" in r.getMessage()]


def test_failing_device_list_is_logged_when_it_starts_and_when_it_clears(pactl, caplog) -> None:
    script, broken = pactl
    backend = DeviceAudioBackend(provider=PulseDeviceProvider(str(script)), watch_devices=False)
    backend.mode = "pulse"  # what start() decides with a sound server; the retries call refresh
    caplog.set_level(logging.DEBUG)
    assert [d.name for d in backend.refresh_devices()] == ["Headset", "Headset mic"]
    broken.touch()
    for _ in range(40):  # a stream retry every 0.3 s for two streams: 40 is about 6 s of a call
        assert backend.refresh_devices() == []
    lines = _lines(caplog)
    assert len(lines) == 1 and "Connection refused" in lines[0]
    broken.unlink()
    backend.refresh_devices()
    backend.refresh_devices()
    lines = _lines(caplog)
    assert len(lines) == 2 and "works again after 40 failed attempt(s)" in lines[1]
    broken.touch()
    backend.refresh_devices()
    assert len(_lines(caplog)) == 3  # a new run of failures is told again
