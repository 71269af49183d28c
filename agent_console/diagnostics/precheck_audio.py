"""The pre-shift check's audio lines: the microphone gives signal, the speaker and the ringer play,
and sound goes round the console's own bridge (speaker -> microphone).

Everything goes through the same code a call uses (libpulse streams, :class:`PulseBridge`) and the
same device choice (the remembered id, else the system default, never a monitor as a fallback
microphone), so a green line means a call would find the same devices. Whether a person *heard* the
tone is asked by the window (``CheckLine.ask``); ``agent-console --check`` reports what it measured.
Each function blocks for about a second: run them off the GUI thread.
"""

from __future__ import annotations

import math
import operator
import subprocess
import threading
import time
from array import array
from collections.abc import Callable

from agent_console.audio.devices import AudioDevice, DeviceKind, PulseDeviceProvider, resolve
from agent_console.audio.native import library
from agent_console.audio.pulse_simple import PulseError, PulseStream
from agent_console.audio.samples import zeros
from agent_console.audio.tones import ToneGenerator, ToneKind
from agent_console.diagnostics.precheck_lines import AMBER, GREEN, RED, CheckLine, tr

RATE = 16000
SILENT_DBFS = -80.0
"""Peak below this: nothing reaches the computer (muted switch, unplugged jack, privacy mute)."""
QUIET_DBFS = -50.0
"""Peak below this: a signal, but speech would barely be heard."""
_FLOOR_DBFS = -120.0

DeviceLister = Callable[[], list[AudioDevice]]


def _devices(lister: DeviceLister | None) -> list[AudioDevice] | None:
    try:
        return (lister or PulseDeviceProvider().list_devices)()
    except (OSError, subprocess.SubprocessError, ValueError, AssertionError):
        return None


def _no_sound_system() -> CheckLine:
    return CheckLine("audio", RED, tr(
        "The sound system does not answer: restart the computer; if it stays, tell IT."))


def _dbfs(x: float) -> float:
    return 20 * math.log10(x) if x > 1e-6 else _FLOOR_DBFS


def check_microphone(chosen: str = "", seconds: float = 1.0, lister: DeviceLister | None = None,
                     cancel: threading.Event | None = None) -> CheckLine:
    """Records ``seconds`` from the chosen source (``pulse:<name>``; "" the system default) and
    rates its loudest 20 ms: silent, very quiet or working."""
    devices = _devices(lister)
    if devices is None:
        return _no_sound_system()
    mic = resolve(chosen or None, devices, DeviceKind.INPUT)
    if mic is None:
        return CheckLine("microphone", RED, tr(
            "No microphone found: plug in the headset (or turn it on), then check again."))
    try:
        stream = PulseStream(playback=False, device=mic.backend_name, rate=RATE, fragment_ms=20,
                             stream_name="setup check", boost=False)
    except PulseError as exc:
        return CheckLine("microphone", RED, tr(
            "The microphone %1 cannot be opened: plug the headset in again; if it stays, tell IT.").replace(
                "%1", mic.name), {"device": mic.name, "error": str(exc)})
    block = zeros(RATE // 50)
    peak_rms, total, blocks = 0.0, 0.0, 0
    try:
        while blocks < int(seconds * 50) and not (cancel and cancel.is_set()):
            stream.read_into(block)
            rms = math.sqrt(math.fsum(map(operator.mul, block, block)) / len(block))
            peak_rms = max(peak_rms, rms)
            total += rms * rms
            blocks += 1
    except PulseError as exc:
        return CheckLine("microphone", RED, tr(
            "The microphone %1 stopped during the test: plug the headset in again.").replace("%1", mic.name),
            {"device": mic.name, "error": str(exc)})
    finally:
        stream.close()
    peak = _dbfs(peak_rms)
    facts = {"device": mic.name, "id": mic.id, "peak_dbfs": round(peak, 1),
             "mean_dbfs": round(_dbfs(math.sqrt(total / max(1, blocks))), 1), "seconds": blocks / 50}
    if peak < SILENT_DBFS:
        return CheckLine("microphone", AMBER, tr(
            "The microphone %1 gives no sound: unmute it (the switch on the headset cable or the mute key) "
            "or plug in the headset.").replace("%1", mic.name), facts)
    if peak < QUIET_DBFS:
        return CheckLine("microphone", AMBER, tr(
            "The microphone %1 is very quiet: speak during the test, bring the microphone closer or raise "
            "its volume.").replace("%1", mic.name), facts)
    return CheckLine("microphone", GREEN, tr("The microphone %1 works (level %2 dBFS).").replace(
        "%1", mic.name).replace("%2", f"{peak:.0f}"), facts)


def _play(device: AudioDevice, tone: ToneGenerator | _Beep, seconds: float,
          cancel: threading.Event | None) -> str:
    """Plays ``seconds`` of ``tone``; "" when it played, else libpulse's reason."""
    try:
        stream = PulseStream(playback=True, device=device.backend_name, rate=RATE, fragment_ms=20,
                             buffer_ms=100, stream_name="setup check", boost=False)
    except PulseError as exc:
        return str(exc)
    try:
        n = RATE // 50
        for _ in range(int(seconds * 50)):
            if cancel and cancel.is_set():
                break
            stream.write(tone.read(n))
        time.sleep(stream.latency_s())     # let the card play what is buffered before closing
    except PulseError as exc:
        return str(exc)
    finally:
        stream.close()
    return ""


class _Beep:
    """A plain 660 Hz beep with soft edges (the speaker test; the ringer uses the real ringtone)."""

    def __init__(self, seconds: float, freq: float = 660.0, amp: float = 0.25) -> None:
        count = int(RATE * seconds)
        end = (count - 1) / RATE
        self._data = array("f", [amp * min(1.0, min(t, end - t) / 0.02) * math.sin(2 * math.pi * freq * t)
                                 for t in (i / RATE for i in range(count))])
        self._pos = 0

    def read(self, n: int) -> array[float]:
        out = self._data[self._pos:self._pos + n]
        self._pos += n
        if len(out) < n:
            out.extend(zeros(n - len(out)))
        return out


def check_speaker(chosen: str = "", seconds: float = 0.8, lister: DeviceLister | None = None,
                  cancel: threading.Event | None = None) -> CheckLine:
    """A short beep on the chosen output (the headset); the window then asks whether it was heard."""
    devices = _devices(lister)
    if devices is None:
        return _no_sound_system()
    out = resolve(chosen or None, devices, DeviceKind.OUTPUT)
    if out is None:
        return CheckLine("speaker", RED, tr("No speaker or headset found: plug in the headset."))
    error = _play(out, _Beep(seconds), seconds, cancel)
    if error:
        return CheckLine("speaker", RED, tr(
            "The sound could not be played on %1: plug the headset in again; if it stays, tell IT.").replace(
                "%1", out.name), {"device": out.name, "error": error})
    return CheckLine("speaker", GREEN, tr("A test tone played on %1.").replace("%1", out.name),
                     {"device": out.name, "id": out.id}, ask=tr("Did you hear the tone in your headset?"))


def ringer_devices(chosen_ringer: str, chosen_speaker: str, devices: list[AudioDevice]) -> list[AudioDevice]:
    """Where the console rings: the chosen ringer, else the headset *and* the system default
    output (so a ringing call is heard with the headset off)."""
    wanted = [chosen_ringer] if chosen_ringer else [chosen_speaker, ""]
    out: list[AudioDevice] = []
    for dev_id in wanted:
        dev = resolve(dev_id or None, devices, DeviceKind.OUTPUT)
        if dev is not None and dev not in out:
            out.append(dev)
    return out


def check_ringer(chosen_ringer: str = "", chosen_speaker: str = "", seconds: float = 0.8,
                 lister: DeviceLister | None = None, cancel: threading.Event | None = None) -> CheckLine:
    """The real ringtone, briefly, on every device the console rings on (one after the other)."""
    devices = _devices(lister)
    if devices is None:
        return _no_sound_system()
    targets = ringer_devices(chosen_ringer, chosen_speaker, devices)
    if not targets:
        return CheckLine("ringer", RED, tr("No speaker found to ring on: plug in the headset or speakers."))
    played: list[str] = []
    failed: list[str] = []
    for dev in targets:
        error = _play(dev, ToneGenerator(ToneKind.RINGTONE, RATE), seconds, cancel)
        (failed if error else played).append(dev.name)
    facts = {"played": played, "failed": failed}
    names = ", ".join(played)
    if not played:
        return CheckLine("ringer", RED, tr(
            "The ringtone could not be played on %1: you would not hear calls; tell IT.").replace(
                "%1", ", ".join(failed)), facts)
    if failed:
        return CheckLine("ringer", AMBER, tr(
            "The ringtone played on %1 but not on %2: plug that device in again.").replace(
                "%1", names).replace("%2", ", ".join(failed)), facts)
    return CheckLine("ringer", GREEN, tr("The ringtone played on %1.").replace("%1", names), facts,
                     ask=tr("Did you hear the ringtone?"))


def check_loopback(chosen_mic: str = "", chosen_speaker: str = "", lister: DeviceLister | None = None,
                   timeout_s: float = 2.0) -> CheckLine:
    """A 1 kHz tone through the console's bridge to the speaker, listened for on the microphone.

    Heard: the whole path works, with its round-trip time. Not heard is normal with a headset (the
    microphone does not hear the earpiece): the line stays green and the window offers an echo test
    (you speak and hear yourself through the same bridge)."""
    from agent_console.audio.bridge import PulseBridge
    from agent_console.audio.echo_test import EchoTest

    devices = _devices(lister)
    if devices is None:
        return _no_sound_system()
    mic = resolve(chosen_mic or None, devices, DeviceKind.INPUT)
    out = resolve(chosen_speaker or None, devices, DeviceKind.OUTPUT)
    if mic is None or out is None:
        return CheckLine("loopback", RED, tr(
            "The echo test needs a microphone and a speaker: plug in the headset."))
    names = {"mic": mic.backend_name, "speaker": out.backend_name}
    errors: list[str] = []
    bridge = PulseBridge(rate=RATE, frame_ms=20, target_ms=40, playback_buffer_ms=40,
                         device_for=lambda kind: names[kind],
                         on_stream_error=lambda kind, dev, exc: errors.append(f"{kind}: {exc}"),
                         native=library())
    bridge.start()
    try:
        result = EchoTest(bridge).loopback_check(timeout=timeout_s)
    finally:
        bridge.stop()
    facts = {"microphone": mic.name, "speaker": out.name, "heard": result.heard,
             "round_trip_ms": None if math.isnan(result.round_trip_ms) else round(result.round_trip_ms, 1),
             "errors": errors[:3]}
    if errors and not result.heard:
        return CheckLine("loopback", RED, tr(
            "The console cannot use the sound devices (%1, %2): close other programs that use them and "
            "check again; if it stays, tell IT.").replace("%1", mic.name).replace("%2", out.name), facts)
    if result.heard:
        return CheckLine("loopback", GREEN, tr(
            "Sound goes round the console's audio path: %1 heard %2 (%3 ms).").replace(
                "%1", mic.name).replace("%2", out.name).replace("%3", f"{result.round_trip_ms:.0f}"), facts)
    return CheckLine("loopback", GREEN, tr(
        "The console's audio path opens; %1 did not hear %2, which is normal with a headset.").replace(
            "%1", mic.name).replace("%2", out.name), facts,
        ask=tr("Echo test: say a few words. Do you hear yourself in the headset?"))


class EchoSession:
    """The echo test the window runs while it asks "do you hear yourself?": the microphone straight
    to the speaker through the bridge, until :meth:`stop`."""

    def __init__(self, chosen_mic: str = "", chosen_speaker: str = "", lister: DeviceLister | None = None) -> None:
        from agent_console.audio.bridge import PulseBridge

        devices = _devices(lister) or []
        mic = resolve(chosen_mic or None, devices, DeviceKind.INPUT)
        out = resolve(chosen_speaker or None, devices, DeviceKind.OUTPUT)
        names = {"mic": mic.backend_name if mic else None, "speaker": out.backend_name if out else None}
        self.bridge = PulseBridge(rate=RATE, frame_ms=20, target_ms=60, playback_buffer_ms=60,
                                  device_for=lambda kind: names[kind], native=library())
        self.bridge.start()
        self.bridge.set_loopback(True)

    def stop(self) -> None:
        self.bridge.set_loopback(False)
        self.bridge.stop()
