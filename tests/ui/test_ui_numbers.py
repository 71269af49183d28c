"""Figures the operator reads: units that say what they are, live talk time, honest refusal counts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from agent_console.domain.status import Status


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _stats(window) -> dict[str, str]:
    return dict(window.shift_panel.model._rows)


def _tick(console, clock, ms):
    clock.advance(ms)
    console.controller.tick()


def test_break_budget_names_its_units(window, console, clock, qtbot):
    _click(qtbot, window.status_control.ui.availableButton)
    lunch = next(a for a in window.break_menu.actions() if a.data() == "lunch")
    lunch.trigger()
    _tick(console, clock, 41_000)
    assert window.shift_panel.ui.budgetBar.text() == "41 s / 60 min"
    _tick(console, clock, 20 * 60_000)
    assert window.shift_panel.ui.budgetBar.text() == "20 min / 60 min"
    assert "break left 39 min" in window.ui.idleSummaryLabel.text()


def test_talk_time_counts_during_the_first_call(window, console, fake_phone, clock, qtbot):
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Айгерім")
    _click(qtbot, window.ringing_panel.ui.answerButton)
    _tick(console, clock, 12_000)
    assert _stats(window)["Talk time"] == "0:00:12"
    fake_phone.hold(call.call_id)
    _tick(console, clock, 5_000)
    assert _stats(window)["Talk time"] == "0:00:12"
    assert _stats(window)["Hold time"] == "0:00:05"
    fake_phone.resume(call.call_id)
    _tick(console, clock, 3_000)
    fake_phone.remote_hangup(call.call_id)
    assert _stats(window)["Talk time"] == "0:00:15"
    assert _stats(window)["Hold time"] == "0:00:05"


def test_refused_message_goes_when_the_operator_becomes_available(window, console, fake_phone, qtbot):
    _click(qtbot, window.status_control.ui.availableButton)
    _click(qtbot, window.status_control.ui.dndButton)
    fake_phone.ring("+77470000001", "Ерлан")
    assert "Refused a call from Ерлан" in window.ui.statusbar.currentMessage()
    _click(qtbot, window.status_control.ui.availableButton)
    assert window.ui.statusbar.currentMessage() == ""


def test_calls_refused_during_wrapup_are_counted_apart(window, console, fake_phone, qtbot):
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Айгерім")
    _click(qtbot, window.ringing_panel.ui.answerButton)
    fake_phone.remote_hangup(call.call_id)
    assert console.session.status == Status.WRAP_UP
    fake_phone.ring("+77470000001", "Ерлан")
    rows = _stats(window)
    assert rows["Refused while unavailable"] == "0"
    assert rows["Refused during wrap-up"] == "1"
    message = window.ui.statusbar.currentMessage()
    assert "Ерлан" in message and "wrap-up" in message and "not available" not in message
    _click(qtbot, window.status_control.ui.dndButton)  # chosen during wrap-up: applies after it
    window.ui.actionFinishWrapup.trigger()
    assert console.session.status == Status.DND
    fake_phone.ring("+77470000002", "Дана")
    rows = _stats(window)
    assert rows["Refused while unavailable"] == "1"
    assert rows["Refused during wrap-up"] == "1"
    assert console.session.summary.rejected == 2  # the server's reports count every refusal


def test_without_a_server_the_journal_label_counts_no_backlog(window, console, qtbot):
    _click(qtbot, window.status_control.ui.availableButton)
    _click(qtbot, window.status_control.ui.dndButton)
    assert console.journal.outbox_count() > 0  # kept: a server configured later receives them
    window._refresh_journal_label()
    assert window.journal_label.text() == "Saved on this computer (no server configured)"
    window.config = replace(window.config, server_url="https://calls.example.kz")
    window._refresh_journal_label()
    assert "3 event(s) waiting to sync" in window.journal_label.text()
