"""The C device pump (``acb_pump``) against a stand-in stream: what a device thread's hot path does
while a call is the only user of the sound card. The real PulseAudio path is in test_call_audio."""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from agent_console.audio import native

RATE = 16000
IO = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int))


@pytest.fixture
def lib() -> native.NativeLibrary:
    got = native.library()
    assert got is not None, f"{native.LIBRARY_PATH} is not built: run scripts/build_resources.py"
    return got


class FakeStream:
    """Plays the role of pa_simple_read/write: paced by a sleep, fails after ``fail_after`` calls."""

    def __init__(self, *, playback: bool, block: int, fail_after: int | None = None,
                 stall: tuple[int, float] | None = None) -> None:
        self.playback = playback
        self.stall = stall         # (call number, seconds): that call blocks as a starved thread would
        self.block = block
        self.written: list[np.ndarray] = []
        self.calls = 0
        self.fail_after = fail_after
        self.fn = IO(self._io)

    def _io(self, _stream: int, data: int, nbytes: int, err: ctypes._Pointer) -> int:  # type: ignore[type-arg]
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            err[0] = 7
            return -1
        time.sleep(self.stall[1] if self.stall and self.calls == self.stall[0] else 0.001)
        n = nbytes // 4
        buf = np.ctypeslib.as_array(ctypes.cast(data, ctypes.POINTER(ctypes.c_float)), shape=(n,))
        if self.playback:
            self.written.append(buf.copy())
        else:
            buf[:] = 0.25 * np.sin(2 * np.pi * 440 * (np.arange(n) + (self.calls - 1) * n) / RATE)
        return 0

    @property
    def address(self) -> int:
        return ctypes.cast(self.fn, ctypes.c_void_p).value or 0


def _run(pump: native.DevicePump, stream: FakeStream, fifo: native.NativeDriftBuffer) -> Iterator[int]:
    result: list[int] = []
    pump.arm()
    th = threading.Thread(target=lambda: result.append(pump.run(
        playback=stream.playback, stream=1, io_function=stream.address, fifo=fifo, block=stream.block)))
    th.start()
    yield 0
    pump.stop()
    th.join(5)
    assert not th.is_alive(), "the pump did not return after stop()"
    yield result[0]


def test_playback_pump_plays_the_fifo_with_the_speaker_volume(lib: native.NativeLibrary) -> None:
    fifo = native.NativeDriftBuffer(lib, in_rate=RATE, out_rate=RATE, target_ms=10)
    pump = native.DevicePump(lib)
    pump.set_gain(0.5)
    stream = FakeStream(playback=True, block=160)
    run = _run(pump, stream, fifo)
    next(run)
    for i in range(40):                                  # the far end keeps talking
        if i == 20:
            pump.set_gain(2.0)                           # 0.8 * 2 is clipped to full scale
        fifo.write(np.full(320, 0.8, dtype=np.float32))
        time.sleep(0.01)
    assert next(run) == 0
    out = np.concatenate(stream.written)
    assert pump.blocks == len(stream.written) > 20
    assert np.all(np.abs(out) <= 1.0)
    assert np.any(np.isclose(out, 0.4)) and np.any(np.isclose(out, 1.0))


def test_record_pump_fills_the_fifo_and_reports_a_dead_stream(lib: native.NativeLibrary) -> None:
    fifo = native.NativeDriftBuffer(lib, in_rate=RATE, out_rate=RATE, target_ms=10)
    pump = native.DevicePump(lib)
    stream = FakeStream(playback=False, block=160, fail_after=30)
    pump.arm()
    err = pump.run(playback=False, stream=1, io_function=stream.address, fifo=fifo, block=160)
    assert err == 7                                      # the device vanished: its error comes back
    assert fifo.level() == 30 * 160
    got = np.concatenate([fifo.read(160) for _ in range(20)])
    assert np.max(np.abs(got)) == pytest.approx(0.25, abs=0.01)


def test_a_stopped_pump_does_not_start(lib: native.NativeLibrary) -> None:
    """The device loop arms, then checks the state; a change in between stops the pump, so a run
    that starts after a stop returns at once without touching the stream."""
    fifo = native.NativeDriftBuffer(lib, in_rate=RATE, out_rate=RATE)
    pump = native.DevicePump(lib)
    stream = FakeStream(playback=True, block=160)
    pump.arm()
    pump.stop()
    assert pump.run(playback=True, stream=1, io_function=stream.address, fifo=fifo, block=160) == 0
    assert stream.calls == 0
    with pytest.raises(ValueError):
        pump.run(playback=True, stream=1, io_function=stream.address, fifo=fifo, block=10**6)


@pytest.mark.parametrize("playback", [True, False])
def test_the_pump_times_its_blocks_and_counts_late_playback(lib: native.NativeLibrary, playback: bool) -> None:
    """A playback block that comes back later than PulseAudio's buffer lasts means the server
    played silence (an underrun pa_simple does not report): the pump counts it for the benchmark's
    gap attribution. A late record block loses nothing (the server buffers it), so it only shows
    in the longest interval."""
    fifo = native.NativeDriftBuffer(lib, in_rate=RATE, out_rate=RATE, target_ms=10)
    pump = native.DevicePump(lib)
    pump.set_late_ms(40)
    stream = FakeStream(playback=playback, block=160, fail_after=20, stall=(10, 0.08))
    pump.arm()
    assert pump.run(playback=playback, stream=1, io_function=stream.address, fifo=fifo, block=160) == 7
    late, longest_ms = pump.timing()
    assert longest_ms >= 80
    if playback:
        assert late >= 1
    else:
        assert late == 0
    pump.reset_timing()
    assert pump.timing() == (0, 0.0)
