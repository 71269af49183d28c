"""The update notices: a quiet status-bar hint when a newer console is released, a banner above
the panels when this one is older than IT supports. Neither is a dialog or takes focus: the
operator keeps working, calls included; the banner only says to contact IT."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from agent_console.app.console_update import UpdateLevel, update_level


def _tr(text: str) -> str:
    return QCoreApplication.translate("UpdateNotice", text)


class _VersionLabel(QLabel):
    shown_at: UpdateLevel = UpdateLevel.REQUIRED

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.minimum: str | None = None
        self.latest: str | None = None
        self.level = UpdateLevel.CURRENT
        self.setWordWrap(self.shown_at == UpdateLevel.REQUIRED)
        self.setVisible(False)

    def set_versions(self, minimum: str | None, latest: str | None) -> None:
        """What provisioning published (None: not published)."""
        self.minimum, self.latest = minimum, latest
        self.level = update_level(self.current, minimum, latest)
        self._render()

    def _text(self) -> str:
        raise NotImplementedError

    def _render(self) -> None:
        visible = self.level == self.shown_at
        self.setText(self._text() if visible else "")
        self.setVisible(visible)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


class UpdateHint(_VersionLabel):
    """Status bar: "Version 1.3 is available", greyed; the tooltip says who updates it."""

    shown_at = UpdateLevel.AVAILABLE

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.setObjectName("updateHint")
        self.setStyleSheet("color: palette(placeholder-text);")

    def _text(self) -> str:
        self.setToolTip(_tr("This console is version {current}. IT installs updates; you can keep working.")
                        .format(current=self.current))
        return _tr("Version {latest} is available").format(latest=self.latest)


class UpdateBanner(_VersionLabel):
    """Above the panels, amber: this version is no longer supported, contact IT."""

    shown_at = UpdateLevel.REQUIRED

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.setObjectName("updateBanner")
        self.setStyleSheet("QLabel#updateBanner { background: #fff3cd; color: #5c4400;"
                           " border: 1px solid #e0a800; border-radius: 4px; padding: 6px 10px; }")

    def _text(self) -> str:
        return _tr("This console (version {current}) is older than your organisation supports "
                   "(version {minimum} or newer). Please contact IT to update it. "
                   "You can keep working meanwhile.").format(current=self.current, minimum=self.minimum)
