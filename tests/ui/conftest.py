"""Fixtures for the agent-window tests: the real window, composed by the real Console.

Fast tests use FakePhone (records commands, lets the test ring) and a ManualClock; the journal is a
real SQLite file in tmp_path, so "found in the journal" means read back from disk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from agent_console.app.config import AppConfig
from agent_console.app.console import Console
from agent_console.domain.clock import ManualClock
from agent_console.phone.api import AbstractPhone
from agent_console.phone.fake import FakePhone
from agent_console.ui.i18n import LanguageManager
from agent_console.ui.main_window import MainWindow
from agent_console.ui.theme import apply_theme


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start_ms=1_764_054_000_000)  # 2025-11-25 07:00 UTC


@pytest.fixture
def fake_phone() -> FakePhone:
    return FakePhone()


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    manager.set_language("en")
    yield manager
    manager.set_language("en")


MakeConsole = Callable[..., Console]


@pytest.fixture
def make_console(qapp: QApplication, qtbot, tmp_path: Path, clock: ManualClock,  # type: ignore[no-untyped-def]
                 languages: LanguageManager) -> Iterator[MakeConsole]:
    apply_theme(qapp, "light")
    consoles: list[Console] = []

    def make(phone: AbstractPhone | None = None, **config_values: object) -> Console:
        values: dict[str, object] = {"agent": "aigerim", "language": "en", "wrapup_s": 30}
        values.update(config_values)
        config = AppConfig(**values)  # type: ignore[arg-type]
        (tmp_path / "agent-console.ini").touch()  # not a first start: no guide opens Settings
        console = Console(qapp, config, tmp_path / "agent-console.ini",
                          journal_path=tmp_path / f"journal{len(consoles)}.sqlite3",
                          phone=phone if phone is not None else FakePhone(), clock=clock, languages=languages)
        console.start()
        assert console.window is not None
        console.window.quit_requested.disconnect()  # closing must not quit the test's QApplication
        qtbot.addWidget(console.window)
        consoles.append(console)
        return console

    yield make
    for console in consoles:
        console.shutdown()


@pytest.fixture
def console(make_console: MakeConsole, fake_phone: FakePhone) -> Console:
    return make_console(fake_phone)


@pytest.fixture
def window(console: Console) -> MainWindow:
    assert console.window is not None
    return console.window
