"""The real engine in direct mode (no PBX) against the caller simulator in a subprocess."""

from __future__ import annotations

import os
import signal
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from agent_console.phone.api import CallInfo, CallState, RegState, SrtpPolicy
from agent_console.phone.engine import Engine
from agent_console.phone.wavgen import goertzel_power, tone, write_wav

from .conftest import FAST, RecordingAudio, direct_account, read_wav_settled


def _states(qtbot: Any, phone: Any) -> list[CallInfo]:
    seen: list[CallInfo] = []
    phone.call_state_changed.connect(seen.append)
    return seen


def test_start_stop_cycles_leave_no_thread_and_no_endpoint(make_phone: Any, qtbot: Any) -> None:
    phone = make_phone()
    before = {t.ident for t in threading.enumerate()}
    for _ in range(15):
        with qtbot.waitSignal(phone.registration_changed,
                              check_params_cb=lambda s, r: s == RegState.DIRECT, timeout=5000):
            phone.start(direct_account())
        assert phone.local_port > 0
        with qtbot.waitSignal(phone.stopped, timeout=5000):
            phone.stop()
        assert phone.wait_stopped(5)
    assert Engine._current is None
    # pjmedia's own threads show up as _DummyThread once they have run a Python callback (the
    # log writer); they belong to no Endpoint. Every real (Python-started) thread must be gone.
    new = [t.name for t in threading.enumerate()
           if t.ident not in before and not isinstance(t, threading._DummyThread)]
    assert new == []


def test_restart_without_waiting_replaces_the_engine(make_phone: Any, qtbot: Any) -> None:
    """start() twice in a row: the second engine waits for the first to be destroyed (one Endpoint
    per process) instead of asserting."""
    phone = make_phone()
    phone.start(direct_account())
    with qtbot.waitSignal(phone.registration_changed,
                          check_params_cb=lambda s, r: s == RegState.DIRECT and "port" in r, timeout=5000):
        phone.start(direct_account("agent2"))
    assert phone.wait_ready(5)


def test_commands_without_a_running_engine_report_an_error(make_phone: Any, qtbot: Any) -> None:
    phone = make_phone()
    with qtbot.waitSignal(phone.error, timeout=1000):
        phone.answer("c1")
    with qtbot.waitSignal(phone.error, timeout=1000):
        phone.redial()


@pytest.mark.slow
def test_incoming_call_rings_answers_gets_dtmf_and_quality(
        make_phone: Any, simulator: Any, qtbot: Any) -> None:
    audio = RecordingAudio()
    phone = make_phone(audio)
    phone.start(direct_account())
    assert phone.wait_ready(5)
    sim = simulator("--target", f"sip:agent@127.0.0.1:{phone.local_port}", "--count", "1",
                    "--first-delay", "0", "--talk-seconds", "3", "--dtmf", "42#", "--seed", "3")
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as sig:
        pass
    info: CallInfo = sig.args[0]
    assert info.state == CallState.RINGING_IN
    assert info.remote_number.startswith("+77") and len(info.remote_number) == 12
    assert info.remote_name and " " in info.remote_name
    assert ("ring", False) in audio.events
    digits: list[str] = []
    phone.dtmf_received.connect(lambda cid, d: digits.append(d))
    with qtbot.waitSignal(phone.call_quality, timeout=6000) as q:
        phone.answer(info.call_id)
    assert q.args[0] == info.call_id and 4.0 <= q.args[1].mos <= 4.5
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.ENDED, timeout=10000) as end:
        pass
    assert end.args[0].quality is not None
    assert "".join(digits) == "42#"
    ev = sim.wait_event("call")[0]
    assert ev["answered"] and ev["talk_s"] >= 2.9
    assert audio.names().index("stop_ring") > audio.names().index("ring")
    assert "connect" in audio.names() and "disconnect" in audio.names()


@pytest.mark.slow
def test_dnd_rejects_with_486_and_never_rings(make_phone: Any, simulator: Any, qtbot: Any) -> None:
    audio = RecordingAudio()
    phone = make_phone(audio)
    phone.set_accepting_calls(False)          # before start: applied to the new engine
    phone.start(direct_account())
    assert phone.wait_ready(5)
    rang: list[Any] = []
    phone.incoming_call.connect(rang.append)
    with qtbot.waitSignal(phone.call_rejected_unavailable, timeout=10000) as sig:
        sim = simulator("--target", f"sip:agent@127.0.0.1:{phone.local_port}", "--count", "1",
                        "--first-delay", "0")
    assert sig.args[0].status_code == 486 and sig.args[0].state == CallState.ENDED
    ev = sim.wait_event("call")[0]
    assert not ev["answered"] and ev["end"].startswith("486")
    # Break with a configured code, switched on while running.
    phone.set_accepting_calls(False, 480)
    with qtbot.waitSignal(phone.call_rejected_unavailable, timeout=10000) as sig2:
        sim2 = simulator("--target", f"sip:agent@127.0.0.1:{phone.local_port}", "--count", "1",
                         "--first-delay", "0")
    assert sig2.args[0].status_code == 480
    assert sim2.wait_event("call")[0]["end"].startswith("480")
    qtbot.wait(200)
    assert rang == []
    assert "ring" not in audio.names()


@pytest.mark.slow
def test_audio_both_directions_tone_is_heard(make_phone: Any, simulator: Any, qtbot: Any,
                                             tmp_path: Path) -> None:
    """Caller plays 1 kHz, agent records; agent plays 600 Hz, the callee records."""
    wav600 = str(write_wav(tmp_path / "600.wav", tone(600, 5.0)))
    rec_dir = tmp_path / "agent"
    rec_dir.mkdir()
    audio = RecordingAudio(record_dir=rec_dir, play_wav=wav600)
    phone = make_phone(audio)
    phone.start(direct_account())
    assert phone.wait_ready(5)
    sim_dir = tmp_path / "sim"
    sim_dir.mkdir()
    sim = simulator("--answer", "--tone", "1000", "--record", str(sim_dir), "--talk-seconds", "60")
    port = sim.port()
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=10000) as c:
        phone.dial(f"peer@127.0.0.1:{port}")
    cid = c.args[0].call_id
    assert phone.last_number == f"peer@127.0.0.1:{port}"
    qtbot.wait(2500)
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.ENDED, timeout=10000):
        phone.hangup(cid)
    sim.wait_event("call")
    agent_heard, rate = read_wav_settled(audio.recordings[cid])
    assert len(agent_heard) > rate  # more than a second
    tail = agent_heard[len(agent_heard) // 3:]
    assert goertzel_power(tail, rate, 1000) > 50 * goertzel_power(tail, rate, 600)
    caller_heard, rate2 = read_wav_settled(next(sim_dir.glob("*.wav")))
    tail2 = caller_heard[len(caller_heard) // 3:]
    assert goertzel_power(tail2, rate2, 600) > 50 * goertzel_power(tail2, rate2, 1000)


@pytest.mark.slow
def test_hold_resume_mute_and_redial(make_phone: Any, simulator: Any, qtbot: Any, tmp_path: Path) -> None:
    wav = str(write_wav(tmp_path / "800.wav", tone(800, 5.0)))
    audio = RecordingAudio(play_wav=wav)
    phone = make_phone(audio)
    phone.start(direct_account())
    assert phone.wait_ready(5)
    sim_dir = tmp_path / "sim"
    sim_dir.mkdir()
    sim = simulator("--answer", "--silent", "--record", str(sim_dir), "--talk-seconds", "60")
    port = sim.port()
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=10000) as c:
        phone.dial(f"peer@127.0.0.1:{port}")
    cid = c.args[0].call_id
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.HELD, timeout=5000):
        phone.hold(cid)
    qtbot.wait(300)
    assert audio.names()[-1] == "disconnect"        # held: audio unwired
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=5000):
        phone.resume(cid)
    qtbot.waitUntil(lambda: audio.names()[-1] == "connect", timeout=5000)
    qtbot.wait(1000)                                 # the tone is heard after resume ...
    phone.set_mute(True)                             # ... and not any more once muted
    qtbot.waitUntil(lambda: ("mute", True) in audio.events, timeout=3000)
    qtbot.wait(1500)
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.ENDED, timeout=10000):
        phone.hangup(cid)
    sim.wait_event("call")
    heard, rate = read_wav_settled(next(sim_dir.glob("*.wav")))
    # The last second of the call was muted: the conf-level fallback silenced the 800 Hz tone.
    last = heard[-rate // 2:]
    assert goertzel_power(last, rate, 800) < 1e-4
    assert max(goertzel_power(heard[i:i + rate // 4], rate, 800)
               for i in range(0, len(heard) - rate // 4, rate // 4)) > 1e-2
    phone.set_mute(False)
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=10000) as c2:
        phone.redial()
    assert c2.args[0].call_id != cid and c2.args[0].direction == "outbound"


@pytest.mark.slow
def test_call_waiting_rings_softly_and_answer_holds_the_first(
        make_phone: Any, simulator: Any, qtbot: Any) -> None:
    audio = RecordingAudio()
    phone = make_phone(audio)
    phone.start(direct_account())
    assert phone.wait_ready(5)
    target = f"sip:agent@127.0.0.1:{phone.local_port}"
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as first:
        simulator("--target", target, "--count", "1", "--first-delay", "0", "--talk-seconds", "30")
    c1 = first.args[0].call_id
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.call_id == c1 and i.state == CallState.CONNECTED,
                          timeout=5000):
        phone.answer(c1)
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as second:
        simulator("--target", target, "--count", "1", "--first-delay", "0", "--talk-seconds", "30")
    c2 = second.args[0].call_id
    assert ("ring", True) in audio.events          # soft call-waiting tone, not the ringtone
    with qtbot.waitSignals(
        [phone.call_state_changed, phone.call_state_changed],
        check_params_cbs=[lambda i: i.call_id == c1 and i.state == CallState.HELD,
                          lambda i: i.call_id == c2 and i.state == CallState.CONNECTED],
        order="none", timeout=5000,
    ):
        phone.answer(c2)
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.call_id == c2 and i.state == CallState.ENDED,
                          timeout=5000):
        phone.hangup(c2)
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.call_id == c1 and i.state == CallState.CONNECTED,
                          timeout=5000):
        phone.resume(c1)


@pytest.mark.slow
def test_dtmf_sip_info_both_ways_and_decline(make_phone: Any, simulator: Any, qtbot: Any) -> None:
    phone = make_phone()
    phone.start(direct_account())
    assert phone.wait_ready(5)
    sim = simulator("--answer", "--silent", "--talk-seconds", "60")
    port = sim.port()
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=10000) as c:
        phone.dial(f"peer@127.0.0.1:{port}")
    cid = c.args[0].call_id
    phone.send_dtmf_info(cid, "7*")
    phone.send_dtmf(cid, "3")
    qtbot.wait(1500)
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.ENDED, timeout=10000):
        phone.hangup(cid)
    assert sim.wait_event("call")[0]["dtmf"] == "7*3"
    # INFO from the caller side, then the agent declines the next call.
    digits: list[str] = []
    phone.dtmf_received.connect(lambda _c, d: digits.append(d))
    target = f"sip:agent@127.0.0.1:{phone.local_port}"
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as inc:
        simulator("--target", target, "--count", "2", "--rate-per-min", "600", "--first-delay", "0",
                  "--dtmf", "91", "--dtmf-info", "--talk-seconds", "2")
    phone.answer(inc.args[0].call_id)
    qtbot.waitUntil(lambda: "".join(digits) == "91", timeout=5000)
    with qtbot.waitSignal(phone.incoming_call, timeout=15000) as inc2:
        pass
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.call_id == inc2.args[0].call_id
                          and i.state == CallState.ENDED, timeout=5000) as end:
        phone.decline(inc2.args[0].call_id)
    assert end.args[0].status_code == 486


@pytest.mark.slow
@pytest.mark.parametrize(("agent", "caller", "connects"), [
    (SrtpPolicy.MANDATORY, "disabled", False),    # never downgraded to plain RTP
    (SrtpPolicy.MANDATORY, "mandatory", True),
    (SrtpPolicy.OPTIONAL, "disabled", True),
])
def test_srtp_policy(make_phone: Any, simulator: Any, qtbot: Any, agent: SrtpPolicy, caller: str,
                     connects: bool) -> None:
    phone = make_phone()
    phone.start(direct_account(srtp=agent))
    assert phone.wait_ready(5)
    answered: list[str] = []
    phone.incoming_call.connect(lambda i: (answered.append(i.call_id), phone.answer(i.call_id)))
    sim = simulator("--target", f"sip:agent@127.0.0.1:{phone.local_port}", "--count", "1",
                    "--first-delay", "0", "--talk-seconds", "1", "--srtp", caller)
    ev = sim.wait_event("call", timeout=15)[0]
    assert ev["answered"] is connects, ev
    if not connects:
        assert ev["end"].startswith("488") and answered == []


@pytest.mark.slow
@pytest.mark.parametrize(("caller_g722", "connects"), [(False, False), (True, True)])
def test_codec_preferences_are_applied(make_phone: Any, simulator: Any, qtbot: Any,
                                       caller_g722: bool, connects: bool) -> None:
    phone = make_phone()
    phone.start(direct_account(codecs=("G722/16000",)))      # wideband only
    assert phone.wait_ready(5)
    phone.incoming_call.connect(lambda i: phone.answer(i.call_id))
    args = ["--target", f"sip:agent@127.0.0.1:{phone.local_port}", "--count", "1", "--first-delay", "0",
            "--talk-seconds", "1"] + (["--g722"] if caller_g722 else [])
    ev = simulator(*args).wait_event("call", timeout=15)[0]
    assert ev["answered"] is connects, ev


@pytest.mark.slow
def test_call_whose_media_stops_is_ended_and_says_so(make_phone: Any, simulator: Any, qtbot: Any) -> None:
    phone = make_phone(options=replace(FAST, rtp_timeout_s=2.0, quality_interval_s=0.5))
    phone.start(direct_account())
    assert phone.wait_ready(5)
    with qtbot.waitSignal(phone.incoming_call, timeout=10000) as inc:
        sim = simulator("--target", f"sip:agent@127.0.0.1:{phone.local_port}", "--count", "1",
                        "--first-delay", "0", "--talk-seconds", "60")
    with qtbot.waitSignal(phone.call_state_changed,
                          check_params_cb=lambda i: i.state == CallState.CONNECTED, timeout=5000):
        phone.answer(inc.args[0].call_id)
    qtbot.wait(1500)
    os.kill(sim.proc.pid, signal.SIGSTOP)            # the peer freezes: no RTP, no BYE
    try:
        with qtbot.waitSignal(phone.call_state_changed,
                              check_params_cb=lambda i: i.state == CallState.ENDED, timeout=8000) as end:
            pass
    finally:
        os.kill(sim.proc.pid, signal.SIGCONT)
    assert "No audio" in end.args[0].reason


@pytest.mark.slow
def test_conference_ports_are_released_call_after_call(make_phone: Any, simulator: Any, qtbot: Any) -> None:
    """With pjsua's default sound auto-close the bridge kept one port per call (full after ~250
    calls: every later call failed with 488). The engine keeps the clock running; ports return."""
    phone = make_phone()
    phone.start(direct_account())
    assert phone.wait_ready(5)
    ended: list[str] = []
    phone.incoming_call.connect(lambda i: phone.answer(i.call_id))
    phone.call_state_changed.connect(lambda i: ended.append(i.call_id) if i.state == CallState.ENDED else None)
    simulator("--target", f"sip:agent@127.0.0.1:{phone.local_port}", "--count", "8", "--rate-per-min", "60000",
              "--first-delay", "0", "--talk-seconds", "0.3", "--silent")
    qtbot.waitUntil(lambda: len(ended) == 8, timeout=30000)
    eng = phone._engine
    ports: list[int] = []

    def count() -> None:
        ports.append(eng.ep.mediaActivePorts())

    def settled() -> bool:
        eng.post(count)
        qtbot.wait(100)
        return bool(ports) and ports[-1] <= 1      # only the (null) sound device's master port

    qtbot.waitUntil(settled, timeout=5000)


def test_a_burst_of_dials_is_refused_instead_of_crashing(make_phone: Any, qtbot: Any) -> None:
    """pjlib aborts when > ~30 calls/s are set up and torn down (ioqueue keys); dial() refuses
    a burst beyond max_dials_per_s with an error instead."""
    phone = make_phone()
    phone.start(direct_account())
    assert phone.wait_ready(5)
    errors: list[str] = []
    phone.error.connect(errors.append)
    for _ in range(14):
        phone.dial("nobody@127.0.0.1:9")
    qtbot.waitUntil(lambda: len([e for e in errors if "Too many calls" in e]) == 4, timeout=5000)
