"""ctypes binding of ``acbridge.c``: the pjmedia bridge port and the drift FIFOs in C (Linux).

Why: with the Python port (:mod:`agent_console.audio.bridge_port`) pjmedia's 20 ms clock thread
had to take CPython's GIL on every tick; any other thread holding it delayed the tick (gaps), and
the director callbacks with their numpy work cost more than the 3 % CPU budget of a call. In C the
clock thread never enters Python, and while a call is the only user of a device its thread moves
blocks in C too (:class:`DevicePump`, GIL released); otherwise it calls
:meth:`NativeDriftBuffer.read` / :meth:`~NativeDriftBuffer.write` from its Python loop.

The library is built from ``acbridge.c`` by ``scripts/build_resources.py`` (gcc). When it is
missing, cannot bind to the loaded pjsua2 module, or its hand-written pjmedia declarations do not
match the running pjproject (:meth:`NativeLibrary.layout_ok`), the app keeps the Python port and
FIFOs, which behave the same, only slower. ``AGENT_CONSOLE_NATIVE_AUDIO=0`` forces that fallback
(the benchmark compares both).
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from array import array
from pathlib import Path
from typing import Any

from agent_console.audio.drift_stats import DriftStats
from agent_console.audio.samples import as_block, zeros

log = logging.getLogger(__name__)

LIBRARY_PATH = Path(__file__).with_name("libacbridge.so")
SOURCE_PATH = Path(__file__).with_name("acbridge.c")
_p, _i64, _int, _dbl = ctypes.c_void_p, ctypes.c_int64, ctypes.c_int, ctypes.c_double


class _Counters(ctypes.Structure):
    _fields_ = [("level", _dbl), ("target", _dbl), ("corr", _dbl), ("dropped", _i64),
                ("inserted", _i64), ("underruns", _i64), ("overruns", _i64)]


class NativeLibrary:
    """The loaded ``libacbridge.so`` with its signatures declared."""

    def __init__(self, path: Path) -> None:
        lib = ctypes.CDLL(str(path))
        sigs: dict[str, tuple[Any, list[Any]]] = {
            "acb_fifo_new": (_p, [_dbl, _dbl, _dbl, _dbl, _dbl]),
            "acb_fifo_release": (None, [_p]),
            "acb_fifo_write": (None, [_p, _p, _i64]),
            "acb_fifo_read": (None, [_p, _p, _i64]),
            "acb_fifo_level": (_i64, [_p]),
            "acb_fifo_reset": (None, [_p]),
            "acb_fifo_stats": (None, [_p, ctypes.POINTER(_Counters)]),
            "acb_bind": (_int, [ctypes.c_char_p]),
            "acb_check_layout": (_int, []),
            "acb_port_create": (_p, [_p, _p, ctypes.c_uint, ctypes.c_uint, ctypes.POINTER(_int),
                                     ctypes.POINTER(_int)]),
            "acb_port_set": (None, [_p, _int, _int, ctypes.c_float]),
            "acb_port_counters": (None, [_p, ctypes.POINTER(_i64), ctypes.POINTER(_i64)]),
            "acb_port_timing": (None, [_p, ctypes.POINTER(_i64), ctypes.POINTER(_i64), ctypes.POINTER(_i64)]),
            "acb_conf_connect": (_int, [_int, _int]),
            "acb_conf_disconnect": (_int, [_int, _int]),
            "acb_port_retire": (None, [_p]),
            "acb_destroyed_ports": (_int, []),
            "acb_clock_priority": (_int, []),
            "acb_ctl_new": (_p, []),
            "acb_ctl_free": (None, [_p]),
            "acb_ctl_arm": (None, [_p]),
            "acb_ctl_stop": (None, [_p]),
            "acb_ctl_blocks": (_i64, [_p]),
            "acb_ctl_set_gain": (None, [_p, ctypes.c_float]),
            "acb_ctl_set_late_us": (None, [_p, _i64]),
            "acb_ctl_timing": (None, [_p, ctypes.POINTER(_i64), ctypes.POINTER(_i64)]),
            "acb_ctl_reset_timing": (None, [_p]),
            "acb_pump": (_int, [_p, _int, _p, _p, _p, _i64, ctypes.POINTER(_int)]),
        }
        for name, (restype, argtypes) in sigs.items():
            fn = getattr(lib, name)
            fn.restype = restype
            fn.argtypes = argtypes
        self.lib = lib
        self._bound: bool | None = None
        self._layout: bool | None = None

    def bind_pjsua2(self) -> bool:
        """Find pjsua2's functions in the module Python already loaded (once)."""
        if self._bound is None:
            import pjsua2

            module = getattr(pjsua2, "_pjsua2", None)
            path = getattr(module, "__file__", None)
            rc = self.lib.acb_bind(path.encode()) if path else -1
            self._bound = rc == 0
            if not self._bound:
                log.warning("audio: native bridge cannot bind to pjsua2 (%s): using the Python port", rc)
        return self._bound

    def layout_ok(self) -> bool:
        """Our pjmedia declarations match the running pjproject (engine thread, after libInit)."""
        if self._layout is None:
            rc = self.lib.acb_check_layout() if self.bind_pjsua2() else -1
            self._layout = rc == 0
            if not self._layout:
                log.warning("audio: pjmedia layout check failed (%s): using the Python port", rc)
        return self._layout


_lock = threading.Lock()
_library: NativeLibrary | None = None
_tried = False


def library() -> NativeLibrary | None:
    """The native library, or None (not built, not Linux, or disabled by the environment)."""
    global _library, _tried
    with _lock:
        if not _tried:
            _tried = True
            if os.environ.get("AGENT_CONSOLE_NATIVE_AUDIO", "1") == "0":
                log.info("audio: native bridge disabled by AGENT_CONSOLE_NATIVE_AUDIO=0")
            elif not LIBRARY_PATH.exists():
                log.warning("audio: %s not built (scripts/build_resources.py): using the Python bridge",
                            LIBRARY_PATH.name)
            else:
                try:
                    _library = NativeLibrary(LIBRARY_PATH)
                except (OSError, AttributeError) as exc:
                    log.warning("audio: cannot load %s: %s", LIBRARY_PATH, exc)
        return _library


class NativeDriftBuffer:
    """Drop-in for :class:`~agent_console.audio.drift.DriftBuffer` backed by the C FIFO (the
    same algorithm); single producer, single consumer, either of them may be the C port."""

    def __init__(self, lib: NativeLibrary, *, in_rate: int, out_rate: int, target_ms: float = 30.0,
                 capacity_ms: float = 400.0, max_correction: float = 0.01) -> None:
        self._lib = lib.lib
        self.in_rate = in_rate
        self.out_rate = out_rate
        handle = self._lib.acb_fifo_new(in_rate, out_rate, target_ms, capacity_ms, max_correction)
        if not handle:
            raise MemoryError("acb_fifo_new")
        self.handle: int = handle

    def write(self, samples: Any) -> None:
        """``samples``: ``array('f')``, or anything :func:`~agent_console.audio.samples.as_block` takes."""
        x = as_block(samples)
        self._lib.acb_fifo_write(self.handle, x.buffer_info()[0], len(x))

    def read(self, n: int) -> array[float]:
        out = zeros(n)
        self._lib.acb_fifo_read(self.handle, out.buffer_info()[0], n)
        return out

    def level(self) -> int:
        return int(self._lib.acb_fifo_level(self.handle))

    def reset(self) -> None:
        """Drop what is buffered; carried out by the consumer at its next read (any thread may ask)."""
        self._lib.acb_fifo_reset(self.handle)

    def stats(self) -> DriftStats:
        c = _Counters()
        self._lib.acb_fifo_stats(self.handle, ctypes.byref(c))
        return DriftStats(level_ms=1000.0 * c.level / self.in_rate, target_ms=1000.0 * c.target / self.in_rate,
                          ratio_ppm=c.corr * 1e6, dropped=c.dropped, inserted=c.inserted,
                          underruns=c.underruns, overruns=c.overruns)

    def __del__(self) -> None:
        handle, self.handle = getattr(self, "handle", 0), 0
        if handle:
            self._lib.acb_fifo_release(handle)


class DevicePump:
    """Runs one device thread's per-block work in C while nothing but the call needs the stream
    (see ``acb_pump``). The thread calls :meth:`arm`, checks that the fast path still applies,
    then :meth:`run`, which returns when another thread calls :meth:`stop` (any state change)."""

    def __init__(self, lib: NativeLibrary) -> None:
        self._lib = lib.lib
        handle = self._lib.acb_ctl_new()
        if not handle:
            raise MemoryError("acb_ctl_new")
        self.handle: int = handle

    def arm(self) -> None:
        self._lib.acb_ctl_arm(self.handle)

    def stop(self) -> None:
        self._lib.acb_ctl_stop(self.handle)

    def set_gain(self, gain: float) -> None:
        self._lib.acb_ctl_set_gain(self.handle, gain)

    @property
    def blocks(self) -> int:
        """Blocks moved in C so far (tests and stats)."""
        return int(self._lib.acb_ctl_blocks(self.handle))

    def set_late_ms(self, ms: float) -> None:
        """Playback blocks returning more than *ms* apart count as late: PulseAudio's buffer (of
        about that length) ran dry in between, an underrun that ``pa_simple`` does not report."""
        self._lib.acb_ctl_set_late_us(self.handle, int(ms * 1000))

    def timing(self) -> tuple[int, float]:
        """(late playback blocks, longest interval between two blocks in ms) while in C."""
        late, gap = _i64(0), _i64(0)
        self._lib.acb_ctl_timing(self.handle, ctypes.byref(late), ctypes.byref(gap))
        return late.value, gap.value / 1000

    def reset_timing(self) -> None:
        """Start :meth:`timing` afresh (a benchmark leaves the streams' start-up out)."""
        self._lib.acb_ctl_reset_timing(self.handle)

    def run(self, *, playback: bool, stream: int, io_function: int, fifo: NativeDriftBuffer,
            block: int) -> int:
        """Blocks; 0 when stopped, else the PulseAudio error code of the failed read/write."""
        err = _int(0)
        rc = self._lib.acb_pump(self.handle, int(playback), stream, io_function, fifo.handle, block,
                                ctypes.byref(err))
        if rc == -2:
            raise ValueError(f"block of {block} samples is out of range")
        return 0 if rc == 0 else (err.value or -1)

    def __del__(self) -> None:
        handle, self.handle = getattr(self, "handle", 0), 0
        if handle:
            self._lib.acb_ctl_free(handle)


class PortError(RuntimeError):
    pass


class NativeBridgePort:
    """The bridge's conference port, in C. Engine thread only (it calls pjsua).

    Mirrors the pjsua2 calls the backend and the engine make on an ``AudioMedia``:
    ``startTransmit(media)`` / ``stopTransmit(media)`` (port -> call: the microphone) and
    :meth:`listen_to` / :meth:`stop_listening` (call -> port: the speaker), by conference slot.
    """

    def __init__(self, lib: NativeLibrary, speaker: NativeDriftBuffer, mic: NativeDriftBuffer, *,
                 rate: int, samples_per_frame: int) -> None:
        self._lib = lib.lib
        slot, status = _int(-1), _int(0)
        handle = self._lib.acb_port_create(speaker.handle, mic.handle, rate, samples_per_frame,
                                           ctypes.byref(slot), ctypes.byref(status))
        if not handle:
            raise PortError(f"cannot add the bridge port to the conference (status {status.value})")
        self._handle: int = handle
        self.slot = slot.value
        self._fifos = (speaker, mic)      # the C port holds its own references too

    def getPortId(self) -> int:
        return self.slot

    def _connect(self, src: int, dst: int, on: bool) -> None:
        fn = self._lib.acb_conf_connect if on else self._lib.acb_conf_disconnect
        rc = fn(src, dst)
        if rc != 0:
            raise PortError(f"conference {'connect' if on else 'disconnect'} {src}->{dst}: status {rc}")

    def startTransmit(self, media: Any) -> None:
        self._connect(self.slot, int(media.getPortId()), True)

    def stopTransmit(self, media: Any) -> None:
        self._connect(self.slot, int(media.getPortId()), False)

    def listen_to(self, media: Any) -> None:
        self._connect(int(media.getPortId()), self.slot, True)

    def stop_listening(self, media: Any) -> None:
        self._connect(int(media.getPortId()), self.slot, False)

    def set_state(self, *, call_active: bool, muted: bool, mic_gain: float) -> None:
        if self._handle:
            self._lib.acb_port_set(self._handle, int(call_active), int(muted), mic_gain)

    def counters(self) -> tuple[int, int]:
        """Frames (from the call, to the call) since creation."""
        if not self._handle:
            return (0, 0)
        a, b = _i64(0), _i64(0)
        self._lib.acb_port_counters(self._handle, ctypes.byref(a), ctypes.byref(b))
        return (a.value, b.value)

    def timing(self) -> dict[str, float]:
        """pjmedia clock regularity seen by the port: late ticks (> 1.5 frames apart), burst ticks
        (< half a frame apart: the clock catching up) and the longest gap in ms."""
        if not self._handle:
            return {}
        late, burst, gap = _i64(0), _i64(0), _i64(0)
        self._lib.acb_port_timing(self._handle, ctypes.byref(late), ctypes.byref(burst), ctypes.byref(gap))
        return {"late_ticks": float(late.value), "burst_ticks": float(burst.value), "max_tick_gap_ms": gap.value / 1000}

    def retire(self) -> None:
        """Leave the conference for good (engine thread, before ``libDestroy``). Unlike the Python
        port this is safe: the conference holds a reference to the C port until its asynchronous
        removal is done, then the port frees itself."""
        handle, self._handle = self._handle, 0
        if handle:
            self._lib.acb_port_retire(handle)

    @property
    def retired(self) -> bool:
        return not self._handle
