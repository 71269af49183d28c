"""Through the real phone engine (PjsuaPhone, its own engine thread) instead of the test harness:
the engine calls DeviceAudioBackend's hooks exactly as in the app."""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pytest

from agent_console.audio.backend import DeviceAudioBackend
from agent_console.audio.settings import AudioSettings
from agent_console.audio.tones import goertzel_power
from agent_console.phone.api import CallState, SipAccountConfig
from agent_console.phone.pjsua_phone import PjsuaPhone

from .conftest import RATE, Peer, Recorder, TonePlayer

pytestmark = pytest.mark.slow


def _peer_hears(peer: Peer, freq: float, timeout: float = 6.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        p_tone, p_other = peer.power(freq, 1500.0)
        if p_tone > 1e-2 and p_tone > 100 * p_other:
            return True
        time.sleep(0.25)
    return False


def test_call_through_pjsua_phone(pulse_server: str, peer: Peer, qtbot: Any) -> None:
    backend = DeviceAudioBackend(AudioSettings(echo_cancellation=False))
    phone = PjsuaPhone(audio=backend)
    player = TonePlayer("test_micfeed", 700.0)
    try:
        phone.start(SipAccountConfig(registrar="", extension="agent", password=""))
        assert phone.wait_ready(5)
        peer.send("tone 1000")
        with qtbot.waitSignal(phone.call_state_changed, timeout=10000,
                              check_params_cb=lambda i: i.state == CallState.CONNECTED) as sig:
            phone.dial(f"peer@127.0.0.1:{peer.port}")
        cid = sig.args[0].call_id
        qtbot.wait(700)
        rec = Recorder("test_speaker.monitor")
        qtbot.wait(1500)
        x = rec.stop()
        assert len(x) > RATE // 2
        assert goertzel_power(x, RATE, 1000) > 100 * goertzel_power(x, RATE, 600), "far end not heard"
        assert _peer_hears(peer, 700.0), "microphone not heard by the far end"
        phone.set_mute(True)
        qtbot.wait(1300)
        assert peer.power(700.0)[0] < 1e-4
        phone.set_mute(False)
        assert _peer_hears(peer, 700.0)
        with qtbot.waitSignal(phone.call_state_changed, timeout=10000,
                              check_params_cb=lambda i: i.state == CallState.ENDED):
            phone.hangup(cid)
        assert backend.bridge is not None and not backend.bridge.call_active
        assert np.isfinite(backend.stats().speaker.level_ms)  # type: ignore[union-attr]
    finally:
        player.stop()
        phone.stop()
        assert phone.wait_stopped(15)
