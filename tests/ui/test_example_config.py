"""docs/agent-console.example.ini documents every key the console reads, and loads as written."""

from __future__ import annotations

import configparser
from pathlib import Path

from agent_console.app import config as config_module
from agent_console.app.config import load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "agent-console.example.ini"


def test_example_has_every_key_with_a_comment_and_loads(window, tmp_path, monkeypatch):
    monkeypatch.setattr(config_module, "MACHINE_POLICY_INI", tmp_path / "no-policy.ini", raising=False)
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(EXAMPLE, encoding="utf-8")
    for name, section in config_module._SECTIONS.items():
        assert parser.has_option(section, name), f"{section}/{name} missing from the example"
        index = next(i for i, line in enumerate(lines) if line.startswith(f"{name}="))
        assert lines[index - 1].startswith(";") or lines[index - 2].startswith(";"), f"{name} has no comment"
    loaded, _ = load_config(EXAMPLE)
    assert loaded.registrar == "pbx.example.kz" and loaded.transport == "tls" and loaded.local_port == 0
    assert loaded.display_name == "Айгерім Сапарова"
    documented = dict(parser.items("shortcuts"))
    assert set(documented) == {a.objectName() for a in window.shortcut_actions()}
    for action in window.shortcut_actions():  # the defaults shown are the window's own
        assert action.shortcut().toString() == documented[action.objectName()], action.objectName()
