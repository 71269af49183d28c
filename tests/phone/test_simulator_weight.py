"""The demo's simulated caller runs all day beside the console: it must not carry numpy.

Its WAV is written with the standard library (a tone) or by a helper process that exits (the
voice-like signal), and is the same audio either way.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from agent_console.phone.wavgen import read_wav, tone, voice_like

PROBE = """
import json, sys
from agent_console.phone.simulator import Simulator, build_parser
sim = Simulator(build_parser().parse_args(sys.argv[1:]))
with open(sim.wav, "rb") as src, open("caller.wav", "wb") as dst:  # the simulator's folder goes with it
    dst.write(src.read())
print(json.dumps({"numpy": "numpy" in sys.modules, "wav": "caller.wav"}))
"""


def _make(args: list[str], tmp_path: Path) -> tuple[bool, Path]:
    out = subprocess.run([sys.executable, "-c", PROBE, "--target", "sip:agent@127.0.0.1:9", *args],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return bool(result["numpy"]), tmp_path / result["wav"]


@pytest.mark.parametrize("args", [["--tone", "440"], ["--seed", "3"]], ids=["tone", "voice"])
def test_simulated_caller_makes_its_audio_without_loading_numpy(args: list[str], tmp_path: Path) -> None:
    numpy_loaded, wav = _make(args, tmp_path)
    try:
        assert not numpy_loaded
        samples, rate = read_wav(wav)
        expected = tone(440.0, 10.0) if "--tone" in args else voice_like(10.0, seed=3)
        assert rate == 16000 and len(samples) == len(expected)
        # the same 16-bit samples numpy would have written (at most one step of rounding apart)
        assert float(abs(samples - expected.clip(-1, 1) * 32767 / 32768).max()) <= 2 / 32768
    finally:
        wav.unlink(missing_ok=True)
