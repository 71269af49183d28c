"""Blocks of float32 samples as the standard library's ``array('f')``.

Why not numpy: the running console moves at most a few hundred samples at a time outside C (the
native pump and port carry a call's audio), and numpy with its OpenBLAS costs ~11 MB of RSS for
the whole shift. The device threads, the tones and the level meter work on ``array('f')``;
anything exporting a float32 buffer (an ``ndarray`` from a test or a tool) is accepted too.
"""

from __future__ import annotations

import ctypes
from array import array
from typing import Any


def zeros(n: int) -> array[float]:
    return array("f", bytes(4 * n))


def as_block(samples: Any) -> array[float]:
    """``samples`` as ``array('f')``: the same object when it is one, else a float32 copy
    (a float32 buffer is copied byte for byte; anything else is converted value by value)."""
    if isinstance(samples, array) and samples.typecode == "f":
        return samples
    try:
        view = memoryview(samples)
    except TypeError:
        return array("f", samples)
    if view.format in ("f", "<f", "=f") and view.c_contiguous:
        out = array("f")
        out.frombytes(view.cast("B"))
        return out
    return array("f", samples)


def address(block: Any) -> tuple[Any, int]:
    """(an object to keep alive during the C call, the address of the first sample) of a writable
    float32 buffer (``array('f')`` or a C-contiguous float32 ``ndarray``)."""
    if isinstance(block, array):
        return block, block.buffer_info()[0]
    ref = (ctypes.c_char * memoryview(block).nbytes).from_buffer(block)
    return ref, ctypes.addressof(ref)


def scaled(block: array[float], gain: float) -> array[float]:
    """``block * gain`` rounded to float32 sample by sample (the product of two float32 values is
    exact in a double, so this equals a float32 multiplication)."""
    g = array("f", (gain,))[0]
    return array("f", [x * g for x in block])


def clipped(block: array[float]) -> array[float]:
    """Samples limited to [-1, 1]; the same object when none is outside."""
    if not block or (max(block) <= 1.0 and min(block) >= -1.0):
        return block
    return array("f", [1.0 if x > 1.0 else -1.0 if x < -1.0 else x for x in block])


def mixed(a: array[float], b: array[float]) -> array[float]:
    """Sample-wise sum of two blocks of the same length, rounded to float32."""
    return array("f", [x + y for x, y in zip(a, b, strict=True)])
