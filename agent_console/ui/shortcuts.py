"""Window shortcuts that win over the focused widget's own keys.

Qt asks the focused widget first (a ``ShortcutOverride`` event) whether it wants a key as text
input; a note editor claims Ctrl+End ("end of text"), a line edit Ctrl+Del, a table Ctrl+End.
An operator's hang-up key must work whatever holds the focus, so this filter refuses that claim
for every key bound to an *enabled* command of the window. A disabled command leaves the key to
the widget (Ctrl+End in the notes still moves to the end when there is no call to hang up).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class ShortcutGuard(QObject):
    """Event filter for the window's focusable widgets: its enabled shortcuts beat their key overrides."""

    def __init__(self, window: QWidget, actions: Callable[[], Iterable[QAction]]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if not self._belongs_to_window(watched):
            return False
        assert isinstance(event, QKeyEvent)
        pressed = QKeySequence(event.keyCombination())
        for action in self._actions():
            if action.isEnabled() and any(s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                                          for s in action.shortcuts()):
                event.ignore()  # not text input: let the shortcut map have it
                return True
        return False

    def _belongs_to_window(self, widget: QWidget) -> bool:
        """The window itself or a popup opened from it (the keypad); never a dialog over it."""
        top = widget.window()
        while top is not self._window:
            parent = top.parentWidget()
            if top.windowType() != Qt.WindowType.Popup or parent is None:
                return False
            top = parent.window()
        return True
