"""Run by test_console_without_numpy.py in a fresh interpreter, on the private PulseAudio: the real
Console in plain mode (its window, the pjsua2 phone and the audio layer it attaches after the first
paint), then what an operator's day makes the audio layer do: the level meter, ringback, the
ringer, and a call through the bridge to ``tests/audio/peer.py`` (argv[1]: its UDP port).

Prints one JSON line: whether numpy was imported at each step, and what the bridge moved."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from agent_console.app.config import AppConfig
    from agent_console.app.console import Console
    from agent_console.audio.tones import ToneKind
    from agent_console.domain.status import Status
    from agent_console.phone.api import CallState

    def spin(pred: Callable[[], bool], timeout: float) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if pred():
                return True
            time.sleep(0.01)
        return pred()

    steps: dict[str, bool] = {}
    tmp = Path(tempfile.mkdtemp())
    (tmp / "agent-console.ini").touch()
    console = Console(app, AppConfig(agent="a1", registrar="", extension="agent"),
                      tmp / "agent-console.ini", journal_path=tmp / "journal.sqlite3")
    console.start()
    phone: object = console.phone
    ready = spin(lambda: type(getattr(phone, "audio", None)).__name__ == "DeviceAudioBackend"
                 and phone.wait_ready(0.01), 20)            # type: ignore[attr-defined]
    audio = phone.audio                                       # type: ignore[attr-defined]
    spin(lambda: audio.bridge is not None, 5)
    spin(lambda: False, 1.0)
    steps["phone_up"] = "numpy" in sys.modules

    audio.set_meter_enabled(True)
    spin(lambda: False, 0.6)
    level = audio.mic_level()
    audio.set_meter_enabled(False)
    audio.play_tone(ToneKind.RINGBACK)
    spin(lambda: False, 0.5)
    audio.play_tone(None)
    audio.start_ringing(False)
    spin(lambda: False, 0.5)
    audio.stop_ringing()
    steps["meter_tones_ringer"] = "numpy" in sys.modules

    assert console.session is not None and console.controller is not None
    console.session.start_shift(Status.AVAILABLE)
    states: list[str] = []
    phone.call_state_changed.connect(lambda info: states.append(info.state.name))  # type: ignore[attr-defined]
    dialled = console.controller.dial(f"peer@127.0.0.1:{sys.argv[1]}")
    connected = spin(lambda: CallState.CONNECTED.name in states, 15)
    spin(lambda: False, 1.5)
    audio.play_tone(ToneKind.CALL_WAITING)      # a tone mixed into the call's audio
    spin(lambda: False, 0.5)
    audio.play_tone(None)
    stats = audio.stats()
    native = audio.native_bridge
    console.controller.hangup()
    ended = spin(lambda: CallState.ENDED.name in states, 10)
    steps["call"] = "numpy" in sys.modules

    console._closed = True
    console.shutdown()
    print(json.dumps({"ready": ready, "dialled": dialled, "connected": connected, "ended": ended,
                      "native": native, "level": level,
                      "frames_from_call": stats.frames_from_call if stats else 0,
                      "frames_to_call": stats.frames_to_call if stats else 0,
                      "numpy": steps}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
