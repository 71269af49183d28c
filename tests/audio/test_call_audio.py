"""End to end on a real PulseAudio daemon: a pjsua2 call (near end in-process with
DeviceAudioBackend, far end tests/audio/peer.py in a subprocess), tones checked by frequency."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import pytest

from agent_console.audio.backend import AudioEvent, DeviceAudioBackend
from agent_console.audio.echo_test import EchoTest
from agent_console.audio.qt import QtAudioAdapter
from agent_console.audio.settings import AudioSettings
from agent_console.audio.tones import ToneKind, goertzel_power

from .conftest import RATE, Peer, Recorder, TonePlayer, pactl
from .harness import NearEnd

pytestmark = pytest.mark.slow


@dataclass
class Near:
    end: NearEnd
    backend: DeviceAudioBackend
    events: list[AudioEvent] = field(default_factory=list)

    def pump(self, seconds: float, until: Callable[[], bool] | None = None) -> bool:
        return self.end.pump(seconds, until)

    def record(self, source: str, seconds: float) -> np.ndarray:
        rec = Recorder(source)
        self.pump(seconds)
        return rec.stop()


def make_near(settings: AudioSettings, native: bool = True) -> Near:
    backend = DeviceAudioBackend(settings, native=native)
    near = Near(NearEnd(backend), backend)
    backend.add_listener(near.events.append)
    return near


@pytest.fixture
def near(pulse_server: str) -> Iterator[Near]:
    n = make_near(AudioSettings(echo_cancellation=False))
    assert n.backend.native_bridge, "the C bridge port is not in use (libacbridge.so built?)"
    yield n
    n.end.close()


@pytest.fixture(params=["native", "python"])
def near_both(request: pytest.FixtureRequest, pulse_server: str) -> Iterator[Near]:
    """The C bridge port and FIFOs, and the Python ones kept as the fallback."""
    n = make_near(AudioSettings(echo_cancellation=False), native=request.param == "native")
    assert n.backend.native_bridge == (request.param == "native")
    yield n
    n.end.close()


PITCH_SLACK = 0.0125
"""How far a tone that passed through a drift FIFO may be off: while the FIFO brings its level back
to the target (after a late block), one read in many consumes n +- 1 samples, a pitch change of up
to 1/80 for 5 ms blocks. A tone 8 Hz off its bin is invisible to a Goertzel over 0.6 s."""


def dominant(x: np.ndarray, freq: float, others: tuple[float, ...] = (300.0, 600.0, 1500.0)) -> bool:
    """The tone ``freq`` (within PITCH_SLACK) is present and at least 20 dB above unrelated
    frequencies."""
    if len(x) < RATE // 4:
        return False
    p = max(goertzel_power(x, RATE, f) for f in freq * (1 + np.linspace(-PITCH_SLACK, PITCH_SLACK, 25)))
    ok = p > 1e-3 and all(p > 100 * goertzel_power(x, RATE, f) for f in others)
    if not ok:
        print("tone check failed:", freq, p, {f: goertzel_power(x, RATE, f) for f in others}, len(x))
    return ok


def peer_hears(near: Near, peer: Peer, freq: float, timeout: float = 6.0) -> bool:
    def check() -> bool:
        p_tone, p_other = peer.power(freq, 1500.0)
        return p_tone > 1e-2 and p_tone > 100 * p_other

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        near.pump(0.25)
        if check():
            return True
    return False


def test_far_end_tone_is_played_on_the_speaker_sink(near_both: Near, peer: Peer) -> None:
    near = near_both
    peer.send("tone 1000")
    near.end.call(peer.port)
    near.pump(0.7)
    x = near.record("test_speaker.monitor", 1.5)
    assert dominant(x, 1000.0), "far end's 1 kHz not heard on the headset sink"
    st = near.backend.stats()
    assert st is not None and st.speaker_device == "test_speaker" and st.frames_from_call > 50
    if near.backend.native_bridge:               # the speaker's blocks were moved by the C pump
        assert st.extra["pumped_speaker"] > 50


def test_microphone_tone_reaches_the_far_end_and_mute_silences_it(near_both: Near, peer: Peer) -> None:
    near = near_both
    player = TonePlayer("test_micfeed", 700.0)
    try:
        near.end.call(peer.port)
        assert peer_hears(near, peer, 700.0), "far end never heard the microphone's 700 Hz"
        near.backend.set_mute(True)
        near.pump(1.3)
        assert peer.power(700.0)[0] < 1e-4, "muted microphone still audible"
        near.backend.set_mute(False)
        assert peer_hears(near, peer, 700.0)
    finally:
        player.stop()


def test_headset_plugged_then_unplugged_mid_call_falls_back_and_tells(near: Near, peer: Peer, qtbot) -> None:  # type: ignore[no-untyped-def]
    adapter = QtAudioAdapter(near.backend)
    module = int(pactl("load-module", "module-null-sink", "sink_name=usb_headset", "norewinds=1",
                       "sink_properties=device.description=USB_Headset").strip())
    try:
        # Hot-plug: the new headset shows up in the list without a restart.
        assert near.pump(5, lambda: any(d.id == "pulse:usb_headset" for d in near.backend.devices()))
        near.backend.apply_settings(AudioSettings(speaker_id="pulse:usb_headset", echo_cancellation=False))
        peer.send("tone 1000")
        near.end.call(peer.port)
        near.pump(0.7)
        assert near.backend.in_use("speaker") == "pulse:usb_headset"
        assert dominant(near.record("usb_headset.monitor", 1.2), 1000.0)
        with qtbot.waitSignal(adapter.device_lost, timeout=5000, check_params_cb=lambda msg: bool(msg)):
            pactl("unload-module", str(module))
            module = -1
            near.pump(0.8)
        lost = [e for e in near.events if e.kind == "device_lost"]
        assert lost and lost[0].role == "speaker" and lost[0].device_id == "pulse:usb_headset"
        assert lost[0].fallback_id == "pulse:test_speaker"
        near.pump(0.5)
        assert near.backend.in_use("speaker") == "pulse:test_speaker"
        assert dominant(near.record("test_speaker.monitor", 1.2), 1000.0), "call audio did not continue"
        assert near.end.calls and near.end.calls[0].media is not None     # the call itself went on
    finally:
        if module >= 0:
            pactl("unload-module", str(module))


def test_ringer_rings_on_headset_and_laptop_speakers(pulse_server: str) -> None:
    n = make_near(AudioSettings(ringer_ids=("pulse:test_speaker", "pulse:test_ringer"), echo_cancellation=False))
    try:
        recs = [Recorder("test_speaker.monitor"), Recorder("test_ringer.monitor")]
        n.backend.start_ringing(call_waiting=False)
        n.pump(1.0)
        got = [r.stop() for r in recs]
        for x in got:
            assert dominant(x[RATE // 4:], 440.0, (300.0, 700.0, 1000.0)), "ringtone missing on a device"
        n.backend.stop_ringing()
        n.pump(0.4)
        after = n.record("test_ringer.monitor", 0.8)
        assert np.max(np.abs(after[RATE // 4:])) < 1e-3, "still ringing after stop_ringing"
    finally:
        n.end.close()


def test_ringback_busy_and_call_waiting_tones_in_headset(near: Near) -> None:
    near.backend.play_tone(ToneKind.BUSY)
    near.pump(0.4)
    assert dominant(near.record("test_speaker.monitor", 0.8), 425.0, (300.0, 600.0, 1000.0))
    near.backend.stop_tone()
    near.backend.start_ringing(call_waiting=True)       # soft tone in the headset, no ringer streams
    near.pump(0.3)
    x = near.record("test_speaker.monitor", 0.5)
    assert dominant(x, 440.0, (300.0, 600.0, 1000.0))
    near.backend.stop_ringing()


def test_level_meter_and_echo_test(near: Near, qtbot) -> None:  # type: ignore[no-untyped-def]
    adapter = QtAudioAdapter(near.backend)
    player = TonePlayer("test_micfeed", 700.0, amp=0.5)
    levels: list[float] = []
    adapter.level.connect(levels.append)
    try:
        adapter.start_meter()
        qtbot.waitUntil(lambda: bool(levels) and max(levels) > 0.6, timeout=5000)
        adapter.stop_meter()
        # Echo test: the agent hears their own microphone on the headset.
        echo = EchoTest(near.backend.bridge)  # type: ignore[arg-type]
        echo.start_echo()
        near.pump(0.5)
        assert dominant(near.record("test_speaker.monitor", 1.0), 700.0)
        echo.stop_echo()
    finally:
        player.stop()


def test_loopback_check_measures_round_trip(pulse_server: str) -> None:
    # A "loopback plug": the microphone is the headset sink's monitor.
    n = make_near(AudioSettings(mic_id="pulse:test_speaker.monitor", echo_cancellation=False))
    try:
        result: list[object] = []
        t = threading.Thread(target=lambda: result.append(EchoTest(n.backend.bridge).loopback_check()))  # type: ignore[arg-type]
        t.start()
        n.pump(4.0, lambda: not t.is_alive())
        t.join()
        r = result[0]
        assert r.heard, r  # type: ignore[attr-defined]
        assert 0 < r.round_trip_ms < 1000  # type: ignore[attr-defined]
    finally:
        n.end.close()


def test_echo_cancellation_via_pulseaudio_module(pulse_server: str, peer: Peer) -> None:
    n = make_near(AudioSettings(echo_cancellation=True, noise_suppression=False))
    player = TonePlayer("test_micfeed", 700.0)
    try:
        n.end.call(peer.port)
        n.pump(0.5)
        modules = subprocess.run(["pactl", "list", "short", "modules"], capture_output=True, text=True).stdout
        assert "module-echo-cancel" in modules
        assert n.backend.in_use("mic") == "pulse:test_mic"        # the agent's choice, behind the EC
        assert peer_hears(n, peer, 700.0, timeout=8.0)
    finally:
        player.stop()
        n.end.close()
    modules = subprocess.run(["pactl", "list", "short", "modules"], capture_output=True, text=True).stdout
    assert "module-echo-cancel" not in modules, "EC module left loaded after the endpoint stopped"


def test_microphone_unplugged_mid_call_falls_back_to_default_mic(near: Near, peer: Peer) -> None:
    module = int(pactl("load-module", "module-null-source", "source_name=usb_mic",
                       "description=USB_Headset_Mic").strip())
    player = TonePlayer("test_micfeed", 700.0)     # only the default mic (test_mic) hears this
    try:
        assert near.pump(5, lambda: any(d.id == "pulse:usb_mic" for d in near.backend.devices()))
        near.backend.apply_settings(AudioSettings(mic_id="pulse:usb_mic", echo_cancellation=False))
        near.end.call(peer.port)
        near.pump(1.0)
        assert near.backend.in_use("mic") == "pulse:usb_mic"
        assert not peer_hears(near, peer, 700.0, timeout=1.5)   # the silent USB mic is in use
        pactl("unload-module", str(module))
        module = -1
        assert near.pump(5, lambda: any(e.kind == "device_lost" and e.role == "mic" for e in near.events))
        lost = next(e for e in near.events if e.kind == "device_lost")
        assert (lost.device_id, lost.fallback_id) == ("pulse:usb_mic", "pulse:test_mic")
        assert peer_hears(near, peer, 700.0), "call did not continue on the fallback microphone"
    finally:
        player.stop()
        if module >= 0:
            pactl("unload-module", str(module))


def test_bridge_port_outlives_the_conference_bridge(pulse_server: str) -> None:
    """pjmedia 2.15 removes a conference port on its next clock tick, after ``~AudioMediaPort`` has
    freed it: the port must therefore stay alive (retired, silent, its PulseAudio bridge let go)
    until ``libDestroy``. Dropping it instead corrupted the Python heap now and then."""
    from agent_console.audio import bridge_port

    n = make_near(AudioSettings(echo_cancellation=False), native=False)
    port = n.backend._port
    assert port is not None
    n.pump(0.2)
    n.end.hangup_all()
    n.backend.on_endpoint_stopping()
    assert any(p is port for p in bridge_port._RETIRED)
    assert not port.thisown                     # its C++ side will never be deleted by Python
    assert port._bridge is None
    before = n.backend.bridge.stats().frames_to_call   # type: ignore[union-attr]
    n.pump(0.2)                                 # the conference keeps ticking the retired port
    assert port.getPortId() >= 0
    assert n.backend.bridge.stats().frames_to_call == before   # type: ignore[union-attr]
    n.end.close()


def test_native_port_leaves_the_conference_and_frees_itself(pulse_server: str) -> None:
    """The C port can be removed while the conference runs: the bridge keeps its own reference
    until the asynchronous removal is done, then the port's on_destroy frees it; a second
    endpoint lifetime in the same process works as the first (no stale state)."""
    from agent_console.audio import native

    lib = native.library()
    assert lib is not None
    for _ in range(2):
        n = make_near(AudioSettings(echo_cancellation=False))
        port = n.backend._port
        assert isinstance(port, native.NativeBridgePort) and port.slot >= 0
        destroyed = lib.lib.acb_destroyed_ports()
        n.backend.connect_call("loop", port)                # the port transmits to itself
        n.pump(0.3)
        frames = n.backend.bridge.stats().frames_to_call    # type: ignore[union-attr]
        assert frames >= 5                                  # the conference ticks the port
        assert lib.lib.acb_clock_priority() != 0            # and its clock thread asked for SCHED_RR
        rtp = n.backend.rtp_threads                         # pjmedia's RTP receive thread: boosted too
        assert rtp, "pjmedia's 'media' thread not found"
        if os.geteuid() == 0:                               # (as a user, only if RLIMIT_RTPRIO allows)
            assert all(os.sched_getscheduler(t) == os.SCHED_RR for t in rtp), rtp
        n.end.hangup_all()
        n.backend.on_endpoint_stopping()
        assert port.retired
        assert n.pump(2, lambda d=destroyed: lib.lib.acb_destroyed_ports() == d + 1), "port never freed"
        assert n.backend.bridge.stats().frames_to_call >= frames   # type: ignore[union-attr]
        n.end.close()


def _diagnose(near: Near, x: np.ndarray) -> str:
    """What the bridge and the jitter buffer saw, for a failure message."""
    st = near.backend.stats()
    rms = np.sqrt(np.mean(x[: len(x) // 160 * 160].reshape(-1, 160) ** 2, axis=1))
    jb = near.end.calls[0].getStreamStat(0).jbuf if near.end.calls else None
    return (f"speaker FIFO {st.speaker if st else None}; extra {st.extra if st else None}; "
            f"jitter buffer empty {jb.empty if jb else '?'} lost {jb.lost if jb else '?'}; "
            f"10 ms RMS {np.round(rms, 2).tolist()}")


def test_c_pump_hands_over_to_python_for_tones_and_meter_mid_call(near: Near, peer: Peer) -> None:
    """While the call is the only user of a device, its blocks move in C; a tone (speaker) or the
    level meter (microphone) needs the Python loop, which takes over and gives back, with the call
    audible all along."""
    player = TonePlayer("test_micfeed", 700.0)
    try:
        peer.send("tone 1000")
        near.end.call(peer.port)
        assert peer_hears(near, peer, 700.0)

        def pumped(kind: str) -> float:
            st = near.backend.stats()
            assert st is not None
            return st.extra[f"pumped_{kind}"]

        spk, mic = pumped("speaker"), pumped("mic")
        near.pump(0.5)
        assert pumped("speaker") > spk + 50 and pumped("mic") > mic + 50    # 5 ms blocks: ~100
        near.backend.play_tone(ToneKind.RINGBACK)     # 1 s of 425 Hz on top of the far end
        near.backend.set_meter_enabled(True)
        near.pump(0.1)
        spk, mic = pumped("speaker"), pumped("mic")
        x = near.record("test_speaker.monitor", 0.6)
        assert dominant(x, 425.0, (300.0, 600.0)) and dominant(x, 1000.0, (300.0, 600.0)), \
            f"tone and far end not both heard while the Python loop plays: {_diagnose(near, x)}"
        assert near.backend.mic_level() > 0.3        # the meter sees the 700 Hz microphone tone
        assert peer_hears(near, peer, 700.0)
        assert pumped("speaker") - spk < 5 and pumped("mic") - mic < 5       # Python did that work
        near.backend.stop_tone()
        near.backend.set_meter_enabled(False)
        near.pump(0.5)
        assert pumped("speaker") > spk + 50 and pumped("mic") > mic + 50    # back in C
        x = near.record("test_speaker.monitor", 1.0)
        assert dominant(x, 1000.0)
    finally:
        player.stop()
