"""A phone going unreachable reaches the supervisors' board: the console's controller (with the
fake phone) -> PhoneReport -> SyncService -> live channel -> the real server process -> board row.
Also after a server restart: the console repeats the phone's state when it reconnects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from agent_console.app.controller import ConsoleController
from agent_console.app.phone_report import PhoneReport, phone_reachability
from agent_console.domain.clock import SystemClock
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal
from agent_console.phone.api import RegState
from agent_console.phone.fake import FakePhone

from .kit import MemoryCredentials, ServerProc, stored_token
from .test_faults import make_service, until

__all__ = ["make_service"]


def test_registration_states_map_to_the_boards_words() -> None:
    assert phone_reachability(RegState.REGISTERED) == "registered"
    assert phone_reachability(RegState.DIRECT) == "registered"
    for lost in (RegState.UNREACHABLE, RegState.FAILED_TLS, RegState.FAILED_AUTH, RegState.FAILED_FORBIDDEN):
        assert phone_reachability(lost) == "unreachable"
    assert phone_reachability(RegState.UNREGISTERED) == "not_configured"
    assert phone_reachability(RegState.REGISTERING) is None  # a retry keeps the last word


def _phone(server: ServerProc, token: str) -> tuple[str | None, int | None]:
    row = {r["username"]: r for r in server.board(token)["agents"]}["alice"]
    return row["phone"], row["phone_since_ms"]


@pytest.mark.slow
def test_a_phone_going_unreachable_reaches_the_board(qtbot: QtBot, server: ServerProc, journal_path: Path,
                                                     make_service: Any) -> None:
    journal = Journal.open(journal_path)
    svc, watch = make_service(server.url, journal_path, MemoryCredentials(token=stored_token(server)))
    session = AgentSession("alice", Policy(), SystemClock(), journal)
    session.add_listener(lambda events: svc.notify_outbox())
    phone = FakePhone(auto_register=False)
    controller = ConsoleController(session, phone, journal, SystemClock())
    PhoneReport(controller, svc, controller)
    sue = server.login("sue")
    try:
        until(qtbot, lambda: watch.last[0] == "synced")
        session.start_shift(Status.AVAILABLE)
        until(qtbot, lambda: _phone(server, sue)[0] == "not_configured", 10)  # not started yet
        phone.set_registration(RegState.REGISTERING)
        phone.set_registration(RegState.REGISTERED)
        until(qtbot, lambda: _phone(server, sue)[0] == "registered", 10)
        phone.set_registration(RegState.UNREACHABLE, "OPTIONS probe: no answer")
        until(qtbot, lambda: _phone(server, sue)[0] == "unreachable", 10)
        since = _phone(server, sue)[1]
        phone.set_registration(RegState.REGISTERING)  # retrying: still unreachable, same "since"
        qtbot.wait(500)
        row = {r["username"]: r for r in server.board(sue)["agents"]}["alice"]
        assert (row["phone"], row["phone_since_ms"], row["status"]) == ("unreachable", since, "available")

        server.kill()
        until(qtbot, lambda: watch.last[0] == "offline")
        phone.set_registration(RegState.REGISTERED)  # back while the server is down
        server.start()
        until(qtbot, lambda: watch.last[0] == "synced", 30)
        sue = server.login("sue")
        until(qtbot, lambda: _phone(server, sue)[0] == "registered", 10)  # told again on reconnect
    finally:
        controller.stop()
        journal.close()
