"""Work around a reference-count bug that aborts the process on CPython 3.11.

The pjsua2 wheel's SWIG directors drop references to ``None`` they never took: measured
~32 per call (``tests/test_dependency_refcounts.py``). Over a 300-call shift the deficit
accumulates until CPython aborts with ``Fatal Python error: none_dealloc`` (at the latest at exit).
CPython 3.12 made these singletons immortal (PEP 683); on 3.11 we do the same by hand: add 2**40
to their reference counts once, so no realistic deficit can bring them to zero. Nothing else
changes: the singletons are never deallocated in a healthy interpreter either.

(PySide6 6.12.0 had the same kind of bug for every ``emit()`` and void method; pyproject pins
PySide6 below 6.12 and the same test guards against a future bump bringing it back.)
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
