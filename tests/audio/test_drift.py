"""The drift FIFO: bounded delay and no clicks whatever the two clocks do.

Every test runs against both implementations: the Python reference (:mod:`drift`) and its C port
(:mod:`agent_console.audio.native`, what the Linux bridge uses), and one test feeds both the same
random sequence and compares them sample by sample."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from agent_console.audio import native
from agent_console.audio.drift import DriftBuffer

RATE = 16000


def _native(**kw: Any) -> Any:
    lib = native.library()
    assert lib is not None, f"{native.LIBRARY_PATH} is not built: run scripts/build_resources.py"
    return native.NativeDriftBuffer(lib, **kw)


@pytest.fixture(params=["python", "native"])
def make(request: pytest.FixtureRequest) -> Callable[..., Any]:
    return DriftBuffer if request.param == "python" else _native


def _simulate(make: Callable[..., Any], drift_ppm: float, seconds: float,
              target_ms: float = 30.0) -> tuple[Any, np.ndarray]:
    """Producer writes 20 ms frames of a 440 Hz sine at (1+drift) x the consumer's rate; the
    consumer reads 10 ms blocks. Returns the buffer and everything the consumer got."""
    buf = make(in_rate=RATE, out_rate=RATE, target_ms=target_ms)
    produced = 0.0
    t_in = 0
    out = []
    block = RATE // 100
    for _ in range(int(seconds * 100)):
        produced += block * (1 + drift_ppm * 1e-6)
        while produced >= 320:
            x = 0.5 * np.sin(2 * np.pi * 440 * (t_in + np.arange(320)) / RATE)
            buf.write(x.astype(np.float32))
            t_in += 320
            produced -= 320
        out.append(buf.read(block))
    return buf, np.concatenate(out)


@pytest.mark.parametrize("drift_ppm", [-2000.0, -300.0, 0.0, 300.0, 2000.0])
def test_level_stays_bounded_and_nothing_dropped_under_drift(make: Callable[..., Any], drift_ppm: float) -> None:
    buf, _ = _simulate(make, drift_ppm, 120.0)
    st = buf.stats()
    assert st.dropped == 0
    assert st.underruns <= 1   # at most the start-up priming
    assert abs(st.level_ms - st.target_ms) < 25.0, st
    # After convergence the correction follows a large drift (small ones drown in the 20 ms sawtooth).
    if abs(drift_ppm) >= 1000:
        assert np.sign(st.ratio_ppm) == np.sign(drift_ppm)


def test_output_is_smooth_no_clicks(make: Callable[..., Any]) -> None:
    _, out = _simulate(make, 1000.0, 20.0)
    steady = out[RATE:]   # skip priming
    # A 440 Hz sine at 0.5 changes by at most 2*pi*440/16000*0.5 = 0.086 per sample.
    assert np.max(np.abs(np.diff(steady))) < 0.1


def test_underrun_fades_and_counts_inserted(make: Callable[..., Any]) -> None:
    buf = make(in_rate=RATE, out_rate=RATE, target_ms=20)
    buf.write(np.full(640, 0.5, dtype=np.float32))
    a = buf.read(160)
    assert a[0] == 0.0 and a[-1] == pytest.approx(0.5, abs=0.01)   # faded in after priming
    got = np.concatenate([buf.read(160) for _ in range(6)])
    st = buf.stats()
    assert st.underruns == 1 and st.inserted > 0
    assert np.max(np.abs(np.diff(got))) < 0.05    # faded out, not cut
    assert got[-1] == 0.0


def test_overflow_is_bounded_and_counted(make: Callable[..., Any]) -> None:
    buf = make(in_rate=RATE, out_rate=RATE, target_ms=30, capacity_ms=100)
    for _ in range(20):
        buf.write(np.zeros(320, dtype=np.float32))
    assert buf.level() == 1600
    assert buf.stats().dropped == 20 * 320 - 1600


def test_stalled_consumer_catches_up_to_target_at_once(make: Callable[..., Any]) -> None:
    buf = make(in_rate=RATE, out_rate=RATE, target_ms=30)
    for _ in range(15):
        buf.write(np.zeros(320, dtype=np.float32))    # 300 ms queued
    buf.read(160)                                     # priming read
    buf.read(160)
    assert buf.stats().level_ms < 40
    assert buf.stats().dropped > 0


def test_rate_conversion_48k_to_16k(make: Callable[..., Any]) -> None:
    buf = make(in_rate=48000, out_rate=16000, target_ms=30)
    chunks = []
    for i in range(100):
        t = i * 480 + np.arange(480)
        buf.write((0.5 * np.sin(2 * np.pi * 1000 * t / 48000)).astype(np.float32))
        chunks.append(buf.read(160))
    out = np.concatenate(chunks)
    spec = np.abs(np.fft.rfft(out[1600:]))
    peak_hz = np.argmax(spec) * 16000 / len(out[1600:])
    assert abs(peak_hz - 1000) < 20


def test_c_port_matches_the_python_reference_sample_by_sample() -> None:
    """Random block sizes and stalls on both sides: priming, squeezes, underruns, catch-ups and
    overflows all happen; the C FIFO must produce what the Python one produces."""
    rng = np.random.default_rng(7)
    kw = {"in_rate": RATE, "out_rate": RATE, "target_ms": 20.0, "capacity_ms": 120.0}
    py, c = DriftBuffer(**kw), _native(**kw)
    t = 0
    for _ in range(4000):
        if rng.random() < 0.55:
            n = int(rng.choice([160, 320, 321, 480, 1200])) if rng.random() < 0.97 else 3000
            x = (0.5 * np.sin(2 * np.pi * 440 * (t + np.arange(n)) / RATE)).astype(np.float32)
            t += n
            py.write(x)
            c.write(x)
        else:
            n = int(rng.choice([160, 320]))
            np.testing.assert_allclose(c.read(n), py.read(n), atol=2e-6)
        assert c.level() == py.level()
    a, b = py.stats(), c.stats()
    assert (b.dropped, b.inserted, b.underruns, b.overruns) == (a.dropped, a.inserted, a.underruns, a.overruns)
    assert a.underruns > 3 and a.overruns > 3 and a.dropped > 0      # the sequence exercised them
    assert b.ratio_ppm == pytest.approx(a.ratio_ppm, abs=1e-3)


def test_reset_drops_what_is_buffered(make: Callable[..., Any]) -> None:
    """A new call starts from an empty FIFO. The C FIFO lets any thread ask and drops at the
    consumer's next read (so only the consumer writes its read position)."""
    buf = make(in_rate=RATE, out_rate=RATE, target_ms=20)
    buf.write(np.full(960, 0.5, dtype=np.float32))
    assert np.any(buf.read(160) != 0)
    buf.reset()
    assert not np.any(buf.read(160))          # silence: emptied and priming again
    assert buf.level() == 0
    buf.write(np.full(480, 0.5, dtype=np.float32))
    assert buf.read(160)[-1] == pytest.approx(0.5)
