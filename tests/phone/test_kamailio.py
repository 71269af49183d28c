"""Registration against a private Kamailio with digest auth (started by scripts/services/kamailio.sh)."""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest

from agent_console.phone.api import CallState, RegState, Transport

from .conftest import Kamailio, sip_account

pytestmark = pytest.mark.slow


def _wait_reg(qtbot: Any, phone: Any, state: RegState, timeout: float = 10.0) -> str:
    with qtbot.waitSignal(phone.registration_changed, check_params_cb=lambda s, r: s == state,
                          timeout=int(timeout * 1000)) as sig:
        pass
    return str(sig.args[1])


@pytest.mark.parametrize("transport", [Transport.UDP, Transport.TCP])
def test_registers_with_digest_auth(kamailio: Kamailio, make_phone: Any, qtbot: Any,
                                    transport: Transport) -> None:
    phone = make_phone()
    seen: list[str] = []
    phone.registration_changed.connect(lambda s, r: seen.append(s))
    phone.start(sip_account(kamailio, transport=transport))
    reason = _wait_reg(qtbot, phone, RegState.REGISTERED)
    assert transport.value.upper() in reason
    assert seen[0] == RegState.REGISTERING
    assert kamailio.count("AUTH_CHALLENGE 1001") >= 1          # it really was challenged
    assert "agent-secret-1" not in reason


def test_wrong_password_fails_and_does_not_hammer(kamailio: Kamailio, make_phone: Any, qtbot: Any,
                                                  caplog: Any) -> None:
    caplog.set_level("DEBUG")
    phone = make_phone()
    phone.start(sip_account(kamailio, password="not-the-password"))
    reason = _wait_reg(qtbot, phone, RegState.FAILED_AUTH)
    assert "password" in reason.lower()
    qtbot.wait(3000)
    # One REGISTER without and one with credentials; nothing after the failure.
    assert kamailio.count("REGISTER_ATTEMPT 1001") == 2
    assert phone.registration_state == RegState.FAILED_AUTH
    assert "not-the-password" not in caplog.text


def test_unknown_registrar_port_is_unreachable_with_backoff(make_phone: Any, qtbot: Any, tmp_path: Any) -> None:
    from .conftest import free_port

    k = Kamailio(workdir=tmp_path, port=free_port())   # never started
    phone = make_phone()
    times: list[float] = []
    phone.registration_changed.connect(
        lambda s, r: times.append(time.monotonic()) if s == RegState.UNREACHABLE else None)
    phone.start(sip_account(k, transport=Transport.TCP))
    qtbot.waitUntil(lambda: len(times) >= 3, timeout=15000)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps[1] > gaps[0] * 1.3          # exponential backoff, not a fixed hammer


class _RegLog:
    def __init__(self, phone: Any) -> None:
        self.items: list[tuple[float, str, str]] = []
        phone.registration_changed.connect(lambda s, r: self.items.append((time.monotonic(), s, r)))

    def states(self) -> list[str]:
        return [s for _, s, _ in self.items]

    def has_after(self, state: RegState, index: int) -> bool:
        return state in self.states()[index:]


def test_registrar_down_then_back_reregisters_quickly(kamailio: Kamailio, make_phone: Any, qtbot: Any) -> None:
    phone = make_phone()
    log = _RegLog(phone)
    phone.start(sip_account(kamailio, transport=Transport.TCP))
    qtbot.waitUntil(lambda: log.has_after(RegState.REGISTERED, 0), timeout=10000)
    mark = len(log.items)
    kamailio.stop()                  # the TCP connection drops: noticed at once, not at refresh
    qtbot.waitUntil(lambda: log.has_after(RegState.UNREACHABLE, mark), timeout=10000)
    mark = len(log.items)
    t0 = time.monotonic()
    kamailio.start()
    qtbot.waitUntil(lambda: log.has_after(RegState.REGISTERED, mark), timeout=10000)
    assert time.monotonic() - t0 < 5.0       # backoff capped at 2 s in tests (30 s by default)


def test_network_change_reregisters_now(kamailio: Kamailio, make_phone: Any, qtbot: Any) -> None:
    phone = make_phone()
    log = _RegLog(phone)
    phone.start(sip_account(kamailio, transport=Transport.TCP))
    qtbot.waitUntil(lambda: log.has_after(RegState.REGISTERED, 0), timeout=10000)
    before = kamailio.count("REGISTER_ATTEMPT 1001")
    mark = len(log.items)
    events: list[str] = []
    phone.network_event.connect(events.append)
    t0 = time.monotonic()
    phone.network_changed()
    qtbot.waitUntil(lambda: kamailio.count("REGISTER_ATTEMPT 1001") > before, timeout=5000)
    qtbot.waitUntil(lambda: log.has_after(RegState.REGISTERED, mark), timeout=5000)
    assert time.monotonic() - t0 < 5.0
    assert events


def test_dnd_through_the_proxy_gets_486(kamailio: Kamailio, make_phone: Any, simulator: Any,
                                        qtbot: Any) -> None:
    phone = make_phone()
    phone.set_accepting_calls(False)
    rang: list[Any] = []
    phone.incoming_call.connect(rang.append)
    phone.start(sip_account(kamailio))
    _wait_reg(qtbot, phone, RegState.REGISTERED)
    with qtbot.waitSignal(phone.call_rejected_unavailable, timeout=10000):
        sim = simulator("--target", f"sip:1001@{kamailio.registrar}", "--count", "1", "--first-delay", "0")
    assert sim.wait_event("call")[0]["end"].startswith("486")
    assert rang == []


def test_call_from_outside_through_the_proxy(kamailio: Kamailio, make_phone: Any, simulator: Any,
                                             qtbot: Any) -> None:
    phone = make_phone()
    phone.start(sip_account(kamailio))
    _wait_reg(qtbot, phone, RegState.REGISTERED)
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as inc:
        sim = simulator("--target", f"sip:1001@{kamailio.registrar}", "--count", "1", "--first-delay", "0",
                        "--talk-seconds", "1")
    assert inc.args[0].remote_number.startswith("+77")
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.ENDED, timeout=10000):
        phone.answer(inc.args[0].call_id)
    assert sim.wait_event("call")[0]["answered"]


def test_start_register_call_stop_cycles(kamailio: Kamailio, make_phone: Any, simulator: Any,
                                         qtbot: Any) -> None:
    """The shift-long life of the phone in miniature (bench/bench_phone.py runs 100 cycles): every
    cycle registers, talks, and is stopped with the call still up; nothing leaks or asserts."""
    import threading

    from agent_console.phone.engine import Engine

    peer = simulator("--answer", "--silent", "--talk-seconds", "600")
    port = peer.port()
    phone = make_phone()
    threads_before = threading.active_count()
    for i in range(8):
        log = _RegLog(phone)
        phone.start(sip_account(kamailio, transport=Transport.TCP if i % 2 else Transport.UDP))
        qtbot.waitUntil(lambda log=log: log.has_after(RegState.REGISTERED, 0), timeout=10000)
        with qtbot.waitSignal(phone.call_state_changed,
                              check_params_cb=lambda c: c.state == CallState.CONNECTED, timeout=10000):
            phone.dial(f"sip:peer@127.0.0.1:{port}")
        with qtbot.waitSignal(phone.stopped, timeout=10000):
            phone.stop()
        assert phone.wait_stopped(5)
        assert Engine._current is None
    assert threading.active_count() <= threads_before
    qtbot.waitUntil(lambda: len([e for e in peer.events if e.get("event") == "call"]) == 8, timeout=10000)
    # Each stop unregistered: the registrar saw a REGISTER with expires 0 for every cycle.
    assert kamailio.count("REGISTER_ATTEMPT 1001") >= 8 * 2


def test_network_change_keeps_the_live_call(kamailio: Kamailio, make_phone: Any, simulator: Any,
                                            qtbot: Any) -> None:
    """Wi-Fi back / new IP during a call: transports restarted, re-registered, the call re-INVITEd
    and kept (the caller does not hang up on us)."""
    phone = make_phone()
    log = _RegLog(phone)
    phone.start(sip_account(kamailio, transport=Transport.TCP))
    qtbot.waitUntil(lambda: log.has_after(RegState.REGISTERED, 0), timeout=10000)
    states: list[Any] = []
    phone.call_state_changed.connect(states.append)
    events: list[str] = []
    phone.network_event.connect(events.append)
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as inc:
        sim = simulator("--target", f"sip:1001@{kamailio.registrar}", "--count", "1", "--first-delay", "0",
                        "--talk-seconds", "6")
    cid = inc.args[0].call_id
    phone.answer(cid)
    qtbot.waitUntil(lambda: any(s.state == CallState.CONNECTED for s in states), timeout=5000)
    mark = len(log.items)
    phone.network_changed()
    qtbot.waitUntil(lambda: log.has_after(RegState.REGISTERED, mark), timeout=5000)
    qtbot.waitUntil(lambda: any("kept" in e for e in events), timeout=5000)
    assert not any(s.state == CallState.ENDED for s in states)
    ev = sim.wait_event("call", timeout=15)[0]
    assert ev["answered"] and ev["talk_s"] >= 5.5        # the caller stayed until it hung up itself
