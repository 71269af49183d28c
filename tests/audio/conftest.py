"""Fixtures for the audio tests: a private PulseAudio daemon (scripts/services/pulseaudio.sh) and
helpers that record a sink's monitor with ``parecord`` / play into the mic feed with ``pacat``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
RATE = 16000


@pytest.fixture(scope="session")
def pulse_server() -> Iterator[str]:
    """A private PulseAudio with test_speaker/test_ringer/test_micfeed sinks and test_mic source."""
    if not shutil.which("pulseaudio"):
        pytest.fail("pulseaudio is not installed: scripts/bootstrap.sh installs it")
    tmp = Path(tempfile.mkdtemp(prefix="ac-pulse-"))
    script = ROOT / "scripts" / "services" / "pulseaudio.sh"
    out = subprocess.run(["bash", str(script), "start", str(tmp)], capture_output=True, text=True, timeout=30)
    if out.returncode != 0:
        pytest.fail(f"pulseaudio.sh failed: {out.stderr}")
    server = out.stdout.strip().splitlines()[-1].split("=", 1)[1]
    old = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = server
    yield server
    subprocess.run(["bash", str(script), "stop", str(tmp)], capture_output=True, timeout=30)
    if old is None:
        os.environ.pop("PULSE_SERVER", None)
    else:
        os.environ["PULSE_SERVER"] = old
    shutil.rmtree(tmp, ignore_errors=True)


def pactl(*args: str) -> str:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, check=True, timeout=10).stdout


class Recorder:
    """``parecord`` of a source (e.g. ``test_speaker.monitor``) into memory, float32 mono 16 kHz."""

    def __init__(self, source: str) -> None:
        self.proc = subprocess.Popen(
            ["parecord", "--raw", f"--device={source}", "--format=float32le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=20"], stdout=subprocess.PIPE)

    def stop(self) -> np.ndarray:
        time.sleep(0.05)
        self.proc.terminate()
        data, _ = self.proc.communicate(timeout=5)
        return np.frombuffer(data[: len(data) // 4 * 4], dtype="<f4")


def record(source: str, seconds: float) -> np.ndarray:
    rec = Recorder(source)
    time.sleep(seconds)
    return rec.stop()


class TonePlayer:
    """A continuous sine into a sink (``test_micfeed`` is what ``test_mic`` hears)."""

    def __init__(self, sink: str, freq: float, seconds: float = 30.0, amp: float = 0.3,
                 latency_ms: int = 20) -> None:
        t = np.arange(int(RATE * seconds)) / RATE
        data = (amp * np.sin(2 * np.pi * freq * t)).astype("<f4").tobytes()
        self.proc = subprocess.Popen(
            ["pacat", "--playback", "--raw", f"--device={sink}", "--format=float32le", f"--rate={RATE}",
             "--channels=1", f"--latency-msec={latency_ms}"], stdin=subprocess.PIPE)
        assert self.proc.stdin is not None
        self._stdin = self.proc.stdin
        import threading

        self._t = threading.Thread(target=self._feed, args=(data,), daemon=True)
        self._t.start()

    def _feed(self, data: bytes) -> None:
        try:
            self._stdin.write(data)
            self._stdin.close()
        except (BrokenPipeError, ValueError):
            pass

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)


class Peer:
    """tests/audio/peer.py in a subprocess: the far end of a call."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("peer.py"))],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.port = int(self._reply("PORT ")[0])    # pjlib prints its banner before libInit

    def _reply(self, prefix: str) -> list[str]:
        """The fields of the next line starting with *prefix* (pjlib logs in between)."""
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        while line and not line.startswith(prefix):
            line = self.proc.stdout.readline().strip()
        assert line.startswith(prefix), f"peer: no {prefix.strip()} reply"
        return line.split()[1:]

    def send(self, cmd: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(cmd + "\n")
        self.proc.stdin.flush()

    def power(self, *freqs: float) -> list[float]:
        self.send("power " + " ".join(str(f) for f in freqs))
        return [float(v) for v in self._reply("POWER")]

    def state(self) -> tuple[bool, int]:
        """(a call is connected, audio frames heard so far)."""
        self.send("state")
        connected, frames = self._reply("STATE")
        return connected == "1", int(frames)

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(10)
        except (BrokenPipeError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait(5)


@pytest.fixture
def peer() -> Iterator[Peer]:
    p = Peer()
    yield p
    p.close()
