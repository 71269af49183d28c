"""Sign-in dialog: server URL (prefilled from the config), user name, password.

The password is handed to :meth:`SyncService.login` and cleared from the field at once; only the
resulting token is kept, in the OS keyring (by the service). The dialog never blocks on the
network: it waits for ``logged_in`` / ``login_failed`` while the sync thread does the request.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from agent_console.app.config import AppConfig
from agent_console.diagnostics.precheck import plan_from_config
from agent_console.sync.service import SyncService
from agent_console.ui.check_dialog import add_check_button
from agent_console.ui.forms.ui_login import Ui_LoginDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def reason_text(reason: str) -> str:
    """Why the dialog is shown ("signed_out" | "expired" | "logged_out")."""
    if reason == "expired":
        return _tr("Your sign-in has expired. Sign in again: everything you did meanwhile is saved on this "
                   "computer and will be sent.")
    if reason == "logged_out":
        return _tr("You were signed out by a supervisor. Sign in again to continue.")
    return _tr("Sign in to the call-center server.")


def failure_text(code: str) -> str:
    """``SyncService.login_failed`` codes -> what the agent should do."""
    if code == "bad_credentials":
        return _tr("Wrong user name or password.")
    if code == "unreachable":
        return _tr("The server cannot be reached. Check the address and your internet connection.")
    if code == "rate_limited":
        return _tr("Too many sign-in attempts. Wait a few minutes and try again.")
    if code == "server_error":
        return _tr("The server has a problem right now. Try again in a moment.")
    return _tr("The server refused the sign-in ({code}).").format(code=code)


class LoginDialog(QDialog):
    def __init__(self, service: SyncService, server_url: str = "", username: str = "", reason: str = "signed_out",
                 parent: QWidget | None = None, *, server_locked: bool = False,
                 check_config: AppConfig | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.serverEdit.setText(server_url)
        self.ui.serverEdit.setReadOnly(server_locked)
        # IT preset and locked the server: the operator is asked only for user name and password.
        self.ui.serverEdit.setVisible(not server_locked)
        self.ui.serverLabel.setVisible(not server_locked)
        self.ui.userEdit.setText(username)
        self.ui.reasonLabel.setText(reason_text(reason))
        self.ui.errorLabel.setText("")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        service.logged_in.connect(self._on_logged_in)
        service.login_failed.connect(self._on_failed)
        self._waiting = False
        if check_config is not None:     # "Check my setup" before signing in (the start screen)
            add_check_button(self.ui.buttons, lambda: plan_from_config(check_config), self)
        (self.ui.passwordEdit if username else self.ui.userEdit).setFocus()

    def server_url(self) -> str:
        return self.ui.serverEdit.text().strip()

    def username(self) -> str:
        return self.ui.userEdit.text().strip()

    @Slot()
    def submit(self) -> None:
        url, user, password = self.server_url(), self.username(), self.ui.passwordEdit.text()
        if not (url and user and password):
            self.ui.errorLabel.setText(_tr("Fill in the server, your user name and your password."))
            return
        self.ui.passwordEdit.clear()
        self._set_busy(True)
        self.ui.errorLabel.setText(_tr("Signing in…"))
        self.service.login(user, password, url)

    @Slot(str)
    def _on_logged_in(self, username: str) -> None:
        if self._waiting:
            self._set_busy(False)
            self.accept()

    @Slot(str)
    def _on_failed(self, code: str) -> None:
        if not self._waiting:
            return
        self._set_busy(False)
        self.ui.errorLabel.setText(failure_text(code))
        self.ui.passwordEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._waiting = busy
        for w in (self.ui.serverEdit, self.ui.userEdit, self.ui.passwordEdit):
            w.setEnabled(not busy)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)
