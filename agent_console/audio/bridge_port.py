"""The pjsua2 side of the bridge: one ``AudioMediaPort`` registered in the conference bridge.

Its callbacks run on pjmedia's clock thread (the null sound device's), so they only convert
samples and hand them to :class:`~agent_console.audio.bridge.PulseBridge`'s lock-free FIFOs.
Reading a SWIG ``ByteVector`` element by element costs ~0.7 ms per 20 ms frame (3.5 % of a core
per call on its own), so :func:`vector_bytes` reads the ``std::vector``'s storage pointers directly
(begin/end, the layout of libstdc++, libc++ and MSVC alike), checked against ``size()``.
"""

from __future__ import annotations

import ctypes
import logging

import numpy as np
import pjsua2 as pj

from agent_console.audio.bridge import PulseBridge
from agent_console.audio.priority import boost_current_thread
from agent_console.phone.refguard import immortalize_singletons

log = logging.getLogger(__name__)
_PTR = ctypes.sizeof(ctypes.c_void_p)


def vector_bytes(vec: pj.ByteVector) -> bytes:
    """The bytes of a pjsua2 ``ByteVector`` without a per-element Python round trip."""
    size = vec.size()
    try:
        addr = int(vec.this)
        begin = ctypes.c_void_p.from_address(addr).value or 0
        end = ctypes.c_void_p.from_address(addr + _PTR).value or 0
        if end - begin == size and begin:
            return ctypes.string_at(begin, size)
    except (TypeError, ValueError, AttributeError):
        pass
    return bytes(vec)  # slow but always right


def fill_vector(vec: pj.ByteVector, pcm: np.ndarray) -> bool:
    """Copy ``pcm`` into the frame's own ``ByteVector`` (half the cost of building a new one).
    False if the vector's layout is not the expected one: then the caller assigns a new vector."""
    nbytes = pcm.nbytes
    if vec.size() != nbytes:
        vec.resize(nbytes)
    try:
        begin = ctypes.c_void_p.from_address(int(vec.this)).value
        end = ctypes.c_void_p.from_address(int(vec.this) + _PTR).value
        if begin and end and end - begin == nbytes:
            ctypes.memmove(begin, pcm.ctypes.data, nbytes)
            return True
    except (TypeError, ValueError, AttributeError):
        pass
    return False


# The wheel's SWIG directors drop references to None they never took (see phone/refguard.py); this
# port is a director called 100 times a second for a whole shift, so make None immortal first.
immortalize_singletons()


_RETIRED: list[BridgePort] = []
"""Retired ports, kept referenced for the life of the process (see :meth:`BridgePort.retire`)."""


class BridgePort(pj.AudioMediaPort):
    """Created on the engine thread (``create``); lives until ``on_endpoint_stopping``."""

    def __init__(self, bridge: PulseBridge) -> None:
        super().__init__()
        self._bridge: PulseBridge | None = bridge
        self._n = bridge.fragment
        self._rate = bridge.rate
        self._frame_ms = bridge.frame_ms
        self._failed = False
        self._boosted = False

    def create(self, name: str = "agent-console-bridge") -> None:
        fmt = pj.MediaFormatAudio()
        fmt.type = pj.PJMEDIA_TYPE_AUDIO
        fmt.clockRate = self._rate
        fmt.channelCount = 1
        fmt.bitsPerSample = 16
        fmt.frameTimeUsec = self._frame_ms * 1000
        self.createPort(name, fmt)

    def retire(self) -> None:
        """Take the port out of service for good, without destroying it (engine thread, before
        ``libDestroy``).

        Why not just drop it: ``~AudioMediaPort`` asks the conference bridge to remove the port,
        and pjmedia 2.15 does that *asynchronously*, on its next clock tick, while the C++ object
        and its Python director are freed at once. A tick in between calls ``get_frame`` on the
        freed object, and the director runs Python code on a freed ``self``: heap corruption that
        surfaced as a segfault in a later, unrelated allocation (reproduced: 1 run in ~60 endpoint
        lifetimes under load). So the C++ side is disowned (SWIG then keeps the Python object
        alive) and the conference keeps a valid, silent port until ``libDestroy`` tears the bridge
        down. Cost: one small object per Endpoint lifetime, and the PulseAudio bridge is let go.
        """
        self._bridge = None
        self.__disown__()
        _RETIRED.append(self)

    def onFrameRequested(self, frame: pj.MediaFrame) -> None:
        try:
            bridge = self._bridge
            if bridge is None:             # retired: silence until libDestroy
                frame.type = pj.PJMEDIA_FRAME_TYPE_NONE
                frame.size = 0
                return
            if not self._boosted:          # pjmedia's clock thread: the bridge's heartbeat
                self._boosted = True
                boost_current_thread()
            x = bridge.frame_for_call(self._n)
            if bridge.mic_volume > 1.0:
                x = np.clip(x, -1.0, 1.0)
            pcm = (x * 32767.0).astype("<i2")
            frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
            if not fill_vector(frame.buf, pcm):
                frame.buf = pj.ByteVector(pcm.tobytes())
            frame.size = pcm.nbytes
        except Exception:  # an exception escaping into pjmedia would abort the process
            if not self._failed:
                log.exception("audio: onFrameRequested failed")
                self._failed = True

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:
        try:
            if frame.type != pj.PJMEDIA_FRAME_TYPE_AUDIO or frame.size == 0:
                return
            bridge = self._bridge
            if bridge is None:
                return
            pcm = np.frombuffer(vector_bytes(frame.buf), dtype="<i2")
            bridge.frame_from_call(pcm.astype(np.float32) * np.float32(1.0 / 32768.0))
        except Exception:
            if not self._failed:
                log.exception("audio: onFrameReceived failed")
                self._failed = True
