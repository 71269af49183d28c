"""Failures shown to the operator in Kazakh and Russian carry no raw technical English.

Each failure path is driven through the real window; the visible text (message strip, status bar,
window title) must not contain driver errors, ``None``, exception names or other ASCII-only
fragments. The technical detail goes to the log instead.
"""

from __future__ import annotations

import logging
import re
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from agent_console.audio.backend import AudioEvent
from agent_console.journal.store import Journal, journal_error
from agent_console.phone.api import RegState

ALLOWED_ASCII_WORDS = {"SIP", "PBX", "IT", "Agent", "Console", "MOS", "Wi", "Fi", "USB"}
"""Names an operator knows (the product, the kind of phone line, the IT department)."""


def technical_fragments(text: str) -> list[str]:
    bad = re.findall(r"\bNone\b|\[Errno|\b[A-Z]\w*(?:Error|Exception)\b", text)
    for word in re.findall(r"[A-Za-z][A-Za-z_]*", text):
        if word not in ALLOWED_ASCII_WORDS:
            bad.append(word)
    return bad


def visible_texts(window) -> list[str]:
    texts = [
        window.ui.messageLabel.text() if window.ui.messageLabel.isVisible() else "",
        window.reg_label.text().split("</span>")[-1],
        window.sync_label.text(),
        window.journal_label.text(),
        window.ui.statusbar.currentMessage(),
        window.windowTitle(),
        window.status_control.ui.detailLabel.text(),
    ]
    return [t for t in texts if t]


def assert_operator_language(window) -> None:
    for text in visible_texts(window):
        assert not technical_fragments(text), f"technical English shown to the operator: {text!r}"


@pytest.fixture(params=["kk", "ru"])
def local_window(request, make_console, fake_phone, languages, qtbot):
    console = make_console(fake_phone, language=request.param)
    languages.set_language(request.param)
    window = console.window
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    return console, window


def test_sound_server_missing(local_window, caplog):
    console, window = local_window
    caplog.set_level(logging.INFO)
    console.audio_messages._on_event(
        AudioEvent("error", role="speaker", message="cannot open sink None: Connection refused"))
    assert window.ui.messageLabel.isVisible()
    assert_operator_language(window)
    assert "cannot open sink None: Connection refused" in caplog.text


def test_microphone_error(local_window, caplog):
    console, window = local_window
    caplog.set_level(logging.INFO)
    console.audio_messages._on_event(AudioEvent("error", role="mic", message="pa_simple_new: Access denied"))
    assert window.ui.messageLabel.isVisible()
    assert_operator_language(window)
    assert "Access denied" in caplog.text


@pytest.mark.parametrize("state,reason", [
    (RegState.FAILED_AUTH, "401 Unauthorized"),
    (RegState.FAILED_FORBIDDEN, "Registration forbidden by the server (403)"),
    (RegState.FAILED_TLS, "Server certificate refused: certificate verify failed"),
    (RegState.UNREACHABLE, "Server unreachable (Connection refused); retrying in 30 s"),
])
def test_phone_registration_failures(local_window, fake_phone, caplog, state, reason):
    _console, window = local_window
    caplog.set_level(logging.INFO)
    fake_phone.set_registration(state, reason)
    assert window.ui.messageLabel.isVisible()
    assert_operator_language(window)
    assert reason in caplog.text


def test_phone_engine_error(local_window, fake_phone, caplog):
    _console, window = local_window
    caplog.set_level(logging.INFO)
    text = QCoreApplication.translate("Phone", "The phone could not start: %s") % "Invalid argument (PJ_EINVAL)"
    fake_phone.error.emit(text)
    assert window.ui.messageLabel.isVisible()
    assert_operator_language(window)
    assert "PJ_EINVAL" in caplog.text


def test_transfer_failure(local_window, fake_phone, qtbot, caplog):
    _console, window = local_window
    caplog.set_level(logging.INFO)
    call = fake_phone.ring("+77015550101", "Айгерім")
    qtbot.mouseClick(window.ringing_panel.ui.answerButton, Qt.MouseButton.LeftButton)
    fake_phone.transfer_result.emit(call.call_id, False, "486 Busy Here")
    assert window.ui.messageLabel.isVisible()
    assert_operator_language(window)
    assert "486 Busy Here" in caplog.text


@pytest.mark.parametrize("sqlite_error", ["database or disk is full", "database is locked",
                                          "attempt to write a readonly database", "disk I/O error"])
def test_journal_failure(local_window, monkeypatch, caplog, sqlite_error):
    console, window = local_window
    caplog.set_level(logging.INFO)

    def broken(*_a, **_k):
        raise journal_error(sqlite3.OperationalError(sqlite_error))

    monkeypatch.setattr(Journal, "append", broken)
    console.controller.choose_status(console.session.status.DND)
    assert window.ui.messageLabel.isVisible()
    assert_operator_language(window)
    assert sqlite_error in caplog.text


def test_server_error_text(local_window, caplog):
    """Whatever a lower layer still hands up raw is cut at the window and logged."""
    console, window = local_window
    caplog.set_level(logging.INFO)
    console.controller.message.emit("warning", QCoreApplication.translate(
        "Phone", "The phone could not start: %s") % "ConnectError: [Errno 111] Connection refused")
    assert_operator_language(window)
    assert "[Errno 111]" in caplog.text
