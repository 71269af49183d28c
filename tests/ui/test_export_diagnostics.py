"""The main window's "Export diagnostics…" writes the zip with what the running console knows."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from agent_console.app import config as cfg
from agent_console.app.console import Console
from agent_console.phone.api import CallQuality


def test_export_action_writes_the_zip(console: Console, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", tmp_path / "no-policy.ini")
    assert console.window is not None and console.controller is not None
    console.diagnostics.log_dir = tmp_path / "logs"
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "agent-console.log").write_text("a line\n")
    console.controller.quality.emit("c1", CallQuality(rtt_ms=40, jitter_ms=3, loss_pct=0.5, mos=4.2))
    dest = tmp_path / "out.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(console.window, "show_message", lambda level, text: shown.append((level, text)))
    console.window.actionExportDiagnostics.trigger()
    with zipfile.ZipFile(dest) as zf:
        names = set(zf.namelist())
        assert {"audio.json", "registration.json", "journal.json", "settings.json", "logs/agent-console.log"} <= names
        assert json.loads(zf.read("last_call_quality.json"))["grade"] == "good"
        assert json.loads(zf.read("journal.json"))["present"] is True
    assert shown and shown[-1][0] == "info" and str(dest) in shown[-1][1]


def test_export_to_an_unwritable_place_says_so(console: Console, tmp_path: Path, monkeypatch: Any) -> None:
    assert console.window is not None
    blocker = tmp_path / "file"
    blocker.write_text("")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(console.window, "show_message", lambda level, text: shown.append((level, text)))
    console.window.export_diagnostics_requested.emit(str(blocker / "d.zip"))
    assert shown and shown[-1][0] == "error" and "could not be saved" in shown[-1][1]
