"""Every ``_tr("...")`` string of the supervisor's windows and dialogs is in the Kazakh and Russian
catalogues, translated. (tests/test_translations_complete.py sees literal ``translate()`` calls
only; these modules translate through a ``_tr`` helper bound to their context.)"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("window.py", "drilldown.py", "actions.py", "alerts_panel.py", "day_chart.py", "thresholds_dialog.py")


def helper_strings(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    context = next(
        node.args[0].value
        for fn in tree.body if isinstance(fn, ast.FunctionDef) and fn.name == "_tr"
        for node in ast.walk(fn)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
        and isinstance(node.args[0], ast.Constant)
    )
    return {
        (str(context), node.args[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_tr"
        and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
    }


def translated(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(ROOT / "resources" / "translations" / f"agent_console_{lang}.ts").getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context") for msg in ctx.iter("message")
        if (t := msg.find("translation")) is not None and (t.text or "").strip()
        and t.get("type") not in ("unfinished", "vanished", "obsolete")
    }


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_supervisor_dialogs_are_translated(lang: str) -> None:
    strings: set[tuple[str, str]] = set()
    for name in MODULES:
        path = ROOT / "agent_console" / "ui" / "supervisor" / name
        if path.exists() and "def _tr(" in path.read_text(encoding="utf-8"):
            strings |= helper_strings(path)
    assert len(strings) > 80
    missing = sorted(strings - translated(lang))
    assert not missing, f"not translated in agent_console_{lang}.ts: {missing[:10]}"
