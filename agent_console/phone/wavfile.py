"""16-bit mono WAV files from the standard library alone (no numpy).

The demo's simulated caller runs all day beside the console: writing its test tone with
``array``/``math`` keeps numpy (~14 MB RSS and 0.2 s of start-up) out of that process. The samples
are the ones :func:`agent_console.phone.wavgen.tone` computes.
"""

from __future__ import annotations

import math
import wave
from array import array
from collections.abc import Iterable
from pathlib import Path


def write_pcm16(path: str | Path, samples: Iterable[float], rate: int = 16000) -> Path:
    """Samples in [-1, 1] (clipped) as 16-bit little-endian mono PCM, truncated like numpy's astype."""
    path = Path(path)
    pcm = array("h", (int(max(-1.0, min(1.0, s)) * 32767) for s in samples))
    if pcm.itemsize != 2:  # pragma: no cover - every platform we ship on has a 16-bit short
        raise RuntimeError("array('h') is not 16-bit here")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes() if array("H", [1]).tobytes() == b"\x01\x00" else _swapped(pcm))
    return path


def _swapped(pcm: array[int]) -> bytes:  # pragma: no cover - big-endian hosts
    copy = array("h", pcm)
    copy.byteswap()
    return copy.tobytes()


def write_tone(path: str | Path, freq_hz: float, seconds: float, rate: int = 16000, level: float = 0.5) -> Path:
    """A pure tone: what frequency checks listen for."""
    return write_pcm16(path, (level * math.sin(2 * math.pi * freq_hz * (n / rate)) for n in range(int(seconds * rate))),
                       rate)
