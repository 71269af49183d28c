"""Device list, stable ids, fallback resolution and hot-plug against the real PulseAudio daemon."""

from __future__ import annotations

import threading

from agent_console.audio.devices import (
    AudioDevice,
    DeviceKind,
    DeviceWatcher,
    PulseDeviceProvider,
    resolve,
)

OUT, IN = DeviceKind.OUTPUT, DeviceKind.INPUT


def test_resolve_prefers_remembered_then_default_never_monitor() -> None:
    devs = [AudioDevice("pulse:laptop", "Laptop", OUT, True, "laptop"),
            AudioDevice("pulse:jabra", "Jabra", OUT, False, "jabra"),
            AudioDevice("pulse:jabra.monitor", "Monitor", IN, True, "jabra.monitor", is_monitor=True),
            AudioDevice("pulse:mic", "Mic", IN, False, "mic")]
    assert resolve("pulse:jabra", devs, OUT).id == "pulse:jabra"          # type: ignore[union-attr]
    assert resolve("pulse:gone", devs, OUT).id == "pulse:laptop"          # type: ignore[union-attr]
    assert resolve(None, devs, IN).id == "pulse:mic"                      # type: ignore[union-attr]
    assert resolve("pulse:jabra.monitor", devs, IN).id == "pulse:jabra.monitor"  # type: ignore[union-attr]
    assert resolve(None, [], OUT) is None


def test_lists_real_sinks_and_sources_with_stable_ids(pulse_server: str) -> None:
    devs = PulseDeviceProvider().list_devices()
    by_id = {d.id: d for d in devs}
    assert by_id["pulse:test_speaker"].kind == OUT and by_id["pulse:test_speaker"].is_default
    assert by_id["pulse:test_speaker"].name == "Test_Headset"
    assert by_id["pulse:test_ringer"].kind == OUT
    assert by_id["pulse:test_mic"].kind == IN and by_id["pulse:test_mic"].is_default
    assert by_id["pulse:test_speaker.monitor"].is_monitor
    assert not by_id["pulse:test_mic"].is_monitor


def test_watcher_sees_headset_plugged_and_unplugged(pulse_server: str) -> None:
    provider = PulseDeviceProvider()
    seen: list[set[str]] = []
    changed = threading.Event()

    def on_change(devices: list[AudioDevice]) -> None:
        seen.append({d.id for d in devices})
        changed.set()

    watcher = DeviceWatcher(provider, on_change)
    watcher.start()
    try:
        module = provider.load_module("module-null-sink", "sink_name=hotplug_headset",
                                      "sink_properties=device.description=USB_Headset")
        assert _wait(changed, lambda: any("pulse:hotplug_headset" in s for s in seen))
        changed.clear()
        provider.unload_module(module)
        assert _wait(changed, lambda: "pulse:hotplug_headset" not in seen[-1])
    finally:
        watcher.stop()


def _wait(ev: threading.Event, pred: object, timeout: float = 5.0) -> bool:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ev.wait(0.1)
        if callable(pred) and pred():
            return True
    return False


def test_watcher_stops_at_once_even_mid_debounce_and_leaves_no_pactl(pulse_server: str) -> None:
    """Stopped while its first device read is pending (the debounce window after connecting):
    both threads end and the ``pactl subscribe`` child is gone. Before the fix the notifier
    swallowed stop()'s wake-up and slept forever, and every endpoint shutdown waited 3 s."""
    import time

    for _ in range(5):
        watcher = DeviceWatcher(PulseDeviceProvider(), lambda devices: None)
        watcher.start()
        time.sleep(0.05)                   # inside the 150 ms debounce that follows the connect
        watcher.stop()
        assert not watcher._thread.is_alive()
        assert not watcher._notifier.is_alive()
        assert watcher._proc is None or watcher._proc.poll() is not None
