"""Tells the phone that the network under it changed: Wi-Fi dropped or came back, the laptop got
a new address, or it woke up from sleep.

Why the app does this: pjsua2 does not watch the network (``handleIpChange`` is the app's to
call), and the complaint heard most about softphones is one that silently stopped ringing after
the lid was closed and opened. No single signal covers every laptop, so three are combined:

* the machine's IP addresses (``QNetworkInterface``), read every ``interval_s``: works with no
  NetworkManager, no D-Bus, on every OS; a dropped Wi-Fi loses its address, a new network or a
  VPN brings another;
* a jump between clocks at each tick: CLOCK_MONOTONIC stands still during suspend on Linux while
  CLOCK_BOOTTIME goes on, and on Windows/macOS the tick itself arrives late; either way the gap is
  far longer than the timer's interval;
* ``QNetworkInformation`` reachability/transport changes, where Qt has a backend (NetworkManager,
  Windows, macOS): immediate, but optional.

Bursts (an interface going down and up, resume plus new address) are coalesced into one
``changed(reason)`` per ``coalesce_ms``. The phone's ``network_changed()`` restarts transports,
re-registers at once and re-INVITEs a live call; calling it once too often costs one REGISTER.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInformation, QNetworkInterface

log = logging.getLogger(__name__)

Clocks = Callable[[], tuple[float, float]]
"""Returns (monotonic seconds, seconds including suspend) — injectable for tests."""


def system_clocks() -> tuple[float, float]:
    boot = getattr(time, "CLOCK_BOOTTIME", None)
    mono = time.monotonic()
    return mono, (time.clock_gettime(boot) if boot is not None else mono)


def current_addresses() -> frozenset[str]:
    """Addresses that a SIP contact could use: not loopback, not IPv6 link-local."""
    found: set[str] = set()
    for addr in QNetworkInterface.allAddresses():
        if addr.isLoopback() or addr.isLinkLocal():
            continue
        if addr.protocol() in (QAbstractSocket.NetworkLayerProtocol.IPv4Protocol,
                               QAbstractSocket.NetworkLayerProtocol.IPv6Protocol):
            found.add(addr.toString())
    return frozenset(found)


class NetworkWatcher(QObject):
    """GUI-thread watcher; ``changed`` carries a short reason for the log and the tests."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, interval_s: float = 2.0,
                 sleep_threshold_s: float = 4.0, coalesce_ms: int = 1000,
                 addresses: Callable[[], frozenset[str]] = current_addresses,
                 clocks: Clocks = system_clocks, use_qt_backend: bool = True) -> None:
        super().__init__(parent)
        self._interval = interval_s
        self._threshold = sleep_threshold_s
        self._addresses = addresses
        self._clocks = clocks
        self._use_qt = use_qt_backend
        self._last_addresses: frozenset[str] | None = None
        self._last_clocks: tuple[float, float] | None = None
        self._pending: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(int(interval_s * 1000))
        self._timer.timeout.connect(self.check)
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(coalesce_ms)
        self._flush.timeout.connect(self._emit)
        self._info: QNetworkInformation | None = None

    def start(self) -> None:
        self._last_addresses = self._read_addresses()
        self._last_clocks = self._clocks()
        self._timer.start()
        if self._use_qt:
            self._connect_qt_backend()

    def stop(self) -> None:
        """Stop for good; also leaves Qt's process-wide QNetworkInformation, which outlives us."""
        self._timer.stop()
        self._flush.stop()
        self._pending.clear()
        info, self._info = self._info, None
        if info is not None:
            info.reachabilityChanged.disconnect(self._on_reachability)
            info.transportMediumChanged.disconnect(self._on_transport)

    def check(self) -> None:
        """One tick: compare clocks and addresses with the previous tick."""
        now = self._clocks()
        if self._last_clocks is not None:
            gap = max(now[0] - self._last_clocks[0], now[1] - self._last_clocks[1])
            if gap > self._interval + self._threshold:
                self.notice(f"resumed after {gap:.0f} s asleep")
        self._last_clocks = now
        addresses = self._read_addresses()
        if self._last_addresses is not None and addresses != self._last_addresses:
            gone = sorted(self._last_addresses - addresses)
            new = sorted(addresses - self._last_addresses)
            self.notice(f"addresses changed (gone: {', '.join(gone) or '-'}; new: {', '.join(new) or '-'})")
        self._last_addresses = addresses

    def notice(self, reason: str) -> None:
        """Queue a reason; the burst becomes one ``changed`` when the coalescing timer fires."""
        log.debug("network: %s", reason)   # the coalesced reasons are logged by the receiver
        self._pending.append(reason)
        if not self._flush.isActive():
            self._flush.start()

    def _emit(self) -> None:
        if self._pending:
            reason = "; ".join(dict.fromkeys(self._pending))
            self._pending.clear()
            self.changed.emit(reason)

    def _read_addresses(self) -> frozenset[str]:
        try:
            return self._addresses()
        except Exception as exc:  # never let a platform quirk stop the watch
            log.warning("network: cannot read addresses: %s", exc)
            return self._last_addresses or frozenset()

    def _on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        self.notice(f"reachability {reachability.name}")

    def _on_transport(self, medium: QNetworkInformation.TransportMedium) -> None:
        self.notice(f"transport {medium.name}")

    def _connect_qt_backend(self) -> None:
        try:
            if not QNetworkInformation.loadDefaultBackend():
                log.info("network: no QNetworkInformation backend; addresses and clocks are watched")
                return
            info = QNetworkInformation.instance()
            if info is None:
                return
            # Bound methods, not lambdas: Qt then drops the connections if this object is deleted
            # without stop(), instead of calling into a dead watcher from a global singleton.
            info.reachabilityChanged.connect(self._on_reachability)
            info.transportMediumChanged.connect(self._on_transport)
            self._info = info
            log.info("network: QNetworkInformation backend %s", info.backendName())
        except Exception as exc:
            log.info("network: QNetworkInformation unavailable (%s)", exc)
