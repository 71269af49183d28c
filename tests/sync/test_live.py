"""Live channel, provisioning and supervisor commands against the real server process."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from agent_console.domain.clock import SystemClock
from agent_console.domain.policy import Policy
from agent_console.domain.session import AgentSession
from agent_console.domain.status import Status
from agent_console.journal import Journal
from agent_console.phone.api import Transport
from agent_console.sync.commands import apply_command
from agent_console.sync.provisioning import ProvisionedConfig

from .kit import MemoryCredentials, ServerProc, stored_token
from .test_faults import FAST, Watch, make_service, until

__all__ = ["make_service"]  # fixture re-used from test_faults


@pytest.fixture
def agent(qtbot: QtBot, server: ServerProc, journal_path: Path, make_service: Any) -> Iterator[Any]:
    """Alice's console: a real session writing to the real journal, synced by a SyncService."""
    creds = MemoryCredentials(token=stored_token(server))
    journal = Journal.open(journal_path)  # the app opens its journal before starting sync (see docs)
    svc, watch = make_service(server.url, journal_path, creds)
    session = AgentSession("alice", Policy(), SystemClock(), journal)
    session.add_listener(lambda events: svc.notify_outbox())  # the wiring the app does
    until(qtbot, lambda: watch.last[0] == "synced" and bool(watch.provisioned))
    yield svc, watch, session, creds
    journal.close()


@pytest.mark.slow
def test_provisioning_fills_sip_account_and_policy_and_is_refreshed_on_reconnect(
        qtbot: QtBot, server: ServerProc, agent: Any) -> None:
    _svc, watch, _session, creds = agent
    cfg: ProvisionedConfig = watch.provisioned[-1]
    assert cfg.username == "alice" and cfg.team == "north"
    assert cfg.sip is not None
    assert (cfg.sip.registrar, cfg.sip.extension, cfg.sip.transport) == ("pbx.example:5061", "1001", Transport.TLS)
    assert cfg.sip.password == "sip-secret-1001"
    assert creds.load_sip_password("1001", "pbx.example:5061") == "sip-secret-1001"  # keyring (stand-in)
    assert cfg.policy.wrapup_s == 15 and cfg.policy.break_reasons == ("lunch", "training")
    assert "wrapup_s" in cfg.locked
    before = len(watch.provisioned)
    server.kill()
    until(qtbot, lambda: watch.last[0] == "offline")
    server.start()
    until(qtbot, lambda: len(watch.provisioned) > before and watch.last[0] == "synced", 30)


@pytest.mark.slow
def test_supervisor_commands_reach_the_agent(qtbot: QtBot, server: ServerProc, agent: Any) -> None:
    _svc, watch, session, _creds = agent
    session.start_shift(Status.AVAILABLE)
    sue = server.login("sue")
    server.command(sue, "alice", {"type": "message", "text": "Team meeting at 15:00"})
    until(qtbot, lambda: len(watch.commands) == 1, 10)
    outcome = apply_command(session, watch.commands[0])
    assert outcome.applied and "Team meeting at 15:00" in outcome.message and "sue" in outcome.message

    server.command(sue, "alice", {"type": "force_status", "status": "break", "reason": "training"})
    until(qtbot, lambda: len(watch.commands) == 2, 10)
    assert apply_command(session, watch.commands[1]).applied
    assert (session.status, session.reason) == (Status.BREAK, "training")
    # ... and the board learns it through the normal event path, cause "supervisor".
    until(qtbot, lambda: _board_row(server, sue)["status"] == "break", 10)
    stored = [r for r in server.events("alice") if r["kind"] == "status_changed"]
    assert '"supervisor"' in str(stored[-1]["payload"])

    server.command(sue, "alice", {"type": "force_logout"})
    until(qtbot, lambda: len(watch.commands) == 3 and bool(watch.login_required), 10)
    outcome = apply_command(session, watch.commands[2])
    assert outcome.logout and not session.shift_active
    assert watch.login_required[-1] == "logged_out"
    # The shift's end is journaled and waits in the outbox for the next sign-in.
    until(qtbot, lambda: watch.last[0] == "login" and watch.last[1] >= 1)


def _board_row(server: ServerProc, token: str) -> dict[str, Any]:
    rows = {r["username"]: r for r in server.board(token)["agents"]}
    return dict(rows["alice"])


@pytest.mark.slow
def test_heartbeats_keep_the_agent_reachable_and_silence_marks_it_unreachable(
        qtbot: QtBot, server: ServerProc, journal_path: Path, make_service: Any, agent: Any) -> None:
    svc, _watch, session, creds = agent
    session.start_shift(Status.AVAILABLE)
    sue = server.login("sue")
    until(qtbot, lambda: _board_row(server, sue)["status"] == "available", 10)
    qtbot.wait(3000)  # heartbeats every 2 s: still reachable
    assert not _board_row(server, sue)["unreachable"]
    svc.stop()  # laptop lid closed: no more heartbeats
    t0 = time.monotonic()
    until(qtbot, lambda: bool(_board_row(server, sue)["unreachable"]), 25)
    silent = time.monotonic() - t0
    assert 8 <= silent <= 20, f"unreachable after {silent:.1f} s"  # 10 s server timeout - last beat + sweep
    board = server.board(sue)
    assert board["summary"]["available"] == 0  # excluded from the available count
    _svc2, watch2 = make_service(server.url, journal_path, creds, FAST)
    until(qtbot, lambda: watch2.last[0] == "synced" and not _board_row(server, sue)["unreachable"], 10)


__all__ += ["Watch"]


@pytest.mark.slow
def test_a_laptop_clock_two_hours_behind_is_corrected_before_events_reach_reports(
        qtbot: QtBot, server: ServerProc, journal_path: Path, make_service: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from agent_console.domain.clock import ManualClock
    from agent_console.sync import client as client_mod
    from agent_console.sync import live as live_mod

    behind_ms = 2 * 3600_000
    real = time.time_ns
    monkeypatch.setattr(client_mod, "_now_ms", lambda: real() / 1e6 - behind_ms)  # the laptop's clock
    monkeypatch.setattr(live_mod.time, "time_ns", lambda: real() - behind_ms * 1_000_000)
    journal = Journal.open(journal_path)
    laptop = ManualClock(real() // 1_000_000 - behind_ms)
    session = AgentSession("alice", Policy(), laptop, journal)
    session.start_shift(Status.AVAILABLE)
    _svc, watch = make_service(server.url, journal_path, MemoryCredentials(token=stored_token(server)))
    until(qtbot, lambda: watch.last[:2] == ("synced", 0))
    journal.close()
    now = real() // 1_000_000
    rows = server.events("alice")
    assert rows and all(abs(r["at_ms"] - now) < 60_000 for r in rows), "times not corrected"
    sue = server.login("sue")
    since = _board_row(server, sue)["since_ms"]
    assert abs(since - now) < 60_000  # the board / day reports use the corrected time
