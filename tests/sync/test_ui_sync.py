"""The sign-in dialog and the status-bar indicator, driven by a real SyncService."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agent_console.ui.login_dialog import LoginDialog
from agent_console.ui.sync_indicator import SyncIndicator, describe

from .kit import PASSWORD, MemoryCredentials, ServerProc, free_port
from .test_faults import FAST, make_service, until

__all__ = ["make_service"]


def test_indicator_texts(qtbot: QtBot) -> None:
    w = SyncIndicator()
    qtbot.addWidget(w)
    w.set_state("synced", 0, 0)
    assert w.label.text() == "Synced"
    w.set_state("waiting", 3, 0)
    assert "3" in w.label.text() and "waiting" in w.label.text()
    now = QDateTime.currentDateTime()      # ten minutes ago, but today (yesterday shows its date)
    since = max(now.addSecs(-600), QDateTime(now.date(), QTime(0, 0)))
    w.set_state("offline", 12, since.toMSecsSinceEpoch())
    assert w.label.text().startswith(f"Offline since {since.toString('HH:mm')}") and "12" in w.label.text()
    assert "saved on this computer" in w.toolTip()
    w.set_state("login", 0, 0)
    assert w.label.text() == "Sign-in needed" and w.state == "login"
    with qtbot.waitSignal(w.clicked, timeout=1000):
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert describe("held", 1, 0)[0].startswith("Some events were refused")


def test_login_dialog_reports_an_unreachable_server_without_freezing(qtbot: QtBot, tmp_path: Path,
                                                                     make_service: Any) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    svc, _watch = make_service(url, tmp_path / "j.sqlite3", MemoryCredentials(), FAST)
    dlg = LoginDialog(svc, url, "alice", reason="expired")
    qtbot.addWidget(dlg)
    assert dlg.ui.serverEdit.text() == url and "expired" in dlg.ui.reasonLabel.text()
    dlg.ui.passwordEdit.setText("whatever")
    t0 = time.monotonic()
    dlg.submit()
    assert time.monotonic() - t0 < 0.1  # the request runs on the sync thread
    assert dlg.ui.passwordEdit.text() == "" and not dlg.ui.userEdit.isEnabled()
    until(qtbot, lambda: "cannot be reached" in dlg.ui.errorLabel.text(), 10)
    assert dlg.ui.userEdit.isEnabled() and dlg.result() != QDialog.DialogCode.Accepted


@pytest.mark.slow
def test_login_dialog_signs_in_against_the_server(qtbot: QtBot, server: ServerProc, journal_path: Path,
                                                  make_service: Any) -> None:
    creds = MemoryCredentials()
    svc, watch = make_service(server.url, journal_path, creds, FAST)
    until(qtbot, lambda: watch.login_required == ["signed_out"])
    dlg = LoginDialog(svc, server.url, "")
    qtbot.addWidget(dlg)
    dlg.ui.userEdit.setText("alice")
    dlg.ui.passwordEdit.setText("not the password")
    dlg.submit()
    until(qtbot, lambda: "Wrong user name or password" in dlg.ui.errorLabel.text(), 10)
    assert creds.token is None
    dlg.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        dlg.submit()
    # the token is saved to the keyring in the background after sign-in (a slow keyring never
    # holds the sign-in up), so it is awaited rather than read at once
    until(qtbot, lambda: creds.token is not None, 10)
    assert creds.token is not None and creds.token.username == "alice"
    assert PASSWORD not in repr(creds.token) and PASSWORD not in creds.token.token  # only the token is kept
    until(qtbot, lambda: watch.last[0] == "synced" and bool(watch.provisioned))
