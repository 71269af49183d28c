"""Pure helpers of the phone: E-model MOS, SIP URI parsing, generated audio, simulator callers."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from agent_console.phone.quality import QualitySampler, estimate_mos, mos_from_r
from agent_console.phone.simulator import parse_range, random_caller
from agent_console.phone.sipuri import dial_uri, parse_remote
from agent_console.phone.wavgen import goertzel_power, tone, voice_like


def test_mos_of_a_clean_lan_call_is_good_and_of_a_bad_one_poor() -> None:
    assert estimate_mos(rtt_ms=2, jitter_ms=1, loss_pct=0) > 4.3
    assert estimate_mos(rtt_ms=600, jitter_ms=60, loss_pct=10) < 3.0


@given(st.floats(0, 2000), st.floats(0, 200), st.floats(0, 100), st.floats(0, 50), st.floats(0, 20))
def test_mos_never_improves_when_the_network_gets_worse(rtt: float, jit: float, loss: float,
                                                         d_rtt: float, d_loss: float) -> None:
    base = estimate_mos(rtt, jit, loss)
    assert 1.0 <= base <= 4.5
    assert estimate_mos(rtt + d_rtt, jit, loss) <= base
    assert estimate_mos(rtt, jit, min(100, loss + d_loss)) <= base


def test_r_to_mos_endpoints() -> None:
    assert mos_from_r(0) == 1.0
    assert mos_from_r(100) == 4.5
    assert 4.3 < mos_from_r(93.2) < 4.5


def test_sampler_measures_loss_per_interval_not_since_call_start() -> None:
    s = QualitySampler()
    first = s.sample(rtt_ms=20, jitter_ms=2, rx_pkt=90, rx_loss=10)
    assert first.loss_pct == 10.0
    second = s.sample(rtt_ms=20, jitter_ms=2, rx_pkt=190, rx_loss=10)
    assert second.loss_pct == 0.0
    assert second.mos > first.mos


def test_parse_remote_kazakh_display_name_and_number() -> None:
    number, name, uri = parse_remote('"Әсел Оспанова" <sip:+77011234567@10.0.0.1:5060;transport=udp>')
    assert (number, name) == ("+77011234567", "Әсел Оспанова")
    assert uri == "sip:+77011234567@10.0.0.1:5060;transport=udp"
    assert parse_remote("<sip:1002@pbx>") == ("1002", "", "sip:1002@pbx")
    assert parse_remote("sip:pbx.example") == ("pbx.example", "", "sip:pbx.example")
    assert parse_remote(r'"A \"quoted\" name" <sip:1@h>')[1] == 'A "quoted" name'


def test_dial_uri_from_what_the_agent_types() -> None:
    assert dial_uri("8 (701) 123-45-67", "pbx:5060") == "sip:87011234567@pbx:5060"
    assert dial_uri("1002", "pbx", "tls") == "sip:1002@pbx;transport=tls"
    assert dial_uri("peer@127.0.0.1:5099", "pbx") == "sip:peer@127.0.0.1:5099"
    assert dial_uri("sip:x@y", "pbx", "tcp") == "sip:x@y"


def test_goertzel_finds_the_tone_in_generated_audio() -> None:
    sig = tone(1000, 0.5)
    assert goertzel_power(sig, 16000, 1000) > 1000 * goertzel_power(sig, 16000, 600)
    v = voice_like(2.0, seed=1)
    assert np.max(np.abs(v)) <= 0.61 and np.std(v) > 0.02


def test_random_callers_look_like_kazakh_mobile_numbers() -> None:
    rng = random.Random(7)
    for _ in range(50):
        name, number = random_caller(rng)
        assert number.startswith("+77") and len(number) == 12 and number[1:].isdigit()
        assert len(name.split()) == 2
    assert parse_range("5-20") == (5.0, 20.0)
    assert parse_range("3") == (3.0, 3.0)


def test_an_interval_without_packets_is_no_audio_not_zero_loss() -> None:
    s = QualitySampler()
    assert not s.sample(20, 1, rx_pkt=150, rx_loss=0).no_audio
    silent = s.sample(20, 1, rx_pkt=150, rx_loss=0)       # nothing arrived: both counters still
    assert silent.no_audio and silent.grade == "no_audio" and silent.mos == 1.0 and silent.loss_pct == 100
    s.skip(rx_pkt=150, rx_loss=0)                         # held: no reading at all
    assert s.sample(20, 1, rx_pkt=300, rx_loss=0).grade == "good"
