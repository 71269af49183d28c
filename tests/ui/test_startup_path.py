"""What the console imports before its window is shown: only what the first second needs.

Runs in a fresh interpreter (the test process has imported everything already). The journal is
opened and the shift restored before the window appears; the audio layer, the HTTP client and
asyncio come later (the audio when the phone starts, the rest with the sync thread)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys
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
before = {m: m in sys.modules for m in ("agent_console.audio.backend", "numpy", "httpx", "asyncio")}
audio_before = type(console.phone.audio).__name__
journal_open = console.journal is not None and console.session is not None
from agent_console.app.console import attach_audio
attach_audio(console.phone, console.audio_messages, console.config)
audio_after = type(console.phone.audio).__name__
console._closed = True  # the services never started; shut down without them
console.shutdown()
print(json.dumps({"before": before, "audio_before": audio_before, "audio_after": audio_after,
                  "journal_open": journal_open, "shown": console.shown_at is not None}))
"""


def test_window_comes_before_audio_http_and_asyncio(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["journal_open"] and result["shown"]
    assert result["before"] == {"agent_console.audio.backend": False, "numpy": False, "httpx": False,
                                "asyncio": False}
    assert result["audio_before"] == "NullAudioBackend"
    assert result["audio_after"] == "DeviceAudioBackend"


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
