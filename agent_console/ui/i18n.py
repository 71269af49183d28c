"""Runtime language switching (Kazakh, Russian, English).

Installing a new QTranslator makes Qt send ``LanguageChange`` to every widget; each panel then
re-runs its form's ``retranslateUi`` and redraws its dynamic text (see :mod:`.base`). English is
the source language, so "en" needs no catalogue but still gets a (near-empty) one for symmetry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agent_console.ui.paths import resource

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class LanguageManager:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Switch the whole UI; returns False when no catalogue was found (English stays)."""
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed.clear()
        found = language == "en"
        own = QTranslator(self._app)
        if own.load(str(resource("translations", f"agent_console_{language}.qm"))):
            self._app.installTranslator(own)
            self._installed.append(own)
            found = True
        qt = QTranslator(self._app)  # Qt's own strings: OK/Cancel, context menus
        if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        self.language = language if found else "en"
        QLocale.setDefault(QLocale(self.language))
        if not self._installed:
            # Still notify widgets (switching back to English must redraw them).
            from PySide6.QtCore import QEvent

            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        return found
