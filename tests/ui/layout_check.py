"""Finds text that does not fit and widgets cut off by their parent, in a window as shown.

Used by tests/ui/test_ui_layout.py for every panel in kk, ru and en at laptop screen sizes."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QStatusBar,
    QTabBar,
    QToolButton,
    QWidget,
)


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _in_scroll_area(w: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea) and p.viewport().isAncestorOf(w):
            return True
        p = p.parentWidget()
    return False


def problems(root: QWidget) -> list[str]:
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.window() is not root:
            continue
        name = f"{type(w).__name__} {w.objectName() or '?'}"
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            avail = w.contentsRect().width() - 2 * max(0, w.margin()) - max(0, w.indent() if w.indent() > 0 else 0)
            if w.wordWrap():
                need_h = w.heightForWidth(w.width())
                if need_h > w.height() + 1:
                    found.append(f"{name}: wrapped text needs {need_h} px height, has {w.height()}: {w.text()!r}")
            else:
                need = max(w.fontMetrics().horizontalAdvance(line) for line in _plain(w.text()).split("\n"))
                if need > avail + 1:
                    found.append(f"{name}: text needs {need} px, has {avail}: {_plain(w.text())!r}")
        elif (isinstance(w, QAbstractButton) and w.text() and not isinstance(w.parentWidget(), QTabBar)
              and w.sizeHint().width() > w.width() + 1):
                found.append(f"{name}: button needs {w.sizeHint().width()} px, has {w.width()}: {w.text()!r}")
        if isinstance(w, QTabBar):
            arrows = [b for b in w.findChildren(QToolButton) if b.isVisible()]
            if arrows:
                found.append(f"{name}: tabs do not fit (scroll arrows shown)")
            for i in range(w.count()):
                if w.tabRect(i).width() + 1 < w.tabSizeHint(i).width():
                    found.append(f"{name}: tab {w.tabText(i)!r} cut")
        if isinstance(w, QHeaderView) and w.orientation().name == "Horizontal" and w.isVisible():
            view = w.parentWidget()
            if isinstance(view, QAbstractScrollArea) and w.length() > view.viewport().width() + 1:
                found.append(f"{name}: columns need {w.length()} px, the view shows {view.viewport().width()}")
        if isinstance(w, QStatusBar) and w.currentMessage():
            need = w.fontMetrics().horizontalAdvance(w.currentMessage())
            if need > w.width() - 16:
                found.append(f"{name}: message needs {need} px, has {w.width() - 16}: {w.currentMessage()!r}")
        parent = w.parentWidget()
        if parent is not None and not w.isWindow() and not _in_scroll_area(w):
            g = w.geometry()
            if g.right() > parent.width() + 1 or g.bottom() > parent.height() + 1 or g.left() < -1 or g.top() < -1:
                found.append(f"{name}: cut off by {type(parent).__name__} {parent.objectName()}")
    return found
