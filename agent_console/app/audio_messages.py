"""Audio-layer events (device unplugged, no microphone, errors) as human messages in the window.

The audio backend calls its listener on a background thread; emitting a Qt signal of a QObject that
lives in the GUI thread queues the event there, so the window is only touched on its own thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)


class AudioMessages(QObject):
    audio_event = Signal(object)
    message = Signal(str, str)
    """level, human text (already translated)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.audio_event.connect(self._on_event)

    def listener(self, audio_event: Any) -> None:
        """Called by the audio backend on its own thread: hand over to the GUI thread."""
        self.audio_event.emit(audio_event)

    def _on_event(self, e: Any) -> None:
        kind = getattr(e, "kind", "")
        role = getattr(e, "role", "")
        fallback = getattr(e, "fallback_id", "")
        if kind == "device_lost":
            if role == "mic":
                text = (QCoreApplication.translate("Console", "The microphone was unplugged; using another one.")
                        if fallback else QCoreApplication.translate(
                            "Console", "No microphone: callers cannot hear you. Plug in the headset."))
                self.message.emit("warning" if fallback else "error", text)
            elif role == "speaker":
                text = (QCoreApplication.translate(
                            "Console", "The headset was unplugged; sound goes to another device.")
                        if fallback else QCoreApplication.translate(
                            "Console", "No speaker or headset: you cannot hear callers. Plug in the headset."))
                self.message.emit("warning" if fallback else "error", text)
        elif kind == "no_device":
            self.message.emit("error", QCoreApplication.translate(
                "Console", "No sound device was found: calls connect, but without sound. Plug in the headset "
                           "and restart Agent Console."))
        elif kind == "error":
            log.warning("audio error (%s): %s", role or "?", getattr(e, "message", ""))
            if role == "mic":
                text = QCoreApplication.translate(
                    "Console", "The microphone cannot be used, so callers may not hear you. Check that the headset "
                               "is plugged in; if it still fails, restart Agent Console or call IT.")
            elif role == "speaker":
                text = QCoreApplication.translate(
                    "Console", "The headset or speaker cannot be used, so you may not hear callers. Check that the "
                               "headset is plugged in; if it still fails, restart Agent Console or call IT.")
            else:
                text = QCoreApplication.translate(
                    "Console", "The sound system does not answer: you may not hear calls ring. Restart Agent "
                               "Console; if it still fails, call IT.")
            self.message.emit("error", text)
