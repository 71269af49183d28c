"""Status changes through the real window: clicks, shortcuts, the break menu, the phone gate."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from agent_console.domain.status import Status
from agent_console.journal import JournalError
from agent_console.protocol import EventKind
from agent_console.ui.theme import status_colour


def _status_events(console):
    return [e.payload for e in console.journal.events("aigerim") if e.kind == EventKind.STATUS_CHANGED]


def test_click_available_starts_shift_and_opens_phone_gate(window, console, fake_phone, qtbot):
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    s = console.session
    assert s.shift_active and s.status == Status.AVAILABLE
    assert fake_phone.accepting is True
    assert window.status_control.ui.statusLabel.text() == "Available"
    assert window.ui.actionAvailable.isChecked() and not window.ui.actionDnd.isChecked()
    assert _status_events(console)[-1]["status"] == "available"


def test_shortcuts_change_status_and_close_the_gate(window, console, fake_phone, qtbot):
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert console.session.status == Status.AVAILABLE
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert console.session.status == Status.DND
    assert fake_phone.last("set_accepting_calls") == ("set_accepting_calls", False, 486)
    assert window.status_control.ui.statusLabel.text() == "Working — do not disturb"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert console.session.status == Status.OFFLINE
    assert [p["status"] for p in _status_events(console)] == ["available", "dnd", "offline"]


def test_break_needs_a_reason_from_the_menu(window, console, fake_phone, qtbot):
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    window.ui.actionBreak.trigger()  # Ctrl+3: opens the reason menu, changes nothing yet
    assert window.break_menu.isVisible()
    assert console.session.status == Status.AVAILABLE
    lunch = next(a for a in window.break_menu.actions() if a.data() == "lunch")
    window.break_menu.hide()
    lunch.trigger()
    s = console.session
    assert (s.status, s.reason) == (Status.BREAK, "lunch")
    assert window.status_control.ui.statusLabel.text() == "Break — Lunch"
    assert "Break left today" in window.status_control.ui.detailLabel.text()
    assert fake_phone.accepting is False
    assert window.ui.actionBreak.isChecked() and lunch.isChecked()


def test_banner_and_tray_take_the_status_colour(window, console, qtbot):
    tray_key = window.tray.icon().cacheKey()
    qtbot.mouseClick(window.status_control.ui.dndButton, Qt.MouseButton.LeftButton)
    banner = window.status_control.ui.banner
    image: QImage = banner.grab().toImage()
    pixel = image.pixelColor(image.width() - 8, image.height() // 2)
    assert pixel.name() == status_colour(Status.DND).name()
    assert window.tray.icon().cacheKey() != tray_key
    assert "Working — do not disturb" in window.tray.toolTip()
    tray_actions = window.tray.contextMenu().actions()
    for action in window.status_actions.values():
        assert action in tray_actions  # the same actions, so tray and window never disagree


def test_status_time_counts_up(window, console, clock, qtbot):
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    clock.advance(65_000)
    for _ in range(4):
        console.controller.tick()
    assert window.status_control.ui.timerLabel.text() == "0:01:05"


def test_journal_failure_is_told_and_nothing_changes(window, console, qtbot, monkeypatch):
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)

    def full(*_args, **_kw):
        raise JournalError("The disk is full: the last action was not saved.", "full")

    monkeypatch.setattr(console.journal, "append", full)
    qtbot.mouseClick(window.status_control.ui.dndButton, Qt.MouseButton.LeftButton)
    assert console.session.status == Status.AVAILABLE
    assert window.ui.actionAvailable.isChecked() and not window.ui.actionDnd.isChecked()
    assert window.ui.messageLabel.isVisibleTo(window)
    assert "disk is full" in window.ui.messageLabel.text()
    assert "Nothing was changed" in window.ui.messageLabel.text()


def test_offline_refused_during_a_call(window, console, fake_phone, qtbot):
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    call = fake_phone.ring("+77015550101", "Айгерім")
    fake_phone.answer(call.call_id)
    assert console.session.status == Status.ON_CALL
    assert not window.ui.actionOffline.isEnabled()
    console.controller.choose_status(Status.OFFLINE)
    assert console.session.status == Status.ON_CALL
    assert "Hang up first" in window.ui.messageLabel.text()


def test_every_control_has_an_accessible_name_and_takes_focus(window, console, fake_phone, qtbot):
    """Screen readers and keyboard-only operators: nothing clickable is anonymous or unreachable."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    fake_phone.ring()
    anonymous = []
    unfocusable = []
    for cls in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
        for w in window.findChildren(cls):
            if w.parent() is None or not w.isVisibleTo(window) or w.objectName().startswith("qt_"):
                continue
            if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text().strip("&"))):
                anonymous.append(w.objectName() or type(w).__name__)
            if w.focusPolicy() == Qt.FocusPolicy.NoFocus:
                unfocusable.append(w.objectName())
    assert anonymous == []
    assert unfocusable == []


def test_phone_failures_are_told_in_words(window, console, fake_phone, qtbot):
    from agent_console.phone.api import RegState

    fake_phone.set_registration(RegState.FAILED_AUTH, "401 Unauthorized")
    assert "Wrong SIP password" in window.ui.messageLabel.text()
    assert window.ui.messageLabel.property("level") == "error"
    assert "Wrong SIP password" in window.reg_label.text()
    fake_phone.set_registration(RegState.UNREACHABLE, "timeout")
    assert "PBX unreachable" in window.ui.messageLabel.text()
    fake_phone.set_registration(RegState.REGISTERED)
    assert window.ui.messageLabel.text() == "Phone ready"
    assert "Phone ready" in window.reg_label.text()


def test_journal_label_follows_the_outbox_emptied_by_sync(window, console, clock, qtbot):
    """The sync thread acknowledges events without any domain change: within a second the status
    bar stops saying events are waiting (it used to keep "2 events waiting" beside "Synced")."""
    window.config = replace(window.config, server_url="https://calls.example.kz")
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    assert "waiting to sync" in window.journal_label.text()
    journal = console.journal
    journal.ack([e.event_id for e in journal.pending(limit=1000)])   # what the sync engine does on 200 OK
    clock.advance(1_000)
    console.controller.tick()
    assert window.journal_label.text() == "All work saved"
