"""baresip as a foreign phone registered at the same Kamailio: calls in both directions, DTMF,
blind and attended transfer to a third party (the simulator in callee mode)."""

from __future__ import annotations

from typing import Any

import pytest

from agent_console.phone.api import CallState, RegState

from .conftest import USERS, Kamailio, sip_account

pytestmark = pytest.mark.slow


def _peer(k: Kamailio, baresip: Any) -> Any:
    b = baresip(f"<sip:1002@{k.registrar}>;auth_pass={USERS['1002']};answermode=auto;regint=60;"
                f"outbound=\"sip:{k.registrar}\"")
    b.wait_registered()
    return b


def _agent(k: Kamailio, make_phone: Any, qtbot: Any) -> Any:
    phone = make_phone()
    with qtbot.waitSignal(phone.registration_changed,
                          check_params_cb=lambda s, r: s == RegState.REGISTERED, timeout=10000):
        phone.start(sip_account(k))
    return phone


def _connected(qtbot: Any, phone: Any, timeout: int = 10000) -> Any:
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=timeout) as s:
        pass
    return s.args[0]


def test_baresip_calls_the_agent_through_kamailio_and_gets_dtmf(
        kamailio: Kamailio, make_phone: Any, baresip: Any, qtbot: Any) -> None:
    phone = _agent(kamailio, make_phone, qtbot)
    peer = _peer(kamailio, baresip)
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as inc:
        peer.command("dial", f"sip:1001@{kamailio.registrar}")
    info = inc.args[0]
    assert info.remote_number == "1002"
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=10000):
        phone.answer(info.call_id)
    peer.wait_event("CALL_ESTABLISHED")
    phone.send_dtmf(info.call_id, "5")
    ev = peer.wait_event("CALL_DTMF_START")
    assert ev.get("param") == "5"
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.ENDED, timeout=10000):
        peer.command("hangup")


def test_agent_calls_baresip_by_extension(kamailio: Kamailio, make_phone: Any, baresip: Any,
                                          qtbot: Any) -> None:
    phone = _agent(kamailio, make_phone, qtbot)
    peer = _peer(kamailio, baresip)
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=10000) as c:
        phone.dial("1002")
    assert c.args[0].remote_number == "1002" and c.args[0].direction == "outbound"
    peer.wait_event("CALL_ESTABLISHED")
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.ENDED, timeout=10000):
        phone.hangup(c.args[0].call_id)
    peer.wait_event("CALL_CLOSED")


def test_blind_transfer_of_a_baresip_caller_to_a_third_party(
        kamailio: Kamailio, make_phone: Any, baresip: Any, simulator: Any, qtbot: Any) -> None:
    phone = _agent(kamailio, make_phone, qtbot)
    peer = _peer(kamailio, baresip)
    third = simulator("--answer", "--user", "expert", "--silent", "--talk-seconds", "2")
    port = third.port()
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as inc:
        peer.command("dial", f"sip:1001@{kamailio.registrar}")
    cid = inc.args[0].call_id
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=10000):
        phone.answer(cid)
    with qtbot.waitSignal(phone.transfer_result, timeout=15000) as tr:
        phone.transfer_blind(cid, f"sip:expert@127.0.0.1:{port}")
    assert tr.args[0] == cid and tr.args[1] is True, tr.args
    ev = third.wait_event("call", timeout=15)[0]
    assert ev["answered"] and ev["number"] == "1002"   # the caller now talks to the third party


def test_attended_transfer_after_a_consultation_call(
        kamailio: Kamailio, make_phone: Any, baresip: Any, simulator: Any, qtbot: Any) -> None:
    phone = _agent(kamailio, make_phone, qtbot)
    peer = _peer(kamailio, baresip)
    third = simulator("--answer", "--user", "expert", "--silent", "--talk-seconds", "30")
    port = third.port()
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as inc:
        peer.command("dial", f"sip:1001@{kamailio.registrar}")
    cid = inc.args[0].call_id
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=10000):
        phone.answer(cid)
    # Consultation: dialling puts the caller on hold and calls the expert.
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.call_id != cid and i.state == CallState.CONNECTED,
                          timeout=10000) as consult:
        phone.dial(f"sip:expert@127.0.0.1:{port}")
    consult_id = consult.args[0].call_id
    ended: set[str] = set()
    phone.call_state_changed.connect(lambda i: ended.add(i.call_id) if i.state == CallState.ENDED else None)
    with qtbot.waitSignal(phone.transfer_result, timeout=15000) as tr:
        phone.transfer_attended(cid, consult_id)
    # Seen once in ~60 runs: "500 Server Internal Error". The logs of all three parties go into
    # the failure message, to find out which one refused and why.
    assert tr.args[0] == cid and tr.args[1] is True, (
        f"{tr.args}\n--- baresip:\n{peer.log_path.read_text(errors='replace')[-3000:]}"
        f"\n--- expert (simulator):\n{third.raw}\n{third.log_path.read_text(errors='replace')[-3000:]}"
        f"\n--- kamailio:\n{kamailio.log()[-2000:]}")
    # The caller now talks to the expert (a second established call at baresip, made with
    # Replaces), and the agent is out of both calls.
    qtbot.waitUntil(lambda: peer.types().count("CALL_ESTABLISHED") >= 2, timeout=10000)
    qtbot.waitUntil(lambda: {cid, consult_id} <= ended, timeout=10000)
    # The expert's side: the call with the agent ended, the one with the caller (1002) goes on.
    third.wait_event("call", timeout=10)
    calls = [e for e in third.events if e.get("event") == "call"]
    assert [c["number"] for c in calls] == ["1001"]
