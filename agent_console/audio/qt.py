"""Qt adapter for the settings page and the call view: signals over the Qt-free backend.

Backend events arrive on audio/watcher threads; ``post`` only emits signals, and because this
QObject lives in the GUI thread Qt queues them there (Electrum's ``qt_event_listener`` pattern).
The level meter is polled with a QTimer while someone listens (the settings page is open).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from agent_console.audio.backend import AudioEvent, DeviceAudioBackend


def _role_label(role: str) -> str:
    labels = {
        "speaker": QCoreApplication.translate("Audio", "speaker"),
        "mic": QCoreApplication.translate("Audio", "microphone"),
        "ringer": QCoreApplication.translate("Audio", "ringer"),
    }
    return labels.get(role, role)


class QtAudioAdapter(QObject):
    devices_changed = Signal(object)          # tuple[AudioDevice, ...]
    device_lost = Signal(str)                 # human message for the agent
    device_lost_detail = Signal(str, str, str)  # role, lost id, fallback id
    level = Signal(float)                     # 0..1 mic level, ~15 Hz while the meter runs
    error = Signal(str)

    def __init__(self, backend: DeviceAudioBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        backend.add_listener(self.post)
        self._timer = QTimer(self)
        self._timer.setInterval(66)
        self._timer.timeout.connect(self._poll_level)

    def post(self, event: AudioEvent) -> None:
        """Any thread. Emitting from a foreign thread is queued to the GUI thread by Qt."""
        if event.kind == "devices_changed":
            self.devices_changed.emit(event.devices)
        elif event.kind == "device_lost":
            names = {d.id: d.name for d in self.backend.devices()}
            fallback = names.get(event.fallback_id, event.fallback_id)
            if fallback:
                msg = QCoreApplication.translate(
                    "Audio", "The {role} device was disconnected; now using {fallback}.")
            else:
                msg = QCoreApplication.translate(
                    "Audio", "The {role} device was disconnected and no other device is available.")
            self.device_lost.emit(msg.format(role=_role_label(event.role), fallback=fallback))
            self.device_lost_detail.emit(event.role, event.device_id, event.fallback_id)
        elif event.kind == "error":
            msg = QCoreApplication.translate("Audio", "Cannot use the {role} device: {detail}")
            self.error.emit(msg.format(role=_role_label(event.role), detail=event.message))

    def start_meter(self) -> None:
        self.backend.set_meter_enabled(True)
        self._timer.start()

    def stop_meter(self) -> None:
        self._timer.stop()
        self.backend.set_meter_enabled(False)

    def _poll_level(self) -> None:
        self.level.emit(self.backend.mic_level())
