"""The last guard between lower layers and the operator: no raw technical English on screen.

Messages are built from translated sentences; some lower layers still hand up a translated
sentence with a technical detail glued on ("Телефон іске қосылмады: Invalid argument
(PJ_EINVAL)"). In a Kazakh or Russian sentence such a detail is an ASCII-only fragment after a
colon or in parentheses: :func:`split_detail` cuts it off so it can go to the log, and the window
adds a sentence saying where the detail went and what to do. English text is left as it is (the
detail cannot be told apart from the sentence there), and so is text with no Cyrillic at all.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_LOCAL_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_PARENS = re.compile(r"\s*\((?=[^)]*[A-Za-z])[\x20-\x7E]*\)")
_TAIL = re.compile(r"\s*:\s*(?=[\x20-\x7E]*[A-Za-z])[\x20-\x7E]*$")


def _is_local(text: str) -> bool:
    """True when the sentence is in a non-Latin script (Kazakh, Russian)."""
    return any(not c.isascii() for c in _LOCAL_LETTER.findall(text))


def split_detail(text: str) -> tuple[str, str]:
    """(what the operator may read, the technical detail cut off — "" when there was none)."""
    if not _is_local(text) or not _ASCII_LETTER.search(text):
        return text, ""
    details: list[str] = []
    tail = _TAIL.search(text)
    if tail:
        details.append(tail.group(0).strip(" :"))
        text = text[: tail.start()]
    for match in _PARENS.finditer(text):
        details.append(match.group(0).strip())
    text = _PARENS.sub("", text)
    text = re.sub(r"\bNone\b", "", text).rstrip(" :;,—-")
    if details and text and text[-1] not in ".!?…":
        text += "."
    return text, "; ".join(details)


def for_operator(text: str) -> tuple[str, str]:
    """The text to show (with "what to do" when a detail was cut) and the detail for the log."""
    shown, detail = split_detail(text)
    if detail:
        shown += " " + QCoreApplication.translate(
            "MainWindow", "The details are in the log; if this happens again, call IT."
        )
    return shown, detail
