"""The notes panel: disposition + free text for the call in focus, autosaved while typing.

Typing restarts a short timer; when it fires the draft goes to the journal (local, overwritten in
place), so a crash loses at most that interval. "Save" (or moving on to another call) commits a
note *version* as a domain event. Editing a past call's note from history adds a new version.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QWidget

from agent_console.app.controller import ConsoleController
from agent_console.ui import labels
from agent_console.ui.base import Retranslatable
from agent_console.ui.forms.ui_notes_panel import Ui_NotesPanel

AUTOSAVE_MS = 600


class NotesPanel(Retranslatable, QFrame):
    def __init__(self, controller: ConsoleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = Ui_NotesPanel()
        self.ui.setupUi(self)
        self.call_id = ""
        self._loading = False
        self._dirty = False
        self._state: tuple[str, str] = ("", "")
        """What the save label says, as (kind, argument): rendered again after a language switch."""
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush_draft)
        self.ui.noteEdit.textChanged.connect(self._edited)
        self.ui.dispositionCombo.currentIndexChanged.connect(self._disposition_changed)
        self.ui.saveButton.clicked.connect(self.commit)
        controller.note_target_changed.connect(self.follow)
        controller.wrapup_finished.connect(self._wrapup_finished)
        controller.changed.connect(self._refresh_header)
        self._fill_dispositions()
        self.follow(controller.note_call_id)

    # -- what the panel shows ------------------------------------------------------------------------

    def follow(self, call_id: str) -> None:
        """Switch to another call's note; the current one is committed first if it was edited."""
        if call_id == self.call_id:
            return
        if self._dirty:
            self.commit()
        self.call_id = call_id
        self._load()

    def _wrapup_finished(self, call_id: str) -> None:
        """Wrap-up ended (also by its timer): what was typed becomes a note version, not just a
        draft. Deferred to the event loop: this arrives while the domain is committing."""
        if call_id == self.call_id and self._dirty:
            QTimer.singleShot(0, self.commit)

    def _load(self) -> None:
        self._loading = True
        try:
            note = self.controller.session.notes.latest(self.call_id) if self.call_id else None
            draft = self.controller.draft_for(self.call_id) if self.call_id else None
            disposition, text = (note.disposition, note.text) if note else ("", "")
            self._dirty = False
            if draft is not None and draft != (disposition, text):
                disposition, text = draft
                self._dirty = True
                self._state = ("restored", "")
            else:
                self._state = ("saved", str(note.version)) if note else ("", "")
            self._select_disposition(disposition)
            self.ui.noteEdit.setPlainText(text)
        finally:
            self._loading = False
        enabled = bool(self.call_id)
        for w in (self.ui.dispositionCombo, self.ui.noteEdit, self.ui.saveButton):
            w.setEnabled(enabled)
        self.refresh()

    def refresh(self) -> None:
        current = self.disposition()
        self._loading = True
        try:
            self._fill_dispositions()
            self._select_disposition(current)
        finally:
            self._loading = False
        self.ui.savedLabel.setText(self._state_label())
        self._refresh_header()

    def _refresh_header(self) -> None:
        record = self.controller.session.find_call(self.call_id) if self.call_id else None
        if record is None:
            self.ui.callLabel.setText(QCoreApplication.translate("NotesPanel", "No call selected"))
        else:
            when = datetime.fromtimestamp(record.offered_ms / 1000).strftime("%H:%M")
            who = f"{record.number} {record.name}".strip()
            self.ui.callLabel.setText(f"{who} · {when}")
        s = self.controller.session
        needs = s.disposition_missing and s.wrapup_call_id == self.call_id
        self.ui.dispositionLabel.setText(
            QCoreApplication.translate("NotesPanel", "&Outcome (required):")
            if needs
            else QCoreApplication.translate("NotesPanel", "&Outcome:")
        )

    def _fill_dispositions(self) -> None:
        combo = self.ui.dispositionCombo
        codes = self.controller.session.policy.dispositions
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("NotesPanel", "— choose —"), "")
        for code in codes:
            combo.addItem(labels.disposition(code), code)
        combo.blockSignals(False)

    def _select_disposition(self, code: str) -> None:
        combo = self.ui.dispositionCombo
        index = combo.findData(code)
        if index < 0 and code:
            combo.addItem(labels.disposition(code), code)
            index = combo.count() - 1
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # -- editing -------------------------------------------------------------------------------------

    def disposition(self) -> str:
        return str(self.ui.dispositionCombo.currentData() or "")

    def text(self) -> str:
        return self.ui.noteEdit.toPlainText()

    def _edited(self) -> None:
        if self._loading or not self.call_id:
            return
        self._dirty = True
        self._autosave.start()

    def _disposition_changed(self) -> None:
        if self._loading or not self.call_id:
            return
        self._dirty = True
        s = self.controller.session
        if s.disposition_missing and s.wrapup_call_id == self.call_id and self.disposition():
            self.commit()  # the required outcome is what holds wrap-up open: record it at once
        else:
            self._autosave.start()

    def flush_draft(self) -> None:
        self._autosave.stop()
        if not self._dirty or not self.call_id:
            return
        self.controller.save_draft(self.call_id, self.disposition(), self.text())
        self._state = ("draft", datetime.fromtimestamp(self.controller.now_ms() / 1000).strftime("%H:%M:%S"))
        self.ui.savedLabel.setText(self._state_label())

    def commit(self) -> bool:
        """Save a note version (if anything changed since the last one)."""
        self._autosave.stop()
        if not self.call_id:
            return False
        if not self._dirty:
            return True
        if not self.controller.save_note(self.call_id, self.disposition(), self.text()):
            self.flush_draft()  # refused (e.g. journal full): keep at least the draft
            return False
        self._dirty = False
        note = self.controller.session.notes.latest(self.call_id)
        self._state = ("saved", str(note.version)) if note else ("", "")
        self.ui.savedLabel.setText(self._state_label())
        return True

    def _state_label(self) -> str:
        kind, arg = self._state
        if kind == "restored":
            return QCoreApplication.translate("NotesPanel", "Unsaved draft restored")
        if kind == "saved":
            return QCoreApplication.translate("NotesPanel", "Saved, version %1").replace("%1", arg)
        if kind == "draft":
            return QCoreApplication.translate("NotesPanel", "Draft saved %1").replace("%1", arg)
        return ""
