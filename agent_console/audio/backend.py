"""The real :class:`~agent_console.phone.api.AudioBackend`: devices, bridge, ringer, tones, EC.

Construct once per app and hand it to the phone engine::

    backend = DeviceAudioBackend(AudioSettings.from_dict(saved), listener=adapter.post)
    phone = PjsuaPhone(..., audio=backend)

Two modes, chosen in :meth:`on_endpoint_started` (``mode="auto"``):

* ``"pulse"`` (Linux): pjsua2 runs on its null device (its clock) and a bridge port (C,
  :class:`NativeBridgePort`; the Python :class:`BridgePort` when the library is not built) +
  :class:`PulseBridge` carry the call audio to PulseAudio/PipeWire; ringer, tones and meter are ours.
* ``"native"`` (Windows/macOS, where the wheel has sound devices): pjsua2's own device manager
  plays and records; devices are matched by name, EC via ``AudDevManager.setEcOptions``.

The ``AudioBackend`` hooks run on the engine thread. The extra methods (device choice, volumes,
meter, echo test, stats) are safe from any thread in pulse mode; in native mode those that touch
pjsua2 (volumes, device choice) must be called on the engine thread.
Events (devices changed, device lost, errors) go to ``listener`` from a background thread; the Qt
adapter (:mod:`agent_console.audio.qt`) turns them into queued signals.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from agent_console.audio.bridge import BridgeStats, PulseBridge
from agent_console.audio.devices import (
    AudioDevice,
    DeviceKind,
    DeviceWatcher,
    PulseDeviceProvider,
    pulse_id,
    pulse_name,
    resolve,
)
from agent_console.audio.echo_cancel import PulseEchoCanceller
from agent_console.audio.native import NativeBridgePort, NativeDriftBuffer, NativeLibrary
from agent_console.audio.native import library as native_library
from agent_console.audio.priority import boost_threads_named
from agent_console.audio.ringer import Ringer
from agent_console.audio.settings import AudioSettings
from agent_console.audio.tones import ToneKind
from agent_console.phone.api import AudioBackend

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AudioEvent:
    """``kind``: "devices_changed" | "device_lost" | "error" | "no_device" (native mode found no
    sound device at all: calls connect without sound)."""

    kind: str
    devices: tuple[AudioDevice, ...] = ()
    role: str = ""            # "speaker" | "mic" | "ringer"
    device_id: str = ""       # the lost device
    fallback_id: str = ""     # what we use instead ("" = none left)
    message: str = ""


AudioListener = Callable[[AudioEvent], None]
_ROLE_KIND = {"speaker": DeviceKind.OUTPUT, "mic": DeviceKind.INPUT}


class DeviceAudioBackend(AudioBackend):
    def __init__(self, settings: AudioSettings | None = None, *, listener: AudioListener | None = None,
                 mode: str = "auto", rate: int = 16000, frame_ms: int | None = None,
                 provider: PulseDeviceProvider | None = None, watch_devices: bool = True,
                 native: bool = True) -> None:
        self.settings = settings or AudioSettings()
        self._listeners: list[AudioListener] = [listener] if listener else []
        self.requested_mode = mode
        self._want_native = native          # False: the Python port and FIFOs (tests, comparisons)
        self.mode = ""
        self.rate = rate
        # Linux: the conference ticks every 10 ms so the bridge's FIFOs can be short (docs/audio.md);
        # elsewhere pjsua2's own devices keep its 20 ms default.
        self.frame_ms = frame_ms or (10 if sys.platform.startswith("linux") else 20)
        self._provider = provider or PulseDeviceProvider()
        self._watch = watch_devices
        self._watcher: DeviceWatcher | None = None
        self._devices: list[AudioDevice] = []
        self._lock = threading.Lock()          # guards _devices/_in_use between watcher and device threads
        self._in_use: dict[str, str | None] = {"speaker": None, "mic": None}
        self.bridge: PulseBridge | None = None
        self._port: Any = None
        self.rtp_threads: dict[int, str] = {}
        """pjmedia's RTP receive threads boosted at start (tid -> "rr", "nice" or "none")."""
        self._calls: dict[str, Any] = {}
        self._ringer = Ringer(rate)
        self._ec: PulseEchoCanceller | None = None
        self._endpoint: Any = None
        self._native_ringer: Any = None
        self._muted = False
        self._reported_errors: set[tuple[str, str | None]] = set()

    # -- listeners -------------------------------------------------------------------------------
    def add_listener(self, listener: AudioListener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: AudioEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("audio: listener failed")

    # -- AudioBackend hooks (engine thread) ------------------------------------------------------
    def on_endpoint_started(self, endpoint: object) -> None:
        self._endpoint = endpoint
        adm: Any = endpoint.audDevManager()  # type: ignore[attr-defined]
        mode = self.requested_mode
        if mode == "auto":     # Linux: the wheel has no sound devices; elsewhere pjsua2's own
            mode = "pulse" if sys.platform == "linux" else "native"
        self.mode = mode
        if mode == "native":
            self._start_native(adm)
            return
        if mode == "null":
            adm.setNullDev()
            return
        adm.setNullDev()           # pjmedia's clock for the conference bridge
        lib = self._native_library()
        if self.settings.echo_cancellation:
            self._ec = PulseEchoCanceller(self._provider, self.settings.noise_suppression)
        self.bridge = PulseBridge(rate=self.rate, frame_ms=self.frame_ms, target_ms=self.settings.buffer_ms,
                                  playback_buffer_ms=self.settings.playback_ms,
                                  device_ms=self.settings.device_block_ms,
                                  device_for=self._device_for, on_stream_error=self._on_stream_error,
                                  native=lib)
        self.bridge.speaker_volume = self.settings.speaker_volume
        self.bridge.mic_volume = self.settings.mic_volume
        self._ringer.volume = self.settings.ringer_volume
        if lib is not None:
            assert isinstance(self.bridge.speaker_fifo, NativeDriftBuffer)
            assert isinstance(self.bridge.mic_fifo, NativeDriftBuffer)
            self._port = NativeBridgePort(lib, self.bridge.speaker_fifo, self.bridge.mic_fifo,
                                          rate=self.rate, samples_per_frame=self.rate * self.frame_ms // 1000)
            self.bridge.attach_port(self._port)
        else:
            from agent_console.audio.bridge_port import BridgePort

            self._port = BridgePort(self.bridge)
            self._port.create()
        self.refresh_devices()
        self.bridge.start()
        self.rtp_threads = boost_threads_named("media")
        log.info("pjmedia RTP receive threads boosted (tid: granted): %s", self.rtp_threads or "none found")
        if self._watch and self._provider.available():
            self._watcher = DeviceWatcher(self._provider, self._on_devices)
            self._watcher.start()

    def connect_call(self, call_id: str, media: object) -> None:
        m: Any = media
        if self.mode == "native":
            adm = self._endpoint.audDevManager()
            adm.getCaptureDevMedia().startTransmit(m)
            m.startTransmit(adm.getPlaybackDevMedia())
        elif self._port is not None:
            self._listen(m, True)
            self._port.startTransmit(m)
            assert self.bridge is not None
            self.bridge.set_call_active(True)
            if self.bridge._tone is not None and self.bridge._tone.kind != ToneKind.CALL_WAITING:
                self.bridge.play_tone(None)     # the far end's audio replaces local ringback/busy
        self._calls[call_id] = media

    def disconnect_call(self, call_id: str, media: object) -> None:
        m: Any = media
        self._calls.pop(call_id, None)
        try:
            if self.mode == "native":
                adm = self._endpoint.audDevManager()
                adm.getCaptureDevMedia().stopTransmit(m)
                m.stopTransmit(adm.getPlaybackDevMedia())
            elif self._port is not None:
                self._listen(m, False)
                self._port.stopTransmit(m)
        except Exception as exc:  # the media may already be gone (call ended under us)
            log.debug("audio: disconnect %s: %s", call_id, exc)
        if not self._calls and self.bridge is not None:
            self.bridge.set_call_active(False)

    def _listen(self, media: Any, on: bool) -> None:
        """The call's audio into the bridge port (the speaker side)."""
        if isinstance(self._port, NativeBridgePort):
            (self._port.listen_to if on else self._port.stop_listening)(media)
        else:
            (media.startTransmit if on else media.stopTransmit)(self._port)

    @property
    def conference_ptime_ms(self) -> int:
        return self.frame_ms       # the bridge port's frame is the conference's tick

    @property
    def native_bridge(self) -> bool:
        """True when the C port and FIFOs carry the call audio (see :mod:`agent_console.audio.native`)."""
        return isinstance(self._port, NativeBridgePort)

    def _native_library(self) -> NativeLibrary | None:
        lib = native_library() if self._want_native else None
        return lib if lib is not None and lib.layout_ok() else None

    def set_mute(self, muted: bool) -> None:
        self._muted = muted
        if self.bridge is not None:
            self.bridge.muted = muted
        elif self.mode == "native":
            set_send_level(self._endpoint.audDevManager().getCaptureDevMedia(),
                           0.0 if muted else self.settings.mic_volume)

    def call_sources(self, call_id: str) -> list[object]:
        """What we transmit into the call: the bridge port (Linux) or the capture device (native).
        The engine's conference-level mute disconnects these on mute, on top of :meth:`set_mute`."""
        if call_id not in self._calls:
            return []
        if self.mode == "native" and self._endpoint is not None:
            return [self._endpoint.audDevManager().getCaptureDevMedia()]
        return [self._port] if self._port is not None else []

    def start_ringing(self, call_waiting: bool) -> None:
        if call_waiting:
            self.play_tone(ToneKind.CALL_WAITING)      # soft, in the headset only, under the call
            return
        if self.mode == "native":
            self._native_ring(True)
            return
        if self.mode == "pulse":
            self._ringer.start(self.ringer_devices(), ToneKind.RINGTONE)

    def stop_ringing(self) -> None:
        self._ringer.stop()
        if self.mode == "native":
            self._native_ring(False)
        if self.bridge is not None and self.bridge._tone is not None \
                and self.bridge._tone.kind == ToneKind.CALL_WAITING:
            self.bridge.play_tone(None)

    def on_endpoint_stopping(self) -> None:
        self._ringer.stop()
        for call_id, media in list(self._calls.items()):
            self.disconnect_call(call_id, media)
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        if self.bridge is not None:
            self.bridge.stop()
        if self._ec is not None:
            self._ec.unload()
        self._native_ringer = None
        if self.bridge is not None:
            self.bridge.detach_port()
        if self._port is not None:
            self._port.retire()    # the Python port: never destroyed while the conference runs (see retire)
        self._port = None
        self._endpoint = None

    # -- extra API: tones, volumes, meter, devices ---------------------------------------------
    def play_tone(self, kind: ToneKind | None) -> None:
        """Ringback/busy/call-waiting in the headset (``None`` stops it)."""
        if self.bridge is not None:
            self.bridge.play_tone(kind)

    def stop_tone(self) -> None:
        self.play_tone(None)

    def set_speaker_volume(self, volume: float) -> None:
        self.settings = replace(self.settings, speaker_volume=volume)
        if self.bridge is not None:
            self.bridge.speaker_volume = volume
        elif self.mode == "native":
            set_receive_level(self._endpoint.audDevManager().getPlaybackDevMedia(), volume)

    def set_mic_volume(self, volume: float) -> None:
        self.settings = replace(self.settings, mic_volume=volume)
        if self.bridge is not None:
            self.bridge.mic_volume = volume
        elif self.mode == "native" and not self._muted:
            set_send_level(self._endpoint.audDevManager().getCaptureDevMedia(), volume)

    def set_meter_enabled(self, enabled: bool) -> None:
        """Keep the microphone open for the settings page's level bar even without a call."""
        if self.bridge is not None:
            self.bridge.set_meter(enabled)

    def mic_level(self) -> float:
        return self.bridge.meter.level() if self.bridge is not None else 0.0

    def stats(self) -> BridgeStats | None:
        return self.bridge.stats() if self.bridge is not None else None

    def devices(self) -> list[AudioDevice]:
        """Devices for the settings page (monitors and our own EC devices hidden)."""
        with self._lock:
            return [d for d in self._devices if not d.is_monitor and not _is_ours(d)]

    def refresh_devices(self) -> list[AudioDevice]:
        if self.mode == "pulse":
            try:
                devices = self._provider.list_devices()
            except Exception as exc:
                self._provider.list_failures.failed(exc)  # retries call this often: logged once
                devices = []
            with self._lock:
                self._devices = devices
        return self.devices()

    def in_use(self, role: str) -> str | None:
        """Stable id of the device the ``"speaker"``/``"mic"`` stream was last opened on."""
        with self._lock:
            name = self._in_use.get(role)
        return pulse_id(name) if name else None

    def apply_settings(self, settings: AudioSettings) -> None:
        """New device choice/volumes from the settings page: streams move at once, calls go on."""
        old = self.settings
        self.settings = settings
        if self.bridge is not None:
            self.bridge.speaker_volume = settings.speaker_volume
            self.bridge.mic_volume = settings.mic_volume
            self._ringer.volume = settings.ringer_volume
            if settings.speaker_id != old.speaker_id:
                self.bridge.reopen("speaker")
            if settings.mic_id != old.mic_id:
                self.bridge.reopen("mic")
            if self._ringer.ringing and settings.ringer_ids != old.ringer_ids:
                self._ringer.start(self.ringer_devices())
        elif self.mode == "native":
            self._select_native(self._endpoint.audDevManager())

    def ringer_devices(self) -> list[str | None]:
        """Ringer sinks: the chosen ones that are present; by default the headset *and* the system
        default output (laptop speakers), so the ring is heard away from the desk."""
        with self._lock:
            devices = list(self._devices)
        outputs = {d.id: d for d in devices if d.kind == DeviceKind.OUTPUT and not _is_ours(d)}
        chosen = [outputs[i].backend_name for i in self.settings.ringer_ids if i in outputs]
        if chosen:
            return list(dict.fromkeys(chosen))
        speaker = resolve(self.settings.speaker_id, outputs.values(), DeviceKind.OUTPUT)
        default = resolve(None, outputs.values(), DeviceKind.OUTPUT)
        names = [d.backend_name for d in (speaker, default) if d is not None]
        return list(dict.fromkeys(names)) or [None]

    # -- device resolution (device threads) and hot-plug (watcher thread) ------------------------
    def _resolve_name(self, role: str) -> str | None:
        pref = self.settings.speaker_id if role == "speaker" else self.settings.mic_id
        with self._lock:
            dev = resolve(pref, [d for d in self._devices if not _is_ours(d)], _ROLE_KIND[role])
        if dev is None and pref and pulse_name(pref) and not self._devices:
            return pulse_name(pref)          # no list (pactl missing): trust the setting
        return dev.backend_name if dev else None

    def _device_for(self, role: str) -> str | None:
        name = self._resolve_name(role)
        if self._ec is not None:
            ec = self._ec.ensure(self._resolve_name("mic"), self._resolve_name("speaker"))
            if ec is not None:
                name = ec.sink if role == "speaker" else ec.source
        with self._lock:
            self._in_use[role] = self._ec.master_of(name) if self._ec is not None and name else name
        return name

    def _on_devices(self, devices: list[AudioDevice]) -> None:
        self._reported_errors.clear()
        with self._lock:
            before = {d.id for d in self._devices}
            self._devices = devices
        now = {d.id for d in devices}
        if self.bridge is not None:
            for role in ("speaker", "mic"):
                with self._lock:
                    current = self._in_use[role]
                if current is None and not self.bridge._wanted(role):
                    continue
                want = self._resolve_name(role)
                if current != want:
                    self.bridge.reopen(role)
                    if current is not None and pulse_id(current) not in now:
                        self._emit(AudioEvent("device_lost", role=role, device_id=pulse_id(current),
                                              fallback_id=pulse_id(want) if want else ""))
        for dev_id in self.settings.ringer_ids:
            if dev_id in before and dev_id not in now:
                self._emit(AudioEvent("device_lost", role="ringer", device_id=dev_id))
        if self._ringer.ringing:
            wanted = self.ringer_devices()
            if wanted != self._ringer.devices:
                self._ringer.start(wanted)
        self._emit(AudioEvent("devices_changed", devices=tuple(self.devices())))

    def _on_stream_error(self, role: str, device: str | None, exc: Exception) -> None:
        # The device loop retries by itself; refresh the list so the retry resolves a fallback.
        self.refresh_devices()
        key = (role, device)
        if key not in self._reported_errors:     # once per device, not once per 0.3 s retry
            self._reported_errors.add(key)
            self._emit(AudioEvent("error", role=role, device_id=pulse_id(device) if device else "",
                                  message=str(exc)))

    # -- native mode (Windows/macOS; on Linux tested through the null device) -------------------
    def _start_native(self, adm: Any) -> None:
        if _native_device_count(adm) == 0:
            # No sound device at all (none plugged in or enabled): pjsua2 would refuse every call
            # ("Unable to find default audio device"). On the null device calls still connect,
            # silently, and the agent is told why.
            log.warning("audio: pjsua2 found no sound device; calls connect without sound")
            adm.setNullDev()
            self._emit(AudioEvent("no_device"))
            return
        self._select_native(adm)
        set_receive_level(adm.getPlaybackDevMedia(), self.settings.speaker_volume)
        set_send_level(adm.getCaptureDevMedia(), self.settings.mic_volume)
        tail = self.settings.ec_tail_ms if self.settings.echo_cancellation else 0
        try:
            import pjsua2 as pj

            opts = pj.PJMEDIA_ECHO_DEFAULT
            if self.settings.noise_suppression:
                opts |= pj.PJMEDIA_ECHO_USE_NOISE_SUPPRESSOR
            adm.setEcOptions(tail, opts)
        except Exception as exc:
            log.warning("audio: echo canceller not set: %s", exc)

    def _select_native(self, adm: Any) -> None:
        infos = list(adm.enumDev2())
        with self._lock:
            self._devices = []
            for idx, info in enumerate(infos):
                did = f"pjsua:{info.driver}:{info.name}"
                if info.inputCount > 0:
                    self._devices.append(AudioDevice(did, info.name, DeviceKind.INPUT, False, str(idx)))
                if info.outputCount > 0:
                    self._devices.append(AudioDevice(did, info.name, DeviceKind.OUTPUT, False, str(idx)))
        mic = resolve(self.settings.mic_id, self._devices, DeviceKind.INPUT)
        spk = resolve(self.settings.speaker_id, self._devices, DeviceKind.OUTPUT)
        if mic is not None and self.settings.mic_id:
            adm.setCaptureDev(int(mic.backend_name))
        if spk is not None and self.settings.speaker_id:
            adm.setPlaybackDev(int(spk.backend_name))

    def _native_ring(self, on: bool) -> None:
        import pjsua2 as pj

        adm = self._endpoint.audDevManager()
        if on:
            tg = pj.ToneGenerator()
            tg.createToneGenerator()
            tones = pj.ToneDescVector()
            for freq_pair, on_ms, off_ms in (((440, 480), 400, 200), ((440, 480), 400, 2000)):
                t = pj.ToneDesc()
                t.freq1, t.freq2 = freq_pair
                t.on_msec, t.off_msec, t.volume = on_ms, off_ms, 0
                tones.append(t)
            tg.play(tones, True)
            tg.startTransmit(adm.getPlaybackDevMedia())
            self._native_ringer = tg
        elif self._native_ringer is not None:
            self._native_ringer.stop()
            self._native_ringer = None


def set_send_level(media: Any, level: float) -> None:
    """Scale what *media* sends into pjsua2's conference bridge (for the sound device: the
    microphone). pjsua2 names levels from the port's side: ``AudioMedia.adjustTxLevel`` is
    ``pjsua_conf_adjust_rx_level`` (measured: ``tests/audio/test_native_devices.py``)."""
    media.adjustTxLevel(level)


def set_receive_level(media: Any, level: float) -> None:
    """Scale what the bridge sends to *media* (for the sound device: the speaker)."""
    media.adjustRxLevel(level)


def _native_device_count(adm: Any) -> int:
    try:
        return int(adm.getDevCount())
    except Exception:
        return 0


def _is_ours(device: AudioDevice) -> bool:
    return device.backend_name.startswith(PulseEchoCanceller.PREFIX)
