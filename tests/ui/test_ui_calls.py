"""Calls through the real window with FakePhone: ringing, answer, notes, wrap-up, DND."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from agent_console.domain.status import Status
from agent_console.phone.api import CallQuality
from agent_console.protocol import EventKind


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _go_available(window, qtbot):
    _click(qtbot, window.status_control.ui.availableButton)


def _answer_a_call(window, fake_phone, qtbot, number="+77015550101", name="Айгерім Сапарова"):
    call = fake_phone.ring(number, name)
    assert window.ui.callStack.currentWidget() is window.ui.ringingPage
    _click(qtbot, window.ringing_panel.ui.answerButton)
    return call


def test_ringing_panel_shows_the_caller_and_answer_click_answers(window, console, fake_phone, qtbot):
    _go_available(window, qtbot)
    call = fake_phone.ring("+77015550101", "Айгерім Сапарова")
    rp = window.ringing_panel.ui
    assert window.ui.callStack.currentWidget() is window.ui.ringingPage
    assert rp.numberLabel.text() == "+77015550101"
    assert rp.nameLabel.text() == "Айгерім Сапарова"
    assert console.session.status == Status.RINGING
    assert "to answer" in rp.hintLabel.text()
    _click(qtbot, rp.answerButton)
    assert fake_phone.last("answer") == ("answer", call.call_id)
    assert console.session.status == Status.ON_CALL
    assert window.ui.callStack.currentWidget() is window.ui.inCallPage
    assert window.incall_panel.ui.numberLabel.text() == "+77015550101"
    assert window.status_control.ui.detailLabel.text() == "With Айгерім Сапарова"


def test_decline_by_shortcut(window, console, fake_phone, qtbot):
    _go_available(window, qtbot)
    window.activateWindow()
    call = fake_phone.ring()
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert fake_phone.last("decline") == ("decline", call.call_id)
    assert console.session.status == Status.AVAILABLE
    assert console.session.summary.missed == 1
    assert window.ui.callStack.currentWidget() is window.ui.idlePage


def test_dnd_refuses_calls_and_they_never_ring(window, console, fake_phone, qtbot):
    _go_available(window, qtbot)
    _click(qtbot, window.status_control.ui.dndButton)
    rang = []
    console.controller.ringing.connect(rang.append)
    fake_phone.ring("+77470000001", "Ерлан")
    assert rang == []
    assert window.ui.callStack.currentWidget() is window.ui.idlePage
    assert console.session.status == Status.DND
    assert console.session.summary.rejected == 1
    kinds = [e.kind for e in console.journal.events("aigerim")]
    assert EventKind.CALL_REJECTED in kinds and EventKind.CALL_OFFERED not in kinds
    assert "Refused a call from Ерлан +77470000001" in window.ui.statusbar.currentMessage()


def test_in_call_controls_reach_the_phone(window, console, fake_phone, qtbot):
    _go_available(window, qtbot)
    call = _answer_a_call(window, fake_phone, qtbot)
    ic = window.incall_panel.ui
    _click(qtbot, ic.holdButton)
    assert fake_phone.last("hold") == ("hold", call.call_id)
    assert ic.holdButton.text() == "Resume" and "On hold" in ic.stateLabel.text()
    _click(qtbot, ic.holdButton)
    assert fake_phone.last("resume") == ("resume", call.call_id)
    _click(qtbot, ic.muteButton)
    assert fake_phone.muted is True and ic.muteButton.text() == "Unmute"
    _click(qtbot, ic.keypadButton)
    popup = window.incall_panel.keypad_popup
    assert popup.isVisible() and ic.keypad.isVisible()  # a popup: the panel does not grow
    _click(qtbot, ic.key5)
    _click(qtbot, ic.keyHash)
    qtbot.keyClick(popup, Qt.Key.Key_7)  # typed digits go out too
    assert ("send_dtmf", call.call_id, "7") in fake_phone.commands
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and not ic.keypadButton.isChecked()
    assert ("send_dtmf", call.call_id, "5") in fake_phone.commands
    assert ("send_dtmf", call.call_id, "#") in fake_phone.commands
    fake_phone.emit_quality(call.call_id, CallQuality(rtt_ms=420, jitter_ms=35, loss_pct=4.0, mos=3.1))
    assert "Poor line" in ic.qualityLabel.text()
    assert "MOS 3.1" in ic.qualityLabel.toolTip() and "420 ms" in ic.qualityLabel.toolTip()
    ic.transferTarget.setText("1002")
    _click(qtbot, ic.blindTransferButton)
    assert fake_phone.last("transfer_blind") == ("transfer_blind", call.call_id, "1002")


def test_note_typed_during_the_call_is_in_the_journal(window, console, fake_phone, qtbot, tmp_path):
    _go_available(window, qtbot)
    _answer_a_call(window, fake_phone, qtbot)
    notes = window.notes_panel.ui
    assert notes.noteEdit.isEnabled() and "+77015550101" in notes.callLabel.text()
    qtbot.keyClicks(notes.noteEdit, "Asked: 42 500 ")
    notes.noteEdit.insertPlainText("теңге жәрдемақы")  # QTest types ASCII only; IME-style insert
    index = notes.dispositionCombo.findData("consultation")
    notes.dispositionCombo.setCurrentIndex(index)
    # autosave: the draft reaches the disk within a second, before anything is "saved"
    qtbot.waitUntil(lambda: bool(console.journal.drafts("aigerim")), timeout=2000)
    assert console.journal.drafts("aigerim")[-1].text == "Asked: 42 500 теңге жәрдемақы"
    _click(qtbot, notes.saveButton)
    assert "version 1" in notes.savedLabel.text()
    assert console.journal.drafts("aigerim") == []
    # read back from the file with a separate connection: it is committed on disk
    db = sqlite3.connect(console.journal.path)
    rows = [r[0] for r in db.execute("SELECT payload FROM events WHERE kind = 'note_saved'")]
    db.close()
    assert len(rows) == 1 and "42 500 теңге" in rows[0] and '"consultation"' in rows[0]


def test_wrapup_counts_down_and_returns_to_available(window, console, fake_phone, clock, qtbot):
    _go_available(window, qtbot)
    call = _answer_a_call(window, fake_phone, qtbot)
    clock.advance(60_000)
    fake_phone.remote_hangup(call.call_id)
    s = console.session
    assert s.status == Status.WRAP_UP
    sc = window.status_control.ui
    assert sc.finishWrapupButton.isVisibleTo(window)
    assert sc.detailLabel.text() == "Back to Available in 0:30"
    assert fake_phone.accepting is False  # no new call during wrap-up
    clock.advance(20_000)
    console.controller.tick()
    assert sc.detailLabel.text() == "Back to Available in 0:10"
    clock.advance(10_000)
    qtbot.waitUntil(lambda: s.status == Status.AVAILABLE, timeout=2000)  # the controller's QTimer
    assert sc.statusLabel.text() == "Available"
    assert fake_phone.accepting is True
    cause = [e.payload["cause"] for e in console.journal.events("aigerim") if e.kind == EventKind.STATUS_CHANGED]
    assert cause[-1] == "wrapup_timer"


def test_break_chosen_during_a_call_waits_and_is_never_overridden(window, console, fake_phone, clock, qtbot):
    _go_available(window, qtbot)
    call = _answer_a_call(window, fake_phone, qtbot)
    next(a for a in window.break_menu.actions() if a.data() == "childcare").trigger()
    s = console.session
    assert s.status == Status.ON_CALL
    assert window.status_control.ui.pendingLabel.text() == "Next: Break — Childcare"
    assert fake_phone.accepting is False  # the next call must not ring
    fake_phone.remote_hangup(call.call_id)
    assert "Back to Break — Childcare" in window.status_control.ui.detailLabel.text()
    clock.advance(31_000)
    console.controller.tick()
    assert (s.status, s.reason) == (Status.BREAK, "childcare")


def test_finish_wrapup_early_by_shortcut(window, console, fake_phone, qtbot):
    _go_available(window, qtbot)
    call = _answer_a_call(window, fake_phone, qtbot)
    fake_phone.remote_hangup(call.call_id)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert console.session.status == Status.AVAILABLE


def test_required_disposition_holds_wrapup_until_chosen(make_console, fake_phone, clock, qtbot):
    console = make_console(fake_phone, require_disposition=True)
    window = console.window
    _go_available(window, qtbot)
    call = _answer_a_call(window, fake_phone, qtbot)
    fake_phone.remote_hangup(call.call_id)
    clock.advance(45_000)
    console.controller.tick()
    s = console.session
    assert s.status == Status.WRAP_UP
    assert "choose an outcome to finish" in window.status_control.ui.detailLabel.text()
    assert window.notes_panel.ui.dispositionLabel.text() == "&Outcome (required):"
    window.ui.actionFinishWrapup.trigger()
    assert s.status == Status.WRAP_UP and "call outcome" in window.ui.messageLabel.text()
    combo = window.notes_panel.ui.dispositionCombo
    combo.setCurrentIndex(combo.findData("complaint"))
    assert s.status == Status.AVAILABLE
    assert s.notes.latest(s.history[-1].call_id).disposition == "complaint"


def test_call_waiting_holds_the_first_caller(window, console, fake_phone, qtbot):
    _go_available(window, qtbot)
    first = _answer_a_call(window, fake_phone, qtbot)
    second = fake_phone.ring("+77770000002", "Даурен")
    assert window.ui.callStack.currentWidget() is window.ui.ringingPage
    assert "Second call" in window.ringing_panel.ui.titleLabel.text()
    _click(qtbot, window.ringing_panel.ui.answerButton)
    assert fake_phone.last("hold") == ("hold", first.call_id)
    assert fake_phone.last("answer") == ("answer", second.call_id)
    assert window.incall_panel.ui.numberLabel.text() == "+77770000002"


def test_outbound_call_from_the_dial_field(window, console, fake_phone, qtbot):
    _go_available(window, qtbot)
    qtbot.keyClicks(window.ui.dialEdit, "+77010001122")
    qtbot.keyClick(window.ui.dialEdit, Qt.Key.Key_Return)
    assert fake_phone.last("dial") == ("dial", "+77010001122")
    assert console.session.status == Status.ON_CALL
    assert console.session.summary.made == 1
    assert window.ui.callStack.currentWidget() is window.ui.inCallPage


def test_attended_transfer_consults_then_connects(window, console, fake_phone, qtbot):
    _go_available(window, qtbot)
    call = _answer_a_call(window, fake_phone, qtbot)
    ic = window.incall_panel.ui
    ic.transferTarget.setText("1002")
    _click(qtbot, ic.consultButton)
    assert fake_phone.last("hold") == ("hold", call.call_id)
    assert fake_phone.last("dial") == ("dial", "1002")
    consult = console.controller.consult_call
    assert consult is not None and ic.completeTransferButton.isVisibleTo(window)
    fake_phone.remote_answer(consult)
    assert ic.numberLabel.text() == "1002"  # the agent now talks to the consulted party
    assert window.notes_panel.call_id == console.session.call_by_phone_id(call.call_id).call_id
    _click(qtbot, ic.completeTransferButton)
    assert fake_phone.last("transfer_attended") == ("transfer_attended", call.call_id, consult)
    assert "Call transferred" in window.ui.messageLabel.text()
    assert console.session.active_calls == []
    assert console.session.status == Status.WRAP_UP


def test_note_is_committed_when_wrapup_ends_by_timer(window, console, fake_phone, clock, qtbot):
    _go_available(window, qtbot)
    call = _answer_a_call(window, fake_phone, qtbot)
    fake_phone.remote_hangup(call.call_id)
    window.notes_panel.ui.noteEdit.setPlainText("typed in wrap-up, never clicked Save")
    clock.advance(31_000)
    console.controller.tick()
    s = console.session
    assert s.status == Status.AVAILABLE
    record = s.history[-1]
    qtbot.waitUntil(lambda: s.notes.latest(record.call_id) is not None, timeout=2000)
    assert s.notes.latest(record.call_id).text == "typed in wrap-up, never clicked Save"
    assert console.journal.drafts("aigerim") == []


def test_sigterm_ends_the_app_even_while_a_call_rings(console, window, fake_phone, qapp, qtbot):
    """Log-out or shutdown sends SIGTERM; the window refuses to close during a call, which made
    Qt 6's quit() a no-op: the console kept running. exit_on_signals() ends the loop anyway."""
    import os
    import signal

    from PySide6.QtCore import QTimer

    from agent_console.app.main import exit_on_signals

    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    fake_phone.ring("+77015550123", "Ерлан")
    assert console.session.active_calls
    old = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(99))       # the test's own way out if SIGTERM fails
    try:
        wake = exit_on_signals(qapp)
        QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))
        guard.start(5000)
        rc = qapp.exec()
        wake.stop()
    finally:
        guard.stop()
        for s, handler in old.items():
            signal.signal(s, handler)
    assert rc == 0
