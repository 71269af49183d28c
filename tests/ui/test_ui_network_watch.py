"""The network watcher: resume from sleep and address changes reach the phone as
``network_changed()`` (which re-registers and re-INVITEs; tested against Kamailio in tests/phone)."""

from __future__ import annotations

import pytest

from agent_console.app.network_watch import NetworkWatcher, current_addresses, system_clocks


class World:
    """What the watcher reads, moved by the test: two clocks and the machine's addresses."""

    def __init__(self) -> None:
        self.mono = 100.0
        self.boot = 100.0
        self.addresses = frozenset({"192.168.1.23"})

    def tick(self, seconds: float = 2.0, *, asleep: float = 0.0) -> None:
        self.mono += seconds            # CLOCK_MONOTONIC stands still while the laptop sleeps
        self.boot += seconds + asleep   # CLOCK_BOOTTIME does not

    def clocks(self) -> tuple[float, float]:
        return self.mono, self.boot


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def watcher(qtbot, world: World):  # type: ignore[no-untyped-def]
    w = NetworkWatcher(addresses=lambda: world.addresses, clocks=world.clocks, coalesce_ms=30,
                       use_qt_backend=False)
    w.start()
    w._timer.stop()   # the test drives the ticks
    yield w
    w.stop()


def test_resume_from_sleep_is_noticed(qtbot, watcher: NetworkWatcher, world: World) -> None:
    world.tick(asleep=600)
    with qtbot.waitSignal(watcher.changed, timeout=2000) as sig:
        watcher.check()
    assert sig.args[0].startswith("resumed after 602 s")


def test_late_tick_counts_as_sleep_where_the_monotonic_clock_runs_on(qtbot, watcher: NetworkWatcher,
                                                                     world: World) -> None:
    world.mono += 300   # Windows/macOS: the monotonic clock includes the sleep, the tick is late
    world.boot += 300
    with qtbot.waitSignal(watcher.changed, timeout=2000):
        watcher.check()


def test_regular_ticks_and_steady_addresses_say_nothing(qtbot, watcher: NetworkWatcher, world: World) -> None:
    with qtbot.assertNotEmitted(watcher.changed, wait=200):
        for _ in range(5):
            world.tick(2.5)   # a busy event loop: late, but far from a sleep
            watcher.check()


def test_wifi_drop_and_return_each_reported(qtbot, watcher: NetworkWatcher, world: World) -> None:
    world.tick()
    world.addresses = frozenset()
    with qtbot.waitSignal(watcher.changed, timeout=2000) as dropped:
        watcher.check()
    assert "gone: 192.168.1.23" in dropped.args[0]
    world.tick()
    world.addresses = frozenset({"10.20.0.7"})
    with qtbot.waitSignal(watcher.changed, timeout=2000) as back:
        watcher.check()
    assert "new: 10.20.0.7" in back.args[0]


def test_burst_is_one_signal(qtbot, watcher: NetworkWatcher, world: World) -> None:
    """Woken up on another network: one re-registration, not two."""
    got: list[str] = []
    watcher.changed.connect(got.append)
    world.tick(asleep=3600)
    world.addresses = frozenset({"172.20.10.2"})
    watcher.check()
    watcher.notice("reachability Online")
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    qtbot.wait(100)
    assert len(got) == 1
    assert "resumed" in got[0] and "172.20.10.2" in got[0] and "reachability" in got[0]


def test_real_sources_answer(qapp) -> None:  # type: ignore[no-untyped-def]
    mono, boot = system_clocks()
    assert boot >= mono > 0
    assert all(not a.startswith("127.") and a != "::1" for a in current_addresses())


def test_console_tells_the_phone(make_console, fake_phone, qtbot) -> None:  # type: ignore[no-untyped-def]
    console = make_console(fake_phone, registrar="pbx.gov.kz", extension="1001")
    qtbot.waitUntil(lambda: console.network is not None, timeout=3000)
    assert console.network is not None
    before = fake_phone.commands.count(("network_changed",))
    with qtbot.waitSignal(console.network.changed, timeout=3000):
        console.network.notice("resumed after 600 s asleep")
    assert fake_phone.commands.count(("network_changed",)) == before + 1


def test_demo_direct_mode_has_no_watcher(make_console, fake_phone, qtbot) -> None:  # type: ignore[no-untyped-def]
    console = make_console(fake_phone, registrar="")
    qtbot.wait(50)
    assert console.network is None


def test_qt_backend_events_count_and_stop_leaves_the_global_singleton(qtbot, world: World) -> None:
    """QNetworkInformation is one object for the whole process: a stopped watcher must not stay
    connected to it (with lambdas it did, and a later event called into a dead watcher)."""
    from PySide6.QtNetwork import QNetworkInformation

    w = NetworkWatcher(addresses=lambda: world.addresses, clocks=world.clocks, coalesce_ms=30)
    w.start()
    w._timer.stop()
    info = w._info
    if info is None:
        w.stop()
        pytest.skip("no QNetworkInformation backend on this machine")
    with qtbot.waitSignal(w.changed, timeout=2000) as sig:
        info.reachabilityChanged.emit(QNetworkInformation.Reachability.Online)
    assert sig.args[0] == "reachability Online"
    w.stop()
    with qtbot.assertNotEmitted(w.changed, wait=200):
        info.reachabilityChanged.emit(QNetworkInformation.Reachability.Disconnected)
        info.transportMediumChanged.emit(QNetworkInformation.TransportMedium.WiFi)
