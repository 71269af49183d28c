"""Human, translated names for the codes the domain and the phone use.

The domain speaks in codes ("lunch", "wrong_number", ``Status.DND``); the operator reads words in
Kazakh, Russian or English. Every mapping is a function (not a module-level dict) so that it is
re-evaluated after a runtime language switch. Unknown codes (a new break reason provisioned by the
server before a translation exists) are shown as they are rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_console.domain.status import Status


def status_name(status: Status | str) -> str:
    names = {
        Status.AVAILABLE: QCoreApplication.translate("Labels", "Available"),
        Status.DND: QCoreApplication.translate("Labels", "Working — do not disturb"),
        Status.BREAK: QCoreApplication.translate("Labels", "Break"),
        Status.OFFLINE: QCoreApplication.translate("Labels", "Offline"),
        Status.RINGING: QCoreApplication.translate("Labels", "Ringing"),
        Status.ON_CALL: QCoreApplication.translate("Labels", "On call"),
        Status.WRAP_UP: QCoreApplication.translate("Labels", "Wrap-up"),
    }
    try:
        return names[Status(status)]
    except ValueError:
        return str(status)


def break_reason(code: str) -> str:
    names = {
        "lunch": QCoreApplication.translate("Labels", "Lunch"),
        "childcare": QCoreApplication.translate("Labels", "Childcare"),
        "technical": QCoreApplication.translate("Labels", "Technical problem"),
        "training": QCoreApplication.translate("Labels", "Training"),
        "rest": QCoreApplication.translate("Labels", "Rest"),
    }
    return names.get(code, code)


def status_with_reason(status: Status | str, reason: str | None) -> str:
    if reason and Status(status) is Status.BREAK:
        return (
            QCoreApplication.translate("Labels", "%1 — %2")
            .replace("%1", status_name(status))
            .replace("%2", break_reason(reason))
        )
    return status_name(status)


def disposition(code: str) -> str:
    names = {
        "consultation": QCoreApplication.translate("Labels", "Consultation given"),
        "application_status": QCoreApplication.translate("Labels", "Application status"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "redirected": QCoreApplication.translate("Labels", "Redirected"),
        "callback_needed": QCoreApplication.translate("Labels", "Call back needed"),
        "wrong_number": QCoreApplication.translate("Labels", "Wrong number"),
        "dropped": QCoreApplication.translate("Labels", "Call dropped"),
    }
    return names.get(code, code)


def registration(state: str) -> str:
    names = {
        "unregistered": QCoreApplication.translate("Labels", "Phone off"),
        "registering": QCoreApplication.translate("Labels", "Connecting to the PBX…"),
        "registered": QCoreApplication.translate("Labels", "Phone ready"),
        "failed_auth": QCoreApplication.translate("Labels", "Wrong SIP password — check Settings"),
        "failed_forbidden": QCoreApplication.translate("Labels", "The PBX refused this extension — call IT"),
        "unreachable": QCoreApplication.translate("Labels", "PBX unreachable — retrying"),
        "failed_tls": QCoreApplication.translate("Labels", "The PBX certificate was refused — call IT"),
        "direct": QCoreApplication.translate("Labels", "Phone ready (direct calls, no PBX)"),
    }
    return names.get(state, state)


def call_outcome(code: str | None) -> str:
    names = {
        "answered": QCoreApplication.translate("Labels", "Answered"),
        "missed": QCoreApplication.translate("Labels", "Missed"),
        "rejected": QCoreApplication.translate("Labels", "Refused (unavailable)"),
        "completed": QCoreApplication.translate("Labels", "Connected"),
        "failed": QCoreApplication.translate("Labels", "Not connected"),
        "interrupted": QCoreApplication.translate("Labels", "Interrupted"),
    }
    if not code:
        return QCoreApplication.translate("Labels", "In progress")
    return names.get(code, code)


def direction(code: str) -> str:
    return {
        "inbound": QCoreApplication.translate("Labels", "Incoming"),
        "outbound": QCoreApplication.translate("Labels", "Outgoing"),
    }.get(code, code)


def quality(grade: str) -> str:
    return {
        "good": QCoreApplication.translate("Labels", "Good line"),
        "fair": QCoreApplication.translate("Labels", "Fair line"),
        "poor": QCoreApplication.translate("Labels", "Poor line"),
        "no_audio": QCoreApplication.translate("Labels", "No audio"),
    }.get(grade, grade)


def transition_error(code: str) -> str:
    """The operator's text for a refused action (``TransitionError.code``)."""
    names = {
        "offline_in_call": QCoreApplication.translate("Labels", "You cannot go offline during a call. Hang up first."),
        "end_shift_in_call": QCoreApplication.translate("Labels", "The shift cannot end during a call. Hang up first."),
        "offline_dial": QCoreApplication.translate("Labels", "You are offline. Choose a status before calling out."),
        "no_shift": QCoreApplication.translate("Labels", "Start your shift first."),
        "shift_active": QCoreApplication.translate("Labels", "The shift has already started."),
        "break_reason": QCoreApplication.translate("Labels", "Choose a break reason from the list."),
        "no_reason": QCoreApplication.translate("Labels", "Only a break takes a reason."),
        "disposition_required": QCoreApplication.translate(
            "Labels", "Choose the call outcome before finishing wrap-up."
        ),
        "not_in_wrapup": QCoreApplication.translate("Labels", "You are not in wrap-up."),
        "unknown_call": QCoreApplication.translate("Labels", "That call is no longer active."),
        "duplicate_call": QCoreApplication.translate("Labels", "That call is already known."),
        "bad_disposition": QCoreApplication.translate("Labels", "Choose an outcome from the list."),
        "note_too_long": QCoreApplication.translate("Labels", "The note is too long."),
        "not_manual": QCoreApplication.translate("Labels", "This status is set automatically."),
    }
    return names.get(code, QCoreApplication.translate("Labels", "That is not possible right now."))


def format_amount(ms: int) -> str:
    """An amount of time with its unit ("41 s", "20 min", "3 h 05 min"): for budgets, where a
    bare "0:00 / 1:00" leaves the operator guessing whether it counts hours or minutes."""
    s = max(0, int(ms)) // 1000
    if s < 60:
        return QCoreApplication.translate("Labels", "%1 s").replace("%1", str(s))
    minutes = s // 60
    if minutes < 180:
        return QCoreApplication.translate("Labels", "%1 min").replace("%1", str(minutes))
    h, m = divmod(minutes, 60)
    return QCoreApplication.translate("Labels", "%1 h %2 min").replace("%1", str(h)).replace("%2", f"{m:02d}")


def format_duration(ms: int, *, hours: bool = True) -> str:
    """0:05:07 (or 5:07 without hours) — never negative."""
    s = max(0, int(ms)) // 1000
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    if hours or h:
        return f"{h}:{m:02d}:{sec:02d}"
    return f"{m}:{sec:02d}"
