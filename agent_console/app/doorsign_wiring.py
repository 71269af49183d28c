"""Connects the household door sign (:mod:`agent_console.doorsign`) to the console.

Listens to the session: after every change it derives the public :class:`DoorState` (nothing
else leaves this module) and hands it to the page server and the MQTT lamp, both of which run on
their own threads. The household key and the broker password live in the OS keyring, read and
written on the keyring worker: the sign starts when the key arrives, never waiting on the GUI
thread. Every few seconds it looks at the LAN address again: a new one restarts the page there
(the dialog's QR code follows); no private address stops it. Off by default; IT forbids it by
setting ``doorsign_enabled`` false and locking it in the machine policy: then no socket listens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from agent_console.doorsign.lan import lan_address
from agent_console.doorsign.states import DoorState, door_state

if TYPE_CHECKING:
    from agent_console.app.config import AppConfig
    from agent_console.app.console import Console
    from agent_console.doorsign.mqtt import DoorSignMqtt
    from agent_console.doorsign.server import DoorSignServer

log = logging.getLogger(__name__)

KEY_ENTRY = "doorsign:household-key"
ADDRESS_CHECK_MS = 5000
VIEWER_LOST_S = 600.0


def mqtt_entry(host: str, username: str) -> str:
    return f"doorsign:mqtt:{username}@{host}"


def forbidden(config: AppConfig) -> bool:
    """IT's machine policy switched the sign off and locked it."""
    return "doorsign_enabled" in config.locked and not config.doorsign_enabled


class KeyringSecrets:
    """Blocking keyring reads/writes for the door sign; run only on the keyring worker."""

    def get(self, entry: str) -> str:
        from agent_console.sync.credentials import SERVICE, Credentials

        return str(Credentials._call("get_password", SERVICE, entry) or "")

    def set(self, entry: str, value: str) -> None:
        from agent_console.sync.credentials import SERVICE, Credentials

        Credentials._call("set_password", SERVICE, entry, value)


class MemorySecrets:
    """The demo's and the tests' keyring: this process only."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, entry: str) -> str:
        return self.values.get(entry, "")

    def set(self, entry: str, value: str) -> None:
        self.values[entry] = value


class DoorSignWiring(QObject):
    url_changed = Signal(str)
    """The page's address with its key ("" when not serving)."""
    _secrets_read = Signal(str, str, object)  # key, mqtt password, error (worker -> GUI thread)

    def __init__(self, console: Console, secrets: Any = None,
                 address_picker: Callable[[], str | None] | None = None) -> None:
        super().__init__(console)
        self.console = console
        self.secrets = secrets or KeyringSecrets()
        self.address_picker = address_picker or (lambda: lan_address())
        self.server: DoorSignServer | None = None
        self.mqtt: DoorSignMqtt | None = None
        self.key = ""
        self._mqtt_password = ""
        self._told_viewer_lost = False
        self._secrets_read.connect(self._on_secrets)
        self._timer = QTimer(self)
        self._timer.setInterval(ADDRESS_CHECK_MS)
        self._timer.timeout.connect(self._check)
        self.action: QAction | None = None
        if console.session is not None:
            console.session.add_listener(lambda _events: self._push())
        if console.window is not None:
            self._add_menu_action()

    # -- life ------------------------------------------------------------------------------------

    @property
    def config(self) -> AppConfig:
        return self.console.config

    def start(self) -> None:
        """Start what the settings ask for once the key is read (nothing when off or forbidden)."""
        if not self.config.doorsign_enabled or forbidden(self.config):
            return
        self._read_secrets()

    def stop(self) -> None:
        self._timer.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None
            self.url_changed.emit("")
        if self.mqtt is not None:
            self.mqtt.stop()
            self.mqtt = None

    def apply(self, config: AppConfig, mqtt_password: str = "") -> None:
        """New settings: stop, save the password if one was typed, start again."""
        self.stop()
        if mqtt_password and config.mqtt_host:
            self._submit(self.secrets.set, mqtt_entry(config.mqtt_host, config.mqtt_username), mqtt_password)
        self.start()

    def _submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        from agent_console.sync.keyring_worker import worker

        return worker().submit(fn, *args)

    def _read_secrets(self) -> None:
        from agent_console.doorsign.server import new_key  # the sign's web server: only when it is on

        config = self.config

        def read() -> None:
            try:
                key = self.secrets.get(KEY_ENTRY)
                if not key:
                    key = new_key()
                    self.secrets.set(KEY_ENTRY, key)
                password = self.secrets.get(mqtt_entry(config.mqtt_host, config.mqtt_username)) \
                    if config.mqtt_host else ""
                self._secrets_read.emit(key, password, None)
            except Exception as exc:  # no keyring: the sign works for this session with a new key
                self._secrets_read.emit(new_key(), "", exc)

        self._submit(read)

    def _on_secrets(self, key: str, password: str, error: object) -> None:
        if error is not None:
            log.warning("door sign: keyring unavailable (%s): a key for this session only", error)
        if not self.config.doorsign_enabled or forbidden(self.config):
            return  # switched off while the keyring answered
        self.key = key
        self._mqtt_password = password
        self._start_server()
        if self.config.mqtt_host and self.mqtt is None:
            self._start_mqtt(key, password)
        self._timer.start()

    def _start_mqtt(self, key: str, password: str) -> None:
        from agent_console.doorsign.mqtt import DoorSignMqtt, MqttSettings, node_id  # paho only when a lamp is set

        c = self.config
        try:
            lamp = DoorSignMqtt(MqttSettings(c.mqtt_host, c.mqtt_port, c.mqtt_username, password, c.mqtt_tls,
                                             c.mqtt_ca_file), node_id(key))
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            log.warning("door sign: cannot use the MQTT CA file %s: %s", c.mqtt_ca_file, exc)
            if self.console.controller is not None:
                self.console.controller.message.emit("warning", QCoreApplication.translate(
                    "DoorSign", "The smart-home lamp is off: the CA file %1 cannot be read.")
                    .replace("%1", c.mqtt_ca_file))
            return
        self.mqtt = lamp
        lamp.publish(self.current_state())
        lamp.start()

    def _start_server(self) -> None:
        address = self.address_picker()
        if address is None:
            log.info("door sign: no private LAN address on the active interface; not listening")
            self.url_changed.emit("")
            return
        from agent_console.doorsign.server import DoorSignServer

        server = DoorSignServer(address, self.config.doorsign_port, self.key, self.config.language)
        server.set_state(self.current_state())
        try:
            server.start()
        except OSError as exc:
            log.warning("door sign: cannot listen on %s:%s: %s", address, self.config.doorsign_port, exc)
            if self.console.controller is not None:
                self.console.controller.message.emit("warning", QCoreApplication.translate(
                    "DoorSign", "The door sign cannot use port %1: choose another one in its settings.")
                    .replace("%1", str(self.config.doorsign_port)))
            self.url_changed.emit("")
            return
        self.server = server
        self.url_changed.emit(server.url)

    # -- state -----------------------------------------------------------------------------------

    def current_state(self) -> DoorState:
        session = self.console.session
        if session is None:
            return DoorState.NOT_WORKING
        return door_state(session.status, session.shift_active)

    def _push(self) -> None:
        state = self.current_state()
        if self.server is not None:
            self.server.set_state(state)
        if self.mqtt is not None:
            self.mqtt.publish(state)

    def _check(self) -> None:
        address = self.address_picker()
        current = self.server.host if self.server is not None else None
        if address != current:
            log.info("door sign: LAN address changed; serving on the new one")
            if self.server is not None:
                self.server.stop()
                self.server = None
            self._start_server()
        if self.server is not None:
            self.server.set_language(self.config.language)
            lost = self.server.viewer_absent_s() >= VIEWER_LOST_S
            if lost and not self._told_viewer_lost and self.console.controller is not None:
                self._told_viewer_lost = True
                self.console.controller.message.emit("info", QCoreApplication.translate(
                    "DoorSign", "The door sign has had no viewer for 10 minutes."))
            elif not lost:
                self._told_viewer_lost = False

    # -- the dialog ------------------------------------------------------------------------------

    def _add_menu_action(self) -> None:
        window = self.console.window
        assert window is not None
        self.action = QAction(window)
        self.action.setObjectName("actionDoorSign")
        self.action.triggered.connect(self.open_dialog)
        menu = window.ui.menuTools
        settings = window.ui.actionSettings
        actions = menu.actions()
        after = actions.index(settings) + 1 if settings in actions else 0
        menu.insertAction(actions[after] if after < len(actions) else None, self.action)  # type: ignore[arg-type]
        self._retranslate()
        window.installEventFilter(self)

    def _retranslate(self) -> None:
        if self.action is not None:
            self.action.setText(QCoreApplication.translate("DoorSign", "&Door sign…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def open_dialog(self) -> Any:
        from agent_console.ui.doorsign_dialog import DoorSignDialog, DoorSignForm

        c = self.config
        dialog = DoorSignDialog(DoorSignForm(c.doorsign_enabled, c.doorsign_port, c.mqtt_host, c.mqtt_port,
                                             c.mqtt_username, "", c.mqtt_tls), self.console.window)
        dialog.set_forbidden(forbidden(c))
        dialog.set_address(self.server.url if self.server is not None else "")
        self.url_changed.connect(dialog.set_address)
        dialog.accepted.connect(lambda: self._accepted(dialog.result_form()))
        dialog.finished.connect(lambda _r: self.url_changed.disconnect(dialog.set_address))
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _accepted(self, form: Any) -> None:
        from agent_console.app.config import save_config

        if forbidden(self.config):
            return
        new = replace(self.config, doorsign_enabled=form.enabled, doorsign_port=form.port,
                      mqtt_host=form.mqtt_host, mqtt_port=form.mqtt_port,
                      mqtt_username=form.mqtt_username, mqtt_tls=form.mqtt_tls)
        changed = {f for f in ("doorsign_enabled", "doorsign_port", "mqtt_host", "mqtt_port", "mqtt_username",
                               "mqtt_tls") if getattr(new, f) != getattr(self.config, f)}
        new = replace(new, user_set=new.user_set | changed)
        self.console.config = new
        if self.console.window is not None:
            self.console.window.config = new
        if self.console.config_path is not None:
            save_config(new, self.console.config_path)
        self.apply(new, form.mqtt_password)
