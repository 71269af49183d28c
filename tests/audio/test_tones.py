"""Tones: right frequencies and cadence, and ramps so cadence edges never click."""

from __future__ import annotations

import numpy as np
import pytest

from agent_console.audio.meter import LevelMeter
from agent_console.audio.settings import AudioSettings
from agent_console.audio.tones import CADENCES, ToneGenerator, ToneKind, goertzel_power

RATE = 16000


@pytest.mark.parametrize("kind", list(ToneKind))
def test_tone_frequency_and_cadence(kind: ToneKind) -> None:
    gen = ToneGenerator(kind, RATE)
    cad = CADENCES[kind]
    first_on = int(RATE * cad.on_ms[0] / 1000)
    first_off = int(RATE * cad.off_ms[0] / 1000)
    x = np.concatenate([gen.read(160) for _ in range((first_on + first_off) // 160 + 1)])
    on = x[first_on // 4: first_on * 3 // 4]
    off = x[first_on + first_off // 4: first_on + first_off * 3 // 4]
    for f in cad.freqs:
        assert goertzel_power(on, RATE, f) > 100 * goertzel_power(on, RATE, 1000.0)
    assert np.max(np.abs(off)) == 0.0
    # Edges ramp: the biggest step is what the highest frequency allows, no discontinuity.
    max_step = 2 * np.pi * max(cad.freqs) / RATE * cad.amplitude * 1.05
    assert np.max(np.abs(np.diff(x))) <= max_step


def test_phase_continuous_across_reads() -> None:
    a = ToneGenerator(ToneKind.BUSY, RATE)
    b = ToneGenerator(ToneKind.BUSY, RATE)
    joined = np.concatenate([a.read(7), a.read(313), a.read(1000)])
    assert np.allclose(joined, b.read(1320), atol=1e-5)


def test_call_waiting_is_soft() -> None:
    cw = np.concatenate([ToneGenerator(ToneKind.CALL_WAITING, RATE).read(3200)])
    ring = ToneGenerator(ToneKind.RINGTONE, RATE).read(3200)
    assert np.max(np.abs(cw)) < 0.5 * np.max(np.abs(ring))


def test_level_meter_scale() -> None:
    m = LevelMeter()
    m.feed(np.zeros(320, dtype=np.float32))
    assert m.level() == 0.0
    m.feed(np.full(320, 0.5, dtype=np.float32))        # -6 dBFS
    assert m.level() == pytest.approx(0.9, abs=0.02)
    m.feed(np.zeros(320, dtype=np.float32))             # slow release, not an instant drop
    assert 0.5 < m.level() < 0.9


def test_settings_round_trip() -> None:
    s = AudioSettings(mic_id="pulse:a", speaker_id="pulse:b", ringer_ids=("pulse:b", "pulse:c"),
                      speaker_volume=0.7)
    assert AudioSettings.from_dict(s.to_dict()) == s
    assert AudioSettings.from_dict({"unknown": 1, "mic_id": "pulse:x"}).mic_id == "pulse:x"
