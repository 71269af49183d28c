"""The alert thresholds of a team, side by side with the defaults, editable by the team's
supervisors (and admins): the server's rule, and what a call centre expects — the team lead tunes
their team's alerts without waiting for IT, and every supervisor of that team sees the same alerts
at once because the server decides them.

The dialog only asks (``load_requested``, ``save_requested``) and shows answers (``on_reply``);
the window wires it to the service. What was typed is never thrown away: a refusal, a bad number
or a lost connection leaves the form as it was, and switching teams keeps each team's draft.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_console.app.supervisor.thresholds import NUMERIC, SWITCHES, Threshold, ThresholdError, policy_from, shown
from agent_console.protocol import AlertPolicy


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThresholdsDialog", text)


def rule_name(key: str) -> str:
    return {
        "break_over_budget": _tr("Break over the agent's budget"),
        "wrapup_max_s": _tr("Wrap-up longer than"),
        "call_max_s": _tr("Call longer than"),
        "dnd_max_s": _tr("Do-not-disturb longer than"),
        "unreachable": _tr("Agent's console unreachable"),
        "phone_unreachable_s": _tr("Phone cannot reach the PBX for longer than"),
    }[key]


def unit_name(t: Threshold) -> str:
    return _tr("min") if t.unit_s == 60 else _tr("s")


def problem_text(err: ThresholdError) -> str:
    rule = rule_name(err.key)
    text = {
        "empty": _tr("“%1”: enter a number, or switch the rule off."),
        "not_a_number": _tr("“%1”: this is not a number."),
        "not_positive": _tr("“%1”: the number must be above zero."),
        "too_large": _tr("“%1”: at most a day (1440 min, 86400 s)."),
    }[err.problem]
    return text.replace("%1", rule)


def reply_text(detail: str, saving: bool) -> str:
    """The server's refusal (or a lost connection) in the supervisor's language."""
    if detail.startswith("offline:") or detail == "not connected":
        if saving:
            return _tr("The server cannot be reached; nothing was saved. Your values are still here: "
                       "save again when the connection is back.")
        return _tr("The server cannot be reached; the team's thresholds could not be loaded.")
    if detail == "not one of your teams":
        return _tr("Only this team's supervisors and administrators may see and change its thresholds.")
    if detail == "auth":
        return _tr("Your sign-in has expired. Sign in again.")
    return _tr("The server refused: %1").replace("%1", detail)


class ThresholdsDialog(QDialog):
    load_requested = Signal(str)
    """(team): ask the server for this team's policy."""
    save_requested = Signal(str, object)
    """(team, :class:`AlertPolicy`): store it for the team."""

    def __init__(self, teams: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThresholdsDialog")
        self.stored: dict[str, AlertPolicy] = {}
        self.drafts: dict[str, dict[str, Any]] = {}
        self.saving = False
        self.read_only: set[str] = set()
        self.last_message = ""
        self._shown_team: str | None = None
        defaults = AlertPolicy()

        self.team = QComboBox()
        for t in teams:
            self.team.addItem(t, t)
        self.team_label = QLabel()
        self.team_label.setBuddy(self.team)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.team_label)
        top.addWidget(self.team, 1)

        grid = QGridLayout()
        self.head_rule, self.head_value, self.head_default = QLabel(), QLabel(), QLabel()
        for col, label in ((0, self.head_rule), (1, self.head_value), (3, self.head_default)):
            label.setStyleSheet("font-weight: bold")
            grid.addWidget(label, 0, col)
        self.switches: dict[str, QCheckBox] = {}
        self.enabled: dict[str, QCheckBox] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.units: dict[str, QLabel] = {}
        self.default_labels: dict[str, QLabel] = {}
        row = 1
        order = ("break_over_budget", "wrapup_max_s", "call_max_s", "dnd_max_s", "unreachable", "phone_unreachable_s")
        for key in order:
            box = QCheckBox()
            grid.addWidget(box, row, 0)
            default = QLabel()
            self.default_labels[key] = default
            grid.addWidget(default, row, 3)
            if key in SWITCHES:
                self.switches[key] = box
                box.toggled.connect(self._edited)
            else:
                self.enabled[key] = box
                edit = QLineEdit()
                edit.setObjectName(f"threshold_{key}")
                edit.setMaximumWidth(90)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.textEdited.connect(self._edited)
                box.toggled.connect(edit.setEnabled)
                box.toggled.connect(self._edited)
                self.edits[key] = edit
                unit = QLabel()
                self.units[key] = unit
                grid.addWidget(edit, row, 1)
                grid.addWidget(unit, row, 2)
            row += 1
        self.defaults = defaults

        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.defaults_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(self.use_defaults)
        self.close_button.clicked.connect(self.reject)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.retranslate()

    # -- text ----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Alert thresholds"))
        self.team_label.setText(_tr("&Team:"))
        self.head_rule.setText(_tr("Alert when"))
        self.head_value.setText(_tr("This team"))
        self.head_default.setText(_tr("Default"))
        numeric = {t.key: t for t in NUMERIC}
        for key, box in {**self.switches, **self.enabled}.items():
            box.setText(rule_name(key))
            t = numeric.get(key)
            if t is None:
                on = bool(getattr(self.defaults, key))
                self.default_labels[key].setText(_tr("on") if on else _tr("off"))
            else:
                self.units[key].setText(unit_name(t))
                value = getattr(self.defaults, key)
                self.default_labels[key].setText(
                    _tr("off") if value is None else f"{shown(value, t)} {unit_name(t)}")
                self.edits[key].setAccessibleName(rule_name(key))
        self.save_button.setText(_tr("&Save"))
        self.defaults_button.setText(_tr("Fill in the &defaults"))
        self.close_button.setText(_tr("Close"))
        self._show_intro()

    def _show_intro(self) -> None:
        team = self.current_team() or ""
        if team in self.read_only:
            text = _tr("You may not change the thresholds of %1: only its supervisors and administrators may.")
        else:
            text = _tr("The thresholds of %1 apply to every supervisor of the team as soon as they are saved. "
                       "Its supervisors and administrators may change them. A rule switched off raises no alert.")
        self.intro.setText(text.replace("%1", team))

    # -- state ---------------------------------------------------------------------------------------

    def add_teams(self, teams: list[str]) -> None:
        """Add the teams not listed yet, each in its alphabetical place (the list arrives from the
        server while the dialog may already be open); the shown team stays."""
        shown = self.team.currentIndex() >= 0
        self.team.blockSignals(shown)  # the same team stays shown: nothing to load again
        try:
            for t in teams:
                if self.team.findData(t) >= 0:
                    continue
                at = 0
                while at < self.team.count() and str(self.team.itemData(at)) < t:
                    at += 1
                self.team.insertItem(at, t, t)
        finally:
            self.team.blockSignals(False)

    def current_team(self) -> str | None:
        value = self.team.currentData()
        return str(value) if value is not None else None

    def start(self, team: str | None = None) -> None:
        """Show ``team`` (else the first) and ask the server for its policy."""
        if team is not None:
            i = self.team.findData(team)
            if i >= 0 and i != self.team.currentIndex():
                self.team.setCurrentIndex(i)  # _team_changed asks
                return
        self._team_changed()

    def _team_changed(self) -> None:
        if self._shown_team is not None and self._shown_team in self.stored:
            self._keep_draft(self._shown_team)
        team = self.current_team()
        self._shown_team = team
        self.message.clear()
        self._show_intro()
        if team is None:
            self._set_editable(False)
            return
        if team in self.drafts:
            self._show_form(self.drafts[team])
            self._set_editable(team not in self.read_only)
        elif team in self.stored:
            self._show_policy(self.stored[team])
            self._set_editable(team not in self.read_only)
        else:
            self._set_editable(False)
            self._say(_tr("Loading…"), error=False)
        self.load_requested.emit(team)

    def _keep_draft(self, team: str) -> None:
        form = self._form()
        if form != self._form_of(self.stored[team]):
            self.drafts[team] = form
        else:
            self.drafts.pop(team, None)

    def _edited(self) -> None:
        self.message.clear()

    def _form(self) -> dict[str, Any]:
        return {
            "switches": {k: b.isChecked() for k, b in self.switches.items()},
            "enabled": {k: b.isChecked() for k, b in self.enabled.items()},
            "texts": {k: e.text() for k, e in self.edits.items()},
        }

    def _form_of(self, policy: AlertPolicy) -> dict[str, Any]:
        numeric = {t.key: t for t in NUMERIC}
        return {
            "switches": {k: bool(getattr(policy, k)) for k in self.switches},
            "enabled": {k: getattr(policy, k) is not None for k in self.enabled},
            "texts": {k: shown(getattr(policy, k), numeric[k]) or shown(getattr(self.defaults, k), numeric[k])
                      for k in self.edits},
        }

    def _show_policy(self, policy: AlertPolicy) -> None:
        self._show_form(self._form_of(policy))

    def _show_form(self, form: dict[str, Any]) -> None:
        for k, b in self.switches.items():
            b.setChecked(form["switches"][k])
        for k, b in self.enabled.items():
            b.setChecked(form["enabled"][k])
            self.edits[k].setEnabled(form["enabled"][k])
        for k, e in self.edits.items():
            e.setText(form["texts"][k])

    def _set_editable(self, editable: bool) -> None:
        for w in (*self.switches.values(), *self.enabled.values()):
            w.setEnabled(editable)
        for k, e in self.edits.items():
            e.setEnabled(editable and self.enabled[k].isChecked())
        self.save_button.setEnabled(editable and not self.saving)
        self.defaults_button.setEnabled(editable)

    def _say(self, text: str, error: bool = True) -> None:
        self.last_message = text
        self.message.setProperty("error", error)
        self.message.setText(text)

    def is_dirty(self) -> bool:
        team = self.current_team()
        return team is not None and team in self.stored and self._form() != self._form_of(self.stored[team])

    # -- actions -------------------------------------------------------------------------------------

    def use_defaults(self) -> None:
        """Fill the form with the defaults; nothing is stored until Save."""
        self._show_policy(self.defaults)
        self._say(_tr("The defaults are filled in; press Save to apply them to the team."), error=False)

    def save(self) -> None:
        team = self.current_team()
        if team is None or self.saving:
            return
        form = self._form()
        try:
            policy = policy_from(form["switches"], form["enabled"], form["texts"])
        except ThresholdError as err:
            self._say(problem_text(err))
            edit = self.edits.get(err.key)
            if edit is not None:
                edit.setFocus()
                edit.selectAll()
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self._say(_tr("Saving…"), error=False)
        self.save_requested.emit(team, policy)

    def on_reply(self, tag: str, ok: bool, result: Any) -> None:
        """``policy`` / ``policy_saved`` answers from the service: ``(team, AlertPolicy)`` or a
        refusal's text."""
        saving = tag == "policy_saved"
        if saving:
            self.saving = False
        team = self.current_team()
        if not ok:
            detail = str(result)
            if detail == "not one of your teams" and team is not None:
                self.read_only.add(team)
                self._show_intro()
            self._say(reply_text(detail, saving))
            self._set_editable(team is not None and team in self.stored and team not in self.read_only)
            return
        answered, policy = result
        typing = not saving and answered == team and self.is_dirty()
        self.stored[answered] = policy
        if saving:
            self.drafts.pop(answered, None)
        if team is None or answered != team:
            return
        if saving:
            self._show_policy(policy)
            self._say(_tr("Saved. Every supervisor of %1 now gets alerts by these thresholds.").replace("%1", team),
                      error=False)
        else:
            if team not in self.drafts and not typing:
                self._show_policy(policy)
            self.message.clear()
        self._set_editable(team not in self.read_only)
