"""Settings (locked values read-only, saved to the INI file, applied at once) and crash recovery."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agent_console.app.config import load_config
from agent_console.domain.status import Status


def test_settings_locked_values_are_read_only(make_console, fake_phone, qtbot):
    console = make_console(fake_phone, locked=frozenset({"registrar", "server_url"}), registrar="pbx.gov.kz")
    window = console.window
    window.open_settings()
    dialog = window.settings_dialog
    u = dialog.ui
    assert not u.registrarEdit.isEnabled() and u.registrarEdit.text() == "pbx.gov.kz"
    assert not u.serverUrlEdit.isEnabled()
    assert u.extensionEdit.isEnabled()
    assert u.lockedLabel.isVisibleTo(dialog)
    u.registrarEdit.setText("evil.example")  # even if a widget is forced, the value stays
    assert dialog.result_config().registrar == "pbx.gov.kz"
    dialog.reject()


def test_settings_change_language_theme_and_shortcut_and_save(make_console, fake_phone, qtbot, tmp_path):
    console = make_console(fake_phone)
    window = console.window
    window.open_settings()
    dialog = window.settings_dialog
    u = dialog.ui
    u.languageCombo.setCurrentIndex(u.languageCombo.findData("ru"))
    u.themeCombo.setCurrentIndex(u.themeCombo.findData("dark"))
    u.agentEdit.setText("zhanar")
    dialog._editors["actionAnswer"].setKeySequence("F9")
    dialog.accept()
    qtbot.wait(10)  # LanguageChange reaches the widgets through the event loop
    assert window.status_control.ui.availableButton.text() == "Доступен"
    assert window.ui.actionAnswer.shortcut().toString() == "F9"
    assert "#1c1f24" in qtbot_app_style()
    saved, _ = load_config(tmp_path / "agent-console.ini")
    assert (saved.language, saved.theme, saved.agent) == ("ru", "dark", "zhanar")
    assert saved.shortcuts["actionAnswer"] == "F9"
    assert "password" not in (tmp_path / "agent-console.ini").read_text().lower()
    console.languages.set_language("en")


def qtbot_app_style() -> str:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.styleSheet()


def test_unsaved_note_survives_a_crash(make_console, qtbot, tmp_path):
    from agent_console.phone.fake import FakePhone

    phone = FakePhone()
    first = make_console(phone)
    first.controller.choose_status(Status.AVAILABLE)
    call = phone.ring("+77015550101", "Асель")
    phone.answer(call.call_id)
    first.window.notes_panel.ui.noteEdit.setPlainText("typed before the power cut")
    qtbot.waitUntil(lambda: bool(first.journal.drafts("aigerim")), timeout=2000)
    journal_path = first.journal.path
    # "crash": no shutdown, no save; a new process opens the same journal
    second_phone = FakePhone()
    from agent_console.app.console import Console

    second = Console(first.app, first.config, None, journal_path=journal_path, phone=second_phone,
                     clock=first.clock, languages=first.languages)
    second.start()
    second.window.quit_requested.disconnect()
    qtbot.addWidget(second.window)
    try:
        s = second.session
        assert s.history and s.history[-1].outcome.value == "interrupted"  # the call is ended honestly
        notes = second.window.notes_panel
        assert notes.ui.noteEdit.toPlainText() == "typed before the power cut"
        assert notes.ui.savedLabel.text() == "Unsaved draft restored"
        assert "unsaved note was restored" in second.window.ui.messageLabel.text()
        notes.commit()
        assert s.notes.latest(s.history[-1].call_id).text == "typed before the power cut"
    finally:
        second.shutdown()


def test_window_refuses_to_close_during_a_call(window, console, fake_phone, qtbot):
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    call = fake_phone.ring()
    fake_phone.answer(call.call_id)
    assert window.close() is False
    assert window.isVisible()
    assert "Hang up before closing" in window.ui.messageLabel.text()


def test_audio_events_become_messages_from_another_thread(window, console, qtbot):
    import threading

    from agent_console.audio.backend import AudioEvent

    event = AudioEvent("device_lost", role="mic", device_id="pulse:jabra")
    t = threading.Thread(target=console.audio_messages.listener, args=(event,))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: "No microphone" in window.ui.messageLabel.text(), timeout=2000)
    assert window.ui.messageLabel.property("level") == "error"


def test_no_sound_device_at_all_is_an_error_message(window, console, qtbot):
    """Windows/macOS with every sound device unplugged or disabled: calls connect silently, and the
    agent must know why nobody hears anyone."""
    from agent_console.audio.backend import AudioEvent

    console.audio_messages.listener(AudioEvent("no_device"))
    qtbot.waitUntil(lambda: "No sound device was found" in window.ui.messageLabel.text(), timeout=2000)
    assert window.ui.messageLabel.property("level") == "error"


def test_desktop_notification_when_the_window_is_hidden(window, console, fake_phone, qtbot, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window.tray, "isVisible", lambda: True)
    monkeypatch.setattr(window.tray, "showMessage", lambda title, text, *_a: shown.append((title, text)))
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    window.hide()
    fake_phone.ring("+77015550101", "Асель")
    assert shown == [("Incoming call", "Асель +77015550101")]
