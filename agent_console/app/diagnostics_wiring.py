"""The main window's "Export diagnostics…": what the running console adds to the offline sections
(audio devices and the chosen ones, registration state, the last call's quality) and the zip's
writing, off the window's code."""

from __future__ import annotations

import logging
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from agent_console.diagnostics.bundle import build_zip, offline_sections
from agent_console.diagnostics.logs import default_log_dir

if TYPE_CHECKING:
    from agent_console.app.console import Console

log = logging.getLogger(__name__)


class DiagnosticsExport(QObject):
    """Remembers the last call's quality (the controller forgets a call's numbers when it ends) and
    writes the zip when the window asks."""

    def __init__(self, console: Console, log_dir: Path | None = None) -> None:
        super().__init__(console.window)
        self.console = console
        self.log_dir = log_dir
        self.last_quality: dict[str, Any] = {}
        assert console.controller is not None and console.window is not None
        console.controller.quality.connect(self._on_quality)
        console.window.export_diagnostics_requested.connect(self.export)

    def _on_quality(self, call_id: str, quality: Any) -> None:
        numbers = asdict(quality) if is_dataclass(quality) and not isinstance(quality, type) else {}
        self.last_quality = {"call": call_id, **numbers, "grade": getattr(quality, "grade", "")}

    def sections(self) -> dict[str, Any]:
        from agent_console.app.console import list_audio_devices

        c = self.console
        out = offline_sections(c.config_path, c.journal.path if c.journal else None)
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

    def export(self, path: str) -> None:
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
