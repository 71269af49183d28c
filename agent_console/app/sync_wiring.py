"""Connects the sync client (issue 7, ``agent_console.sync``) to the console, as docs/sync.md asks.

Only started when a server URL is configured (or the demo server runs). The sync client works on
its own thread and talks to the GUI thread through Qt signals; everything here runs on the GUI
thread: provisioning updates the policy and the phone account, supervisor commands go through the
domain (``apply_command``) and are shown to the agent, sign-in problems open the sign-in dialog.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from agent_console.app.console import Console

log = logging.getLogger(__name__)


class SyncWiring(QObject):
    def __init__(self, console: Console, server_url: str, credentials: Any = None) -> None:
        """``credentials``: a :class:`agent_console.sync.credentials.CredentialStore` (default: the
        OS keyring, through the keyring worker)."""
        super().__init__(console)
        from agent_console.sync.service import SyncService
        from agent_console.ui.sync_indicator import SyncIndicator

        assert console.window is not None and console.journal is not None and console.session is not None
        self.console = console
        window = console.window
        self.service = SyncService(server_url, console.journal.path, parent=self, credentials=credentials)
        self.indicator = SyncIndicator()
        self.indicator.setAccessibleName(window.sync_label.accessibleName())
        window.ui.statusbar.addPermanentWidget(self.indicator)
        window.sync_label.setVisible(False)
        self.service.state_changed.connect(self.indicator.set_state)
        from agent_console import __version__
        from agent_console.ui.update_notice import UpdateBanner, UpdateHint

        self.update_hint = UpdateHint(__version__)
        window.ui.statusbar.addPermanentWidget(self.update_hint)
        self.update_banner = UpdateBanner(__version__)
        window.ui.centralLayout.insertWidget(0, self.update_banner)
        console.session.add_listener(lambda _events: self.service.notify_outbox())
        self.service.provisioned.connect(self._on_provisioned)
        self.service.command_received.connect(self._on_command)
        self.service.login_required.connect(self._show_login)
        self.indicator.clicked.connect(self._indicator_clicked)
        self.service.error.connect(self._on_error)
        from agent_console.app.supervisor.routing import LoginRouter

        self.router = LoginRouter(self.service, self)
        self.router.supervisor_signed_in.connect(console.open_supervisor)
        self._dialog: Any = None
        if console.controller is not None:
            from agent_console.app.phone_report import PhoneReport

            self.phone_report = PhoneReport(console.controller, self.service, self)

    def start(self) -> None:
        self.service.start()

    def stop(self) -> None:
        self.service.stop()

    def _on_error(self, text: str) -> None:
        if self.console.controller is not None:
            self.console.controller.message.emit("warning", text)

    def _on_provisioned(self, cfg: Any) -> None:
        c = self.console
        assert c.session is not None and c.controller is not None and c.window is not None
        from agent_console.app.config import user_over_server

        # the server's policy over the machine's, the agent's own unlocked settings over both
        c.session.set_policy(user_over_server(c.config, cfg.policy, cfg.locked))
        c.controller.push_gate()
        c.window.config = replace(c.window.config, locked=c.window.config.locked | cfg.locked)
        c.window.refresh_policy()
        self.update_hint.set_versions(cfg.console_minimum, cfg.console_latest)
        self.update_banner.set_versions(cfg.console_minimum, cfg.console_latest)
        if cfg.sip is not None and not c.demo and c.phone is not None:
            c.start_phone_with(cfg.sip)

    def _on_command(self, cmd: Any) -> None:
        from agent_console.sync.commands import apply_command

        c = self.console
        assert c.session is not None and c.controller is not None
        outcome = apply_command(c.session, cmd)
        if outcome.message:
            c.controller.message.emit("info" if outcome.applied else "warning", outcome.message)
        if outcome.logout:
            self._show_login("logged_out")

    def _indicator_clicked(self) -> None:
        if self.indicator.state == "login":
            self._show_login("expired")

    def _show_login(self, reason: str) -> None:
        from agent_console.ui.login_dialog import LoginDialog

        c = self.console
        if self._dialog is not None and self._dialog.isVisible():
            return
        self._dialog = LoginDialog(self.service, self.service.server_url, c.config.agent, reason, c.window,
                                   server_locked="server_url" in c.config.locked, check_config=c.config)
        self._dialog.open()
