"""The running console never imports numpy: with the native library the call's audio moves in C,
and what stays in Python (tones, mixing, the level meter, the device streams) works on
``array('f')``. numpy (~11 MB with OpenBLAS) is left to the Python fallback, the pre-shift check's
analysis, the tools and the tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent_console.audio.native import library

from .conftest import ROOT, Peer

pytestmark = pytest.mark.slow

SCRIPT = Path(__file__).with_name("console_without_numpy.py")


def test_a_started_console_and_a_call_never_import_numpy(pulse_server: str, peer: Peer, tmp_path: Path) -> None:
    if library() is None:
        pytest.fail("libacbridge.so is not built: python scripts/build_resources.py")
    peer.send("tone 1000")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULSE_SERVER": pulse_server, "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, str(SCRIPT), str(peer.port)], env=env, capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["ready"] and result["native"], result
    assert result["dialled"] and result["connected"] and result["ended"], result
    assert result["frames_from_call"] > 50 and result["frames_to_call"] > 50, result   # audio went both ways
    assert result["numpy"] == {"phone_up": False, "meter_tones_ringer": False, "call": False}


CHECK_SCRIPT = r"""
import json, sys, time
from agent_console.diagnostics import precheck_audio as pa
lines = [pa.check_microphone("pulse:test_mic", seconds=0.3), pa.check_speaker("pulse:test_ringer", seconds=0.3),
         pa.check_ringer("", "pulse:test_ringer", seconds=0.3),
         pa.check_loopback("pulse:test_speaker.monitor", "pulse:test_speaker")]
echo = pa.EchoSession("pulse:test_mic", "pulse:test_ringer")
time.sleep(0.5)
echo.stop()
print(json.dumps({"levels": [line.level for line in lines], "heard": lines[3].facts["heard"],
                  "numpy": "numpy" in sys.modules}))
"""


def test_the_pre_shift_checks_audio_lines_do_not_import_numpy(pulse_server: str, tmp_path: Path) -> None:
    """The check runs in the console's process ("Check my setup"): its audio lines, the loopback
    through the bridge and the echo session leave numpy out too."""
    env = {**os.environ, "PULSE_SERVER": pulse_server, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", CHECK_SCRIPT], env=env, capture_output=True, text=True,
                         timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["heard"], result             # the loopback's tone went round the bridge and was found
    assert result["numpy"] is False, result
