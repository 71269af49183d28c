"""Audio devices: enumeration, stable ids, fallback resolution and hot-plug watching (Qt-free).

Stable ids are ``"pulse:<sink-or-source name>"`` on Linux: PulseAudio/PipeWire derive those names
from the USB/Bluetooth serial (``alsa_output.usb-Jabra_Link_380_...analog-stereo``,
``bluez_sink.AA_BB_...``), so a headset keeps its id across replugs and reboots, unlike a PortAudio
index. On Windows/macOS, where pjsua2 has native devices, ids are ``"pjsua:<driver>:<name>"``.

Enumeration and events use ``pactl`` (pulseaudio-utils, also the client PipeWire systems ship):
``pactl --format=json list`` for the lists and one long-lived ``pactl subscribe`` for hot-plug,
which avoids a libpulse asynchronous-API binding for something that happens a few times a shift.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from agent_console.condition_log import ConditionLog

log = logging.getLogger(__name__)


class DeviceKind(StrEnum):
    INPUT = "input"
    OUTPUT = "output"


@dataclass(frozen=True)
class AudioDevice:
    id: str                 # stable id, what settings remember
    name: str               # human description ("Jabra Link 380 Analog Stereo")
    kind: DeviceKind
    is_default: bool = False
    backend_name: str = ""  # PulseAudio sink/source name, or pjsua2 device name
    is_monitor: bool = False


PULSE_PREFIX = "pulse:"


def pulse_id(name: str) -> str:
    return PULSE_PREFIX + name


def pulse_name(device_id: str) -> str | None:
    return device_id[len(PULSE_PREFIX):] if device_id.startswith(PULSE_PREFIX) else None


def resolve(preferred: str | None, devices: Iterable[AudioDevice], kind: DeviceKind) -> AudioDevice | None:
    """The device to use: the remembered one if present, else the system default, else any.

    Monitors (the "record what a sink plays" sources) are used only when asked for by id, never as a
    fallback microphone.
    """
    candidates = [d for d in devices if d.kind == kind]
    if preferred:
        for d in candidates:
            if d.id == preferred:
                return d
    real = [d for d in candidates if not d.is_monitor]
    for d in real:
        if d.is_default:
            return d
    return real[0] if real else None


class PactlError(subprocess.SubprocessError):
    """pactl failed; the message carries its exit status and its own reason."""


class PulseDeviceProvider:
    """Lists PulseAudio/PipeWire sinks and sources through ``pactl`` (honours ``PULSE_SERVER``)."""

    def __init__(self, pactl: str | None = None) -> None:
        self.pactl = pactl or shutil.which("pactl") or "pactl"
        self.list_failures = ConditionLog(log, "audio: cannot list devices")
        """Callers report failed reads here: logged when they start and when they stop (no flood)."""

    def _json(self, *args: str) -> object:
        done = subprocess.run([self.pactl, "--format=json", *args], capture_output=True, text=True,
                              timeout=5, check=False)
        if done.returncode != 0:  # pactl's own reason ("Connection refused") belongs in the log
            raise PactlError(f"pactl {' '.join(args)}: exit status {done.returncode}: {done.stderr.strip()}")
        out = done.stdout
        return json.loads(out) if out.strip() else []

    def available(self) -> bool:
        try:
            self._json("info")
        except (OSError, subprocess.SubprocessError, ValueError):
            return False
        return True

    def list_devices(self) -> list[AudioDevice]:
        devices = self._list_devices()
        self.list_failures.ok()
        return devices

    def _list_devices(self) -> list[AudioDevice]:
        info = self._json("info")
        assert isinstance(info, dict)
        default_sink = info.get("default_sink_name", "")
        default_source = info.get("default_source_name", "")
        devices: list[AudioDevice] = []
        sinks = self._json("list", "sinks")
        sources = self._json("list", "sources")
        assert isinstance(sinks, list) and isinstance(sources, list)
        for s in sinks:
            devices.append(AudioDevice(pulse_id(s["name"]), s.get("description") or s["name"],
                                       DeviceKind.OUTPUT, s["name"] == default_sink, s["name"]))
        for s in sources:
            props = s.get("properties") or {}
            monitor = props.get("device.class") == "monitor" or s["name"].endswith(".monitor")
            devices.append(AudioDevice(pulse_id(s["name"]), s.get("description") or s["name"],
                                       DeviceKind.INPUT, s["name"] == default_source, s["name"], monitor))
        return devices

    def load_module(self, name: str, *args: str) -> int:
        out = subprocess.run([self.pactl, "load-module", name, *args], capture_output=True, text=True,
                             timeout=5, check=True).stdout
        return int(out.strip())

    def unload_module(self, index: int) -> None:
        subprocess.run([self.pactl, "unload-module", str(index)], capture_output=True, timeout=5, check=False)


class DeviceWatcher:
    """Calls ``on_change(devices)`` whenever a sink/source appears, disappears or the default changes.

    One ``pactl subscribe`` child; events are debounced (a USB headset adds a sink, a source and
    a card within a few ms) and the list is re-read once per burst. The callback runs on the
    watcher's own thread: the backend reacts there (no pjlib calls), the Qt adapter re-emits it as
    a queued signal. If the server restarts, the watcher restarts ``pactl`` after a pause.
    """

    def __init__(self, provider: PulseDeviceProvider, on_change: Callable[[list[AudioDevice]], None],
                 debounce_s: float = 0.15) -> None:
        self._provider = provider
        self._on_change = on_change
        self._debounce = debounce_s
        self._stop = threading.Event()
        self._proc_lock = threading.Lock()   # stop() and a (re)starting pactl never miss each other
        self._proc: subprocess.Popen[str] | None = None
        self._thread = threading.Thread(target=self._run, name="audio-device-watcher", daemon=True)
        self._dirty = threading.Event()
        self._notifier = threading.Thread(target=self._notify_loop, name="audio-device-notify", daemon=True)
        self.last_devices: list[AudioDevice] = []

    def start(self) -> None:
        try:
            self.last_devices = self._provider.list_devices()
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            self._provider.list_failures.failed(exc)
        self._thread.start()
        self._notifier.start()

    def stop(self) -> None:
        with self._proc_lock:
            self._stop.set()
            proc = self._proc
        self._dirty.set()
        if proc and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(2)
            except subprocess.TimeoutExpired:
                proc.kill()
        self._thread.join(3)
        self._notifier.join(3)

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._proc_lock:
                if self._stop.is_set():   # stopped before pactl started: it must not start at all
                    return
                try:
                    self._proc = subprocess.Popen([self._provider.pactl, "subscribe"], stdout=subprocess.PIPE,
                                                  stderr=subprocess.DEVNULL, text=True, bufsize=1)
                except OSError as exc:
                    log.warning("audio: cannot watch devices: %s", exc)
                    return
            assert self._proc.stdout is not None
            self._dirty.set()   # (re)connected: the world may have changed meanwhile
            for line in self._proc.stdout:
                if any(f" on {what} #" in line for what in ("sink", "source", "server")) and (
                        "'new'" in line or "'remove'" in line or "server" in line):
                    self._dirty.set()
            self._proc.wait()
            if not self._stop.is_set():
                self._stop.wait(1.0)

    def _notify_loop(self) -> None:
        # _stop is checked after every wait: stop() may set _dirty just before the clear() below
        # swallows it (this loop then slept forever and stop() waited 3 s for its join).
        while not self._stop.is_set():
            self._dirty.wait()
            if self._stop.wait(self._debounce):
                return
            self._dirty.clear()
            try:
                devices = self._provider.list_devices()
            except (OSError, subprocess.SubprocessError, ValueError) as exc:
                self._provider.list_failures.failed(exc)
                continue
            if devices != self.last_devices:
                self.last_devices = devices
                try:
                    self._on_change(devices)
                except Exception:
                    log.exception("audio: device change handler failed")
