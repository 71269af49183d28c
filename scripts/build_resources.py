"""Build step: compile Qt Designer forms, translations and the native audio bridge.

ui/*.ui                          -> agent_console/ui/forms/ui_*.py  (pyside6-uic, do-not-edit header)
resources/translations/*.ts      -> resources/translations/*.qm     (pyside6-lrelease)
agent_console/audio/native/acbridge.c -> libacbridge.so             (gcc; Linux only, optional:
                                    without it the audio bridge runs its Python port, see docs/audio.md)

Only stale outputs are rebuilt, so calling it on every start is cheap.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_OUT = ROOT / "agent_console" / "ui" / "forms"
HEADER = "# Automatically generated from {src} by scripts/build_resources.py - do not edit.\n"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"build_resources: {name} not found; run scripts/bootstrap.sh")
    return found


def _stale(src: Path, out: Path) -> bool:
    """Older than its source, or than this script (which shapes the output too)."""
    return not out.exists() or out.stat().st_mtime < max(src.stat().st_mtime, Path(__file__).stat().st_mtime)


_QT_IMPORT = re.compile(r"^from (PySide6\.Qt\w+) import \(([^)]*)\)\n", re.MULTILINE)


def only_used_qt_imports(code: str) -> str:
    """pyside6-uic imports the same long list of Qt classes into every form (QDate, QLocale, QUrl,
    the gradients, QPainter, QPalette...). Importing a class from PySide6 creates its Python type
    and all its enums, which are slow to build (the forms' unused names cost ~20 ms of the
    console's start), so each form keeps only the names it uses."""
    body = _QT_IMPORT.sub("", code)

    def keep(m: re.Match[str]) -> str:
        names = [n.strip() for n in m.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {m.group(1)} import ({', '.join(used)})\n" if used else ""

    return _QT_IMPORT.sub(keep, code)


def build_forms() -> int:
    FORMS_OUT.mkdir(parents=True, exist_ok=True)
    init = FORMS_OUT / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated form classes (see scripts/build_resources.py)."""\n')
    built = 0
    for src in sorted((ROOT / "ui").glob("*.ui")):
        out = FORMS_OUT / f"ui_{src.stem}.py"
        if not _stale(src, out):
            continue
        code = subprocess.run(
            [_tool("pyside6-uic"), "--from-imports", str(src)],
            check=True, capture_output=True, text=True,
        ).stdout
        out.write_text(HEADER.format(src=src.relative_to(ROOT)) + only_used_qt_imports(code))
        built += 1
    return built


def build_translations() -> int:
    built = 0
    for src in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        out = src.with_suffix(".qm")
        if not _stale(src, out):
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(src), "-qm", str(out)], check=True)
        built += 1
    return built


NATIVE_SRC = ROOT / "agent_console" / "audio" / "native" / "acbridge.c"
NATIVE_OUT = NATIVE_SRC.with_name("libacbridge.so")
NATIVE_FLAGS = ["-O2", "-std=c11", "-fPIC", "-shared", "-fvisibility=hidden", "-Wall", "-Wextra", "-Werror"]


def build_native() -> int:
    if not sys.platform.startswith("linux"):
        return 0      # Windows/macOS: pjsua2's own sound devices, no bridge
    if not _stale(NATIVE_SRC, NATIVE_OUT):
        return 0
    cc = os.environ.get("CC") or shutil.which("gcc") or shutil.which("cc")
    if not cc:
        print("build_resources: no C compiler: the audio bridge will use its slower Python port", file=sys.stderr)
        return 0
    tmp = NATIVE_OUT.with_suffix(".so.tmp")
    subprocess.run([cc, *NATIVE_FLAGS, "-o", str(tmp), str(NATIVE_SRC), "-ldl", "-lm"], check=True)
    tmp.replace(NATIVE_OUT)     # atomic: a running console keeps its mapped copy
    return 1


def main() -> None:
    forms = build_forms()
    qms = build_translations()
    native = build_native()
    if forms or qms or native:
        print(f"build_resources: {forms} form(s), {qms} translation(s), {native} native library rebuilt")


if __name__ == "__main__":
    main()
