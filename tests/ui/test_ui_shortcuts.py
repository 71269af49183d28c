"""Every documented shortcut works whatever widget holds the focus (application-wide shortcuts).

Text editors, line edits, combo boxes and tables claim keys such as Ctrl+End or Ctrl+Del through
Qt's ShortcutOverride; the window's own commands must win while they are enabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from agent_console.domain.status import Status


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _focusable(window) -> list[QWidget]:
    out = []
    for w in window.findChildren(QWidget):
        if w.isVisible() and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.window() is window:
            if w.focusProxy() is not None:
                continue
            out.append(w)
    return out


def _press(widget: QWidget, seq: QKeySequence) -> None:
    combo = seq[0]
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


def _check_every_shortcut_from_every_widget(window, qtbot) -> int:
    """Presses each enabled shortcut with the focus in each focusable widget; returns checks made."""
    actions = [a for a in window.shortcut_actions() if not a.shortcut().isEmpty() and a.isEnabled()]
    hits: dict[str, int] = {}

    def counter(name: str):  # type: ignore[no-untyped-def]
        return lambda *_: hits.__setitem__(name, hits.get(name, 0) + 1)

    for action in actions:  # count triggers only: the commands' effects would change the page
        action.triggered.disconnect()
        action.triggered.connect(counter(action.objectName()))
    failures = []
    checks = 0
    for widget in _focusable(window):
        for action in actions:
            widget.setFocus()
            assert QApplication.focusWidget() is widget, widget.objectName()
            before = hits.get(action.objectName(), 0)
            checked = action.isChecked()
            _press(widget, action.shortcut())
            if hits.get(action.objectName(), 0) != before + 1:
                failures.append(f"{action.shortcut().toString()} ({action.objectName()}) in "
                                f"{type(widget).__name__} {widget.objectName()}")
            if action.isCheckable():
                action.setChecked(checked)
            checks += 1
    assert not failures, "shortcuts swallowed:\n" + "\n".join(failures)
    return checks


def _show(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)


def test_hangup_shortcut_works_right_after_answering(window, console, fake_phone, qtbot):
    _show(window, qtbot)
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Айгерім")
    _click(qtbot, window.ringing_panel.ui.answerButton)
    assert QApplication.focusWidget() is window.notes_panel.ui.noteEdit  # the note takes the focus
    QTest.keyClick(window.notes_panel.ui.noteEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert fake_phone.last("hangup") == ("hangup", call.call_id)
    assert console.session.status == Status.WRAP_UP


def test_disabled_shortcut_leaves_the_key_to_the_editor(window, console, fake_phone, qtbot):
    """In wrap-up there is nothing to hang up: Ctrl+End is the note editor's own "end of text"."""
    _show(window, qtbot)
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Айгерім")
    _click(qtbot, window.ringing_panel.ui.answerButton)
    fake_phone.remote_hangup(call.call_id)
    assert not window.ui.actionHangup.isEnabled()
    edit = window.notes_panel.ui.noteEdit
    edit.setPlainText("first line\nsecond line")
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    QTest.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert edit.textCursor().position() == len("first line\nsecond line")


def test_every_shortcut_from_every_widget_idle(window, console, qtbot):
    _show(window, qtbot)
    _click(qtbot, window.status_control.ui.availableButton)
    for tab in (window.ui.shiftTab, window.ui.historyTab):
        window.ui.tabs.setCurrentWidget(tab)
        assert _check_every_shortcut_from_every_widget(window, qtbot) > 20


def test_every_shortcut_from_every_widget_ringing(window, console, fake_phone, qtbot):
    _show(window, qtbot)
    _click(qtbot, window.status_control.ui.availableButton)
    fake_phone.ring("+77015550101", "Айгерім")
    assert window.ui.actionAnswer.isEnabled() and window.ui.actionDecline.isEnabled()
    assert _check_every_shortcut_from_every_widget(window, qtbot) > 20


def test_every_shortcut_from_every_widget_in_call_and_wrapup(window, console, fake_phone, qtbot):
    _show(window, qtbot)
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Айгерім")
    _click(qtbot, window.ringing_panel.ui.answerButton)
    window.ui.tabs.setCurrentWidget(window.ui.historyTab)
    assert window.ui.actionHangup.isEnabled() and window.ui.actionHold.isEnabled()
    assert _check_every_shortcut_from_every_widget(window, qtbot) > 20
    fake_phone.remote_hangup(call.call_id)
    assert console.session.status == Status.WRAP_UP and window.ui.actionFinishWrapup.isEnabled()
    assert _check_every_shortcut_from_every_widget(window, qtbot) > 20


def test_hangup_shortcut_works_from_the_keypad_popup(window, console, fake_phone, qtbot):
    _show(window, qtbot)
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Айгерім")
    _click(qtbot, window.ringing_panel.ui.answerButton)
    _click(qtbot, window.incall_panel.ui.keypadButton)
    popup = window.incall_panel.keypad_popup
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert fake_phone.last("hangup") == ("hangup", call.call_id)


def test_settings_dialog_keeps_its_keys(window, console, fake_phone, qtbot):
    """A modal dialog over the window is not the window: its editors keep their keys."""
    _show(window, qtbot)
    _click(qtbot, window.status_control.ui.availableButton)
    fake_phone.ring("+77015550101", "Айгерім")
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert fake_phone.last("decline") is None
    dialog.reject()
