"""A whole process lifetime: the app's phone takes calls, stops, and the interpreter exits cleanly
(no pjsua assertion, no 'Fatal Python error' from the reference-count bugs refguard works around)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from .conftest import ROOT

SCRIPT = textwrap.dedent("""
    import os, subprocess, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from agent_console.phone.api import CallState, SipAccountConfig
    from agent_console.phone.pjsua_phone import PjsuaPhone
    app = QCoreApplication([])
    phone = PjsuaPhone()
    ended = []
    phone.incoming_call.connect(lambda i: phone.answer(i.call_id))
    phone.call_state_changed.connect(lambda i: ended.append(i) if i.state == CallState.ENDED else None)
    phone.start(SipAccountConfig(registrar="", extension="agent", password=""))
    assert phone.wait_ready(5)
    sim = subprocess.Popen([sys.executable, "-m", "agent_console.phone.simulator", "--target",
                            f"sip:agent@127.0.0.1:{phone.local_port}", "--count", "6",
                            "--rate-per-min", "60000", "--first-delay", "0", "--talk-seconds", "0.3"],
                           stdout=subprocess.DEVNULL)
    end = time.monotonic() + 40
    while len(ended) < 6 and time.monotonic() < end:
        app.processEvents(); time.sleep(0.005)
    for _ in range(3000):          # a shift's worth of signal emissions, PySide6 6.12 leaks on each
        phone.network_event.emit("x")
    phone.stop()
    assert phone.wait_stopped(10)
    print("calls", len(ended), "simulator", sim.wait(20))
""")


@pytest.mark.slow
def test_process_with_calls_exits_cleanly() -> None:
    r = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    out = r.stdout + r.stderr
    assert r.returncode == 0, out[-3000:]
    assert "calls 6 simulator 0" in r.stdout
    for bad in ("Assertion", "Fatal Python error", "Traceback"):
        assert bad not in out, out[-3000:]
