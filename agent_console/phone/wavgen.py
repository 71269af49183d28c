"""Test/demo audio generated with numpy: a pure tone (frequency checks) and a voice-like signal
(a demo caller that sounds like someone talking, not a beep). 16-bit mono WAV, what pjsua2's
``AudioMediaPlayer`` reads.

    python -m agent_console.phone.wavgen --voice OUT.wav [--seconds 10] [--seed 0]

writes the voice-like WAV from a short-lived process: the simulated caller asks for it that way, so
numpy is never loaded into the caller itself (see :mod:`agent_console.phone.wavfile`)."""

from __future__ import annotations

import argparse
import sys
import wave
from pathlib import Path

import numpy as np


def write_wav(path: str | Path, samples: np.ndarray, rate: int = 16000) -> Path:
    path = Path(path)
    pcm = np.clip(samples, -1.0, 1.0)
    data = (pcm * 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data)
    return path


def tone(freq_hz: float, seconds: float, rate: int = 16000, level: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return level * np.sin(2 * np.pi * freq_hz * t)


def voice_like(seconds: float, rate: int = 16000, seed: int = 0) -> np.ndarray:
    """Glottal-pulse harmonics with a wandering pitch, three formant-like peaks and a 4 Hz
    syllable envelope with pauses: close enough to speech for a demo and for VAD/level meters."""
    rng = np.random.default_rng(seed)
    n = int(seconds * rate)
    t = np.arange(n) / rate
    pitch = 150 + 30 * np.sin(2 * np.pi * 0.7 * t) + 10 * rng.standard_normal(n).cumsum() / np.sqrt(n)
    phase = 2 * np.pi * np.cumsum(pitch) / rate
    sig = np.zeros(n)
    for k in range(1, 25):
        f = k * pitch
        gain = sum(np.exp(-(((f - fc) / bw) ** 2)) for fc, bw in ((700, 150), (1200, 200), (2600, 300)))
        sig += gain * np.sin(k * phase) / k
    syll = np.clip(np.sin(2 * np.pi * 4 * t + rng.uniform(0, 6)), 0, None) ** 2
    pauses = (np.sin(2 * np.pi * 0.25 * t + rng.uniform(0, 6)) > -0.6).astype(float)
    sig *= syll * pauses
    peak = float(np.max(np.abs(sig))) or 1.0
    return 0.6 * sig / peak


def goertzel_power(samples: np.ndarray, rate: int, freq_hz: float) -> float:
    """Power of one frequency in a block (Goertzel): how tests find a tone in a recording."""
    n = len(samples)
    if n == 0:
        return 0.0
    k = round(n * freq_hz / rate)
    w = 2 * np.pi * k / n
    coeff = 2 * np.cos(w)
    s1 = s2 = 0.0
    for x in samples.astype(float):
        s0 = x + coeff * s1 - s2
        s2, s1 = s1, s0
    return float(s1 * s1 + s2 * s2 - coeff * s1 * s2) / n


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        rate = w.getframerate()
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float) / 32768
        if w.getnchannels() > 1:
            data = data.reshape(-1, w.getnchannels())[:, 0]
    return data, rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agent_console.phone.wavgen")
    parser.add_argument("--voice", type=Path, required=True, help="write the voice-like WAV here")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_wav(args.voice, voice_like(args.seconds, seed=args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
