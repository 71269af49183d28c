""""Check my setup": the pre-shift check as a window, one line per check in green, amber or red
(colour *and* a word, for colour-blind operators and grey-scale screenshots) with a sentence saying
what to do.

The checks run in :class:`CheckRunner` on a worker thread; this window only shows what it reports
and passes the operator's yes/no back when a line asks ("did you hear the tone?"). Closing the
window cancels the run without waiting for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.diagnostics.precheck import AMBER, GREEN, RED, CheckLine, CheckPlan, label
from agent_console.diagnostics.precheck_runner import CheckRunner

COLOURS = {GREEN: "#2e7d32", AMBER: "#b26a00", RED: "#c62828"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckDialog", text)


def step_text(name: str) -> str:
    """What the window says while a step runs."""
    texts = {
        "server": _tr("Checking the server…"),
        "registrar": _tr("Checking the PBX…"),
        "paths": _tr("Checking the network path to the PBX (UDP, TCP, TLS)…"),
        "nat": _tr("Asking the STUN server how your router looks from outside…"),
        "disk": _tr("Checking free disk space…"),
        "keyring": _tr("Checking the keyring…"),
        "microphone": _tr("Checking the microphone: say a few words now…"),
        "speaker": _tr("Playing a test tone in your headset…"),
        "ringer": _tr("Playing the ringtone…"),
        "loopback": _tr("Checking the console's audio path…"),
    }
    return texts.get(name, _tr("Checking…"))


def _dot(colour: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 12, 12)
    p.end()
    return QIcon(pix)


class CheckDialog(QDialog):
    def __init__(self, plan: CheckPlan, log_dir: Path | None = None, parent: QWidget | None = None,
                 autostart: bool = True) -> None:
        super().__init__(parent)
        self.plan = plan
        self.log_dir = log_dir
        self.setWindowTitle(_tr("Check my setup"))
        self.setMinimumSize(640, 460)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.intro = QLabel(_tr("This checks what your shift needs: the server, the PBX and the network to it, "
                                "the disk, the keyring, the microphone, the speaker and the ringer. It takes "
                                "about half a minute and plays short sounds."))
        self.intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.yes = QPushButton(_tr("Yes, I heard it"))
        self.no = QPushButton(_tr("No"))
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))
        self.question_row = QWidget()
        row = QHBoxLayout(self.question_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.question, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self.question_row.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.again = self.buttons.addButton(_tr("Check again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(_tr("Close"))
        self.again.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.question_row)
        layout.addWidget(self.buttons)
        self.runner: CheckRunner | None = None
        self._pending: int | None = None
        if autostart:
            self.start()

    # -- running ---------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        if self.runner is not None and self.runner.running():
            return
        self.model.clear()
        self.again.setEnabled(False)
        self.question_row.setVisible(False)
        runner = CheckRunner(self.plan, self.log_dir)
        runner.step_started.connect(self._on_step)
        runner.line_ready.connect(self._on_line)
        runner.question.connect(self._on_question)
        runner.finished.connect(self._on_finished)
        self.runner = runner
        runner.start()

    def lines(self) -> list[CheckLine]:
        return [self.model.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.model.rowCount())]

    @Slot(str)
    def _on_step(self, name: str) -> None:
        self.status.setText(step_text(name))

    @Slot(int, object)
    def _on_line(self, index: int, line: CheckLine) -> None:
        item = QStandardItem(_dot(COLOURS[line.level]), f"{label(line.level)}: {line.text}")
        item.setData(line, Qt.ItemDataRole.UserRole)
        item.setData(line.level, Qt.ItemDataRole.UserRole + 1)
        item.setForeground(QBrush(QColor(COLOURS[line.level])) if line.level != GREEN else QBrush())
        item.setToolTip(line.name)
        if index < self.model.rowCount():
            self.model.setItem(index, item)
        else:
            self.model.appendRow(item)
        self.view.scrollTo(self.model.index(index, 0))

    @Slot(int, str)
    def _on_question(self, index: int, text: str) -> None:
        self._pending = index
        self.question.setText(text)
        self.question_row.setVisible(True)
        self.yes.setFocus()

    def _answer(self, yes: bool) -> None:
        self.question_row.setVisible(False)
        self._pending = None
        if self.runner is not None:
            self.runner.answer(yes)

    @Slot(bool)
    def _on_finished(self, complete: bool) -> None:
        self.question_row.setVisible(False)
        self.again.setEnabled(True)
        levels = [line.level for line in self.lines()]
        if not complete:
            self.status.setText(_tr("The check was stopped."))
        elif RED in levels:
            self.status.setText(_tr("Something will stop your shift from working: do what the red lines say, "
                                    "then check again."))
        elif AMBER in levels:
            self.status.setText(_tr("You can work, but look at the amber lines."))
        else:
            self.status.setText(_tr("Everything is ready for your shift."))

    # -- closing never waits for the worker --------------------------------------------------------
    def done(self, result: int) -> None:
        if self.runner is not None:
            self.runner.cancel()
        super().done(result)


def add_check_button(box: QDialogButtonBox, plan_for: Callable[[], CheckPlan], parent: QWidget) -> QPushButton:
    """A "Check my setup" button in ``box`` (the start screen, Settings) that opens the check with
    the settings ``plan_for()`` gives at the moment of the click."""
    button = box.addButton(QCoreApplication.translate("CheckDialog", "Check my setup"),
                           QDialogButtonBox.ButtonRole.HelpRole)
    button.setObjectName("checkSetupButton")

    def open_check() -> None:
        dialog = CheckDialog(plan_for(), parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    button.clicked.connect(open_check)
    return button
