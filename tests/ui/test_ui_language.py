"""Runtime language switch: form strings and dynamic strings change without a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agent_console.ui import labels


def test_switch_to_kazakh_then_russian_at_runtime(window, console, languages, fake_phone, qtbot):
    ui = window.ui
    sc = window.status_control.ui
    qtbot.mouseClick(sc.availableButton, Qt.MouseButton.LeftButton)
    fake_phone.ring("+77015550101", "Asel")
    assert sc.availableButton.text() == "Available"
    assert window.ringing_panel.ui.answerButton.text() == "Answer"

    assert languages.set_language("kk")
    qtbot.wait(10)
    assert sc.availableButton.text() == "Қолжетімді"
    assert sc.dndButton.text() == "Жұмыста — мазаламаңыз"
    assert sc.statusLabel.text() == "Қоңырау соғылуда"  # dynamic: the current (automatic) status
    assert window.ringing_panel.ui.answerButton.text() == "Жауап беру"
    assert ui.menuStatus.title() == "&Күй"
    assert ui.tabs.tabText(0) == "Менің ауысымым"
    assert window.history_panel.model.headerData(2, Qt.Orientation.Horizontal) == "Нөмір"
    assert window.break_menu.actions()[0].text() == labels.break_reason("lunch") == "Түскі ас"

    assert languages.set_language("ru")
    qtbot.wait(10)
    assert sc.availableButton.text() == "Доступен"
    assert sc.statusLabel.text() == "Звонок"
    assert window.ringing_panel.ui.declineButton.text() == "Отклонить"
    assert window.notes_panel.ui.saveButton.text() == "Сохранить заметку"
    assert window.windowTitle().startswith("Звонок — Agent Console")

    assert languages.set_language("en")
    qtbot.wait(10)
    assert sc.availableButton.text() == "Available"
    assert sc.statusLabel.text() == "Ringing"


def test_every_translation_is_finished():
    """Kazakh and Russian catalogues have no untranslated entries."""
    from agent_console.ui.paths import resource

    for lang in ("kk", "ru"):
        text = resource("translations", f"agent_console_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, lang
        assert "<translation></translation>" not in text, lang


def test_strings_of_phone_and_sync_are_in_the_catalogues():
    """Phone/sync/audio translate through helpers lupdate cannot follow: foreign_strings.py lists
    them. If this fails, run ``python -m agent_console.ui.strings_tool``, then lupdate, and
    translate the new entries (docs/ui.md)."""
    from agent_console.ui.strings_tool import main

    assert main(["--check"]) == 0
