"""Settings: SIP account, server, audio devices, language, theme, shortcuts.

The dialog only collects values; the app saves them (config file, and the password to the
keyring). Values IT locked are shown but read-only, with a line saying so.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QKeySequenceEdit, QTableWidgetItem, QWidget

from agent_console.app.config import AppConfig
from agent_console.diagnostics.precheck import CheckPlan, plan_from_config
from agent_console.phone.api import Transport
from agent_console.ui.check_dialog import add_check_button
from agent_console.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from agent_console.ui.i18n import LANGUAGE_NAMES


class SettingsDialog(QDialog):
    def __init__(
        self,
        config: AppConfig,
        actions: list[QAction],
        devices: dict[str, list[tuple[str, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.config = config
        self.shortcut_actions = actions
        u = self.ui
        u.registrarEdit.setText(config.registrar)
        u.extensionEdit.setText(config.extension)
        u.displayNameEdit.setText(config.display_name)
        u.localPortSpin.setValue(config.local_port)
        u.tabs.setUsesScrollButtons(False)  # every tab title readable: the dialog is as wide as they need
        u.introLabel.setVisible(False)
        for t in Transport:
            u.transportCombo.addItem(t.value.upper(), t.value)
        u.transportCombo.setCurrentIndex(max(0, u.transportCombo.findData(config.transport)))
        u.serverUrlEdit.setText(config.server_url)
        u.agentEdit.setText(config.agent)
        for code, name in LANGUAGE_NAMES.items():
            u.languageCombo.addItem(name, code)
        u.languageCombo.setCurrentIndex(max(0, u.languageCombo.findData(config.language)))
        u.themeCombo.addItem(QCoreApplication.translate("SettingsDialog", "Light"), "light")
        u.themeCombo.addItem(QCoreApplication.translate("SettingsDialog", "Dark"), "dark")
        u.themeCombo.setCurrentIndex(max(0, u.themeCombo.findData(config.theme)))
        self._fill_devices(devices or {})
        self._fill_shortcuts()
        self._apply_locks()
        # Checks the devices and accounts as the form shows them, saved or not.
        add_check_button(u.buttonBox, self._check_plan, self)

    def _check_plan(self) -> CheckPlan:
        """The form as it is: a SIP password typed but not saved yet is the one the PBX line tries
        (else the keyring's), so a new password can be checked before it is kept."""
        typed = self.password()
        return plan_from_config(self.result_config(), sip_password=(lambda: typed) if typed else None)

    def _fill_devices(self, devices: dict[str, list[tuple[str, str]]]) -> None:
        u = self.ui
        combos = {
            "input": (u.inputCombo, self.config.audio_input),
            "output": (u.outputCombo, self.config.audio_output),
            "ringer": (u.ringerCombo, self.config.audio_ringer),
        }
        for kind, (combo, current) in combos.items():
            combo.addItem(QCoreApplication.translate("SettingsDialog", "System default"), "")
            for device_id, label in devices.get(kind, []):
                combo.addItem(label, device_id)
            if current and combo.findData(current) < 0:
                combo.addItem(
                    QCoreApplication.translate("SettingsDialog", "%1 (not connected)").replace("%1", current), current
                )
            combo.setCurrentIndex(max(0, combo.findData(current)))
        if not any(devices.values()):
            u.audioHint.setText(
                QCoreApplication.translate(
                    "SettingsDialog",
                    "No sound devices were found. Plug in the headset; "
                    "the list refreshes when you open Settings again.",
                )
            )

    def _fill_shortcuts(self) -> None:
        table = self.ui.shortcutsTable
        table.setRowCount(len(self.shortcut_actions))
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SettingsDialog", "Action"),
                QCoreApplication.translate("SettingsDialog", "Shortcut"),
            ]
        )
        self._editors: dict[str, QKeySequenceEdit] = {}
        for row, action in enumerate(self.shortcut_actions):
            item = QTableWidgetItem(action.text().replace("&", ""))
            table.setItem(row, 0, item)
            editor = QKeySequenceEdit(action.shortcut())
            editor.setAccessibleName(
                QCoreApplication.translate("SettingsDialog", "Shortcut for %1").replace("%1", item.text())
            )
            table.setCellWidget(row, 1, editor)
            self._editors[action.objectName()] = editor
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)

    def _apply_locks(self) -> None:
        u = self.ui
        widgets = {
            "registrar": u.registrarEdit,
            "extension": u.extensionEdit,
            "transport": u.transportCombo,
            "display_name": u.displayNameEdit,
            "local_port": u.localPortSpin,
            "server_url": u.serverUrlEdit,
            "agent": u.agentEdit,
            "language": u.languageCombo,
            "theme": u.themeCombo,
            "audio_input": u.inputCombo,
            "audio_output": u.outputCombo,
            "audio_ringer": u.ringerCombo,
        }
        locked = self.config.locked
        for key, widget in widgets.items():
            if key in locked:
                widget.setEnabled(False)
                widget.setToolTip(QCoreApplication.translate("SettingsDialog", "Set by your IT department"))
        u.lockedLabel.setVisible(bool(locked & set(widgets)))

    def show_intro(self, text: str) -> None:
        """Open on the phone account with a sentence saying why (the first start without a PBX)."""
        u = self.ui
        u.introLabel.setText(text)
        u.introLabel.setVisible(bool(text))
        u.tabs.setCurrentWidget(u.accountTab)
        u.registrarEdit.setFocus()

    def password(self) -> str:
        """The new SIP password, or "" when the field was left empty (keep the stored one)."""
        return self.ui.passwordEdit.text()

    def result_config(self) -> AppConfig:
        u = self.ui
        shortcuts = dict(self.config.shortcuts)
        for name, editor in self._editors.items():
            shortcuts[name] = editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        new = replace(
            self.config,
            registrar=u.registrarEdit.text().strip(),
            extension=u.extensionEdit.text().strip(),
            transport=str(u.transportCombo.currentData()),
            display_name=u.displayNameEdit.text().strip(),
            local_port=u.localPortSpin.value(),
            server_url=u.serverUrlEdit.text().strip(),
            agent=u.agentEdit.text().strip() or self.config.agent,
            language=str(u.languageCombo.currentData()),
            theme=str(u.themeCombo.currentData()),
            audio_input=str(u.inputCombo.currentData() or ""),
            audio_output=str(u.outputCombo.currentData() or ""),
            audio_ringer=str(u.ringerCombo.currentData() or ""),
            shortcuts=shortcuts,
        )
        # Locked values never change, whatever the widgets say.
        return replace(new, **{k: getattr(self.config, k) for k in self.config.locked if hasattr(new, k)})
