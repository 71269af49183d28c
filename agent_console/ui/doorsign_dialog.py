"""The door sign's settings: on/off, the port, the pairing QR code, the smart-home lamp (MQTT).

A plain form: it shows what it is given (:meth:`set_address`, :meth:`set_forbidden`) and hands
back a :class:`DoorSignForm`; starting, stopping and the keyring are the wiring's
(:mod:`agent_console.app.doorsign_wiring`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class DoorSignForm:
    enabled: bool
    port: int
    mqtt_host: str
    mqtt_port: int
    mqtt_username: str
    mqtt_password: str
    """"" keeps the stored password."""
    mqtt_tls: bool


def qr_pixmap(url: str, scale: int = 6) -> QPixmap:
    """The URL as a QR code (segno, PNG in memory)."""
    import io

    import segno

    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buf.getvalue(), "PNG")
    return pixmap


class DoorSignDialog(QDialog):
    def __init__(self, form: DoorSignForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doorSignDialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.enabled = QCheckBox()
        self.enabled.setObjectName("doorSignEnabled")
        self.enabled.setChecked(form.enabled)
        layout.addWidget(self.enabled)
        page = QFormLayout()
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(form.port)
        self.port_label = QLabel()
        page.addRow(self.port_label, self.port)
        layout.addLayout(page)
        self.qr = QLabel()
        self.qr.setObjectName("doorSignQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel()
        self.address.setObjectName("doorSignAddress")
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.qr)
        layout.addWidget(self.address)

        self.mqtt = QGroupBox()
        lamp = QFormLayout(self.mqtt)
        self.mqtt_host = QLineEdit(form.mqtt_host)
        self.mqtt_port = QSpinBox()
        self.mqtt_port.setRange(1, 65535)
        self.mqtt_port.setValue(form.mqtt_port)
        self.mqtt_username = QLineEdit(form.mqtt_username)
        self.mqtt_password = QLineEdit()
        self.mqtt_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.mqtt_tls = QCheckBox()
        self.mqtt_tls.setChecked(form.mqtt_tls)
        self.mqtt_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.mqtt_labels, (self.mqtt_host, self.mqtt_port, self.mqtt_username,
                                                  self.mqtt_password), strict=True):
            lamp.addRow(label, field)
        lamp.addRow(self.mqtt_tls)
        layout.addWidget(self.mqtt)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._url = ""
        self._forbidden = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Door sign"))
        self.intro.setText(self.tr(
            "Shows the household whether you are on a call, working, on a break or not working, on a "
            "phone or tablet by the door. Only on the home network; it never shows a number, a name "
            "or a note."))
        self.enabled.setText(self.tr("Show my status on the door sign"))
        self.port_label.setText(self.tr("Port:"))
        self.mqtt.setTitle(self.tr("Smart-home lamp (MQTT, optional)"))
        for label, text in zip(self.mqtt_labels, (self.tr("Broker:"), self.tr("Broker port:"),
                                                  self.tr("User name:"), self.tr("Password:")), strict=True):
            label.setText(text)
        self.mqtt_password.setPlaceholderText(self.tr("unchanged"))
        self.mqtt_tls.setText(self.tr("Use TLS"))
        self._show_address()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_forbidden(self, forbidden: bool) -> None:
        """IT's machine policy forbids a listening socket: nothing here can be changed."""
        self._forbidden = forbidden
        for w in (self.enabled, self.port, self.mqtt):
            w.setEnabled(not forbidden)
        self._show_address()

    def set_address(self, url: str) -> None:
        """The page's address with the key ("" when the sign is not serving)."""
        self._url = url
        self._show_address()

    def _show_address(self) -> None:
        if self._forbidden:
            self.qr.clear()
            self.address.setText(self.tr("Your organisation's policy does not allow the door sign."))
        elif self._url:
            self.qr.setPixmap(qr_pixmap(self._url))
            self.address.setText(self.tr("Scan the code with the phone or tablet by the door, or open:\n%1")
                                 .replace("%1", self._url))
        else:
            self.qr.clear()
            self.address.setText(self.tr(
                "The door sign is off, or this computer has no home-network address right now."))

    def result_form(self) -> DoorSignForm:
        return DoorSignForm(
            enabled=self.enabled.isChecked(),
            port=self.port.value(),
            mqtt_host=self.mqtt_host.text().strip(),
            mqtt_port=self.mqtt_port.value(),
            mqtt_username=self.mqtt_username.text().strip(),
            mqtt_password=self.mqtt_password.text(),
            mqtt_tls=self.mqtt_tls.isChecked(),
        )
