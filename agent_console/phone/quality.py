"""Call quality: turn RTCP statistics into RTT / jitter / loss and a MOS estimate.

The MOS comes from the ITU-T G.107 E-model in the simplified form used by VoIP monitors
(Cole & Rosenbluth): only delay, jitter and loss vary during a call, the rest stays at the G.107
defaults (R0 - Is = 93.2). Pure functions, no pjsua2: tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent_console.phone.api import CallQuality

# Equipment impairment (Ie) and packet-loss robustness (Bpl) per codec, G.113 Appendix I values.
_CODEC_IMPAIRMENT: dict[str, tuple[float, float]] = {
    "PCMU": (0.0, 25.1),   # G.711 with packet-loss concealment (pjmedia PLC is on)
    "PCMA": (0.0, 25.1),
    "G722": (0.0, 25.1),   # scored on the narrowband scale: conservative for wideband
    "GSM": (20.0, 10.0),
    "ILBC": (11.0, 32.0),
    "SPEEX": (11.0, 20.0),
}


def r_factor(one_way_delay_ms: float, loss_pct: float, codec: str = "PCMA") -> float:
    """E-model transmission rating R (0..100) for a one-way mouth-to-ear delay and a loss rate."""
    ta = max(0.0, one_way_delay_ms)
    idd = 0.024 * ta + (0.11 * (ta - 177.3) if ta > 177.3 else 0.0)
    ie, bpl = _CODEC_IMPAIRMENT.get(codec.split("/")[0].upper(), (0.0, 25.1))
    ppl = min(100.0, max(0.0, loss_pct))
    ie_eff = ie + (95.0 - ie) * ppl / (ppl + bpl)
    return max(0.0, min(100.0, 93.2 - idd - ie_eff))


def mos_from_r(r: float) -> float:
    """G.107 Annex B mapping R -> MOS (1.0 .. 4.5)."""
    if r <= 0:
        return 1.0
    if r >= 100:
        return 4.5
    return max(1.0, min(4.5, 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r)))


def estimate_mos(rtt_ms: float, jitter_ms: float, loss_pct: float, codec: str = "PCMA") -> float:
    """MOS from what RTCP tells us. The jitter buffer adds about twice the jitter of delay, and
    the codec/packetisation about 20 ms; one-way network delay is half the RTT."""
    one_way = rtt_ms / 2.0 + 2.0 * jitter_ms + 20.0
    return round(mos_from_r(r_factor(one_way, loss_pct, codec)), 2)


@dataclass
class QualitySampler:
    """Keeps the previous RTCP counters of one call so loss is measured per interval, not since the
    start of the call (a burst 20 minutes ago must not colour the current reading)."""

    codec: str = "PCMA"
    _last_pkt: int = 0
    _last_loss: int = 0

    def sample(self, rtt_ms: float, jitter_ms: float, rx_pkt: int, rx_loss: int) -> CallQuality:
        """One interval's reading. Zero packets received is *no audio* (loss 100 %, MOS 1.0), not
        0 % loss: pjmedia counts a loss only between two packets that did arrive, so during an
        outage both counters stand still. Callers sample only while audio is expected (not on
        hold)."""
        d_pkt = max(0, rx_pkt - self._last_pkt)
        d_loss = max(0, rx_loss - self._last_loss)
        self._last_pkt, self._last_loss = rx_pkt, rx_loss
        if d_pkt == 0:
            return CallQuality(rtt_ms=round(rtt_ms, 1), jitter_ms=round(jitter_ms, 1), loss_pct=100.0,
                               mos=1.0, no_audio=True)
        expected = d_pkt + d_loss
        loss_pct = 100.0 * d_loss / expected if expected else 0.0
        return CallQuality(
            rtt_ms=round(rtt_ms, 1),
            jitter_ms=round(jitter_ms, 1),
            loss_pct=round(loss_pct, 2),
            mos=estimate_mos(rtt_ms, jitter_ms, loss_pct, self.codec),
        )

    def skip(self, rx_pkt: int, rx_loss: int) -> None:
        """An interval in which no audio is expected (held): move the counters on, report nothing."""
        self._last_pkt, self._last_loss = rx_pkt, rx_loss
