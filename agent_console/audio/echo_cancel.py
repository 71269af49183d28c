"""Echo cancellation and noise suppression on Linux: PulseAudio's ``module-echo-cancel`` (WebRTC).

pjsua2's own canceller (``AudDevManager.setEcOptions``) sits on pjmedia's sound port, which does not
exist when the wheel runs on its null device, so on Linux we ask the sound server instead: the
module wraps the chosen microphone and speaker in a virtual source/sink pair that runs WebRTC's AEC
(+ noise suppression, optional). The bridge then opens those. When a master device disappears the
server unloads the module; the next ``ensure`` loads it again on the fallback pair.
"""

from __future__ import annotations

import logging
import subprocess
import threading
from dataclasses import dataclass

from agent_console.audio.devices import PulseDeviceProvider

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EcPair:
    module: int
    source_master: str | None
    sink_master: str | None
    source: str
    sink: str


class PulseEchoCanceller:
    PREFIX = "agent_console_ec"

    def __init__(self, provider: PulseDeviceProvider, noise_suppression: bool = True) -> None:
        self._provider = provider
        self._ns = noise_suppression
        self._pair: EcPair | None = None
        self._lock = threading.Lock()
        self._gen = 0
        self.failed = False

    def ensure(self, source_master: str | None, sink_master: str | None) -> EcPair | None:
        """The EC pair for these masters, (re)loading the module if they changed or it vanished."""
        with self._lock:
            pair = self._pair
            if pair and (pair.source_master, pair.sink_master) == (source_master, sink_master) \
                    and self._alive(pair):
                return pair
            if pair is not None:
                self._provider.unload_module(pair.module)
                self._pair = None
            if self.failed:
                return None
            self._gen += 1
            source, sink = f"{self.PREFIX}_source{self._gen}", f"{self.PREFIX}_sink{self._gen}"
            args = [f"source_name={source}", f"sink_name={sink}", "aec_method=webrtc", "use_master_format=1",
                    f'aec_args="noise_suppression={int(self._ns)} analog_gain_control=0"']
            if source_master:
                args.append(f"source_master={source_master}")
            if sink_master:
                args.append(f"sink_master={sink_master}")
            try:
                module = self._provider.load_module("module-echo-cancel", *args)
            except (OSError, subprocess.SubprocessError, ValueError) as exc:
                log.warning("audio: echo canceller unavailable, continuing without: %s", exc)
                self.failed = True
                return None
            self._pair = EcPair(module, source_master, sink_master, source, sink)
            return self._pair

    def _alive(self, pair: EcPair) -> bool:
        try:
            names = {d.backend_name for d in self._provider.list_devices()}
        except (OSError, subprocess.SubprocessError, ValueError):
            return False
        return pair.sink in names and pair.source in names

    def master_of(self, name: str) -> str | None:
        """Map our virtual device back to the real one (what the agent chose)."""
        pair = self._pair
        if pair and name == pair.sink:
            return pair.sink_master
        if pair and name == pair.source:
            return pair.source_master
        return name

    def unload(self) -> None:
        with self._lock:
            if self._pair is not None:
                self._provider.unload_module(self._pair.module)
                self._pair = None
