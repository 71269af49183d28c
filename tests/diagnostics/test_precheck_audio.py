"""The check's audio lines against a real PulseAudio (the test daemon's null sinks and sources; a
sink's monitor as the microphone is a real loopback), and each failure path."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_console.audio.tones import goertzel_power
from agent_console.diagnostics import precheck_audio as pa
from agent_console.diagnostics.precheck_lines import AMBER, GREEN, RED
from tests.audio.conftest import RATE, Recorder, TonePlayer, pulse_server  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("pulse_server")


def _pactl(*args: str) -> None:
    subprocess.run(["pactl", *args], capture_output=True, check=True, timeout=10)


def test_microphone_with_signal_silent_and_quiet() -> None:
    player = TonePlayer("test_micfeed", 700.0, amp=0.3)
    try:
        line = pa.check_microphone("pulse:test_mic", seconds=0.6)
    finally:
        player.stop()
    assert line.level == GREEN and "Test_Headset_Mic works" in line.text and line.facts["peak_dbfs"] > -20

    line = pa.check_microphone("pulse:test_null_src", seconds=0.3)
    assert line.level == AMBER and "gives no sound" in line.text and "unmute" in line.text

    player = TonePlayer("test_micfeed", 700.0, amp=0.0005)     # about -66 dBFS: a signal, far too low
    try:
        line = pa.check_microphone("pulse:test_mic", seconds=0.6)
    finally:
        player.stop()
    assert line.level == AMBER and "very quiet" in line.text
    assert pa.SILENT_DBFS < line.facts["peak_dbfs"] < pa.QUIET_DBFS


def test_speaker_plays_on_the_chosen_device_and_asks() -> None:
    rec = Recorder("test_ringer.monitor")
    line = pa.check_speaker("pulse:test_ringer", seconds=0.5)
    heard = rec.stop()
    assert line.level == GREEN and "Test_Laptop_Speakers" in line.text and line.ask
    assert goertzel_power(heard, RATE, 660.0) > 100 * goertzel_power(heard, RATE, 1200.0)


def test_ringer_rings_on_the_headset_and_the_default_output() -> None:
    speaker, default = Recorder("test_ringer.monitor"), Recorder("test_speaker.monitor")
    line = pa.check_ringer("", "pulse:test_ringer", seconds=0.5)
    on_speaker, on_default = speaker.stop(), default.stop()
    assert line.level == GREEN and line.facts["played"] == ["Test_Laptop_Speakers", "Test_Headset"]
    for heard in (on_speaker, on_default):
        assert goertzel_power(heard, RATE, 440.0) > 100 * goertzel_power(heard, RATE, 1200.0)
    only = pa.check_ringer("pulse:test_ringer", "pulse:test_speaker", seconds=0.2)
    assert only.facts["played"] == ["Test_Laptop_Speakers"]


def test_loopback_through_the_bridge() -> None:
    line = pa.check_loopback("pulse:test_speaker.monitor", "pulse:test_speaker")
    assert line.level == GREEN and line.facts["heard"] and 0 < line.facts["round_trip_ms"] < 1000
    assert "Monitor of Test_Headset heard Test_Headset" in line.text and not line.ask
    # A headset: its microphone does not hear the earpiece. Not a fault; the window asks instead.
    line = pa.check_loopback("pulse:test_null_src", "pulse:test_speaker", timeout_s=0.5)
    assert line.level == GREEN and not line.facts["heard"] and "normal with a headset" in line.text
    assert line.ask


def test_echo_session_returns_the_microphone() -> None:
    echo = pa.EchoSession("pulse:test_mic", "pulse:test_ringer")
    player = TonePlayer("test_micfeed", 900.0, amp=0.3)
    try:
        heard = Recorder("test_ringer.monitor")
        import time

        time.sleep(0.8)
        out = heard.stop()
    finally:
        player.stop()
        echo.stop()
    assert goertzel_power(out, RATE, 900.0) > 100 * goertzel_power(out, RATE, 1300.0)


@pytest.fixture
def no_source_daemon() -> Iterator[str]:
    """A second private PulseAudio whose microphones are unloaded: only sinks (and their monitors)."""
    tmp = Path(tempfile.mkdtemp(prefix="ac-pulse-nosrc-"))
    script = ROOT / "scripts" / "services" / "pulseaudio.sh"
    out = subprocess.run(["bash", str(script), "start", str(tmp)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    server = out.stdout.strip().splitlines()[-1].split("=", 1)[1]
    old = os.environ["PULSE_SERVER"]
    os.environ["PULSE_SERVER"] = server
    try:
        _pactl("unload-module", "module-remap-source")
        _pactl("unload-module", "module-null-source")
        yield server
    finally:
        os.environ["PULSE_SERVER"] = old
        subprocess.run(["bash", str(script), "stop", str(tmp)], capture_output=True, timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


def test_no_source_gives_its_sentence(no_source_daemon: str) -> None:
    line = pa.check_microphone("pulse:test_mic")
    assert line.level == RED and line.text.startswith("No microphone found: plug in the headset")
    assert pa.check_loopback("", "").level == RED
    assert pa.check_speaker("", seconds=0.1).level == GREEN     # the sinks are still there


def test_no_sound_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nothing")
    for line in (pa.check_microphone(), pa.check_speaker(), pa.check_ringer(), pa.check_loopback()):
        assert line.level == RED and "sound system does not answer" in line.text
