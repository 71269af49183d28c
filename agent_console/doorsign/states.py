"""The four states the household may know, derived from the agent's status.

The mapping is the privacy rule: only a :class:`DoorState` ever leaves the console, never a
call, a number, a name, a note or the agent's user name.
"""

from __future__ import annotations

from enum import StrEnum

from agent_console.domain.status import Status


class DoorState(StrEnum):
    ON_CALL = "on_call"      # please be quiet
    WORKING = "working"      # working: do not disturb
    BREAK = "break"          # come in
    NOT_WORKING = "not_working"


_FROM_STATUS: dict[Status, DoorState] = {
    Status.RINGING: DoorState.ON_CALL,   # the phone rings: the call is seconds away
    Status.ON_CALL: DoorState.ON_CALL,
    Status.WRAP_UP: DoorState.WORKING,
    Status.AVAILABLE: DoorState.WORKING,  # waiting for the next call is work too
    Status.DND: DoorState.WORKING,
    Status.BREAK: DoorState.BREAK,
    Status.OFFLINE: DoorState.NOT_WORKING,
}


def door_state(status: Status, shift_active: bool = True) -> DoorState:
    """The household's view of ``status``; outside a shift the operator is not working."""
    if not shift_active:
        return DoorState.NOT_WORKING
    return _FROM_STATUS[status]


ICONS: dict[DoorState, str] = {
    DoorState.ON_CALL: "\U0001F4DE",      # telephone receiver
    DoorState.WORKING: "\U0001F4BB",      # laptop
    DoorState.BREAK: "\u2615",            # hot beverage
    DoorState.NOT_WORKING: "\U0001F3E0",  # house
}
COLOURS: dict[DoorState, str] = {
    DoorState.ON_CALL: "#c62828",
    DoorState.WORKING: "#ef6c00",
    DoorState.BREAK: "#2e7d32",
    DoorState.NOT_WORKING: "#546e7a",
}
GONE_COLOUR = "#37474f"

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        DoorState.ON_CALL: "On a call — please be quiet",
        DoorState.WORKING: "Working — do not disturb",
        DoorState.BREAK: "On a break — come in",
        DoorState.NOT_WORKING: "Not working",
        "gone": "The console is not running",
        "title": "Door sign",
    },
    "ru": {
        DoorState.ON_CALL: "Идёт разговор — пожалуйста, тише",
        DoorState.WORKING: "Работаю — не беспокоить",
        DoorState.BREAK: "Перерыв — можно заходить",
        DoorState.NOT_WORKING: "Не работаю",
        "gone": "Консоль не запущена",
        "title": "Табличка на двери",
    },
    "kk": {
        DoorState.ON_CALL: "Сөйлесіп жатырмын — тыныш болыңыздар",
        DoorState.WORKING: "Жұмыс істеп жатырмын — мазаламаңыздар",
        DoorState.BREAK: "Үзіліс — кіре беріңіздер",
        DoorState.NOT_WORKING: "Жұмыста емеспін",
        "gone": "Консоль іске қосылмаған",
        "title": "Есіктегі белгі",
    },
}
