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


# Big pictures a child knows before reading: Material Design icon paths (Apache-2.0, 24x24 view
# box), drawn as inline SVG so an old tablet without emoji fonts shows them all the same.
ICONS: dict[DoorState, str] = {
    DoorState.ON_CALL: ("M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 1.12.37 "
                        "2.33.57 3.57.57.55 0 1 .45 1 1V20c0 .55-.45 1-1 1-9.39 0-17-7.61-17-17 0-.55.45-1 "
                        "1-1h3.5c.55 0 1 .45 1 1 0 1.25.2 2.45.57 3.57.11.35.03.74-.25 1.02l-2.2 2.2z"),
    DoorState.WORKING: ("M20 18c1.1 0 1.99-.9 1.99-2L22 6c0-1.1-.9-2-2-2H4c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2"
                        "H0v2h24v-2h-4zM4 6h16v10H4V6z"),
    DoorState.BREAK: ("M20 3H4v10c0 2.21 1.79 4 4 4h6c2.21 0 4-1.79 4-4v-3h2c1.11 0 2-.89 2-2V5c0-1.11-.89-2-2-2zm0 "
                      "5h-2V5h2v3zM2 21h18v-2H2v2z"),
    DoorState.NOT_WORKING: "M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z",
}
GONE_ICON = ("M13 3h-2v10h2V3zm4.83 2.17l-1.42 1.42C17.99 7.86 19 9.81 19 12c0 3.87-3.13 7-7 7s-7-3.13-7-7c0-2.19 "
             "1.01-4.14 2.58-5.42L6.17 5.17C4.23 6.82 3 9.26 3 12c0 4.97 4.03 9 9 9s9-4.03 9-9"
             "c0-2.74-1.23-5.18-3.17-6.83z")
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
