"""The Windows/macOS mode (``DeviceAudioBackend(mode="native")``: pjsua2's own sound devices), run
here on Linux against pjsua2's null device.

The wheel has no sound devices on Linux, so what a headset would hear cannot be checked here. What
can: that every pjsua2 call this mode makes exists in the wheel and wires the conference bridge as
intended (the capture/playback device is the bridge's slot 0), so a typo or a wrong direction does
not first show up on an operator's Windows laptop.
"""

from __future__ import annotations

from collections.abc import Iterator

import pjsua2 as pj
import pytest

from agent_console.audio.backend import DeviceAudioBackend, set_receive_level, set_send_level
from agent_console.audio.settings import AudioSettings
from agent_console.phone.api import NullAudioBackend

from .conftest import Peer
from .harness import NearEnd

pytestmark = pytest.mark.slow


@pytest.fixture
def native_end() -> Iterator[NearEnd]:
    backend = DeviceAudioBackend(AudioSettings(echo_cancellation=True, noise_suppression=True), mode="native")
    end = NearEnd(backend)
    yield end
    end.close()


def _listeners(media: object) -> list[int]:
    info = media.getPortInfo()  # type: ignore[attr-defined]
    return list(info.listeners)   # .listeners points into info: read it while info lives


def _levels(media: object) -> tuple[float, float]:
    """(what the port sends into the bridge, what it receives from it), as the helpers set them."""
    info = media.getPortInfo()  # type: ignore[attr-defined]
    return info.txLevelAdj, info.rxLevelAdj


def _approx(send: float, receive: float) -> object:
    return pytest.approx((send, receive), abs=0.01)      # pjmedia keeps levels in steps of 1/128


def test_level_helpers_scale_the_direction_they_name(peer: Peer) -> None:
    """pjsua2 names conference levels from the port's side (``AudioMedia.adjustTxLevel`` scales
    what the port sends into the bridge), pjsua the other way round. Getting this wrong muted the
    agent's headset instead of the microphone in the Windows/macOS mode. The far end measures."""
    end = NearEnd(NullAudioBackend(), 20)
    tone = pj.ToneGenerator()
    try:
        end.call(peer.port)
        media = end.calls[0].media
        tone.createToneGenerator(16000, 1)
        desc = pj.ToneDesc()
        desc.freq1, desc.freq2, desc.on_msec, desc.off_msec, desc.volume = 1000, 0, 30000, 0, 0
        tones = pj.ToneDescVector()
        tones.append(desc)
        tone.play(tones, True)
        tone.startTransmit(media)                        # tone -> bridge -> call -> far end

        def far_end_power() -> float:
            end.pump(1.3)                                # the peer measures over its last second
            return peer.power(1000.0)[0]

        full = far_end_power()
        assert full > 1.0, "the far end does not hear the tone"
        set_send_level(tone, 0.25)                       # what the tone sends: -12 dB
        assert full / 30 < far_end_power() < full / 8
        assert _levels(tone) == _approx(0.25, 1.0)
        set_send_level(tone, 1.0)
        set_receive_level(media, 0.25)                   # what the call receives from the bridge
        assert full / 30 < far_end_power() < full / 8
        set_receive_level(media, 1.0)
        set_receive_level(tone, 0.0)                     # the tone receives nothing: no change
        assert far_end_power() > full / 2
        tone.stopTransmit(media)
        del media
    finally:
        tone.stop()
        del tone
        end.close()


def test_native_mode_wires_calls_ringer_and_mute_to_the_sound_device(native_end: NearEnd, peer: Peer) -> None:
    backend = native_end.backend
    assert isinstance(backend, DeviceAudioBackend)
    assert backend.mode == "native" and backend.bridge is None and backend.stats() is None
    adm = native_end.ep.audDevManager()
    device = adm.getCaptureDevMedia()
    assert device.getPortId() == adm.getPlaybackDevMedia().getPortId() == 0

    peer.send("tone 1000")
    cid = native_end.call(peer.port)
    media = native_end.calls[0].media
    slot = media.getPortId()
    assert slot > 0
    # pjmedia 2.15 carries out conference (dis)connections on its next clock tick.
    assert native_end.pump(1, lambda: slot in _listeners(device)), "the microphone does not feed the call"
    assert 0 in _listeners(media), "the call does not play on the speaker"
    heard = peer.state()[1]
    assert native_end.pump(3, lambda: peer.state()[1] > heard + 20), "the far end hears no audio frames"

    # The engine's mute disconnects what call_sources names from the call: here the microphone.
    sources = backend.call_sources(cid)
    assert [s.getPortId() for s in sources] == [0]  # type: ignore[attr-defined]
    # Mute and the microphone volume scale what the device sends; the speaker volume what it plays.
    backend.set_mute(True)
    assert _levels(device) == _approx(0.0, 1.0)
    backend.set_speaker_volume(0.5)
    backend.set_mic_volume(0.8)                          # remembered, not applied while muted
    assert _levels(device) == _approx(0.0, 0.5)
    backend.set_mute(False)
    assert _levels(device) == _approx(0.8, 0.5)

    backend.start_ringing(call_waiting=False)          # pjsua2's ToneGenerator on the playback device
    assert backend._native_ringer is not None           # held by the backend only: freed by stop_ringing
    assert native_end.pump(1, lambda: 0 in _listeners(backend._native_ringer)), "the ringtone is not played"
    backend.stop_ringing()
    assert backend._native_ringer is None

    backend.disconnect_call(cid, media)
    assert native_end.pump(1, lambda: slot not in _listeners(device) and 0 not in _listeners(media))
    assert backend.call_sources(cid) == []
