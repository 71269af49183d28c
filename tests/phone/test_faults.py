"""The phone under faults, against a scripted SIP peer (tests/phone/sippeer.py): media outages and
loss through a UDP relay, hold glare (491), registrars that ask for patience or say nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from agent_console.phone.api import CallQuality, CallState
from tests.phone.conftest import FAST, _pause, direct_account
from tests.phone.sippeer import RtpSource, SipPeer, UdpRelay, sdp_audio_addr


@pytest.fixture
def peer() -> Iterator[SipPeer]:
    p = SipPeer()
    yield p
    p.close()


def _connected_call(phone: Any, peer: SipPeer, qtbot: Any, relay: UdpRelay | None = None) -> str:
    """The peer calls the agent (RTP through ``relay`` if given), the agent answers."""
    rtp = peer.rtp = RtpSource()
    sdp_port = rtp.port
    if relay is not None:
        relay.peer_addr = ("127.0.0.1", rtp.port)
        sdp_port = relay.agent_side
    with qtbot.waitSignal(phone.incoming_call, timeout=5000) as inc:
        peer.invite(phone.local_port, sdp_port)
    key = inc.args[0].call_id
    phone.answer(key)
    ok = peer.wait_answer()
    agent_rtp = sdp_audio_addr(ok.body)
    if relay is not None:
        relay.agent_addr = agent_rtp
        rtp.start(("127.0.0.1", relay.peer_side))
    else:
        rtp.start(agent_rtp)
    return str(key)


def _qualities(phone: Any) -> list[CallQuality]:
    got: list[CallQuality] = []
    phone.call_quality.connect(lambda cid, q: got.append(q))
    return got


def _wait_for(got: list[CallQuality], cond: Any, timeout: float) -> CallQuality:
    start = len(got)
    end = _pause_until(lambda: any(cond(q) for q in got[start:]), timeout)
    assert end, f"no matching quality reading in {timeout} s: {got[start:]}"
    return next(q for q in got[start:] if cond(q))


def _pause_until(cond: Any, timeout: float) -> bool:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        _pause(0.05)
    return cond()


@pytest.mark.slow
def test_media_outage_reads_no_audio_and_loss_reads_poor(make_phone: Any, peer: SipPeer, qtbot: Any) -> None:
    phone = make_phone(options=replace(FAST, quality_interval_s=1.0, rtp_timeout_s=0))
    phone.start(direct_account())
    assert phone.wait_ready(5)
    got = _qualities(phone)
    relay = UdpRelay(peer_addr=("127.0.0.1", 0))
    try:
        key = _connected_call(phone, peer, qtbot, relay)
        good = _wait_for(got, lambda q: q.mos >= 4.0, 5)
        assert not good.no_audio and good.grade == "good"

        relay.forwarding = False                       # the path dies: not one packet arrives
        silent = _wait_for(got, lambda q: q.no_audio, 4)
        assert silent.grade == "no_audio" and silent.mos == 1.0 and silent.loss_pct == 100.0
        # Every reading during the outage says so (pjmedia's own loss counter stands still).
        _pause(2.2)
        assert all(q.no_audio for q in got[-2:]), got[-3:]

        relay.forwarding = True
        _wait_for(got, lambda q: q.grade == "good", 4)

        relay.delay_ms, relay.jitter_ms = 80, 40       # a jittery path: the jitter reading rises
        jittery = _wait_for(got, lambda q: q.jitter_ms >= 10, 6)
        assert not jittery.no_audio and jittery.mos < good.mos
        relay.delay_ms, relay.jitter_ms = 0, 0

        relay.drop_pct = 25                            # a lossy path: poor, and the call lives on
        lossy = _wait_for(got, lambda q: q.grade == "poor" and not q.no_audio and q.loss_pct > 10, 6)
        assert lossy.loss_pct < 45
        with qtbot.waitSignal(phone.call_state_changed,
                              check_params_cb=lambda i: i.state == CallState.ENDED, timeout=5000):
            phone.hangup(key)
    finally:
        relay.close()


def _answer_reinvite(peer: SipPeer, refusals: int) -> None:
    """The peer answers the first ``refusals`` re-INVITEs with 491 Request Pending, later ones
    with 200 OK (recvonly to a sendonly offer)."""
    def on_invite(msg: Any) -> Any:
        n = len([m for m in peer.requests("INVITE") if ";tag=" in m.header("To")])
        if n <= refusals:
            return 491, "Request Pending", [], ""
        direction = "recvonly" if "a=sendonly" in msg.body else "sendrecv"
        assert peer.rtp is not None
        return 200, "OK", [], peer.sdp(peer.rtp.port, direction)
    peer.handlers["INVITE"] = on_invite


def _reinvites(peer: SipPeer) -> list[Any]:
    return [m for m in peer.requests("INVITE") if ";tag=" in m.header("To")]


@pytest.mark.slow
def test_hold_met_by_491_is_retried_after_the_rfc_delay_and_then_held(
        make_phone: Any, peer: SipPeer, qtbot: Any) -> None:
    phone = make_phone()
    phone.start(direct_account())
    assert phone.wait_ready(5)
    key = _connected_call(phone, peer, qtbot)
    _answer_reinvite(peer, refusals=1)
    states: list[CallState] = []
    notes: list[str] = []
    phone.call_state_changed.connect(lambda i: states.append(i.state))
    phone.network_event.connect(notes.append)
    phone.hold(key)
    assert _pause_until(lambda: len(_reinvites(peer)) == 2, 5), "the hold was not retried"
    first, second = _reinvites(peer)
    assert "a=sendonly" in first.body and "a=sendonly" in second.body
    # The agent answered the peer's INVITE: the peer owns the Call-ID, so the agent waits 0-2 s.
    assert 0.0 <= second.at - first.at <= 2.0 + 0.3
    assert _pause_until(lambda: states[-1:] == [CallState.HELD], 3), states
    while states and states[0] == CallState.CONNECTED:     # the answer's own signal, still queued
        states.pop(0)
    assert states == [CallState.HELD, CallState.CONNECTED, CallState.HELD]
    assert any("trying again" in n for n in notes)


@pytest.mark.slow
def test_hold_glare_on_our_own_call_waits_2_1_to_4_s(make_phone: Any, peer: SipPeer, qtbot: Any) -> None:
    """The agent dialled: the agent generated the Call-ID, so RFC 3261 §14.1 says 2.1-4 s."""
    phone = make_phone()
    phone.start(direct_account())
    assert phone.wait_ready(5)
    rtp = peer.rtp = RtpSource()
    _answer_reinvite(peer, refusals=1)
    initial = peer.handlers["INVITE"]
    peer.handlers["INVITE"] = lambda m: (initial(m) if ";tag=" in m.header("To")
                                         else (200, "OK", [], peer.sdp(rtp.port)))
    with qtbot.waitSignal(phone.call_state_changed, check_params_cb=lambda i: i.state == CallState.CONNECTED,
                          timeout=5000) as up:
        phone.dial(f"peer@127.0.0.1:{peer.port}")
    phone.hold(up.args[0].call_id)
    assert _pause_until(lambda: len(_reinvites(peer)) == 2, 6), "the hold was not retried"
    first, second = _reinvites(peer)
    assert 2.1 - 0.05 <= second.at - first.at <= 4.0 + 0.3, second.at - first.at


@pytest.mark.slow
def test_hold_refused_twice_shows_not_held_and_says_so(make_phone: Any, peer: SipPeer, qtbot: Any) -> None:
    phone = make_phone()
    phone.start(direct_account())
    assert phone.wait_ready(5)
    key = _connected_call(phone, peer, qtbot)
    _answer_reinvite(peer, refusals=99)
    states: list[CallState] = []
    phone.call_state_changed.connect(lambda i: states.append(i.state))
    with qtbot.waitSignal(phone.error, timeout=5000,
                          check_params_cb=lambda text: "NOT on hold" in text) as err:
        phone.hold(key)
    assert "491" in err.args[0] and "can still hear you" in err.args[0]
    assert states[-1] == CallState.CONNECTED
    _pause(2.5)
    assert len(_reinvites(peer)) == 2          # one retry, then the truth: no endless loop


# ---- a scripted registrar -----------------------------------------------------------------------


def _registrar_account(peer: SipPeer) -> Any:
    from agent_console.phone.api import SipAccountConfig

    return SipAccountConfig(registrar=f"127.0.0.1:{peer.port}", extension="1001", password="pw")


def _reg_ok(msg: Any) -> Any:
    return 200, "OK", [("Contact", msg.header("Contact") + ";expires=300"), ("Expires", "300")], ""


class _Reg:
    def __init__(self, phone: Any) -> None:
        import time

        self.items: list[tuple[float, str, str]] = []
        phone.registration_changed.connect(lambda s, r: self.items.append((time.monotonic(), s, r)))

    def first(self, state: str, after: float = 0.0) -> tuple[float, str, str] | None:
        return next((i for i in self.items if i[1] == state and i[0] >= after), None)


@pytest.mark.slow
@pytest.mark.parametrize("code", [503, 500])
def test_retry_after_is_obeyed(make_phone: Any, peer: SipPeer, code: int) -> None:
    answers = iter([(code, "Service Unavailable" if code == 503 else "Server Internal Error",
                     [("Retry-After", "4")], "")])
    peer.handlers["REGISTER"] = lambda m: next(answers, None) or _reg_ok(m)
    phone = make_phone()          # test back-off: first retry after 0.5 s if Retry-After were ignored
    reg = _Reg(phone)
    phone.start(_registrar_account(peer))
    assert _pause_until(lambda: reg.first("registered") is not None, 10), reg.items
    first, second = peer.requests("REGISTER")[:2]
    assert 4.0 <= second.at - first.at <= 4.0 * 1.1 + 0.5, second.at - first.at
    waiting = reg.first("unreachable")
    assert waiting is not None and "asked to wait" in waiting[2] and str(code) in waiting[2]
    # The PBX answered the probe (OPTIONS) all along: that did not cut the wait short.
    assert len(peer.requests("REGISTER")) == 2


@pytest.mark.slow
def test_a_silent_registrar_is_reported_within_seconds_while_still_trying(make_phone: Any, peer: SipPeer) -> None:
    import time

    peer.handlers["REGISTER"] = lambda m: None
    phone = make_phone()
    reg = _Reg(phone)
    t0 = time.monotonic()
    phone.start(_registrar_account(peer))
    assert _pause_until(lambda: reg.first("unreachable") is not None, 8), reg.items
    said = reg.first("unreachable")
    assert said is not None and "not answering" in said[2]
    assert said[0] - t0 <= 5.0 + 1.0           # pjsip alone waits 32 s for the transaction
    n = len(peer.requests("REGISTER"))
    _pause(4.5)
    assert len(peer.requests("REGISTER")) > n   # still trying (UDP retransmissions, every 4 s)
    peer.handlers["REGISTER"] = _reg_ok
    assert _pause_until(lambda: reg.first("registered") is not None, 6), reg.items


@pytest.mark.slow
def test_dead_pbx_on_udp_noticed_within_30_s_and_return_within_5_s(peer: SipPeer, make_phone: Any) -> None:
    """Production probe settings (OPTIONS every 10 s, 3 s timeout, two misses) and production
    back-off (1 s doubling to 30 s)."""
    import time

    from agent_console.phone.engine import EngineOptions

    peer.handlers["REGISTER"] = _reg_ok
    phone = make_phone(options=EngineOptions())
    reg = _Reg(phone)
    phone.start(_registrar_account(peer))
    assert _pause_until(lambda: reg.first("registered") is not None, 10), reg.items
    _pause(1.0)
    died = time.monotonic()
    for method in ("REGISTER", "OPTIONS"):        # the PBX dies: not one answer more
        peer.handlers[method] = lambda m: None
    assert _pause_until(lambda: reg.first("unreachable", died) is not None, 32), reg.items
    told = reg.first("unreachable", died)
    assert told is not None and "not answering" in told[2]
    noticed = told[0] - died
    assert noticed <= 30.0, noticed
    _pause(8.0)                                   # still down a while, then back
    back = time.monotonic()
    peer.handlers["REGISTER"] = _reg_ok
    peer.handlers["OPTIONS"] = lambda m: (200, "OK", [], "")
    assert _pause_until(lambda: reg.first("registered", back) is not None, 10), reg.items
    registered = reg.first("registered", back)
    assert registered is not None
    print(f"dead PBX noticed after {noticed:.1f} s; registered {registered[0] - back:.1f} s after its return")
    assert registered[0] - back <= 5.0


@pytest.mark.slow
@pytest.mark.parametrize("transport", ["udp", "tcp"])
def test_registrar_down_60_s_then_back_registers_within_5_s_with_production_settings(
        kamailio: Any, make_phone: Any, transport: str) -> None:
    """Production EngineOptions (back-off 1 s doubling to 30 s: a REGISTER retry alone could come
    up to 36 s after the registrar's return); the probe brings it down to seconds."""
    import time

    from agent_console.phone.api import Transport
    from agent_console.phone.engine import EngineOptions
    from tests.phone.conftest import sip_account

    phone = make_phone(options=EngineOptions())
    reg = _Reg(phone)
    phone.start(sip_account(kamailio, transport=Transport(transport)))
    assert _pause_until(lambda: reg.first("registered") is not None, 10), reg.items
    killed = time.monotonic()
    kamailio.stop()
    assert _pause_until(lambda: reg.first("unreachable", killed) is not None, 32), reg.items
    _pause(max(0.0, 60.0 - (time.monotonic() - killed)))
    up = time.monotonic()                         # includes Kamailio's own start-up
    kamailio.start()
    assert _pause_until(lambda: reg.first("registered", up) is not None, 40), reg.items
    registered = reg.first("registered", up)
    assert registered is not None
    print(f"{transport}: registered {registered[0] - up:.2f} s after the registrar returned")
    assert registered[0] - up <= 5.0


@pytest.mark.slow
def test_plain_rtp_under_mandatory_srtp_is_reported_as_refused_with_the_reason(
        make_phone: Any, peer: SipPeer, qtbot: Any) -> None:
    from agent_console.phone.api import SrtpPolicy

    phone = make_phone()
    phone.start(direct_account(srtp=SrtpPolicy.MANDATORY))
    assert phone.wait_ready(5)
    rtp = peer.rtp = RtpSource()
    with qtbot.waitSignal(phone.call_rejected_unavailable, timeout=5000) as refused:
        peer.invite(phone.local_port, rtp.port)           # RTP/AVP, no a=crypto
    info = refused.args[0]
    assert info.status_code == 488 and info.state == CallState.ENDED
    assert "cannot encrypt" in info.reason and info.remote_number == "+77011234567"
    assert _pause_until(lambda: any(m.code == 488 for m in peer.responses("INVITE")), 3)


@pytest.mark.slow
def test_held_call_whose_peer_is_gone_is_ended_with_a_reason(make_phone: Any, peer: SipPeer, qtbot: Any) -> None:
    phone = make_phone(options=replace(FAST, quality_interval_s=0.5, hold_check_s=1.0))
    phone.start(direct_account())
    assert phone.wait_ready(5)
    key = _connected_call(phone, peer, qtbot)
    _answer_reinvite(peer, refusals=0)
    with qtbot.waitSignal(phone.call_state_changed, check_params_cb=lambda i: i.state == CallState.HELD,
                          timeout=5000):
        phone.hold(key)
    assert peer.rtp is not None
    peer.rtp.sending.clear()                       # held: the peer sends no audio (that is fine)
    assert _pause_until(lambda: len(peer.requests("OPTIONS")) >= 2, 6)
    assert phone.running                           # answered checks: the hold goes on
    # The peer restarts and has forgotten the dialog: it answers 481.
    peer.handlers["OPTIONS"] = lambda m: (481, "Call/Transaction Does Not Exist", [], "")
    with qtbot.waitSignal(phone.call_state_changed, check_params_cb=lambda i: i.state == CallState.ENDED,
                          timeout=6000) as end:
        pass
    assert "stopped answering while the call was on hold" in end.args[0].reason and "481" in end.args[0].reason


@pytest.mark.slow
def test_held_call_whose_peer_falls_silent_is_ended_after_the_transaction_timeout(
        make_phone: Any, peer: SipPeer, qtbot: Any) -> None:
    """A peer that died without a word (power cut, network gone): the in-dialog OPTIONS is
    retransmitted until pjsip's Timer F (64 × T1 = 32 s) gives up with 408, and the call ends."""
    import time

    phone = make_phone(options=replace(FAST, quality_interval_s=0.5, hold_check_s=1.0))
    phone.start(direct_account())
    assert phone.wait_ready(5)
    key = _connected_call(phone, peer, qtbot)
    _answer_reinvite(peer, refusals=0)
    with qtbot.waitSignal(phone.call_state_changed, check_params_cb=lambda i: i.state == CallState.HELD,
                          timeout=5000):
        phone.hold(key)
    assert peer.rtp is not None
    peer.rtp.sending.clear()
    assert _pause_until(lambda: len(peer.requests("OPTIONS")) >= 1, 4)   # answered: the hold goes on
    # The peer falls silent: nothing it receives is answered any more.
    for method in ("OPTIONS", "BYE", "INVITE", "ACK", "UPDATE", "INFO", "CANCEL", "NOTIFY"):
        peer.handlers[method] = lambda m: None
    silent_at = time.monotonic()
    ended: list[Any] = []
    phone.call_state_changed.connect(lambda i: ended.append(i) if i.state == CallState.ENDED else None)
    # hold_check_s (1 s) + Timer F (32 s) + a quality interval, with room for a loaded machine.
    assert _pause_until(lambda: bool(ended), 45), "the held call with a silent peer was never ended"
    took = time.monotonic() - silent_at
    assert 30 <= took <= 45, f"ended {took:.1f} s after the peer fell silent"
    assert "stopped answering while the call was on hold" in ended[0].reason and "408" in ended[0].reason
    # The unanswered check really was an OPTIONS retransmitted over UDP (the same branch many times).
    unanswered = [m for m in peer.requests("OPTIONS") if m.at >= silent_at]
    branches = {m.header("Via").partition("branch=")[2].split(";")[0] for m in unanswered}
    assert unanswered and len(unanswered) > len(branches)


def test_hold_check_production_interval_is_30_s() -> None:
    """Tests shorten ``hold_check_s``; the shipped value (docs/phone.md: a silent peer on hold is
    noticed within 30 + 32 s, 120 OPTIONS per hour per held call) is checked here."""
    from agent_console.phone.engine import EngineOptions

    assert EngineOptions().hold_check_s == 30.0


@pytest.mark.slow
def test_tls_to_a_plain_tcp_port_says_so_and_backs_off(kamailio: Any, make_phone: Any) -> None:
    import itertools

    from agent_console.phone.api import Transport
    from agent_console.phone.engine import EngineOptions
    from tests.phone.conftest import sip_account

    phone = make_phone(options=replace(EngineOptions(), backoff_first_s=0.5, backoff_max_s=4.0))
    reg = _Reg(phone)
    phone.start(sip_account(kamailio, transport=Transport.TLS))    # the UDP/TCP port, not TLS
    assert _pause_until(lambda: len([i for i in reg.items if "handshake" in i[2]]) >= 4, 45), reg.items
    failures = [i for i in reg.items if i[1] == "unreachable" and "not answering" not in i[2]]
    assert len(failures) >= 4 and all("is the port a TLS port?" in r for _, _, r in failures), failures
    # Each attempt lasts pjsip's 5 s handshake timeout; the waits between them double (0.5, 1, 2 s
    # with +-20 % jitter): the open TCP port, which the probe reaches, does not cut them short.
    waits = [b[0] - a[0] - 5.0 for a, b in itertools.pairwise(failures)]
    assert waits[2] > waits[0] * 2, waits


@pytest.mark.slow
def test_a_pbx_that_never_answers_options_is_not_declared_dead(make_phone: Any, peer: SipPeer) -> None:
    """Some PBXs or their firewalls drop OPTIONS from unknown sources: the probe cannot judge them."""
    peer.handlers["REGISTER"] = _reg_ok
    peer.handlers["OPTIONS"] = lambda m: None
    phone = make_phone(options=replace(FAST, probe_interval_s=0.5, probe_timeout_s=0.5))
    reg = _Reg(phone)
    phone.start(_registrar_account(peer))
    assert _pause_until(lambda: reg.first("registered") is not None, 10), reg.items
    _pause(4.0)
    assert len(peer.requests("OPTIONS")) >= 4          # probed, unanswered
    assert reg.first("unreachable") is None, reg.items
    assert len(peer.requests("REGISTER")) == 2         # one REGISTER settled the doubt, no more
    # If that PBX dies, the probe still cannot tell, but the doubt is settled per engine run:
    # the next refresh REGISTER finds out (not asserted here: minutes away).


@pytest.mark.slow
def test_a_pbx_that_never_answered_options_and_dies_is_found_out_by_a_register(
        make_phone: Any, peer: SipPeer) -> None:
    import time

    peer.handlers["REGISTER"] = _reg_ok
    peer.handlers["OPTIONS"] = lambda m: None
    phone = make_phone(options=replace(FAST, probe_interval_s=0.5, probe_timeout_s=0.5, silent_registrar_s=2.0))
    reg = _Reg(phone)
    phone.start(_registrar_account(peer))
    assert _pause_until(lambda: reg.first("registered") is not None, 10), reg.items
    died = time.monotonic()
    peer.handlers["REGISTER"] = lambda m: None         # dies before its OPTIONS behaviour was known
    assert _pause_until(lambda: reg.first("unreachable", died) is not None, 10), reg.items
    told = reg.first("unreachable", died)
    assert told is not None and "not answering" in told[2]
