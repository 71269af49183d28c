"""Every sentence of the setup check is in the Kazakh and Russian catalogues, translated.

The check's modules translate through a helper (``tr``/``_tr``), which the package-wide literal scan
(tests/test_translations_complete.py) does not follow; this reads those calls with Python's parser."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.test_translations_complete import catalogue

ROOT = Path(__file__).resolve().parents[2]
FILES = [*sorted((ROOT / "agent_console" / "diagnostics").glob("precheck*.py")),
         ROOT / "agent_console" / "ui" / "check_dialog.py"]


def helper_strings() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in FILES:
        context = "CheckDialog" if path.name == "check_dialog.py" else "Precheck"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "_tr")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add((context, node.args[0].value))
    return found


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_check_sentence_is_translated(lang: str) -> None:
    strings = helper_strings()
    assert len(strings) > 60
    entries = catalogue(lang)
    missing = sorted(s for s in strings if not entries.get(s))
    assert not missing, f"not translated in agent_console_{lang}.ts: {missing[:5]}"


def test_russian_check_reads_russian(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from agent_console.diagnostics.precheck_network import check_paths
    from agent_console.ui.i18n import LanguageManager

    before = set(QCoreApplication.instance().findChildren(QTranslator))  # type: ignore[union-attr]
    app = QCoreApplication.instance()
    assert app is not None
    try:
        LanguageManager(app).set_language("ru")
        lines = check_paths("127.0.0.1:1", "udp", timeout_s=0.2)
    finally:
        for t in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(t)
    assert "АТС" in lines[0].text and "UDP" in lines[0].text
