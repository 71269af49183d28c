"""What the console imports before its window is shown: only what the first second needs.

Runs in a fresh interpreter (the test process has imported everything already). The journal is
opened and the shift restored before the window appears; the audio layer (numpy), the phone
engine (pjsua2), the HTTP client, asyncio and pydantic's wire models come later (the audio and
the engine when the phone starts, the rest with the sync thread), the door sign's MQTT client
only when a lamp is set up, the demo's processes only with --demo, and the server's code never.
Nor are Qt classes the first frame does not need given a Python type (PySide6 builds them,
with their enums, on first use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "agent_console.audio.backend", "numpy",               # the audio layer: when the phone starts
    "pjsua2", "agent_console.phone.engine",               # the SIP engine: when the phone starts
    "httpx", "asyncio", "agent_console.sync.client",      # the sync client: with a server
    "pydantic", "agent_console.protocol",                 # wire models: with a server
    "paho", "agent_console.doorsign.mqtt",                # the door sign's lamp: when set up
    "agent_console.sync.keyring_worker", "agent_console.sync.credentials",  # the SIP password's read:
    "concurrent.futures",                                 # after the paint
    "keyring", "secretstorage", "cryptography",           # the keyring: never here (its helper process;
                                                          # tests/sync/test_keyring_helper.py)
    "PySide6.QtNetwork",                                  # the network watch: after the paint
    "importlib.metadata", "email",                        # package metadata: nobody on the start path
    "agent_console.server", "fastapi", "sqlalchemy",      # the server's code: never in the console
    "agent_console.app.demo", "agent_console.local_process", "subprocess",  # --demo and child processes
    "agent_console.app.sync_wiring",                      # the sync wiring: with a server, after the paint
    "agent_console.diagnostics.bundle",                   # the diagnostics zip: when one is made
)
"""Modules the console must not import before its window is shown."""

UNBUILT_QT_TYPES = {
    "PySide6.QtCore": ["QDate", "QDateTime", "QUrl"],     # pyside6-uic's import list, trimmed by the build
    "PySide6.QtGui": ["QGradient", "QFontDatabase", "QPalette", "QImage"],
    "PySide6.QtWidgets": [
        "QStyle",                                         # asked for only to re-polish an overrun break bar
        "QMessageBox",                                    # only when the journal cannot be opened
        "QMdiArea", "QGraphicsView", "QWizard", "QFileDialog",  # built when viewport() makes PySide6
    ],                                                    # look up the most derived QWidget type
}
"""PySide6 builds a class's Python type, with all its enums (slow to build), when the class is
first imported or returned; these are not needed for the window's first frame."""

SCRIPT = r"""
import json, sys
HEAVY = json.loads(sys.argv[2])
QT_TYPES = json.loads(sys.argv[3])
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from agent_console.app.config import AppConfig
from agent_console.app.console import Console
tmp = Path(sys.argv[1])
(tmp / "agent-console.ini").touch()
console = Console(app, AppConfig(agent="a1", registrar="127.0.0.1:5999", extension="1001"),
                  tmp / "agent-console.ini", journal_path=tmp / "journal.sqlite3")
console.start()
before = sorted(m for m in HEAVY if m in sys.modules)
qt_built = sorted(f"{m}.{n}" for m, names in QT_TYPES.items() for n in names if n in vars(sys.modules[m]))
audio_before = type(console.phone.audio).__name__
journal_open = console.journal is not None and console.session is not None
restored = {"shift": console.session.shift_active, "status": console.session.status.value,
            "calls": len(console.session.calls)}
from agent_console.app.console import attach_audio
attach_audio(console.phone, console.audio_messages, console.config)
audio_after = type(console.phone.audio).__name__
console._start_doorsign()  # off in these settings: its MQTT client and web server stay unimported
doorsign_off_paho = [m for m in ("paho", "agent_console.doorsign.server") if m in sys.modules]
console._closed = True  # the services never started; shut down without them
console.shutdown()
print(json.dumps({"before": before, "qt_built": qt_built, "audio_before": audio_before, "audio_after": audio_after,
                  "journal_open": journal_open, "restored": restored, "doorsign_off_paho": doorsign_off_paho,
                  "shown": console.shown_at is not None}))
"""


def _journal_with_a_shift(path: Path) -> None:
    """A shift in progress (available, one answered and ended call), as a restart after a crash finds it."""
    from agent_console.domain.policy import Policy
    from agent_console.domain.session import AgentSession
    from agent_console.domain.status import Status
    from agent_console.journal import Journal

    class Clock:
        t = 1_700_000_000_000

        def now_ms(self) -> int:
            self.t += 1000
            return self.t

        def monotonic_ns(self) -> int:
            return self.t * 1_000_000

    journal = Journal.open(path)
    session = AgentSession("a1", Policy(), Clock(), journal)
    session.start_shift(Status.AVAILABLE)
    session.call_offered("p1", "+77010000000", "")
    session.call_answered("p1")
    session.call_ended("p1")
    journal.close()


def test_window_comes_before_heavy_modules(tmp_path: Path) -> None:
    """The journal opens and restores the shift before the window is shown, without pydantic."""
    _journal_with_a_shift(tmp_path / "journal.sqlite3")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), json.dumps(HEAVY), json.dumps(UNBUILT_QT_TYPES)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["journal_open"] and result["shown"]
    assert result["restored"] == {"shift": True, "status": "wrap_up", "calls": 1}
    assert result["before"] == []
    assert result["qt_built"] == []
    assert result["audio_before"] == "NullAudioBackend"
    assert result["audio_after"] == "DeviceAudioBackend"
    assert result["doorsign_off_paho"] == []


def test_phone_starts_after_the_window_is_painted(make_console, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The services wait for the first paint: a zero timer would run them before it and keep an
    empty frame on the screen while the audio layer is imported and the engine starts."""
    from PySide6.QtCore import QEvent, QObject

    from agent_console.phone.fake import FakePhone

    order: list[str] = []
    phone = FakePhone()
    original_start = phone.start

    def start(account: object) -> None:
        order.append("phone")
        original_start(account)  # type: ignore[arg-type]

    phone.start = start  # type: ignore[method-assign]

    class PaintSeen(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    seen = PaintSeen()
    from PySide6.QtWidgets import QApplication

    QApplication.instance().installEventFilter(seen)  # type: ignore[union-attr]
    try:
        console = make_console(phone=phone)  # direct mode: the phone starts without a keyring read
        assert order == []  # nothing started inside start(): the window is shown first
        qtbot.waitUntil(lambda: "phone" in order, timeout=5000)
    finally:
        QApplication.instance().removeEventFilter(seen)  # type: ignore[union-attr]
    assert order[:2] == ["paint", "phone"]
    assert console.phone is phone


def test_after_first_paint_runs_once_on_the_paint_not_on_its_fallback(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from agent_console.app.console import AfterFirstPaint

    calls: list[int] = []
    window = QWidget()
    qtbot.addWidget(window)
    AfterFirstPaint(window, lambda: calls.append(1), fallback_ms=60_000)
    assert calls == []
    window.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
    window.update()
    qtbot.wait(50)
    assert calls == [1]


SOURCE_CACHE_SCRIPT = r"""
import json, linecache, sys
import PySide6.QtCore
import agent_console.domain.session  # its own imports are read by PySide6's hook
cached_unwrapped = any(p.endswith("policy.py") for p in linecache.cache)  # and kept, without the wrap
from agent_console.app.pyside_source_cache import stop_pyside_source_cache
wrapped = stop_pyside_source_cache()
import agent_console.domain.ids, agent_console.ui.main_window
import shibokensupport.feature as feature
mods = ("agent_console.ui.main_window", "agent_console.domain.ids")
answers = [feature._mod_uses_pyside(sys.modules[m]) for m in mods]
kept = sorted(p for p in linecache.cache if "agent_console" in p)
line = linecache.getline(agent_console.domain.ids.__file__, 1)  # tracebacks still find the source
print(json.dumps({"cached_unwrapped": cached_unwrapped, "wrapped": wrapped, "again": stop_pyside_source_cache(),
                  "answers": answers, "kept": kept, "line": line}))
"""


def test_pyside_import_hook_keeps_no_module_source(tmp_path: Path) -> None:
    """PySide6 reads each later module's source to look for "PySide6"; the answer stays the same,
    but linecache no longer keeps those lines (12-13 MB in the running console)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", SOURCE_CACHE_SCRIPT], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["cached_unwrapped"]
    assert result["wrapped"] and result["again"]
    assert result["answers"] == [True, False]
    assert result["kept"] == []
    assert result["line"].startswith('"""Time-ordered unique ids')


def test_break_bar_is_restyled_when_the_break_runs_over_and_back(make_console, clock) -> None:  # type: ignore[no-untyped-def]
    """The break bar is not re-polished while it is within budget (that would build QStyle's
    Python type on the start path), yet it still turns to the overrun colour when the budget is spent."""
    from agent_console.domain.status import Status

    console = make_console(break_budget_s=60)
    bar = console.window.shift_panel.ui.budgetBar
    assert not bar.property("overrun")
    assert console.controller.start_shift()
    assert console.controller.choose_status(Status.BREAK, "lunch")
    clock.advance(30_000)
    console.controller.tick()
    console.window.shift_panel.refresh()
    assert not bar.property("overrun")
    clock.advance(60_000)
    console.controller.tick()
    console.window.shift_panel.refresh()
    assert bar.property("overrun") is True
    assert "+" in bar.format()


JOURNAL_FAILS_SCRIPT = r"""
import json, sys
import PySide6.QtWidgets as widgets
shown = []
widgets.QMessageBox.critical = staticmethod(lambda parent, title, text: shown.append(text))
from agent_console.app.main import main
rc = main(["--journal", sys.argv[1], "--lang", "en"])
print(json.dumps({"rc": rc, "shown": shown}))
"""


def test_a_journal_that_cannot_be_opened_is_still_told_with_a_dialog(tmp_path: Path) -> None:
    """QMessageBox is imported only for this case; the agent still gets the message and exit code 2."""
    journal = tmp_path / "journal-is-a-directory"
    journal.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", JOURNAL_FAILS_SCRIPT, str(journal)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["rc"] == 2
    assert len(result["shown"]) == 1 and result["shown"][0].startswith("The journal cannot be opened")
