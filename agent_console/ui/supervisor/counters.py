"""The numbers across the top of the supervisor's window, one per status, in status colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from agent_console.supervisor.grid import COUNTER_KEYS
from agent_console.ui.theme import status_colour


def counter_name(key: str) -> str:
    names = {
        "available": QCoreApplication.translate("CountersBar", "Available"),
        "on_call": QCoreApplication.translate("CountersBar", "On call"),
        "wrap_up": QCoreApplication.translate("CountersBar", "Wrap-up"),
        "dnd": QCoreApplication.translate("CountersBar", "Do not disturb"),
        "break": QCoreApplication.translate("CountersBar", "Break"),
        "offline": QCoreApplication.translate("CountersBar", "Offline"),
        "unreachable": QCoreApplication.translate("CountersBar", "Unreachable"),
    }
    return names.get(key, key)


class CountersBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, int] = dict.fromkeys(COUNTER_KEYS, 0)
        for key in COUNTER_KEYS:
            label = QLabel()
            label.setObjectName(f"counter_{key}")
            colour = status_colour(key).name() if key != "unreachable" else "#8a8a8a"
            label.setStyleSheet(f"QLabel {{ border-left: 6px solid {colour}; padding: 4px 10px; font-size: 13pt; }}")
            layout.addWidget(label)
            self.labels[key] = label
        layout.addStretch(1)
        self.retranslate()

    def set_counts(self, counts: dict[str, int]) -> None:
        if counts != self.values:
            self.values = dict(counts)
            self.retranslate()

    def retranslate(self) -> None:
        for key, label in self.labels.items():
            label.setText(f"<b>{self.values.get(key, 0)}</b> {counter_name(key)}")
            label.setAccessibleName(f"{counter_name(key)}: {self.values.get(key, 0)}")
