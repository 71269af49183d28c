"""Every panel in Kazakh, Russian and English at 1280x720 and 1366x768: no text cut, nothing clipped,
the window keeps its size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.layout_check import problems

SIZES = [(1280, 720), (1366, 768)]
LANGS = ["kk", "ru", "en"]


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _a_day(console, window, fake_phone, clock, qtbot) -> None:
    """A shift with every status, calls of every outcome and a few refusals."""
    _click(qtbot, window.status_control.ui.availableButton)
    for i in range(12):
        call = fake_phone.ring(f"+7701555{i:04d}", "Айгерім Сапарова-Назарбаева")
        clock.advance(3_000)
        if i % 4 == 3:
            fake_phone.remote_hangup(call.call_id)  # missed
            continue
        _click(qtbot, window.ringing_panel.ui.answerButton)
        clock.advance(95_000)
        fake_phone.remote_hangup(call.call_id)
        fake_phone.ring("+77470000001", "Ерлан")  # refused during wrap-up
        window.ui.actionFinishWrapup.trigger()
    next(a for a in window.break_menu.actions() if a.data() == "lunch").trigger()
    clock.advance(20 * 60_000)
    _click(qtbot, window.status_control.ui.dndButton)
    fake_phone.ring("+77470000002", "Дана")
    clock.advance(60_000)
    console.controller.tick()


def _settle(window, w, h):
    window.resize(w, h)
    for _ in range(3):
        QApplication.processEvents()


def _check(window, w, h, where, out):
    _settle(window, w, h)
    out.extend(f"{where}: {p}" for p in problems(window))
    timeline = window.shift_panel.timeline
    if timeline.isVisible():
        rows = timeline.legend_rows(timeline.width())
        if {entry[0] for row in rows for entry in row} != set(timeline.totals()):
            out.append(f"{where}: the timeline legend leaves out statuses")
        if timeline.height() < timeline.sizeHint().height():
            out.append(f"{where}: the timeline legend's {len(rows)} rows are cut")
    if window.width() > w or window.height() > h:
        out.append(f"{where}: the window grew to {window.width()}x{window.height()}")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_panel_fits(make_console, fake_phone, clock, languages, qtbot, lang, size):
    console = make_console(fake_phone)
    window = console.window
    languages.set_language(lang)
    w, h = size
    window.show()
    qtbot.waitExposed(window)
    _a_day(console, window, fake_phone, clock, qtbot)
    found: list[str] = []
    window.ui.tabs.setCurrentWidget(window.ui.shiftTab)
    _check(window, w, h, "idle, shift tab", found)
    window.ui.tabs.setCurrentWidget(window.ui.historyTab)
    _check(window, w, h, "idle, history tab", found)
    _click(qtbot, window.status_control.ui.availableButton)
    call = fake_phone.ring("+77015550101", "Айгерім Сапарова-Назарбаева")
    _check(window, w, h, "ringing", found)
    _click(qtbot, window.ringing_panel.ui.answerButton)
    _check(window, w, h, "in call", found)
    window.show_message("warning", "x" * 3)  # the message strip appears ...
    window.show_message("error", window.controller._journal_text(type("E", (Exception,), {"kind": "full"})()))
    _check(window, w, h, "in call with a message", found)
    window.clear_message()  # ... and goes: the window is as tall as before
    _check(window, w, h, "message gone", found)
    fake_phone.remote_hangup(call.call_id)
    fake_phone.ring("+77470000009", "Айгерім Сапарова-Назарбаева")  # refused during wrap-up: status bar
    _check(window, w, h, "wrap-up", found)
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    for i in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        found.extend(f"settings tab {i}: {p}" for p in problems(dialog))
    if dialog.width() > w or dialog.height() > h:
        found.append(f"settings: {dialog.width()}x{dialog.height()} does not fit the screen")
    dialog.reject()
    assert not found, "\n".join(found)
