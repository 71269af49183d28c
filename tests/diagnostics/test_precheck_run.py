"""The whole check as ``agent-console --check`` and the window run it: every line in order, the
result saved for the zip, the operator's answers, a cancel that does not wait, a window that never
blocks."""

from __future__ import annotations

import itertools
import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from agent_console.diagnostics import precheck
from agent_console.diagnostics.cli import run_check
from agent_console.diagnostics.precheck import AMBER, GREEN, RED, CheckLine, CheckPlan, answered, run_plan
from agent_console.diagnostics.precheck_result import RESULT_FILE, load_result
from agent_console.diagnostics.precheck_runner import CheckRunner
from tests.audio.conftest import pulse_server  # noqa: F401

pytestmark = pytest.mark.usefixtures("pulse_server")


def _ok_keyring() -> CheckLine:
    return CheckLine("keyring", GREEN, "fine")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _plan(tmp_path: Path, **kw: Any) -> CheckPlan:
    values: dict[str, Any] = {"microphone": "pulse:test_speaker.monitor", "speaker": "pulse:test_speaker",
                              "ringer": "pulse:test_ringer", **kw}
    return CheckPlan(journal_path=tmp_path / "j.sqlite3", keyring_check=_ok_keyring, **values)


def test_every_line_in_reading_order(tmp_path: Path) -> None:
    lines = run_plan(_plan(tmp_path, registrar=f"127.0.0.1:{_closed_port()}", transport="tcp"))
    assert [x.name for x in lines] == ["server", "registrar", "path-udp", "path-tcp", "path-tls", "disk",
                                       "keyring", "microphone", "speaker", "ringer", "loopback"]
    assert {x.name: x.level for x in lines}["path-tcp"] == RED
    assert precheck.report(lines)[1] == 1
    assert [x.name for x in run_plan(_plan(tmp_path, audio=False))] == ["server", "registrar", "disk", "keyring"]


def test_answers_turn_lines_amber_with_what_to_do() -> None:
    line = CheckLine("speaker", GREEN, "A test tone played on Headset.", {"device": "Headset"}, ask="heard?")
    no = answered(line, False)
    assert no.level == AMBER and "Headset" in no.text and "volume" in no.text and no.facts["answer"] == "no"
    yes = answered(line, True)
    assert yes.level == GREEN and yes.text == line.text and yes.facts["answer"] == "yes"


def test_cli_check_reports_audio_and_network_and_saves_the_result(tmp_path: Path, capsys: Any, qapp: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTranslator

    monkeypatch.setattr(precheck, "check_keyring", _ok_keyring)
    config = tmp_path / "c.ini"
    config.write_text(f"[account]\nregistrar = 127.0.0.1:{_closed_port()}\n"
                      "[audio]\naudio_input = pulse:test_null_src\naudio_output = pulse:test_speaker\n")
    before = set(qapp.findChildren(QTranslator))
    try:
        rc = run_check(config, tmp_path / "j.sqlite3", "ru", log_dir=tmp_path / "log")
    finally:      # the Russian catalogue stays installed on the application otherwise
        for t in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(t)
    out = capsys.readouterr().out
    assert rc == 1
    assert "АТС" in out and "UDP" in out and "TLS" in out     # Russian sentences, per transport
    assert "Test_Silent_Mic" in out and "Test_Headset" in out
    saved = json.loads((tmp_path / "log" / RESULT_FILE).read_text())
    assert saved["source"] == "cli" and saved["failed"] is True
    levels = {x["name"]: x["level"] for x in saved["lines"]}
    assert levels["microphone"] == AMBER and levels["speaker"] == GREEN and levels["path-udp"] == RED


def test_runner_asks_and_cancels_without_waiting(qtbot: Any, tmp_path: Path) -> None:
    runner = CheckRunner(_plan(tmp_path, microphone="pulse:test_null_src"), log_dir=tmp_path / "log")
    asked: list[tuple[int, str]] = []

    def on_question(index: int, text: str) -> None:
        asked.append((index, text))
        runner.answer(len(asked) != 1)      # "no" to the first question, "yes" to the others

    runner.question.connect(on_question)
    with qtbot.waitSignal(runner.finished, timeout=30000) as done:
        runner.start()
    assert done.args == [True]
    names = [x.name for x in runner.lines]
    assert [runner.lines[i].name for i, _ in asked] == ["speaker", "ringer", "loopback"]
    assert runner.lines[names.index("speaker")].level == AMBER      # "no" to the first question
    assert runner.lines[names.index("ringer")].level == GREEN
    saved = load_result(tmp_path / "log")
    assert saved is not None and saved["source"] == "window"
    assert {x["name"]: x["facts"].get("answer") for x in saved["lines"]}["speaker"] == "no"

    slow = CheckRunner(_plan(tmp_path), log_dir=tmp_path / "log2")
    slow.question.connect(lambda i, text: None)       # nobody answers: the run waits ...
    slow.start()
    qtbot.waitUntil(lambda: any(x.ask for x in slow.lines), timeout=20000)
    t0 = time.monotonic()
    slow.cancel()                                     # ... until the window is closed
    assert slow.wait(5) and time.monotonic() - t0 < 5
    assert [x.name for x in slow.lines][-1] == "speaker"


def test_dialog_stays_responsive_and_closes_at_once(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    from agent_console.ui.check_dialog import CheckDialog

    dialog = CheckDialog(_plan(tmp_path, registrar=f"127.0.0.1:{_closed_port()}"), log_dir=tmp_path / "log")
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    qtbot.waitUntil(lambda: dialog.question_row.isVisible(), timeout=20000)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert ticks and max(gaps) < 0.5, f"the event loop stalled {max(gaps):.2f} s"
    assert "headset" in dialog.question.text()
    levels = {x.name: x.level for x in dialog.lines()}
    assert levels["registrar"] == RED and levels["microphone"] == AMBER and levels["disk"] == GREEN
    assert "Problem" in dialog.model.item([x.name for x in dialog.lines()].index("registrar")).text()
    dialog.no.click()
    qtbot.waitUntil(lambda: dialog.lines()[[x.name for x in dialog.lines()].index("speaker")].level == AMBER)
    t0 = time.monotonic()
    dialog.close_button.click()
    assert not dialog.isVisible() and time.monotonic() - t0 < 0.5
    runner = dialog.runner
    assert runner is not None and runner.wait(10)


def test_check_without_audio_from_the_command_line(tmp_path: Path, capsys: Any, qapp: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """``agent-console --check --no-audio`` (IT's scripts on a machine without sound): no audio
    lines, exit 0 when nothing is red."""
    import agent_console.diagnostics.cli as cli
    from agent_console.app.main import main

    monkeypatch.setattr(precheck, "check_keyring", _ok_keyring)
    monkeypatch.setattr(cli, "default_log_dir", lambda: tmp_path / "log")
    config = tmp_path / "c.ini"
    config.write_text("[ui]\nlanguage = en\n")
    assert main(["--check", "--no-audio", "--config", str(config), "--journal", str(tmp_path / "j")]) == 0
    out = capsys.readouterr().out
    assert "No PBX is configured" in out and "microphone" not in out.lower()
    saved = load_result(tmp_path / "log")
    assert saved is not None and [x["name"] for x in saved["lines"]] == ["server", "registrar", "disk", "keyring"]
