"""Shared plumbing for the panels: retranslate on a runtime language switch."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin for widgets built from a generated form (``self.ui``).

    When the language changes Qt sends ``LanguageChange`` to every widget; the form's own strings
    are redone by ``retranslateUi`` and the dynamic ones by :meth:`refresh`.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[attr-defined]
            self.refresh()
        super().changeEvent(event)  # type: ignore[misc]

    def refresh(self) -> None:
        """Redraw dynamic content from the controller's state."""
