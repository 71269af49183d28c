"""The four public states and the no-personal-data rule."""

from __future__ import annotations

import pytest

from agent_console.domain.status import Status
from agent_console.doorsign.server import page_html
from agent_console.doorsign.states import TEXTS, DoorState, door_state


@pytest.mark.parametrize(("status", "expected"), [
    (Status.RINGING, DoorState.ON_CALL),
    (Status.ON_CALL, DoorState.ON_CALL),
    (Status.WRAP_UP, DoorState.WORKING),
    (Status.AVAILABLE, DoorState.WORKING),
    (Status.DND, DoorState.WORKING),
    (Status.BREAK, DoorState.BREAK),
    (Status.OFFLINE, DoorState.NOT_WORKING),
])
def test_every_status_maps_to_one_of_four(status: Status, expected: DoorState) -> None:
    assert door_state(status) is expected


def test_outside_a_shift_is_not_working() -> None:
    assert door_state(Status.AVAILABLE, shift_active=False) is DoorState.NOT_WORKING


def test_every_state_has_text_in_every_language() -> None:
    for lang in ("kk", "ru", "en"):
        for state in DoorState:
            assert TEXTS[lang][state].strip()
        assert TEXTS[lang]["gone"].strip()
    assert TEXTS["kk"][DoorState.ON_CALL] != TEXTS["en"][DoorState.ON_CALL]


def test_page_is_built_only_from_the_key_and_the_language() -> None:
    """page_html takes no session: nothing personal can be in it by construction."""
    import inspect

    assert list(inspect.signature(page_html).parameters) == ["key", "language"]
