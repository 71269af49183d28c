"""The alert list beside the grid: what, who, since when, and who acknowledged it.

Acknowledging sends the alert's key to the server; the acknowledgement comes back for every
supervisor of the team in the next alert message. An optional sound plays once per new alert.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_console.protocol import Alert
from agent_console.ui.supervisor.grid_model import hhmmss


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlertsPanel", text)


class AlertsModel(QAbstractTableModel):
    """Alerts oldest first. Replaced whole on each change (a handful of rows, not thousands)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.alerts: list[Alert] = []

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.beginResetModel()
        self.alerts = list(alerts)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.alerts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [_tr("Since"), _tr("Agent"), _tr("Alert"), _tr("Acknowledged")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.alerts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from agent_console.ui.supervisor.grid_model import alert_name

            col = index.column()
            if col == 0:
                return hhmmss(a.began_ms)
            if col == 1:
                return a.display_name
            if col == 2:
                return alert_name(a.kind)
            if a.acked_by:
                return _tr("%1 at %2").replace("%1", a.acked_by).replace("%2", hhmmss(a.acked_ms or 0)[:5])
            return ""
        if role == Qt.ItemDataRole.UserRole:
            return a
        return None


class AlertsPanel(QWidget):
    acknowledge = Signal(str)
    """The key of the alert to acknowledge."""
    agent_chosen = Signal(str)
    """An alert was activated: select its agent in the grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AlertsModel(self)
        self.title = QLabel()
        self.title.setObjectName("alertsTitle")
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self._ack)
        self.sound = QCheckBox()
        buttons = QHBoxLayout()
        buttons.addWidget(self.ack_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sound)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._seen: set[str] = set()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(_tr("Alerts (%1)").replace("%1", str(len(self.model.alerts))))
        self.ack_button.setText(_tr("&Acknowledge"))
        self.ack_button.setToolTip(_tr("Record that you have seen the selected alert (shown to every supervisor)"))
        self.sound.setText(_tr("Sound"))
        self.view.setAccessibleName(_tr("Alerts"))

    def set_alerts(self, alerts: list[Alert]) -> None:
        selected = self.selected()
        self.model.set_alerts(alerts)
        new = {a.key for a in alerts if a.acked_by is None} - self._seen
        if new and self.sound.isChecked():
            QApplication.beep()
        self._seen |= new
        if selected is not None:
            for i, a in enumerate(alerts):
                if a.key == selected.key:
                    self.view.selectRow(i)
        self.retranslate()

    def selected(self) -> Alert | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, Alert) else None

    def _ack(self) -> None:
        a = self.selected()
        if a is not None and a.acked_by is None:
            self.acknowledge.emit(a.key)

    def _activated(self, index: QModelIndex) -> None:
        a = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(a, Alert):
            self.agent_chosen.emit(a.username)
