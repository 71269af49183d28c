"""Work around two reference-count bugs that abort the process at exit on CPython 3.11.

Measured in this project's environment (CPython 3.11, PySide6 6.12.0, pjsua2-python 2.15.1.post1):

* every ``SignalInstance.emit()`` of PySide6 6.12.0 drops one reference to ``True`` it never
  took (with or without a connected slot, from any thread);
* the pjsua2 wheel's SWIG directors drop ~40 references to ``None`` per call leg.

The deficit accumulates over a shift; at the latest when the interpreter tears down, the count of
``True``/``None`` reaches zero and CPython aborts with ``Fatal Python error: bool_dealloc`` /
``none_dealloc`` (a crash at exit, or earlier in a long shift). CPython 3.12 made these singletons
immortal (PEP 683). On 3.11 we do the same by hand: add 2**40 to their reference counts once, so
no realistic deficit can ever bring them to zero. Nothing else changes: the singletons are never
deallocated in a healthy interpreter either.
"""

from __future__ import annotations

import ctypes
import sys
import threading

_BOOST = 1 << 40
_done = False
_lock = threading.Lock()


def immortalize_singletons() -> bool:
    """Idempotent; returns True if it changed anything (CPython < 3.12 only)."""
    global _done
    with _lock:
        if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
            _done = True
            return False
        for obj in (None, True, False, Ellipsis, NotImplemented):
            # ob_refcnt is the first field of every PyObject (Py_ssize_t).
            ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
        _done = True
        return True


immortalize_singletons()
