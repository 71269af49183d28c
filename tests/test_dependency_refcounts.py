"""Guards against dependency bugs that abort a long shift on CPython 3.11 (see phone/refguard.py).

Each check runs in a fresh interpreter *without* the guard, so it measures the libraries as they are.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

QT_CHECK = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel
    class O(QObject):
        s = Signal(str, bool)
    app = QApplication([])
    o, label = O(), QLabel()
    o.s.connect(lambda a, b: None)
    n0, t0 = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(20000):
        o.s.emit("x", True)
        label.setText(str(i))
    print(sys.getrefcount(None) - n0, sys.getrefcount(True) - t0)
""")


def test_pyside6_neither_leaks_nor_over_releases_none_and_true() -> None:
    out = subprocess.run([sys.executable, "-c", QT_CHECK], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    none_delta, true_delta = (int(x) for x in out.stdout.split())
    assert abs(none_delta) < 50 and abs(true_delta) < 50, (none_delta, true_delta)


def test_the_guard_makes_none_survive_a_deficit() -> None:
    code = textwrap.dedent("""
        import ctypes, sys
        from agent_console.phone.refguard import immortalize_singletons
        immortalize_singletons()
        ctypes.c_ssize_t.from_address(id(None)).value -= sys.getrefcount(None) // 2 ** 20  # a huge deficit
        print("alive", None)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "alive None" in out.stdout, out.stderr[-2000:]
