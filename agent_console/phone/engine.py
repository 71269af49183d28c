"""The pjsua2 engine: one thread that owns the Endpoint and makes every pjsua2 call.

Why a thread of its own: pjsua2 is not safe to drive from several threads, DNS/TLS/timeouts
block, and objects destroyed on the wrong thread (or after ``libDestroy``) abort the process. So
the Endpoint is created, pumped (``libHandleEvents``) and destroyed here; the GUI only posts
closures into :attr:`Engine.commands`, and results leave through the ``emit`` callbacks of
:class:`EngineSink` (Qt signals of an object living in the GUI thread: queued delivery).

Ownership: the engine holds the only strong references to the ``Account`` and to every ``Call``.
A call is dropped from ``calls`` one loop turn after it reached DISCONNECTED (never inside its own
callback), and everything is released before ``libDestroy`` on this very thread.
"""

from __future__ import annotations

import collections
import gc
import heapq
import itertools
import logging
import queue
import random
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import pjsua2 as pj
from PySide6.QtCore import QCoreApplication

from agent_console.diagnostics.redact import remember_secret
from agent_console.phone.api import (
    AudioBackend,
    CallInfo,
    CallQuality,
    CallState,
    RegState,
    SipAccountConfig,
    SrtpPolicy,
    Transport,
)
from agent_console.phone.pjlog import PjLogWriter, quiet_stdout_once
from agent_console.phone.probe import PbxProbe, probe_target
from agent_console.phone.quality import QualitySampler
from agent_console.phone.refguard import immortalize_singletons
from agent_console.phone.sipuri import dial_uri, parse_remote

LOG = logging.getLogger(__name__)
immortalize_singletons()   # PySide6 6.12 emit() and the pjsua2 wheel leak None/True refs (3.11)

PJSIP_EFAILEDCREDENTIAL = 171100   # "Credential failed to authenticate" (pjsip_errno.h)
# "Try again in a moment": another offer/answer in progress (PJ_EINVALIDOP, PJ_EBUSY,
# PJSIP_ESESSIONSTATE): pjsip refuses a re-INVITE then, so hold/resume retry shortly.
_BUSY_STATUSES = (70013, 70011, 171141)


def tr(text: str) -> str:
    return QCoreApplication.translate("Phone", text)


class EngineSink(Protocol):
    """Where the engine reports to (the Qt front). Every method is called on the engine thread."""

    def reg(self, state: RegState, reason: str) -> None: ...
    def incoming(self, info: CallInfo) -> None: ...
    def call_state(self, info: CallInfo) -> None: ...
    def rejected(self, info: CallInfo) -> None: ...
    def quality(self, call_id: str, q: CallQuality) -> None: ...
    def dtmf(self, call_id: str, digit: str) -> None: ...
    def transfer(self, call_id: str, ok: bool, reason: str) -> None: ...
    def error(self, message: str) -> None: ...
    def network(self, message: str) -> None: ...
    def stopped(self) -> None: ...


@dataclass
class EngineOptions:
    """Tunables that are not account settings (tests shorten them)."""

    backoff_first_s: float = 1.0
    backoff_max_s: float = 30.0
    quality_interval_s: float = 3.0
    poll_ms: int = 5                  # engine loop wait while calls exist
    idle_poll_ms: int = 20            # ... and while idle (a command waits at most this long)
    log_level: int = 3
    hangup_wait_s: float = 3.0
    unregister_wait_s: float = 1.0
    # PBX liveness (agent_console/phone/probe.py): OPTIONS every probe_interval_s while registered
    # over UDP (TCP/TLS have kernel keep-alives), every probe_down_interval_s (OPTIONS or a TCP
    # connect) while unreachable; probe_misses unanswered in a row: the PBX is declared dead.
    probe_interval_s: float = 10.0
    probe_down_interval_s: float = 2.0
    probe_timeout_s: float = 3.0
    probe_misses: int = 2
    silent_registrar_s: float = 5.0   # a REGISTER unanswered this long: "the PBX is not answering"
    retry_after_max_s: float = 3600.0  # a longer Retry-After is capped (a typo must not mute us)
    rtp_timeout_s: float = 30.0       # no RTP this long on a live, unheld call: hang up (0: never)
    hold_check_s: float = 30.0        # in-dialog OPTIONS this often while no audio is expected (0: off)
    media_loss_pct: tuple[int, int] = (0, 0)  # (rx, tx) simulated drop, tests of quality only
    user_agent: str = "AgentConsole/0.1"
    max_dials_per_s: int = 10         # guard against pjlib ioqueue key exhaustion (see dial())
    extra_udp_port: bool = True       # direct mode: also listen on TCP next to UDP
    # Benchmarks: called on the engine thread as trace(point, call_id, time.perf_counter()) at
    # "invite_rx" (INVITE reached the engine) and "answer_sent" (200 OK handed to the transport).
    trace: Callable[[str, str, float], None] | None = None


# ---------------------------------------------------------------------------------------------
# pjsua2 subclasses: thin, forward every callback to the engine (held by weak reference so the
# engine <-> pjsua2 objects form no cycle that only the GC could break, possibly on another thread)
# ---------------------------------------------------------------------------------------------


class _Account(pj.Account):  # type: ignore[misc]
    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self._engine = weakref.proxy(engine)

    def onRegState(self, prm: pj.OnRegStateParam) -> None:
        self._engine.on_reg_state(prm)

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        self._engine.on_incoming_call(prm)

    def onRegStarted(self, prm: pj.OnRegStartedParam) -> None:
        if prm.renew:                 # pjsua's own refreshes too: a REGISTER is in flight
            self._engine._reg_in_flight = True


class _Call(pj.Call):  # type: ignore[misc]
    def __init__(self, engine: Engine, acc: pj.Account, call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(acc, call_id)
        self._engine = weakref.proxy(engine)
        self.key = ""

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self._engine.on_call_state(self)

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        self._engine.on_call_media_state(self)

    def onCallTsxState(self, prm: pj.OnCallTsxStateParam) -> None:
        self._engine.on_call_tsx_state(self, prm)

    def onDtmfDigit(self, prm: pj.OnDtmfDigitParam) -> None:
        self._engine.sink.dtmf(self.key, prm.digit)

    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:
        self._engine.on_transfer_status(self, prm)

    def onCallTransferRequest(self, prm: pj.OnCallTransferRequestParam) -> None:
        self._engine.on_transfer_request(self, prm)

    def onCallReplaced(self, prm: pj.OnCallReplacedParam) -> None:
        self._engine.on_call_replaced(self, prm)


class _Endpoint(pj.Endpoint):  # type: ignore[misc]
    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self._engine = weakref.proxy(engine)

    def onTransportState(self, prm: pj.OnTransportStateParam) -> None:
        self._engine.on_transport_state(prm)

    def onIpChangeProgress(self, prm: pj.OnIpChangeProgressParam) -> None:
        self._engine.on_ip_change_progress(prm)

    def onRejectedIncomingCall(self, prm: pj.OnRejectedIncomingCallParam) -> None:
        self._engine.on_rejected_incoming_call(prm)


@dataclass
class _CallRec:
    """What the engine knows of a call besides the pjsua2 object."""

    key: str
    direction: str
    number: str = ""
    name: str = ""
    uri: str = ""
    state: CallState = CallState.DIALING
    held: bool = False                    # the agent wants the call held
    reinvite: str = ""                    # "hold" / "unhold" re-INVITE awaiting its answer
    glare_retried: bool = False           # that re-INVITE already met a 491 once
    hold_check_at: float = 0.0            # next in-dialog OPTIONS of a held call (0: not held)
    hold_check_pending: bool = False
    sampling: bool = False                # quality timer running
    rx_pkt_seen: int = -1                 # RTP timeout detection (see Engine._rtp_timed_out)
    rx_silent_since: float = 0.0
    rejected: bool = False                # refused by DND: reported once via ``rejected``
    media: list[Any] = field(default_factory=list)   # AudioMedia handed to the backend
    muted_sources: list[Any] = field(default_factory=list)  # ports cut off by mute, to restore
    sampler: QualitySampler = field(default_factory=QualitySampler)
    last_quality: CallQuality | None = None
    code: int = 0
    reason: str = ""
    ended_at: float = 0.0


class Engine(threading.Thread):
    """Runs one Endpoint lifetime: create -> account -> pump -> ordered shutdown -> destroy."""

    _current: Engine | None = None          # only one Endpoint per process
    _current_lock = threading.Lock()
    _ids = itertools.count(1)

    def __init__(self, cfg: SipAccountConfig, sink: EngineSink, audio: AudioBackend,
                 options: EngineOptions | None = None) -> None:
        super().__init__(name=f"pjsua-engine-{next(Engine._ids)}", daemon=True)
        self.cfg = cfg
        self.sink = sink
        self.audio = audio
        self.opt = options or EngineOptions()
        self.commands: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._stop_requested = threading.Event()
        self.ready = threading.Event()       # set once libStart + account are done (or failed)
        self.ep: _Endpoint | None = None
        self.acc: _Account | None = None
        self._writer: PjLogWriter | None = None
        self._transport_id = -1
        self.port = 0                        # SIP listening port, readable from any thread
        self.calls: dict[str, _Call] = {}
        self.recs: dict[str, _CallRec] = {}
        self._graveyard: list[_Call] = []
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._timer_seq = itertools.count()
        self._call_seq = itertools.count(1)
        self._recent_dials: collections.deque[float] = collections.deque()
        self._attended: dict[str, str] = {}   # transferred call -> its consultation call
        self.accepting = True
        self.reject_code = 486
        self.muted = False
        self.reg_state = RegState.UNREGISTERED
        self._backoff = self.opt.backoff_first_s
        self._retry_gen = 0                  # only the latest scheduled REGISTER retry runs
        self._reg_in_flight = False          # a REGISTER awaits its answer
        self._reg_attempt = 0
        self._not_before = 0.0               # Retry-After: no REGISTER before this (monotonic)
        self._probe: PbxProbe | None = None
        self._probe_misses = 0
        self._probe_answered = False         # the PBX answered a probe once: its silence means something
        self._probe_doubted = False          # unanswered probes, yet a REGISTER got through
        self._tls_silent = False             # the last TLS handshake got no answer (not a TLS port?)
        self._tls_error = ""
        self._replaced_conn = False          # one forced reconnect per outage (see on_reg_state)
        self._domain = cfg.registrar or f"127.0.0.1:{cfg.local_port}"
        with Engine._current_lock:
            self._previous = Engine._current
            Engine._current = self

    # ---- called from any thread ------------------------------------------------------------

    def post(self, fn: Callable[[], None]) -> None:
        self.commands.put(fn)

    def request_stop(self) -> None:
        self._stop_requested.set()

    # ---- thread body -------------------------------------------------------------------------

    def run(self) -> None:
        prev = self._previous
        self._previous = None
        if prev is not None and prev is not self:
            prev.request_stop()
            prev.join()
        try:
            self._create()
        except Exception as exc:  # pj.Error (port in use, TLS files...) or a backend failure
            LOG.warning("phone engine failed to start: %s", _err_text(exc))
            self.sink.error(tr("The phone could not start: %s") % _err_text(exc))
            self.ready.set()
            self._shutdown()
            self._destroy()
            return
        self.ready.set()
        try:
            self._loop()
        finally:
            self._shutdown()
            self._destroy()

    def _loop(self) -> None:
        assert self.ep is not None
        ep = self.ep
        while not self._stop_requested.is_set():
            # Short waits while a call exists (answer/hangup latency), longer ones when idle:
            # an idle phone sits for hours between calls on a laptop battery.
            ep.libHandleEvents(self.opt.poll_ms if self.calls else self.opt.idle_poll_ms)
            self._run_commands()
            self._run_timers()
            if self._graveyard:
                self._graveyard.clear()

    def _run_commands(self) -> None:
        while True:
            try:
                fn = self.commands.get_nowait()
            except queue.Empty:
                return
            try:
                fn()
            except Exception as exc:
                LOG.warning("phone command failed: %s", _err_text(exc))
                self.sink.error(_err_text(exc))

    def _run_timers(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, _, fn = heapq.heappop(self._timers)
            try:
                fn()
            except Exception as exc:
                LOG.warning("phone timer failed: %s", _err_text(exc))

    def schedule(self, delay_s: float, fn: Callable[[], None]) -> None:
        heapq.heappush(self._timers, (time.monotonic() + delay_s, next(self._timer_seq), fn))

    def pump_until(self, cond: Callable[[], bool], timeout_s: float) -> bool:
        """Handle events (only) until ``cond()``; used by shutdown, never by normal commands."""
        assert self.ep is not None
        end = time.monotonic() + timeout_s
        while not cond():
            if time.monotonic() >= end:
                return False
            self.ep.libHandleEvents(10)
            self._graveyard.clear()
        return True

    # ---- creation ----------------------------------------------------------------------------

    def _create(self) -> None:
        cfg = self.cfg
        with quiet_stdout_once():
            self.ep = _Endpoint(self)
            self.ep.libCreate()
        ep_cfg = pj.EpConfig()
        ep_cfg.uaConfig.threadCnt = 0
        ep_cfg.uaConfig.mainThreadOnly = True
        ep_cfg.uaConfig.maxCalls = 8
        ep_cfg.uaConfig.userAgent = self.opt.user_agent
        if cfg.stun_servers:
            ep_cfg.uaConfig.stunServer = pj.StringVector(list(cfg.stun_servers))
            ep_cfg.uaConfig.stunIgnoreFailure = True
        self._writer = PjLogWriter(self.opt.log_level)
        ep_cfg.logConfig.writer = self._writer
        # Level 4 at least, so the writer sees the SIP message dumps it keeps for diagnostics;
        # it passes to logging only what log_level asks for.
        ep_cfg.logConfig.level = max(self.opt.log_level, 4)
        ep_cfg.logConfig.consoleLevel = max(self.opt.log_level, 4)
        ep_cfg.logConfig.decor = 0
        ep_cfg.medConfig.noVad = True
        ep_cfg.medConfig.ecTailLen = 0          # echo cancellation belongs to the audio layer
        if self.audio.conference_ptime_ms:      # the Linux bridge ticks every 10 ms (docs/audio.md)
            ep_cfg.medConfig.audioFramePtime = self.audio.conference_ptime_ms
        # Keep the (null) sound device and so the conference clock running between calls: pjmedia
        # 2.15 removes conference ports asynchronously on that clock; with the default auto-close
        # (1 s idle) a call's port is sometimes never removed, and after ~250 calls the bridge is
        # full (PJ_ETOOMANY, calls fail with 488). Measured; see docs/phone.md.
        ep_cfg.medConfig.sndAutoCloseTime = -1
        rx, tx = self.opt.media_loss_pct
        ep_cfg.medConfig.rxDropPct = rx
        ep_cfg.medConfig.txDropPct = tx
        self.ep.libInit(ep_cfg)
        self._create_transports()
        self.ep.libStart()
        self.audio.on_endpoint_started(self.ep)
        self._apply_codecs()
        self._create_account()

    def _create_transports(self) -> None:
        assert self.ep is not None
        cfg = self.cfg
        tc = pj.TransportConfig()
        tc.port = cfg.local_port
        if not cfg.registrar:
            tc.boundAddress = "127.0.0.1"
        kind = {
            Transport.UDP: pj.PJSIP_TRANSPORT_UDP,
            Transport.TCP: pj.PJSIP_TRANSPORT_TCP,
            Transport.TLS: pj.PJSIP_TRANSPORT_TLS,
        }[cfg.transport]
        if cfg.transport in (Transport.TCP, Transport.TLS):
            # A home router silently drops idle TCP; kernel keep-alives find out and pjsip then
            # reports the transport DISCONNECTED, which makes us re-register on a new connection.
            tc.sockOptParams = _keepalive_sockopts(cfg.keepalive_s)
        if cfg.transport == Transport.TLS:
            tls = tc.tlsConfig
            tls.method = pj.PJSIP_TLSV1_2_METHOD
            tls.verifyServer = cfg.tls_verify_server
            if cfg.tls_ca_file:
                tls.CaListFile = cfg.tls_ca_file
            tls.msecTimeout = 5000
            # pjsip's TLS connections take their socket options from the TLS settings, not from
            # TransportConfig.sockOptParams: without this, TLS sockets had no keep-alives and a
            # silently dropped connection went unnoticed (tests/phone/test_silent_drop.py).
            tls.sockOptParams = _keepalive_sockopts(cfg.keepalive_s)
        self._transport_id = self.ep.transportCreate(kind, tc)
        self.port = self.local_port()
        if not cfg.registrar and cfg.transport == Transport.UDP and self.opt.extra_udp_port:
            # Direct mode: peers may also come over TCP on the same port number.
            port = self.ep.transportGetInfo(self._transport_id).localName.rsplit(":", 1)[-1]
            tcp = pj.TransportConfig()
            tcp.port = int(port)
            tcp.boundAddress = "127.0.0.1"
            try:
                self.ep.transportCreate(pj.PJSIP_TRANSPORT_TCP, tcp)
            except pj.Error as exc:
                LOG.info("direct mode: no TCP listener (%s)", _err_text(exc))

    def local_port(self) -> int:
        """Engine thread only (pjlib call). Other threads read :attr:`port`."""
        assert self.ep is not None
        return int(self.ep.transportGetInfo(self._transport_id).localName.rsplit(":", 1)[-1])

    def _apply_codecs(self) -> None:
        assert self.ep is not None
        wanted = [c.lower() for c in self.cfg.codecs]
        found = False
        for ci in self.ep.codecEnum2():
            cid = ci.codecId
            prio = 0
            for i, w in enumerate(wanted):
                if cid.lower() == w or cid.lower().startswith(w + "/"):
                    prio = 250 - i
                    found = True
                    break
            self.ep.codecSetPriority(cid, prio)
        if not found:
            # Never end up with no codec at all: fall back to G.711.
            self.ep.codecSetPriority("PCMA/8000/1", 200)
            self.ep.codecSetPriority("PCMU/8000/1", 199)
            self.sink.error(tr("None of the configured codecs is available; using G.711."))

    def _account_config(self) -> pj.AccountConfig:
        cfg = self.cfg
        ac = pj.AccountConfig()
        tparam = "" if cfg.transport == Transport.UDP else f";transport={cfg.transport.value}"
        scheme = "sip"
        host = cfg.registrar or f"127.0.0.1:{self.local_port()}"
        self._domain = host
        uri = f"{scheme}:{cfg.extension}@{host}"
        ac.idUri = f'"{_quote(cfg.display_name)}" <{uri}>' if cfg.display_name else uri
        ac.sipConfig.transportId = self._transport_id
        if cfg.registrar:
            ac.regConfig.registrarUri = f"{scheme}:{cfg.registrar}{tparam}"
            ac.regConfig.timeoutSec = max(30, cfg.reg_timeout_s)
            ac.regConfig.retryIntervalSec = 0         # our own backoff (see _schedule_retry)
            ac.regConfig.firstRetryIntervalSec = 0
            ac.regConfig.dropCallsOnFail = False
            ac.regConfig.registerOnAdd = True
            ac.regConfig.unregWaitMsec = int(self.opt.unregister_wait_s * 1000)
            remember_secret(cfg.password)
            ac.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", cfg.extension, 0, cfg.password))
        if cfg.outbound_proxy:
            proxy = cfg.outbound_proxy if cfg.outbound_proxy.startswith("sip") else f"sip:{cfg.outbound_proxy}"
            ac.sipConfig.proxies.append(f"{proxy}{tparam};lr")
        nat = ac.natConfig
        nat.udpKaIntervalSec = cfg.keepalive_s
        nat.sipOutboundUse = 0
        nat.contactRewriteUse = 1 if cfg.registrar else 0
        nat.viaRewriteUse = 1 if cfg.registrar else 0
        nat.sdpNatRewriteUse = 0
        nat.iceEnabled = cfg.ice
        nat.mediaStunUse = pj.PJSUA_STUN_USE_DEFAULT if cfg.stun_servers else pj.PJSUA_STUN_USE_DISABLED
        nat.sipStunUse = pj.PJSUA_STUN_USE_DEFAULT if cfg.stun_servers else pj.PJSUA_STUN_USE_DISABLED
        if cfg.turn_server:
            nat.turnEnabled = True
            nat.turnServer = cfg.turn_server
            nat.turnUserName = cfg.turn_user
            nat.turnPasswordType = 0
            nat.turnPassword = cfg.turn_password
        mc = ac.mediaConfig
        mc.srtpUse = {
            SrtpPolicy.DISABLED: pj.PJMEDIA_SRTP_DISABLED,
            SrtpPolicy.OPTIONAL: pj.PJMEDIA_SRTP_OPTIONAL,
            SrtpPolicy.MANDATORY: pj.PJMEDIA_SRTP_MANDATORY,
        }[cfg.srtp]
        # SDES keys travel in the SDP: require TLS for them only when signalling is TLS anyway.
        mc.srtpSecureSignaling = 1 if cfg.transport == Transport.TLS else 0
        mc.transportConfig.boundAddress = "" if cfg.registrar else "127.0.0.1"
        mc.transportConfig.port = 0             # random RTP port: several phones on one host
        ac.ipChangeConfig.shutdownTp = True
        ac.ipChangeConfig.hangupCalls = False
        ac.ipChangeConfig.reinviteFlags = pj.PJSUA_CALL_REINIT_MEDIA | pj.PJSUA_CALL_UPDATE_CONTACT | (
            pj.PJSUA_CALL_UPDATE_VIA)
        return ac

    def _create_account(self) -> None:
        assert self.ep is not None
        self.acc = _Account(self)
        ac = self._account_config()
        if self.cfg.registrar:
            self._set_reg(RegState.REGISTERING, tr("Registering with %s") % self.cfg.registrar)
            host, port = probe_target(self.cfg.registrar, self.cfg.outbound_proxy, self.cfg.transport)
            self._probe = PbxProbe(host, port, self.cfg.transport,
                                   lambda alive, detail: self.post(lambda: self._on_probe(alive, detail)),
                                   timeout_s=self.opt.probe_timeout_s)
            self._probe.start()
        self.acc.create(ac, True)
        if self.cfg.registrar:
            self._register_sent()
        if not self.cfg.registrar:
            self._set_reg(RegState.DIRECT, tr("Ready (direct, no PBX) on port %d") % self.local_port())

    # ---- registration ------------------------------------------------------------------------

    def _set_reg(self, state: RegState, reason: str) -> None:
        self.reg_state = state
        self.sink.reg(state, reason)
        self._pace_probe()

    # ---- PBX liveness ----------------------------------------------------------------------

    def _pace_probe(self) -> None:
        """Registered over UDP: a slow keep-alive; unreachable: a fast probe, so the PBX's return
        is noticed within seconds; otherwise (registering, refused, TCP/TLS registered): none."""
        if self._probe is None:
            return
        if self.reg_state == RegState.REGISTERED:
            interval = self.opt.probe_interval_s if self.cfg.transport == Transport.UDP else 0.0
        elif self.reg_state == RegState.UNREACHABLE:
            interval = self.opt.probe_down_interval_s
        else:
            interval = 0.0
        if interval != self._probe.interval_s:
            self._probe_misses = 0
            # Registered and the PBX's way with OPTIONS not known yet: learn it at once.
            self._probe.set_interval(interval, now=interval > 0 and not self._probe_answered)

    def _on_probe(self, alive: bool, detail: str) -> None:
        if self._stop_requested.is_set() or self.acc is None:
            return
        if not alive:
            self._probe_misses += 1
            LOG.info("PBX probe: no answer (%s), %d in a row", detail, self._probe_misses)
            if self.reg_state != RegState.REGISTERED or self._probe_misses < self.opt.probe_misses:
                return
            if self._probe_answered:
                self._set_reg(RegState.UNREACHABLE, tr(
                    "The PBX is not answering (%d checks without a reply): calls cannot reach you. "
                    "Still trying.") % self._probe_misses)
                self._schedule_retry()
            elif not self._probe_doubted and not self._reg_in_flight:
                # Never answered an OPTIONS: a PBX (or its firewall) that drops them, or one that
                # died before the first probe. A REGISTER decides (unanswered for a few seconds:
                # see _register_silent); if it gets through, unanswered probes are ignored.
                self._probe_doubted = True
                self._register_now(tr("Registering again"), show=False)
            return
        self._probe_misses = 0
        self._probe_answered = True
        if (self.reg_state == RegState.UNREACHABLE and not self._reg_in_flight and not self._tls_silent
                and time.monotonic() >= self._not_before):
            # The PBX answers again: register now instead of at the end of the back-off.
            self._backoff = self.opt.backoff_first_s
            LOG.info("PBX probe: answered (%s); registering now", detail)
            self._register_now(tr("The PBX answers again; registering"))

    def _register_sent(self) -> None:
        """A REGISTER left: if it gets no answer for a few seconds, say so (pjsip itself waits
        32 s for a UDP transaction) while it keeps trying."""
        self._reg_in_flight = True
        self._reg_attempt += 1
        attempt = self._reg_attempt
        self.schedule(self.opt.silent_registrar_s, lambda: self._register_silent(attempt))

    def _register_silent(self, attempt: int) -> None:
        if attempt != self._reg_attempt or not self._reg_in_flight or self._stop_requested.is_set():
            return
        if self.reg_state in (RegState.REGISTERING, RegState.REGISTERED):
            self._set_reg(RegState.UNREACHABLE, tr("The PBX is not answering (no reply in %d s); still trying")
                          % round(self.opt.silent_registrar_s))

    def on_reg_state(self, prm: pj.OnRegStateParam) -> None:
        code, status, expires = int(prm.code), int(prm.status), int(prm.expiration)
        reason = str(prm.reason)
        LOG.info("registration: code=%s status=%s expires=%s", code, status, expires)
        if self._stop_requested.is_set():
            return
        self._reg_in_flight = False
        if 200 <= code < 300 and expires > 0:
            self._tls_silent = False
            self._backoff = self.opt.backoff_first_s
            self._replaced_conn = False
            self._set_reg(RegState.REGISTERED, tr("Registered (%s)") % self.cfg.transport.value.upper())
        elif 200 <= code < 300:
            self._set_reg(RegState.UNREGISTERED, tr("Not registered"))
        elif self._tls_error or _looks_like_tls_failure(self.ep, status):
            self._set_reg(RegState.FAILED_TLS, tr("Server certificate refused: %s")
                          % (self._tls_error or _status_text(self.ep, status)))
        elif code in (401, 407) or status == PJSIP_EFAILEDCREDENTIAL:
            # Not retried: a PBX locks an extension that keeps failing.
            self._set_reg(RegState.FAILED_AUTH, tr("Wrong extension or password"))
        elif code == 403:
            self._set_reg(RegState.FAILED_FORBIDDEN, tr("Registration forbidden by the server (403)"))
        else:
            why = f"{code} {reason}" if code else _status_text(self.ep, status)
            if code == 408 and self.cfg.transport != Transport.UDP and not self._replaced_conn:
                # A REGISTER that times out over TCP/TLS means the connection is probably dead
                # without a FIN (a home router dropped it): don't retry on it, replace it.
                self._replaced_conn = True
                self.schedule(0.0, self._replace_connections)
            retry_after = _retry_after(prm) if code in (480, 500, 503) else 0
            if retry_after > 0:
                # The PBX said when to come back: obey, plus up to 10 % jitter so that a whole
                # call centre told "60 s" at once does not return in the same second.
                wait = min(retry_after, self.opt.retry_after_max_s) * random.uniform(1.0, 1.1)
                self._not_before = time.monotonic() + wait
                self._schedule_retry(wait)
                self._set_reg(RegState.UNREACHABLE, tr("The PBX asked to wait (%s); registering again in %d s")
                              % (why, round(wait)))
                return
            delay = self._schedule_retry()
            if self.cfg.transport == Transport.TLS and "timed out" in why.lower():
                # pjsip's TLS handshake timer ran out: the port took the connection but no TLS
                # answer came (typically a plain TCP/SIP port). Said plainly; and since the probe's
                # TCP connect succeeds there, it must not cut the back-off short.
                self._tls_silent = True
                self._set_reg(RegState.UNREACHABLE, tr(
                    "The TLS handshake with %s got no answer: is the port a TLS port? Retrying in %d s")
                    % (self.cfg.outbound_proxy or self.cfg.registrar, round(delay)))
                return
            self._set_reg(RegState.UNREACHABLE,
                          tr("Server unreachable (%s); retrying in %d s") % (why, round(delay)))

    def _schedule_retry(self, delay: float | None = None) -> float:
        """Schedule the next REGISTER (exponential back-off with jitter unless ``delay`` is
        given); it replaces any retry scheduled before."""
        if delay is None:
            delay = self._backoff * random.uniform(0.8, 1.2)
            self._backoff = min(self.opt.backoff_max_s, self._backoff * 2)
        self._retry_gen += 1
        gen = self._retry_gen
        self.schedule(delay, lambda: self._retry_register(gen))
        return delay

    def _retry_register(self, gen: int) -> None:
        if gen != self._retry_gen or self.acc is None or self._reg_in_flight:
            return
        if self.reg_state not in (RegState.UNREACHABLE, RegState.REGISTERING):
            return
        # Still unreachable while the retry is on its way: the agent keeps seeing why.
        self._register_now(tr("Registering again"), show=self.reg_state != RegState.UNREACHABLE)

    def _register_now(self, reason: str, show: bool = True) -> None:
        if self.acc is None or not self.cfg.registrar:
            return
        self._retry_gen += 1                 # this attempt supersedes any scheduled retry
        if show:
            self._set_reg(RegState.REGISTERING, reason)
        try:
            self.acc.setRegistration(True)
            self._register_sent()
        except pj.Error as exc:
            self._reg_in_flight = False
            delay = self._schedule_retry()
            self._set_reg(RegState.UNREACHABLE, tr("Server unreachable (%s); retrying in %d s")
                          % (_err_text(exc), round(delay)))

    def register_again(self) -> None:
        """Any non-final state (including UNREACHABLE and registered): register now, backoff reset."""
        self._backoff = self.opt.backoff_first_s
        self._tls_error = ""
        self._tls_silent = False
        self._not_before = 0.0
        self._register_now(tr("Registering again"))

    def on_transport_state(self, prm: pj.OnTransportStateParam) -> None:
        state = int(prm.state)
        tls = prm.tlsInfo
        if tls is not None and not tls.isEmpty() and tls.verifyStatus != 0:
            msgs = "; ".join(str(m) for m in tls.verifyMsgs) or "verification failed"
            self._tls_error = msgs
            LOG.warning("TLS certificate of %s refused: %s", tls.remoteAddr, msgs)
        if state == pj.PJSIP_TP_STATE_DISCONNECTED and self.cfg.transport != Transport.UDP:
            LOG.info("SIP connection lost: %s", _status_text(self.ep, int(prm.lastError)))
            if self.reg_state == RegState.REGISTERED and not self._stop_requested.is_set():
                self.sink.network(tr("Connection to the server lost; registering again"))
                # Next loop turn: not inside pjsip's transport callback.
                self.schedule(0.0, lambda: self._register_now(tr("Connection lost; registering again")))

    # ---- network change ----------------------------------------------------------------------

    def network_changed(self) -> None:
        assert self.ep is not None
        self.sink.network(tr("Network changed: restarting connections"))
        prm = pj.IpChangeParam()
        prm.restartListener = True
        prm.restartLisDelay = 0
        try:
            self.ep.handleIpChange(prm)
        except pj.Error as exc:
            LOG.warning("handleIpChange failed: %s", _err_text(exc))
            self.register_again()
            return
        self._backoff = self.opt.backoff_first_s
        if self.reg_state in (RegState.UNREACHABLE, RegState.FAILED_TLS):
            self.register_again()

    def _replace_connections(self) -> None:
        """Close every TCP/TLS connection and register again on a new one (pjsua's IP-change
        machinery does exactly this; live calls are re-INVITEd over the new connection)."""
        assert self.ep is not None
        prm = pj.IpChangeParam()
        prm.restartListener = False
        try:
            self.ep.handleIpChange(prm)
            self.sink.network(tr("No answer from the server: reconnecting"))
        except pj.Error as exc:
            LOG.info("reconnect: %s", _err_text(exc))

    def on_ip_change_progress(self, prm: pj.OnIpChangeProgressParam) -> None:
        op = int(prm.op)
        LOG.info("ip change progress op=%s status=%s", op, int(prm.status))
        if op == pj.PJSUA_IP_CHANGE_OP_COMPLETED:
            n = sum(1 for r in self.recs.values() if r.state in (CallState.CONNECTED, CallState.HELD))
            self.sink.network(tr("Network change handled; %d call(s) kept") % n)

    # ---- calls: events -----------------------------------------------------------------------

    def _new_key(self) -> str:
        return f"c{next(self._call_seq)}"

    def _info(self, rec: _CallRec) -> CallInfo:
        return CallInfo(
            call_id=rec.key, direction=rec.direction, remote_number=rec.number, remote_name=rec.name,
            state=rec.state, reason=rec.reason, status_code=rec.code, remote_uri=rec.uri,
            quality=rec.last_quality,
        )

    def _live(self, exclude: str = "") -> list[_CallRec]:
        return [r for k, r in self.recs.items() if k != exclude and r.state != CallState.ENDED
                and not r.rejected]

    def on_incoming_call(self, prm: pj.OnIncomingCallParam) -> None:
        assert self.acc is not None
        t_rx = time.perf_counter()
        call = _Call(self, self.acc, prm.callId)
        key = self._new_key()
        call.key = key
        if self.opt.trace:
            self.opt.trace("invite_rx", key, t_rx)
        ci = call.getInfo()
        number, name, uri = parse_remote(ci.remoteUri)
        rec = _CallRec(key=key, direction="inbound", number=number, name=name, uri=uri,
                       state=CallState.RINGING_IN)
        self.calls[key] = call
        self.recs[key] = rec
        if not self.accepting or self._stop_requested.is_set():
            rec.rejected = True
            op = pj.CallOpParam()
            op.statusCode = self.reject_code
            call.hangup(op)             # final response at once, on this thread; nothing rings
            rec.code = self.reject_code
            rec.reason = tr("Rejected while unavailable (%d)") % self.reject_code
            rec.state = CallState.ENDED
            self.sink.rejected(self._info(rec))
            return
        op = pj.CallOpParam()
        op.statusCode = 180
        call.answer(op)
        waiting = bool(self._live(exclude=key))
        self.audio.start_ringing(call_waiting=waiting)
        self.sink.incoming(self._info(rec))

    def on_rejected_incoming_call(self, prm: pj.OnRejectedIncomingCallParam) -> None:
        """pjsua refused an INVITE itself, before any ``Call`` existed (the commonest case: 488
        because the caller offered plain RTP while this phone requires SRTP). Reported like a
        refusal by the engine, so the agent's history and the supervisors count it, with a reason."""
        code = int(prm.statusCode)
        number, name, uri = parse_remote(str(prm.remoteInfo))
        if code == 488 and self.cfg.srtp == SrtpPolicy.MANDATORY:
            reason = tr("Refused: the caller's phone cannot encrypt the call (encryption is required)")
        else:
            reason = tr("Refused by the phone: %s") % f"{code} {prm.reason}".strip()
        LOG.info("incoming call refused by pjsua: %d %s", code, prm.reason)
        rec = _CallRec(key=self._new_key(), direction="inbound", number=number, name=name, uri=uri,
                       state=CallState.ENDED, rejected=True, code=code, reason=reason)
        self.sink.rejected(self._info(rec))

    def on_call_state(self, call: _Call) -> None:
        rec = self.recs.get(call.key)
        if rec is None:
            return
        ci = call.getInfo()
        st = int(ci.state)
        was = rec.state
        if ci.lastStatusCode:
            rec.code = int(ci.lastStatusCode)
        if st == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._end(call, rec, f"{ci.lastStatusCode} {ci.lastReason}".strip())
            return
        if rec.rejected:
            return
        if st == pj.PJSIP_INV_STATE_CALLING:
            rec.state = CallState.DIALING
        elif st == pj.PJSIP_INV_STATE_EARLY:
            rec.state = CallState.RINGING_IN if rec.direction == "inbound" else CallState.RINGING_OUT
        elif st == pj.PJSIP_INV_STATE_CONFIRMED:   # not CONNECTING: no re-INVITE before the ACK
            rec.state = CallState.HELD if rec.held else CallState.CONNECTED
            if was in (CallState.RINGING_IN,) and not self._ringing_calls():
                self.audio.stop_ringing()
            if not rec.sampling:
                rec.sampling = True
                key = rec.key
                self.schedule(self.opt.quality_interval_s, lambda: self._sample_quality(key))
        if rec.state != was:
            self.sink.call_state(self._info(rec))

    def _ringing_calls(self) -> list[_CallRec]:
        return [r for r in self.recs.values() if r.state == CallState.RINGING_IN and not r.rejected]

    def _end(self, call: _Call, rec: _CallRec, reason: str) -> None:
        self._unwire(rec)
        was_ringing = rec.state == CallState.RINGING_IN
        rec.state = CallState.ENDED
        if not rec.reason:
            rec.reason = reason
        rec.ended_at = time.monotonic()
        if not rec.rejected:
            self.sink.call_state(self._info(rec))
        if was_ringing and not self._ringing_calls():
            self.audio.stop_ringing()
        # Drop our references one loop turn later: never destroy a Call inside its own callback.
        self.calls.pop(rec.key, None)
        self.recs.pop(rec.key, None)
        self._graveyard.append(call)

    def _unwire(self, rec: _CallRec) -> None:
        for media in rec.media:
            try:
                self.audio.disconnect_call(rec.key, media)
            except Exception:
                LOG.exception("audio backend disconnect_call failed")
        rec.media.clear()
        rec.muted_sources.clear()

    def on_call_media_state(self, call: _Call) -> None:
        rec = self.recs.get(call.key)
        if rec is None:
            return
        ci = call.getInfo()
        self._unwire(rec)
        for i, mi in enumerate(ci.media):
            if mi.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            if mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                media = call.getAudioMedia(i)
                rec.media.append(media)
                try:
                    self.audio.connect_call(rec.key, media)
                except Exception:
                    LOG.exception("audio backend connect_call failed")
                if self.muted:
                    rec.muted_sources.clear()
                    self._mute_media(rec, media, True)
                try:
                    codec = call.getStreamInfo(i).codecName
                    rec.sampler.codec = str(codec)
                except pj.Error:
                    pass

    def on_transfer_status(self, call: _Call, prm: pj.OnCallTransferStatusParam) -> None:
        code = int(prm.statusCode)
        if not prm.finalNotify and code < 200:
            return
        ok = 200 <= code < 300
        self.sink.transfer(call.key, ok, f"{code} {prm.reason}")
        prm.cont = False
        if ok:
            # The caller is now with the transfer target: leave the call (and, for an attended
            # transfer, the consultation call, should the target not have ended it itself).
            key = call.key
            consult = self._attended.pop(key, "")
            self.schedule(0.0, lambda: self.hangup(key))
            if consult:
                self.schedule(1.0, lambda: self.hangup(consult))

    def on_transfer_request(self, call: _Call, prm: pj.OnCallTransferRequestParam) -> None:
        # The agent's own phone is being transferred (rare: a supervisor moves the call).
        assert self.acc is not None
        new = _Call(self, self.acc)
        key = self._new_key()
        new.key = key
        number, name, uri = parse_remote(str(prm.dstUri))
        self.calls[key] = new
        self.recs[key] = _CallRec(key=key, direction="outbound", number=number, name=name, uri=uri)
        prm.newCall = new

    def on_call_replaced(self, call: _Call, prm: pj.OnCallReplacedParam) -> None:
        assert self.acc is not None
        new = _Call(self, self.acc, prm.newCallId)
        key = self._new_key()
        new.key = key
        ci = new.getInfo()
        number, name, uri = parse_remote(ci.remoteUri)
        self.calls[key] = new
        self.recs[key] = _CallRec(key=key, direction="inbound", number=number, name=name, uri=uri,
                                  state=CallState.CONNECTED)
        prm.newCall = new
        self.sink.call_state(self._info(self.recs[key]))

    # ---- quality -----------------------------------------------------------------------------

    def _sample_quality(self, key: str) -> None:
        call, rec = self.calls.get(key), self.recs.get(key)
        if call is None or rec is None or rec.state not in (CallState.CONNECTED, CallState.HELD):
            return
        try:
            ci = call.getInfo()
            idx = next((i for i, m in enumerate(ci.media) if m.type == pj.PJMEDIA_TYPE_AUDIO), -1)
            if idx >= 0:
                st = call.getStreamStat(idx).rtcp
                rx = st.rxStat
                if rec.held or int(ci.media[idx].status) != pj.PJSUA_CALL_MEDIA_ACTIVE:
                    # On hold (either side) silence is expected: no reading, not "no audio"; the
                    # RTP timeout cannot tell a dead peer, so an in-dialog OPTIONS asks.
                    rec.sampler.skip(int(rx.pkt), int(rx.loss))
                    self._check_held_peer(call, rec)
                else:
                    rec.hold_check_at = 0.0
                    q = rec.sampler.sample(
                        rtt_ms=st.rttUsec.last / 1000.0 if st.rttUsec.n else 0.0,
                        jitter_ms=rx.jitterUsec.last / 1000.0 if rx.jitterUsec.n else 0.0,
                        rx_pkt=int(rx.pkt), rx_loss=int(rx.loss),
                    )
                    rec.last_quality = q
                    self.sink.quality(key, q)
                if self._rtp_timed_out(rec, int(rx.pkt), int(ci.media[idx].status)):
                    rec.reason = tr("No audio from the other side for %d s: call ended") % round(
                        self.opt.rtp_timeout_s)
                    self.hangup(key)
                    return
        except pj.Error as exc:
            LOG.debug("no stream statistics for %s: %s", key, _err_text(exc))
        self.schedule(self.opt.quality_interval_s, lambda: self._sample_quality(key))

    def _check_held_peer(self, call: _Call, rec: _CallRec) -> None:
        """Every ``hold_check_s`` of a hold: OPTIONS inside the dialog. Any answer the peer sends
        (even 405/501) proves it alive; 481 or no answer at all (pjsip's 408 after Timer F, or a
        transport error) means the peer is gone, and the call is ended with that reason."""
        now = time.monotonic()
        if self.opt.hold_check_s <= 0 or rec.hold_check_pending:
            return
        if not rec.hold_check_at:
            rec.hold_check_at = now + self.opt.hold_check_s
            return
        if now < rec.hold_check_at:
            return
        rec.hold_check_at = now + self.opt.hold_check_s
        prm = pj.CallSendRequestParam()
        prm.method = "OPTIONS"
        try:
            call.sendRequest(prm)
            rec.hold_check_pending = True
        except pj.Error as exc:
            LOG.info("hold check of %s not sent: %s", rec.key, _err_text(exc))

    def _held_peer_answer(self, rec: _CallRec, code: int, text: str, answered: bool) -> None:
        rec.hold_check_pending = False
        if answered and code != 481:
            return
        why = f"{code} {text}".strip()
        LOG.warning("held call %s: peer gone (%s)", rec.key, why)
        rec.reason = tr("The other side stopped answering while the call was on hold (%s): call ended") % why
        key = rec.key
        self.schedule(0.0, lambda: self.hangup(key))

    def _rtp_timed_out(self, rec: _CallRec, rx_pkt: int, media_status: int) -> bool:
        """A call whose media silently stopped (peer crashed, NAT binding lost) must end and say
        so, not sit as "On call" for ever. Held calls (either side) legitimately carry no RTP."""
        now = time.monotonic()
        if (self.opt.rtp_timeout_s <= 0 or rec.held or media_status != pj.PJSUA_CALL_MEDIA_ACTIVE
                or rx_pkt != rec.rx_pkt_seen):
            rec.rx_pkt_seen = rx_pkt
            rec.rx_silent_since = now
            return False
        return now - rec.rx_silent_since >= self.opt.rtp_timeout_s

    # ---- calls: commands (engine thread) -----------------------------------------------------

    def _get(self, key: str) -> tuple[_Call, _CallRec] | None:
        call, rec = self.calls.get(key), self.recs.get(key)
        if call is None or rec is None:
            self.sink.error(tr("No such call: %s") % key)
            return None
        return call, rec

    def answer(self, key: str) -> None:
        got = self._get(key)
        if got is None:
            return
        call = got[0]
        # Answering a waiting call puts the current one on hold first (agent decides, not pjsua).
        self._hold_others(key)
        op = pj.CallOpParam()
        op.statusCode = 200
        call.answer(op)
        if self.opt.trace:
            self.opt.trace("answer_sent", key, time.perf_counter())
        if not [r for r in self._ringing_calls() if r.key != key]:
            self.audio.stop_ringing()

    def _hold_others(self, key: str) -> None:
        """One live conversation at a time: hold the others (a failed hold must not stop the
        new call; it is reported)."""
        for other in self._live(exclude=key):
            if other.state == CallState.CONNECTED:
                try:
                    self.hold(other.key)
                except pj.Error as exc:
                    self.sink.error(tr("Could not hold the other call: %s") % _err_text(exc))

    def decline(self, key: str, code: int = 486) -> None:
        got = self._get(key)
        if got is None:
            return
        op = pj.CallOpParam()
        op.statusCode = code
        got[0].hangup(op)

    def hangup(self, key: str) -> None:
        got = self.calls.get(key)
        if got is None:
            return
        op = pj.CallOpParam()
        op.statusCode = 603 if self.recs[key].state == CallState.RINGING_IN else 0
        try:
            got.hangup(op)
        except pj.Error as exc:
            LOG.info("hangup %s: %s", key, _err_text(exc))

    def dial(self, number: str) -> str:
        assert self.acc is not None
        now = time.monotonic()
        while self._recent_dials and now - self._recent_dials[0] > 1.0:
            self._recent_dials.popleft()
        if len(self._recent_dials) >= self.opt.max_dials_per_s:
            # pjlib reuses a closed socket's ioqueue key only after 500 ms and has 64 of them:
            # a burst of call set-ups (each 2 RTP sockets) would abort the process (the wheel is
            # built with assertions). No human dials this fast; an automation bug might.
            self.sink.error(tr("Too many calls started in a second; not dialling %s") % number)
            return ""
        self._recent_dials.append(now)
        uri = dial_uri(number, self._domain, self.cfg.transport.value)
        call = _Call(self, self.acc)
        key = self._new_key()
        call.key = key
        num, name, _ = parse_remote(uri)
        rec = _CallRec(key=key, direction="outbound", number=num, name=name, uri=uri)
        self.calls[key] = call
        self.recs[key] = rec
        self._hold_others(key)
        self.sink.call_state(self._info(rec))
        op = pj.CallOpParam(True)
        try:
            call.makeCall(uri, op)
        except pj.Error as exc:
            rec.state = CallState.ENDED
            rec.reason = _err_text(exc)
            self.sink.call_state(self._info(rec))
            self.calls.pop(key, None)
            self.recs.pop(key, None)
            self._graveyard.append(call)
        return key

    def hold(self, key: str) -> None:
        got = self._get(key)
        if got is None:
            return
        rec = got[1]
        if rec.held:
            return
        rec.held = True
        rec.glare_retried = False
        self._reinvite_hold(key, attempts=10)
        if rec.state == CallState.CONNECTED:
            rec.state = CallState.HELD
            self.sink.call_state(self._info(rec))

    def _reinvite_hold(self, key: str, attempts: int) -> None:
        call, rec = self.calls.get(key), self.recs.get(key)
        if call is None or rec is None or not rec.held:
            return
        try:
            call.setHold(pj.CallOpParam(True))
            rec.reinvite = "hold"
        except pj.Error as exc:
            if attempts <= 1 or exc.status not in _BUSY_STATUSES:
                raise
            self.schedule(0.2, lambda: self._reinvite_hold(key, attempts - 1))

    def resume(self, key: str) -> None:
        got = self._get(key)
        if got is None:
            return
        rec = got[1]
        self._hold_others(key)
        rec.held = False
        rec.glare_retried = False
        self._reinvite_unhold(key, attempts=10)
        if rec.state == CallState.HELD:
            rec.state = CallState.CONNECTED
            self.sink.call_state(self._info(rec))

    def _reinvite_unhold(self, key: str, attempts: int) -> None:
        """Resume needs a re-INVITE; pjsip refuses one while another offer/answer is still in
        progress (e.g. the hold sent a moment ago): try again shortly instead of failing."""
        call, rec = self.calls.get(key), self.recs.get(key)
        if call is None or rec is None or rec.held:
            return
        op = pj.CallOpParam(True)
        op.opt.flag = pj.PJSUA_CALL_UNHOLD
        try:
            call.reinvite(op)
            rec.reinvite = "unhold"
        except pj.Error as exc:
            if attempts <= 1 or exc.status not in _BUSY_STATUSES:
                raise
            self.schedule(0.2, lambda: self._reinvite_unhold(key, attempts - 1))

    def on_call_tsx_state(self, call: _Call, prm: pj.OnCallTsxStateParam) -> None:
        """The answer to our hold/resume re-INVITE. 491 Request Pending (both sides sent a
        re-INVITE at once: glare) is retried once after the RFC 3261 §14.1 random delay; any other
        failure, or a second 491, leaves the call as it really is and tells the agent."""
        rec = self.recs.get(call.key)
        if rec is None or prm.e.type != pj.PJSIP_EVENT_TSX_STATE:
            return
        tsx = prm.e.body.tsxState.tsx
        code, state = int(tsx.statusCode), int(tsx.state)
        if (rec.hold_check_pending and str(tsx.method) == "OPTIONS" and int(tsx.role) == pj.PJSIP_ROLE_UAC
                and code >= 200):
            ev = prm.e.body.tsxState
            answered = int(ev.type) == pj.PJSIP_EVENT_RX_MSG
            if not answered and int(ev.prevState) == pj.PJSIP_TSX_STATE_COMPLETED:
                # Timer K ending an earlier, answered check: not the pending check's timeout.
                return
            self._held_peer_answer(rec, code, str(tsx.statusText), answered)
            return
        if not rec.reinvite:
            return
        if str(tsx.method) != "INVITE" or int(tsx.role) != pj.PJSIP_ROLE_UAC or code < 200:
            return
        # A failed INVITE transaction reports COMPLETED (the ACK) and, a Timer D later, TERMINATED:
        # act on the first only; a 2xx ends the transaction at once.
        if state != (pj.PJSIP_TSX_STATE_TERMINATED if code < 300 else pj.PJSIP_TSX_STATE_COMPLETED):
            return
        kind, rec.reinvite = rec.reinvite, ""
        key = rec.key
        if code < 300:
            rec.glare_retried = False
            self._show_hold_state(rec, held=rec.held)
            return
        if code == 491 and not rec.glare_retried:
            rec.glare_retried = True
            delay = self._glare_delay(int(call.getInfo().role) == pj.PJSIP_ROLE_UAC)
            LOG.info("%s re-INVITE of %s met 491: retrying in %.2f s", kind, key, delay)
            # Until the retry is answered the media is as it was: show that, not the wish.
            self._show_hold_state(rec, held=kind != "hold")
            self.sink.network(tr("The other side was busy; trying again in %.1f s") % delay)
            retry = self._reinvite_hold if kind == "hold" else self._reinvite_unhold
            self.schedule(delay, lambda: self._retry_reinvite(retry, key))
            return
        LOG.warning("%s re-INVITE of %s failed: %d %s", kind, key, code, tsx.statusText)
        rec.glare_retried = False
        why = f"{code} {tsx.statusText}"
        if kind == "hold" and rec.held:
            rec.held = False
            self._show_hold_state(rec, held=False)
            self.sink.error(tr("The call is NOT on hold: the other side refused (%s). "
                               "The caller can still hear you.") % why)
        elif kind == "unhold" and not rec.held:
            rec.held = True
            self._show_hold_state(rec, held=True)
            self.sink.error(tr("The call is still on hold: the other side refused to resume (%s).") % why)

    def _show_hold_state(self, rec: _CallRec, held: bool) -> None:
        want = CallState.HELD if held else CallState.CONNECTED
        if rec.state in (CallState.CONNECTED, CallState.HELD) and rec.state != want:
            rec.state = want
            self.sink.call_state(self._info(rec))

    @staticmethod
    def _glare_delay(call_id_owner: bool) -> float:
        """RFC 3261 §14.1: the side that generated the Call-ID waits 2.1-4 s, the other 0-2 s,
        in 10 ms steps, so the two retries do not collide again."""
        return random.randrange(210, 401) / 100 if call_id_owner else random.randrange(0, 201) / 100

    def _retry_reinvite(self, send: Callable[[str, int], None], key: str) -> None:
        try:
            send(key, 10)
        except pj.Error as exc:
            self.sink.error(tr("Hold or resume failed: %s") % _err_text(exc))

    def set_mute(self, muted: bool) -> None:
        self.muted = muted
        self.audio.set_mute(muted)
        # Conference-level mute, whatever the backend does with set_mute: disconnect what the
        # backend feeds into each call, so nothing reaches the caller even from a backend that
        # ignores set_mute.
        for rec in self.recs.values():
            for media in rec.media:
                self._mute_media(rec, media, muted)

    def _mute_media(self, rec: _CallRec, media: Any, muted: bool) -> None:
        if muted:
            for src in self.audio.call_sources(rec.key):
                try:
                    src.stopTransmit(media)  # type: ignore[attr-defined]
                    rec.muted_sources.append(src)
                except pj.Error as exc:
                    LOG.info("mute: %s", _err_text(exc))
        else:
            for src in rec.muted_sources:
                try:
                    src.startTransmit(media)
                except pj.Error as exc:
                    LOG.info("unmute: source gone (%s)", _err_text(exc))
            rec.muted_sources.clear()

    def send_dtmf(self, key: str, digits: str, method: str) -> None:
        got = self._get(key)
        if got is None:
            return
        prm = pj.CallSendDtmfParam()
        prm.digits = digits
        prm.method = pj.PJSUA_DTMF_METHOD_SIP_INFO if method == "info" else pj.PJSUA_DTMF_METHOD_RFC2833
        prm.duration = 160
        got[0].sendDtmf(prm)

    def transfer_blind(self, key: str, target: str) -> None:
        got = self._get(key)
        if got is None:
            return
        got[0].xfer(dial_uri(target, self._domain, self.cfg.transport.value), pj.CallOpParam(True))

    def transfer_attended(self, key: str, consult_key: str) -> None:
        got, consult = self._get(key), self._get(consult_key)
        if got is None or consult is None:
            return
        got[0].xferReplaces(consult[0], pj.CallOpParam(True))
        self._attended[key] = consult_key

    # ---- shutdown ----------------------------------------------------------------------------

    def _shutdown(self) -> None:
        """Ordered: hang up -> wait DISCONNECTED -> unregister -> release media and calls ->
        (``_destroy``) libDestroy. Runs on the engine thread only."""
        if self._probe is not None:
            self._probe.stop()
        if self.ep is None:
            return
        try:
            self.audio.stop_ringing()
        except Exception:
            LOG.exception("audio backend stop_ringing failed")
        self._run_commands_discard()
        if self.calls:
            try:
                self.ep.hangupAllCalls()
            except pj.Error as exc:
                LOG.info("hangupAllCalls: %s", _err_text(exc))
            self.pump_until(lambda: not self.calls, self.opt.hangup_wait_s)
        for rec in self.recs.values():
            self._unwire(rec)
        if self.acc is not None:
            if self.reg_state == RegState.REGISTERED:
                # Unregister so the PBX stops sending calls to a phone that is gone.
                unreg_done: list[bool] = []
                self.reg_state = RegState.UNREGISTERED
                orig = self.acc
                try:
                    orig.setRegistration(False)
                    self.sink.reg(RegState.UNREGISTERED, tr("Signing out"))
                    self.on_reg_state = lambda prm: unreg_done.append(True)  # type: ignore[method-assign]
                    self.pump_until(lambda: bool(unreg_done), self.opt.unregister_wait_s)
                except pj.Error as exc:
                    LOG.info("unregister: %s", _err_text(exc))
            try:
                self.acc.shutdown()
            except pj.Error as exc:
                LOG.info("account shutdown: %s", _err_text(exc))

    def _run_commands_discard(self) -> None:
        while True:
            try:
                self.commands.get_nowait()
            except queue.Empty:
                return

    def _destroy(self) -> None:
        try:
            if self.ep is not None:
                try:
                    self.audio.on_endpoint_stopping()
                except Exception:
                    LOG.exception("audio backend on_endpoint_stopping failed")
            self.calls.clear()
            self.recs.clear()
            self._graveyard.clear()
            self.acc = None
            gc.collect()
            if self.ep is not None:
                self.ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
                self.ep = None
                gc.collect()
            self._writer = None
        finally:
            with Engine._current_lock:
                if Engine._current is self:
                    Engine._current = None
            self.sink.reg(RegState.UNREGISTERED, tr("Phone stopped"))
            self.sink.stopped()


# ---------------------------------------------------------------------------------------------


def _keepalive_sockopts(idle_s: int) -> pj.SockOptParams:
    """Kernel keep-alives for SIP over TCP/TLS, plus ``TCP_USER_TIMEOUT`` where the OS has it.

    Why both: keep-alive probes run only on an *idle* connection. When a home router silently
    drops the path while something is in flight (an INVITE, a re-REGISTER, a BYE), the kernel
    retransmits instead, for up to ~15 minutes, and the phone stays registered in name only.
    ``TCP_USER_TIMEOUT`` bounds how long sent data may stay unacknowledged (and, with keep-alives
    on, also when failed probes close the connection), so both cases end in the same
    ``max(idle, 5) + 15`` seconds and pjsip reports the transport down."""
    import socket

    params = pj.SockOptParams()
    opts = []
    settings = [
        (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1),
        (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPIDLE", 4), max(1, idle_s)),
        (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPINTVL", 5), 5),
    ]
    # pjlib applies at most PJ_MAX_SOCKOPT_PARAMS (4) options and silently drops the rest, so
    # TCP_USER_TIMEOUT takes TCP_KEEPCNT's place: with keep-alives on, it is what decides when
    # unanswered probes close the connection anyway (tests/phone/test_silent_drop.py reads both
    # back from the live socket).
    user_timeout = getattr(socket, "TCP_USER_TIMEOUT", None)   # Linux; not on Windows/macOS
    if user_timeout is not None:
        settings.append((socket.IPPROTO_TCP, user_timeout, (max(idle_s, 5) + 15) * 1000))
    else:
        settings.append((socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPCNT", 6), 3))
    for level, name, val in settings:
        o = pj.SockOpt()
        o.level = level
        o.optName = name
        o.setOptValInt(val)
        opts.append(o)
    params.sockOpts = pj.SockOptVector(opts)
    return params


def _retry_after(prm: pj.OnRegStateParam) -> int:
    """Seconds of the response's Retry-After header (RFC 3261 §20.33), 0 if there is none."""
    try:
        msg = str(prm.rdata.wholeMsg)
    except (AttributeError, pj.Error):
        return 0
    head = msg.split("\r\n\r\n", 1)[0]
    for line in head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "retry-after":
            digits = value.strip().split(";", 1)[0].split("(", 1)[0].strip()
            return int(digits) if digits.isdigit() else 0
    return 0


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _err_text(exc: BaseException) -> str:
    if isinstance(exc, pj.Error):
        return f"{exc.reason} ({exc.title})" if getattr(exc, "title", "") else str(exc.reason)
    return str(exc)


def _status_text(ep: pj.Endpoint | None, status: int) -> str:
    if not status:
        return ""
    try:
        return str(ep.utilStrError(status)) if ep is not None else str(status)
    except pj.Error:
        return str(status)


def _looks_like_tls_failure(ep: pj.Endpoint | None, status: int) -> bool:
    # Only verification failures: a TLS connect that is refused or times out is "unreachable"
    # (retried), a certificate that does not verify is final until the network/config changes.
    text = _status_text(ep, status).lower()
    return any(w in text for w in ("certificate", "verif"))

