"""The running console against a real server (``agent-console-server serve``): "Send diagnostics to
IT" uploads the zip in the background and says plainly why it did not (too large, too many, server
down); a supervisor's request is shown to the agent, who accepts (the zip is uploaded and the
server records it) or declines (the server records that); the server policy's log level is applied
at once; the zip marks the server's settings with the source ``server``."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from agent_console.app import config as cfg
from agent_console.app.config import AppConfig
from agent_console.app.console import Console
from agent_console.domain.clock import ManualClock
from agent_console.phone.fake import FakePhone
from agent_console.protocol import Command
from agent_console.ui.i18n import LanguageManager
from tests.sync.kit import SERVER_BIN, MemoryCredentials, ServerProc, make_template, server_env, stored_token

SUP = "/api/v1/supervisor"
pytestmark = pytest.mark.slow  # a server process and a real console per test (~10 s each)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = make_template(tmp_path_factory.mktemp("diag-server") / "server.db")
    # a process of its own: its exit checkpoints SQLite's WAL into the file the tests copy
    subprocess.run([str(SERVER_BIN), "set-policy", "--agent", "alice", "log_level=debug", "--database-url",
                    f"sqlite:///{path}"], check=True, capture_output=True, env=server_env(), timeout=60)
    return path


@pytest.fixture
def uploads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "uploads"
    monkeypatch.setenv("AGENT_CONSOLE_SERVER_DIAGNOSTICS_DIR", str(folder))
    return folder


@pytest.fixture
def server(tmp_path: Path, template: Path, uploads: Path) -> Iterator[ServerProc]:
    db = tmp_path / "server.db"
    shutil.copy(template, db)
    proc = ServerProc(db).start()
    yield proc
    proc.kill()


@pytest.fixture
def console(qapp: QApplication, qtbot: Any, tmp_path: Path, server: ServerProc,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Console]:
    """The real Console (fake phone), signed in to the server as alice with an in-memory token."""
    from agent_console.app import sync_wiring as sync_wiring_mod
    from agent_console.app.sync_wiring import SyncWiring

    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", tmp_path / "no-policy.ini")
    token = stored_token(server, "alice")
    # the console imports SyncWiring from its module when it starts sync
    monkeypatch.setattr(sync_wiring_mod, "SyncWiring",
                        lambda c, url, _creds: SyncWiring(c, url, MemoryCredentials(url, token)))
    languages = LanguageManager(qapp)
    languages.set_language("en")
    ini = tmp_path / "agent-console.ini"
    ini.touch()
    config = AppConfig(agent="alice", language="en", server_url=server.url)
    c = Console(qapp, config, ini, journal_path=tmp_path / "journal.sqlite3", phone=FakePhone(),
                clock=ManualClock(start_ms=1_764_054_000_000), languages=languages)
    c.start()
    assert c.window is not None
    c.window.quit_requested.disconnect()
    qtbot.addWidget(c.window)
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "agent-console.log").write_text("2026-12-03 INFO something IT should see\n")
    c.diagnostics.log_dir = logs
    qtbot.waitUntil(lambda: c.sync is not None and c.diagnostics.server_values != {}, timeout=20_000)
    yield c
    c.shutdown()


def _stored(uploads: Path) -> list[Path]:
    return sorted(uploads.rglob("*.zip"))


def _restart(server: ServerProc, monkeypatch: pytest.MonkeyPatch, **env: str) -> ServerProc:
    server.kill()
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return server.start()


def _send_and_wait(console: Console, qtbot: Any) -> tuple[str, Any]:
    d = console.diagnostics
    outcome: list[tuple[str, Any]] = []
    d.sent.connect(lambda info: outcome.append(("sent", info)))
    d.send_failed.connect(lambda text: outcome.append(("failed", text)))
    assert d.send() is True
    assert d.busy and not d.send_action.isEnabled()  # returned at once: the work is elsewhere
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    d.sent.disconnect()
    d.send_failed.disconnect()
    qtbot.waitUntil(lambda: not d.busy)
    return outcome[0]


def test_send_to_it_uploads_and_explains_every_refusal(console: Console, server: ServerProc, uploads: Path,
                                                       qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = console.window
    assert window is not None
    names = [a.objectName() for a in window.ui.menuTools.actions()]
    assert names.index("actionSendDiagnostics") == names.index("actionExportDiagnostics") + 1

    kind, info = _send_and_wait(console, qtbot)
    assert kind == "sent", info
    assert "sent to IT" in window.ui.messageLabel.text() and info.id in window.ui.messageLabel.text()
    [stored] = _stored(uploads)
    assert stored.stem == info.id and info.username == "alice"
    with zipfile.ZipFile(stored) as zf:
        settings = json.loads(zf.read("settings.json"))
        assert "something IT should see" in zf.read("logs/agent-console.log").decode()
    # the team policy of the server (wrapup_s=15, locked) and its SIP account are the server's
    assert settings["wrapup_s"] == {"value": 15, "source": "server", "locked": True}
    assert settings["registrar"]["source"] == "server" and settings["registrar"]["value"] == "pbx.example:5061"
    assert settings["log_level"]["source"] == "server" and settings["log_level"]["value"] == "DEBUG"
    assert settings["theme"]["source"] == "default"

    _restart(server, monkeypatch, AGENT_CONSOLE_SERVER_DIAGNOSTICS_MAX_BYTES="2000")
    kind, text = _send_and_wait(console, qtbot)
    assert kind == "failed" and "too large" in text and "Export diagnostics" in text
    assert window.ui.messageLabel.text() == text

    _restart(server, monkeypatch, AGENT_CONSOLE_SERVER_DIAGNOSTICS_MAX_BYTES=str(16 << 20),
             AGENT_CONSOLE_SERVER_DIAGNOSTICS_PER_USER_PER_HOUR="1")
    kind, text = _send_and_wait(console, qtbot)
    assert kind == "failed" and "per hour" in text and "10 minutes" in text

    server.kill()
    kind, text = _send_and_wait(console, qtbot)
    assert kind == "failed" and "cannot be reached" in text
    assert len(_stored(uploads)) == 1


def test_server_policy_sets_the_log_level_at_run_time(console: Console) -> None:
    assert logging.getLogger().level == logging.DEBUG  # alice's policy on the server: log_level=DEBUG


def _ask(server: ServerProc, reason: str | None) -> dict[str, Any]:
    r = httpx.post(f"{server.url}{SUP}/agents/alice/actions", json={"type": "diagnostics", "reason": reason},
                   headers={"Authorization": f"Bearer {server.login('sue')}"}, timeout=10)
    assert r.status_code == 201, r.text
    return dict(r.json())


def _day_actions(server: ServerProc) -> list[dict[str, Any]]:
    r = httpx.get(f"{server.url}{SUP}/agents/alice/day", headers={"Authorization": f"Bearer {server.login('sue')}"},
                  timeout=10)
    assert r.status_code == 200, r.text
    return list(r.json()["actions"])


def _prompt(console: Console, qtbot: Any, command_id: str) -> Any:
    qtbot.waitUntil(lambda: command_id in console.diagnostics.prompts, timeout=20_000)
    dialog = console.diagnostics.prompts[command_id]
    assert dialog.isVisible()
    return dialog


def test_asked_for_diagnostics_the_agent_accepts_and_the_zip_is_uploaded(
        console: Console, server: ServerProc, uploads: Path, qtbot: Any) -> None:
    cmd = _ask(server, "no sound since 10:00")
    dialog = _prompt(console, qtbot, cmd["id"])
    assert "Sue" in dialog.question.text() or "sue" in dialog.question.text()
    assert "no sound since 10:00" in dialog.reason.text()
    answered: list[tuple[str, bool]] = []
    console.diagnostics.request_answered.connect(lambda cid, ok: answered.append((cid, ok)))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: bool(answered), timeout=30_000)
    assert answered == [(cmd["id"], True)]
    [stored] = _stored(uploads)
    qtbot.waitUntil(lambda: _day_actions(server)[-1].get("answer") == "accepted", timeout=10_000)
    assert _day_actions(server)[-1]["upload_id"] == stored.stem


def test_asked_for_diagnostics_the_agent_declines_and_the_server_records_it(
        console: Console, server: ServerProc, uploads: Path, qtbot: Any) -> None:
    cmd = _ask(server, None)
    dialog = _prompt(console, qtbot, cmd["id"])
    assert not dialog.reason.isVisible()
    answered: list[tuple[str, bool]] = []
    console.diagnostics.request_answered.connect(lambda cid, ok: answered.append((cid, ok)))
    dialog.decline_button.click()
    qtbot.waitUntil(lambda: bool(answered), timeout=20_000)
    assert answered == [(cmd["id"], False)]
    console.diagnostics._on_command(Command.model_validate(cmd))  # redelivered: not asked again
    assert cmd["id"] not in console.diagnostics.prompts
    assert "declined" in console.window.ui.messageLabel.text()  # type: ignore[union-attr]
    assert [(a["type"], a["answer"]) for a in _day_actions(server)] == [("diagnostics", "declined")]
    assert _stored(uploads) == []

