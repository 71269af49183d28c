"""What the settings page remembers about audio (persisted by the app, e.g. as JSON)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class AudioSettings:
    mic_id: str | None = None              # stable device ids (see devices.py); None: system default
    speaker_id: str | None = None
    ringer_ids: tuple[str, ...] = ()       # empty: the speaker *and* the system default output
    speaker_volume: float = 1.0            # 0..2 (linear gain applied in the bridge)
    mic_volume: float = 1.0
    ringer_volume: float = 1.0
    echo_cancellation: bool = True         # pjsua2 EC on native devices; PulseAudio webrtc on Linux
    noise_suppression: bool = True
    ec_tail_ms: int = 200
    # Latency vs. robustness and CPU (docs/audio.md, "Choosing the buffers"). The FIFO target is
    # raised to at least device block + conference frame: below that, clock drift alone causes
    # periodic underruns. A machine that stutters wants buffer 25-30, playback 30-40.
    buffer_ms: float = 15.0                # drift FIFO target; lower = less delay, more underrun risk
    playback_ms: int = 15                  # PulseAudio playback buffer (tlength)
    device_block_ms: int = 5               # what a device thread reads/writes at a time

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["ringer_ids"] = list(self.ringer_ids)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AudioSettings:
        known = {f.name for f in fields(cls)}
        clean = {k: v for k, v in data.items() if k in known}
        if "ringer_ids" in clean:
            clean["ringer_ids"] = tuple(clean["ringer_ids"] or ())
        return replace(cls(), **clean)
