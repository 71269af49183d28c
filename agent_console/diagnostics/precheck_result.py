"""The latest pre-shift check on disk (``precheck.json`` in the log folder), so the diagnostics zip
carries it even when the check ran in another process (``agent-console --check``, the window)."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from agent_console.diagnostics.precheck_lines import RED, CheckLine

log = logging.getLogger(__name__)

RESULT_FILE = "precheck.json"


def result_dict(lines: list[CheckLine], source: str) -> dict[str, Any]:
    return {
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "source": source,
        "failed": any(x.level == RED for x in lines),
        "lines": [{"name": x.name, "level": x.level, "text": x.text, "facts": x.facts,
                   **({"question": x.ask} if x.ask else {})} for x in lines],
    }


def save_result(log_dir: Path, lines: list[CheckLine], source: str,
                answers: dict[str, bool] | None = None) -> Path | None:
    """Write the result atomically; a failure is logged, never raised (the check itself worked).
    ``answers``: the operator's yes/no to the lines that asked ("did you hear it?")."""
    data = result_dict(lines, source)
    for line in data["lines"]:
        if answers and line["name"] in answers:
            line["answer"] = "yes" if answers[line["name"]] else "no"
    path = log_dir / RESULT_FILE
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("pre-shift check: result not saved to %s: %s", path, exc)
        return None
    return path


def load_result(log_dir: Path | None) -> dict[str, Any] | None:
    """The latest saved result, or None (never checked, or unreadable)."""
    if log_dir is None:
        return None
    try:
        data = json.loads((log_dir / RESULT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
