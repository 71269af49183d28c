"""Wrap-up through the real window: it always ends, the banner never shows a dead 0:00, and after a
crash the notes panel is back on the call being wrapped up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agent_console.app.console import Console
from agent_console.domain.status import Status
from agent_console.phone.fake import FakePhone


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _wrapup(window, fake_phone, clock, qtbot):
    """Available, a call answered, the caller hangs up after a minute: wrap-up (30 s) starts."""
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Асель")
    _click(qtbot, window.ringing_panel.ui.answerButton)
    clock.advance(60_000)
    fake_phone.remote_hangup(call.call_id)
    return call


def _ctrl(window, qtbot, key):
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_dnd_chosen_in_wrapup_ends_it_and_available_takes_calls_again(window, console, fake_phone, clock, qtbot):
    """The issue's steps: Ctrl+2 during wrap-up, wait past wrap-up, Ctrl+1: calls ring again."""
    _wrapup(window, fake_phone, clock, qtbot)
    s, sc = console.session, window.status_control.ui
    clock.advance(5_000)
    _ctrl(window, qtbot, Qt.Key.Key_2)
    assert s.status == Status.WRAP_UP and s.pending == (Status.DND, None)
    assert sc.detailLabel.text() == "Back to Working — do not disturb in 0:25"
    clock.advance(60_000)
    console.controller.tick()
    assert s.status == Status.DND
    assert sc.statusLabel.text() == "Working — do not disturb"
    _ctrl(window, qtbot, Qt.Key.Key_1)
    assert s.status == Status.AVAILABLE and fake_phone.accepting is True
    fake_phone.ring("+77015550102", "")
    assert s.status == Status.RINGING
    assert window.ui.callStack.currentWidget() is window.ui.ringingPage


def test_the_countdown_never_reads_zero_while_it_runs(window, console, fake_phone, clock, qtbot):
    _wrapup(window, fake_phone, clock, qtbot)
    sc = window.status_control.ui
    clock.advance(29_600)
    window.status_control.refresh()
    assert sc.detailLabel.text() == "Back to Available in 0:01"


def test_time_up_without_the_timer_ending_it_says_what_ends_it(window, console, fake_phone, clock, qtbot,
                                                                monkeypatch):
    """Should wrap-up outlive its deadline (the journal refused the timer's event), the banner
    points at the button instead of a countdown stuck at 0:00."""
    _wrapup(window, fake_phone, clock, qtbot)
    monkeypatch.setattr(console.session, "tick", lambda: None)
    clock.advance(45_000)
    console.controller.tick()
    sc = window.status_control.ui
    assert console.session.status == Status.WRAP_UP
    assert sc.detailLabel.text() == "Time is up: press Finish wrap-up to go back to Available"
    _click(qtbot, sc.finishWrapupButton)
    assert console.session.status == Status.AVAILABLE


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Time is up: choose an outcome to finish, then you go back to Available"),
    ("kk", "Уақыт бітті: аяқтау үшін қоңырау нәтижесін таңдаңыз, содан кейін күйіңіз: Қолжетімді"),
    ("ru", "Время вышло: выберите итог звонка, чтобы завершить, затем статус вернётся к «Доступен»"),
])
def test_a_wrapup_waiting_for_the_outcome_says_so(make_console, fake_phone, clock, qtbot, languages,
                                                  language, expected):
    console = make_console(fake_phone, require_disposition=True)
    window = console.window
    _wrapup(window, fake_phone, clock, qtbot)
    sc = window.status_control.ui
    assert sc.detailLabel.text() == "Choose the call outcome, then you go back to Available"
    clock.advance(45_000)
    console.controller.tick()
    assert languages.set_language(language)
    window.status_control.refresh()
    assert console.session.status == Status.WRAP_UP
    assert sc.detailLabel.text() == expected
    assert "0:00" not in sc.detailLabel.text()


def _restart(first: Console, qtbot) -> Console:
    """A new process on the same journal, without the first one having shut down (a crash)."""
    assert first.journal is not None
    second = Console(first.app, first.config, None, journal_path=first.journal.path, phone=FakePhone(),
                     clock=first.clock, languages=first.languages)
    second.start()
    assert second.window is not None
    second.window.quit_requested.disconnect()
    qtbot.addWidget(second.window)
    return second


def test_after_a_crash_in_wrapup_the_notes_follow_the_call_again(make_console, fake_phone, clock, qtbot):
    first = make_console(fake_phone, require_disposition=True)
    _wrapup(first.window, fake_phone, clock, qtbot)
    call_id = first.session.wrapup_call_id
    assert call_id and first.controller.note_call_id == call_id
    clock.advance(5_000)
    second = _restart(first, qtbot)
    try:
        s, notes = second.session, second.window.notes_panel
        assert s.status == Status.WRAP_UP and s.wrapup_call_id == call_id
        assert notes.call_id == call_id
        assert notes.ui.callLabel.text().startswith("+77015550101 Асель")
        assert all(w.isEnabled() for w in (notes.ui.dispositionCombo, notes.ui.noteEdit, notes.ui.saveButton))
        assert notes.ui.dispositionLabel.text() == "&Outcome (required):"
        notes.ui.noteEdit.setPlainText("the caller will send the form")
        combo = notes.ui.dispositionCombo
        combo.setCurrentIndex(combo.findData("consultation"))  # the required outcome is recorded at once
        note = s.notes.latest(call_id)
        assert note is not None and (note.disposition, note.text) == ("consultation", "the caller will send the form")
        assert not s.disposition_missing and notes.ui.dispositionLabel.text() == "&Outcome:"
        clock.advance(30_000)
        qtbot.waitUntil(lambda: s.status == Status.AVAILABLE, timeout=2000)
    finally:
        second.shutdown()


def test_after_a_crash_in_wrapup_the_timer_commits_the_typed_note(make_console, fake_phone, clock, qtbot):
    first = make_console(fake_phone)
    _wrapup(first.window, fake_phone, clock, qtbot)
    call_id = first.session.wrapup_call_id
    second = _restart(first, qtbot)
    try:
        s, notes = second.session, second.window.notes_panel
        assert notes.call_id == call_id
        notes.ui.noteEdit.setPlainText("typed after the restart, never clicked Save")
        clock.advance(31_000)
        qtbot.waitUntil(lambda: s.status == Status.AVAILABLE, timeout=2000)
        qtbot.waitUntil(lambda: s.notes.latest(call_id) is not None, timeout=2000)
        assert s.notes.latest(call_id).text == "typed after the restart, never clicked Save"
    finally:
        second.shutdown()


def test_after_a_crash_during_a_call_the_notes_follow_its_wrapup(make_console, fake_phone, clock, qtbot):
    first = make_console(fake_phone)
    _click(qtbot, first.window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Асель")
    fake_phone.answer(call.call_id)
    call_id = first.session.call_by_phone_id(call.call_id).call_id
    clock.advance(10_000)
    second = _restart(first, qtbot)
    try:
        s, notes = second.session, second.window.notes_panel
        assert s.status == Status.WRAP_UP and s.wrapup_call_id == call_id  # the call ended as interrupted
        assert notes.call_id == call_id and notes.ui.noteEdit.isEnabled()
    finally:
        second.shutdown()


def test_after_an_attended_transfer_the_required_outcome_is_the_callers(make_console, fake_phone, clock, qtbot):
    """The consulted party hangs up last; the wrap-up, the notes and the outcome are the caller's."""
    console = make_console(fake_phone, require_disposition=True)
    window = console.window
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Асель")
    _click(qtbot, window.ringing_panel.ui.answerButton)
    caller_id = console.session.call_by_phone_id(call.call_id).call_id
    window.incall_panel.ui.transferTarget.setText("1002")
    _click(qtbot, window.incall_panel.ui.consultButton)
    fake_phone.remote_answer(console.controller.consult_call)
    _click(qtbot, window.incall_panel.ui.completeTransferButton)
    s, notes = console.session, window.notes_panel
    assert s.status == Status.WRAP_UP and s.wrapup_call_id == caller_id
    assert notes.call_id == caller_id and notes.ui.dispositionLabel.text() == "&Outcome (required):"
    combo = notes.ui.dispositionCombo
    combo.setCurrentIndex(combo.findData("redirected"))
    clock.advance(30_000)
    qtbot.waitUntil(lambda: s.status == Status.AVAILABLE, timeout=2000)
    assert s.notes.latest(caller_id).disposition == "redirected"


def test_the_banner_is_never_squeezed_below_its_three_lines(window, console, fake_phone, clock, qtbot):
    """A wrap-up with a status chosen for afterwards shows three lines (title, countdown, next): in a
    window 700 px high (the layout squeezes what it can) the title stays whole inside the banner."""
    window.resize(1180, 700)
    window.show()
    qtbot.waitExposed(window)
    _wrapup(window, fake_phone, clock, qtbot)
    _ctrl(window, qtbot, Qt.Key.Key_2)
    window.status_control.refresh()
    qtbot.wait(50)
    sc = window.status_control.ui
    assert sc.pendingLabel.isVisible()
    for label in (sc.statusLabel, sc.detailLabel, sc.pendingLabel):
        assert label.height() >= label.minimumSizeHint().height(), label.objectName()
        top = label.mapTo(sc.banner, label.rect().topLeft()).y()
        assert top >= 0 and top + label.height() <= sc.banner.height(), label.objectName()
