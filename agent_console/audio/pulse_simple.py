"""Blocking PulseAudio streams through libpulse's "simple" API (ctypes, no extra dependency).

Why not PortAudio/sounddevice on Linux: Debian 12's libportaudio2 (19.6) has no PulseAudio host
API, and its ALSA host API driving the ALSA ``pulse`` plugin busy-polls (we measured 35-45 % of a
core for one 16 kHz duplex pair). libpulse is the reference client library of PulseAudio and is
what PipeWire's ``pipewire-pulse`` serves, so it reaches PulseAudio and PipeWire alike, by sink or
source *name* (a stable id), with explicit buffer sizes (= predictable latency) and about 1.5 % of
a core per stream at 20 ms fragments. ``pa_simple_read``/``pa_simple_write`` block, paced by the
sound card clock; ctypes releases the GIL while they block.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any, NoReturn

from agent_console.audio.priority import boost_thread, task_ids
from agent_console.audio.samples import address, as_block

PA_STREAM_PLAYBACK = 1
PA_STREAM_RECORD = 2
PA_SAMPLE_FLOAT32LE = 5
_UNSET = 0xFFFFFFFF


class PulseError(RuntimeError):
    """libpulse refused: no server, no such device, or the stream died (device removed)."""


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


_lib: Any = None
_pulse: Any = None


def _load() -> Any:
    global _lib, _pulse
    if _lib is None:
        name = ctypes.util.find_library("pulse-simple") or "libpulse-simple.so.0"
        try:
            lib = ctypes.CDLL(name)
            pulse = ctypes.CDLL(ctypes.util.find_library("pulse") or "libpulse.so.0")
        except OSError as exc:
            raise PulseError(f"libpulse is not installed: {exc}") from exc
        p, i, sz = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.c_size_t
        lib.pa_simple_new.restype = p
        lib.pa_simple_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                      ctypes.c_char_p, ctypes.POINTER(_SampleSpec), p,
                                      ctypes.POINTER(_BufferAttr), i]
        lib.pa_simple_write.argtypes = [p, p, sz, i]
        lib.pa_simple_read.argtypes = [p, p, sz, i]
        lib.pa_simple_drain.argtypes = [p, i]
        lib.pa_simple_flush.argtypes = [p, i]
        lib.pa_simple_free.argtypes = [p]
        lib.pa_simple_get_latency.restype = ctypes.c_uint64
        lib.pa_simple_get_latency.argtypes = [p, i]
        pulse.pa_strerror.restype = ctypes.c_char_p
        pulse.pa_strerror.argtypes = [ctypes.c_int]
        _lib, _pulse = lib, pulse
    return _lib


def io_functions() -> tuple[int, int]:
    """Addresses of ``pa_simple_read`` and ``pa_simple_write`` (for the native device pump)."""
    lib = _load()
    return (ctypes.cast(lib.pa_simple_read, ctypes.c_void_p).value or 0,
            ctypes.cast(lib.pa_simple_write, ctypes.c_void_p).value or 0)


def available() -> bool:
    """True when libpulse can be loaded (not whether a server runs)."""
    try:
        _load()
    except PulseError:
        return False
    return True


def _strerror(code: int) -> str:
    _load()
    msg = _pulse.pa_strerror(code)
    return msg.decode() if msg else f"error {code}"


class PulseStream:
    """One mono float32 stream to a sink (playback) or from a source (record).

    ``device`` is a PulseAudio sink/source name; ``None`` means the server default.
    ``fragment_ms`` is the read/write granularity; ``buffer_ms`` the server-side playback target
    (tlength): together they are the latency this stream adds.
    """

    def __init__(self, *, playback: bool, device: str | None, rate: int, fragment_ms: int = 20,
                 buffer_ms: int = 40, app_name: str = "Agent Console", stream_name: str = "call",
                 boost: bool = True) -> None:
        lib = _load()
        self.playback = playback
        self.device = device
        self.rate = rate
        spec = _SampleSpec(PA_SAMPLE_FLOAT32LE, rate, 1)
        bpf = 4

        def nbytes(ms: int) -> int:
            return int(rate * ms / 1000) * bpf

        if playback:
            # prebuf=0: after an underrun (process starved of CPU) playback goes on at once instead of
            # pausing to refill, so the card keeps consuming at its own rate and no delay builds up.
            attr = _BufferAttr(_UNSET, nbytes(buffer_ms), 0, nbytes(fragment_ms), _UNSET)
        else:
            attr = _BufferAttr(_UNSET, _UNSET, _UNSET, _UNSET, nbytes(fragment_ms))
        err = ctypes.c_int(0)
        before = task_ids()
        self._h = lib.pa_simple_new(
            None, app_name.encode(), PA_STREAM_PLAYBACK if playback else PA_STREAM_RECORD,
            device.encode() if device else None, stream_name.encode(), ctypes.byref(spec), None,
            ctypes.byref(attr), ctypes.byref(err))
        if not self._h:
            raise PulseError(f"cannot open {'sink' if playback else 'source'} {device!r}: "
                             f"{_strerror(err.value)}")
        if boost:
            # libpulse moves this stream's data on a thread of its own: if it starves, so does
            # the card. Give it the same priority as our device threads (see priority.py).
            for tid in task_ids() - before:
                boost_thread(tid)

    def write(self, samples: Any) -> None:
        """Blocks until the server has room: the caller is paced by the sound card. ``samples``:
        ``array('f')`` or any float32 buffer (see :func:`~agent_console.audio.samples.as_block`)."""
        buf = as_block(samples)
        err = ctypes.c_int(0)
        if _lib.pa_simple_write(self._h, buf.buffer_info()[0], 4 * len(buf), ctypes.byref(err)) < 0:
            self.raise_error(err.value)

    def read_into(self, out: Any) -> None:
        """Fill ``out`` (a writable float32 buffer: ``array('f')`` or a contiguous ``ndarray``);
        blocks until the sound card delivered it."""
        err = ctypes.c_int(0)
        keep, ptr = address(out)
        if _lib.pa_simple_read(self._h, ptr, memoryview(out).nbytes, ctypes.byref(err)) < 0:
            self.raise_error(err.value)
        del keep

    @property
    def handle(self) -> int:
        """The ``pa_simple*`` (0 once closed); only for the native device pump."""
        return int(self._h or 0)

    def raise_error(self, code: int) -> NoReturn:
        """The error of a failed read/write (also the native pump's)."""
        raise PulseError(f"{'write' if self.playback else 'read'} failed: {_strerror(code)}")

    def latency_s(self) -> float:
        err = ctypes.c_int(0)
        lat = _lib.pa_simple_get_latency(self._h, ctypes.byref(err))
        return float(lat) / 1e6

    def close(self) -> None:
        if self._h:
            _lib.pa_simple_free(self._h)
            self._h = None

    def __del__(self) -> None:
        self.close()
