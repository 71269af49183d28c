"""The running console's diagnostics: "Export diagnostics…" (a zip on disk), "Send diagnostics to
IT" (the same zip uploaded to the server), a supervisor's request for one (the agent accepts or
declines), and the server policy's log level.

What the running console adds to the offline sections: audio devices and the chosen ones,
registration state, the last call's quality, the SIP message ring, and the settings with the
server's values marked ``server``. Sending never blocks the GUI thread: the sections are gathered
here (they read the console's state), the zip is written in a worker thread of the sync loop and
uploaded by the sync client, and the outcome comes back as a queued signal.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction

from agent_console.diagnostics.logs import apply_level, default_log_dir, effective_level_name

if TYPE_CHECKING:  # the sync client (httpx, asyncio) and the wire models load with the sync, not here;
    # the zip's writer (zipfile and the sections' readers) when a zip is made, not on the start path
    import concurrent.futures

    from agent_console.app.console import Console
    from agent_console.protocol import Command, DiagnosticsUploadInfo
    from agent_console.sync.engine import SyncEngine
    from agent_console.sync.provisioning import ProvisionedConfig
    from agent_console.sync.service import SyncService

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Diagnostics", text)


def upload_error_text(exc: BaseException) -> str:
    """What the agent is told when "Send to IT" fails, by cause; the way out is always the
    exported file."""
    from agent_console.sync.client import AuthError, RejectedError, SyncError, TransientError

    if isinstance(exc, AuthError):
        return _tr("Sign in to the server first, then send the diagnostics again.")
    if isinstance(exc, TransientError) and exc.status == 429:
        minutes = max(1, round((exc.retry_after_s or 600) / 60))
        return _tr("The server takes only a few diagnostics per hour from one person. Try again in about "
                   "%1 minutes.").replace("%1", str(minutes))
    if isinstance(exc, TransientError) and exc.status is None:
        return _tr("The server cannot be reached, so the diagnostics were not sent. Try again later, or use "
                   "Tools → Export diagnostics and give the file to IT another way.")
    if isinstance(exc, RejectedError) and exc.status == 413:
        return _tr("The diagnostics are too large for the server. Use Tools → Export diagnostics and give "
                   "the file to IT another way.")
    if isinstance(exc, SyncError):
        return _tr("The server did not take the diagnostics (%1). Try again later, or use Tools → Export "
                   "diagnostics.").replace("%1", str(exc))
    return _tr("The diagnostics could not be sent (%1).").replace("%1", type(exc).__name__)


def server_settings(cfg: ProvisionedConfig) -> dict[str, Any]:
    """The settings the server's provisioning decides, by their settings names (policy values,
    the SIP account, the log level), for the zip's ``settings`` section."""
    from agent_console.app.config import POLICY_KEYS

    values: dict[str, Any] = {k: getattr(cfg.policy, k) for k in POLICY_KEYS}
    if cfg.log_level:
        values["log_level"] = cfg.log_level
    if cfg.sip is not None:
        values.update(registrar=cfg.sip.registrar, extension=cfg.sip.extension,
                      transport=cfg.sip.transport.value, display_name=cfg.sip.display_name)
    return values


class DiagnosticsExport(QObject):
    """Remembers the last call's quality (the controller forgets a call's numbers when it ends),
    writes the zip when the window asks, sends it to IT, answers supervisors' requests."""

    sent = Signal(object)
    """A :class:`DiagnosticsUploadInfo` after a successful upload."""
    send_failed = Signal(str)
    """The translated text the agent was shown."""
    request_answered = Signal(str, bool)
    """(command id, accepted) once the server recorded the answer."""
    _done = Signal(object, object, str)  # (upload info or None, exception or None, command id)
    _stage = Signal(str)
    _declined = Signal(str, object)  # (command id, exception or None)

    def __init__(self, console: Console, log_dir: Path | None = None) -> None:
        super().__init__(console.window)
        self.console = console
        self.log_dir = log_dir
        self.last_quality: dict[str, Any] = {}
        self.server_values: dict[str, Any] = {}
        self.server_locked: frozenset[str] = frozenset()
        self.service: SyncService | None = None
        self.busy = False
        self.prompts: dict[str, Any] = {}
        self._asked: set[str] = set()
        """Requests already shown: a redelivered one (a reconnect's snapshot) does not ask twice."""
        assert console.controller is not None and console.window is not None
        console.controller.quality.connect(self._on_quality)
        window = console.window
        window.export_diagnostics_requested.connect(self.export)
        self.send_action = QAction(_tr("Send diagnostics to &IT"), window)
        self.send_action.setObjectName("actionSendDiagnostics")
        self.send_action.triggered.connect(lambda: self.send())
        menu, actions = window.ui.menuTools, window.ui.menuTools.actions()
        export = getattr(window, "actionExportDiagnostics", None)
        at = actions.index(export) + 1 if export in actions else len(actions)  # right after "Export…"
        if at < len(actions):
            menu.insertAction(actions[at], self.send_action)
        else:
            menu.addAction(self.send_action)
        self._done.connect(self._on_done)
        self._stage.connect(self._show_info)
        self._declined.connect(self._on_declined)

    # -- the sync client (attached once it runs) --------------------------------------------------

    def attach_sync(self, service: SyncService) -> None:
        """Supervisors' requests and the server policy's log level come through the sync client."""
        self.service = service
        service.command_received.connect(self._on_command)
        service.provisioned.connect(self._on_provisioned)

    def _on_provisioned(self, cfg: ProvisionedConfig) -> None:
        from agent_console.app.config import read_machine_policy

        self.server_values = server_settings(cfg)
        self.server_locked = cfg.locked
        config = self.console.config
        level = effective_level_name(
            config.log_level, machine_locked="log_level" in read_machine_policy().locked,
            user_set="log_level" in config.user_set, server=cfg.log_level,
            server_locked="log_level" in cfg.locked)
        apply_level(level)

    # -- gathering -------------------------------------------------------------------------------

    def _on_quality(self, call_id: str, quality: Any) -> None:
        numbers = asdict(quality) if is_dataclass(quality) and not isinstance(quality, type) else {}
        self.last_quality = {"call": call_id, **numbers, "grade": getattr(quality, "grade", "")}

    def sections(self) -> dict[str, Any]:
        from agent_console.app.console import list_audio_devices
        from agent_console.diagnostics.bundle import offline_sections, settings_with_sources

        c = self.console
        out = offline_sections(c.config_path, c.journal.path if c.journal else None)
        if self.server_values:
            out["settings"] = settings_with_sources(c.config_path, self.server_values, self.server_locked)
        out["audio"] = {"devices": list_audio_devices(), "chosen": {
            "input": c.config.audio_input, "output": c.config.audio_output, "ringer": c.config.audio_ringer}}
        phone = c.phone
        out["registration"] = {
            "state": str(getattr(phone, "registration_state", "unknown")),
            "registrar": c.config.registrar, "extension": c.config.extension, "transport": c.config.transport}
        out["last_call_quality"] = self.last_quality or None
        try:
            from agent_console.phone.pjlog import recent_sip_messages

            out["sip_messages"] = recent_sip_messages()
        except ImportError:  # no pjsua2 (a demo without the phone library)
            out["sip_messages"] = []
        return out

    # -- export to a file ------------------------------------------------------------------------

    def export(self, path: str) -> None:
        from agent_console.diagnostics.bundle import build_zip

        window = self.console.window
        try:
            build_zip(Path(path), self.log_dir or default_log_dir(), self.sections())
        except OSError as exc:
            log.warning("diagnostics export to %s failed: %s", path, exc)
            if window is not None:
                text = QCoreApplication.translate("Diagnostics", "The diagnostics file could not be saved: %1")
                window.show_message("error", text.replace("%1", exc.strerror or str(exc)))
            return
        log.info("diagnostics exported to %s", path)
        if window is not None:
            window.show_message("info", QCoreApplication.translate(
                "Diagnostics", "Diagnostics saved to %1. Send this file to IT.").replace("%1", path))

    # -- send to IT ------------------------------------------------------------------------------

    def _show_info(self, text: str) -> None:
        if self.console.window is not None:
            self.console.window.show_message("info", text)

    def _fail(self, text: str) -> None:
        if self.console.window is not None:
            self.console.window.show_message("warning", text)
        self.send_failed.emit(text)

    def send(self, command_id: str = "") -> bool:
        """Build the zip and upload it in the background (``command_id``: a supervisor's request
        this answers). Returns False when nothing was started (the reason is shown)."""
        if self.busy:
            self._show_info(_tr("The diagnostics are already being sent."))
            return False
        service = self.service
        if service is None or not service.running:
            self._fail(_tr("No server is set up, so the diagnostics cannot be sent from here. Use Tools → "
                           "Export diagnostics and give the file to IT."))
            return False
        import asyncio

        from agent_console.protocol import CommandAnswer
        from agent_console.sync.client import SyncError

        sections = self.sections()
        log_dir = self.log_dir or default_log_dir()

        async def job(engine: SyncEngine) -> DiagnosticsUploadInfo:
            data = await asyncio.to_thread(_zip_bytes, log_dir, sections)
            self._stage.emit(_tr("Sending the diagnostics to IT (%1 KiB)…").replace("%1", str(len(data) // 1024)))
            info = await engine.client.upload_diagnostics(data)
            if command_id:
                try:
                    await engine.client.answer_command(command_id, CommandAnswer(answer="accepted",
                                                                                 upload_id=info.id))
                except SyncError as exc:  # IT has the file; only the supervisor's note is missing
                    log.warning("diagnostics request %s: the answer was not recorded: %s", command_id, exc)
            return info

        future = service.run(job)
        if future is None:
            self._fail(_tr("No server is set up, so the diagnostics cannot be sent from here. Use Tools → "
                           "Export diagnostics and give the file to IT."))
            return False
        self.busy = True
        self.send_action.setEnabled(False)
        self._show_info(_tr("Preparing the diagnostics…"))

        def finished(f: concurrent.futures.Future[DiagnosticsUploadInfo]) -> None:  # on the sync thread
            exc = asyncio.CancelledError() if f.cancelled() else f.exception()
            self._done.emit(None if exc else f.result(), exc, command_id)

        future.add_done_callback(finished)
        return True

    def _on_done(self, info: DiagnosticsUploadInfo | None, exc: BaseException | None, command_id: str) -> None:
        self.busy = False
        self.send_action.setEnabled(True)
        if info is None:
            log.warning("diagnostics upload failed: %s", exc)
            self._fail(upload_error_text(exc or RuntimeError()))
            return
        log.info("diagnostics sent to IT: %s (%d bytes)", info.id, info.size)
        self._show_info(_tr("The diagnostics were sent to IT (reference %1).").replace("%1", info.id))
        self.sent.emit(info)
        if command_id:
            self.request_answered.emit(command_id, True)

    # -- a supervisor's request ------------------------------------------------------------------

    def _on_command(self, cmd: Command) -> None:
        if cmd.type != "diagnostics" or cmd.id in self._asked:
            return
        self._asked.add(cmd.id)
        from agent_console.ui.diagnostics_request import DiagnosticsRequestDialog

        log.info("diagnostics requested by %s (%s)", cmd.issued_by, cmd.id)
        dialog = DiagnosticsRequestDialog(cmd.id, cmd.issued_by, cmd.reason, self.console.window)
        dialog.answered.connect(self.answer)
        self.prompts[cmd.id] = dialog
        dialog.show()
        dialog.raise_()

    def answer(self, command_id: str, accepted: bool) -> None:
        """The agent's answer: accepting uploads (and then tells the server), declining tells the
        server, which shows it to the supervisor."""
        dialog = self.prompts.pop(command_id, None)
        if dialog is not None:
            dialog.deleteLater()
        if accepted:
            self.send(command_id)
            return
        import asyncio

        from agent_console.protocol import CommandAnswer

        service = self.service
        future = service.run(lambda e: e.client.answer_command(command_id, CommandAnswer(answer="declined"))) \
            if service is not None else None
        if future is None:
            self._fail(_tr("Your answer could not be sent: the server is not connected."))
            return

        def finished(f: concurrent.futures.Future[Command]) -> None:  # on the sync thread
            self._declined.emit(command_id, asyncio.CancelledError() if f.cancelled() else f.exception())

        future.add_done_callback(finished)

    def _on_declined(self, command_id: str, exc: BaseException | None) -> None:
        if exc is not None:
            log.warning("declining diagnostics request %s failed: %s", command_id, exc)
            self._fail(_tr("Your answer could not be sent to the server (%1).").replace("%1", str(exc)))
            return
        self._show_info(_tr("You declined to send the diagnostics; your supervisor will see that."))
        self.request_answered.emit(command_id, False)


def _zip_bytes(log_dir: Path, sections: dict[str, Any]) -> bytes:
    """The zip in memory (written through a temporary file, as :func:`build_zip` writes)."""
    import tempfile

    from agent_console.diagnostics.bundle import build_zip

    with tempfile.TemporaryDirectory(prefix="agent-console-diagnostics-") as tmp:
        return build_zip(Path(tmp) / "diagnostics.zip", log_dir, sections).read_bytes()
