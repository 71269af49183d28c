"""Human, translated names for the codes the domain and the phone use.

The domain speaks in codes ("lunch", "wrong_number", ``Status.DND``); the operator reads words in
Kazakh, Russian or English. Every mapping is a function (not a module-level dict) so that it is
re-evaluated after a runtime language switch. Unknown codes (a new break reason provisioned by the
server before a translation exists) are shown as they are rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_console.domain.status import Status


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_name(status: Status | str) -> str:
    names = {
        Status.AVAILABLE: _t("Available"),
        Status.DND: _t("Working — do not disturb"),
        Status.BREAK: _t("Break"),
        Status.OFFLINE: _t("Offline"),
        Status.RINGING: _t("Ringing"),
        Status.ON_CALL: _t("On call"),
        Status.WRAP_UP: _t("Wrap-up"),
    }
    try:
        return names[Status(status)]
    except ValueError:
        return str(status)


def break_reason(code: str) -> str:
    names = {
        "lunch": _t("Lunch"),
        "childcare": _t("Childcare"),
        "technical": _t("Technical problem"),
        "training": _t("Training"),
        "rest": _t("Rest"),
    }
    return names.get(code, code)


def status_with_reason(status: Status | str, reason: str | None) -> str:
    if reason and Status(status) is Status.BREAK:
        return QCoreApplication.translate("Labels", "%1 — %2").replace("%1", status_name(status)).replace(
            "%2", break_reason(reason)
        )
    return status_name(status)


def disposition(code: str) -> str:
    names = {
        "consultation": _t("Consultation given"),
        "application_status": _t("Application status"),
        "complaint": _t("Complaint"),
        "redirected": _t("Redirected"),
        "callback_needed": _t("Call back needed"),
        "wrong_number": _t("Wrong number"),
        "dropped": _t("Call dropped"),
    }
    return names.get(code, code)


def registration(state: str) -> str:
    names = {
        "unregistered": _t("Phone off"),
        "registering": _t("Connecting to the PBX…"),
        "registered": _t("Phone ready"),
        "failed_auth": _t("Wrong SIP password — check Settings"),
        "failed_forbidden": _t("The PBX refused this extension — call IT"),
        "unreachable": _t("PBX unreachable — retrying"),
        "failed_tls": _t("The PBX certificate was refused — call IT"),
        "direct": _t("Phone ready (direct calls, no PBX)"),
    }
    return names.get(state, state)


def call_outcome(code: str | None) -> str:
    names = {
        "answered": _t("Answered"),
        "missed": _t("Missed"),
        "rejected": _t("Refused (unavailable)"),
        "completed": _t("Connected"),
        "failed": _t("Not connected"),
        "interrupted": _t("Interrupted"),
    }
    if not code:
        return _t("In progress")
    return names.get(code, code)


def direction(code: str) -> str:
    return {"inbound": _t("Incoming"), "outbound": _t("Outgoing")}.get(code, code)


def quality(grade: str) -> str:
    return {"good": _t("Good line"), "fair": _t("Fair line"), "poor": _t("Poor line")}.get(grade, grade)


def transition_error(code: str) -> str:
    """The operator's text for a refused action (``TransitionError.code``)."""
    names = {
        "offline_in_call": _t("You cannot go offline during a call. Hang up first."),
        "end_shift_in_call": _t("The shift cannot end during a call. Hang up first."),
        "offline_dial": _t("You are offline. Choose a status before calling out."),
        "no_shift": _t("Start your shift first."),
        "shift_active": _t("The shift has already started."),
        "break_reason": _t("Choose a break reason from the list."),
        "no_reason": _t("Only a break takes a reason."),
        "disposition_required": _t("Choose the call outcome before finishing wrap-up."),
        "not_in_wrapup": _t("You are not in wrap-up."),
        "unknown_call": _t("That call is no longer active."),
        "duplicate_call": _t("That call is already known."),
        "bad_disposition": _t("Choose an outcome from the list."),
        "note_too_long": _t("The note is too long."),
        "not_manual": _t("This status is set automatically."),
    }
    return names.get(code, _t("That is not possible right now."))


def format_duration(ms: int, *, hours: bool = True) -> str:
    """0:05:07 (or 5:07 without hours) — never negative."""
    s = max(0, int(ms)) // 1000
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    if hours or h:
        return f"{h}:{m:02d}:{sec:02d}"
    return f"{m}:{sec:02d}"
