"""Work around a PySide6/shiboken6 6.12.0 refcount bug on Python 3.11 (None, True, False).

The 6.12.0 abi3 wheels return ``None`` from every void method (``setText``, ``setToolTip``...)
without taking a reference, which is harmless on Python >= 3.12 (PEP 683: ``None`` is immortal)
but on 3.11 drops ``None``'s reference count by one per call: a window refreshing its labels
aborts within seconds with "Fatal Python error: none_dealloc". (Measured: 1000 ``QLabel.setText``
calls lower ``sys.getrefcount(None)`` by exactly 1000.)

Until the dependency is pinned to a fixed PySide6 (or the project moves to Python 3.12), we do
what 3.12 does: give ``None`` a reference count so large that it can never reach zero. ``None`` is
a static object that is never freed, so the only effect is that the fatal check never fires.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 60


# The same happens to True and False (seen after a few hundred calls: "bool_dealloc"); all of these
# are static singletons of the interpreter, immortal on 3.12+.
_SINGLETONS: tuple[object, ...] = (None, True, False, Ellipsis, NotImplemented)


def none_refcount_is_safe() -> bool:
    return sys.version_info >= (3, 12) or all(sys.getrefcount(o) > _IMMORTAL // 2 for o in _SINGLETONS)


def immortalize_none() -> None:
    """Idempotent; a no-op on Python >= 3.12 and on non-CPython interpreters."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in _SINGLETONS:
        if sys.getrefcount(obj) < _IMMORTAL // 2:
            ctypes.c_ssize_t.from_address(id(obj)).value = _IMMORTAL
