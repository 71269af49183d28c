"""The latest pre-shift check is kept on disk and goes into the diagnostics zip."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from agent_console.diagnostics.bundle import build_zip
from agent_console.diagnostics.precheck_lines import AMBER, GREEN, RED, CheckLine
from agent_console.diagnostics.precheck_result import RESULT_FILE, load_result, save_result


def test_saved_result_goes_into_the_zip(tmp_path: Path) -> None:
    logs = tmp_path / "log"
    lines = [CheckLine("server", GREEN, "The server answers (3 ms).", {"ms": 3.0}),
             CheckLine("speaker", GREEN, "A test tone played on Headset.", {"device": "Headset"}, ask="heard?"),
             CheckLine("mic", AMBER, "The microphone gives no sound.", {"peak_dbfs": -120.0})]
    assert save_result(logs, lines, "window", answers={"speaker": False}) == logs / RESULT_FILE
    zpath = build_zip(tmp_path / "d.zip", logs, {"versions": {"app": "x"}})
    with zipfile.ZipFile(zpath) as zf:
        data = json.loads(zf.read("precheck.json"))
        manifest = json.loads(zf.read("manifest.json"))
    assert "precheck" in manifest["sections"]
    assert data["source"] == "window" and data["failed"] is False
    assert [(x["name"], x["level"]) for x in data["lines"]] == [("server", GREEN), ("speaker", GREEN), ("mic", AMBER)]
    assert data["lines"][1]["answer"] == "no" and data["lines"][2]["facts"]["peak_dbfs"] == -120.0
    # A newer run replaces it; a red line marks the whole result failed.
    save_result(logs, [CheckLine("registrar", RED, "no")], "cli")
    assert load_result(logs) == {**load_result(logs), "failed": True, "source": "cli"}  # type: ignore[dict-item]


def test_no_check_yet_means_no_member(tmp_path: Path) -> None:
    (tmp_path / "log").mkdir()
    with zipfile.ZipFile(build_zip(tmp_path / "d.zip", tmp_path / "log", {})) as zf:
        assert "precheck.json" not in zf.namelist()
    (tmp_path / "log" / RESULT_FILE).write_text("{broken")
    assert load_result(tmp_path / "log") is None


def test_unwritable_folder_is_logged_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert save_result(blocker / "log", [CheckLine("disk", GREEN, "ok")], "cli") is None
