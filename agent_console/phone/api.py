"""The phone as the rest of the app sees it: an abstract QObject with signals (qutebrowser style).

Implementations: :class:`agent_console.phone.pjsua_phone.PjsuaPhone` (the real pjsua2 engine on its
own thread) and :class:`agent_console.phone.fake.FakePhone` (fast UI tests). Every method is
non-blocking: it queues work for the engine thread and returns; results come back as signals.
Call ids are strings chosen by the phone ("c1", "c2", ...), stable for the life of the call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class RegState(StrEnum):
    UNREGISTERED = "unregistered"
    REGISTERING = "registering"
    REGISTERED = "registered"
    FAILED_AUTH = "failed_auth"        # wrong password: retrying stopped
    FAILED_FORBIDDEN = "failed_forbidden"
    UNREACHABLE = "unreachable"        # retrying with backoff
    FAILED_TLS = "failed_tls"          # certificate refused
    DIRECT = "direct"                  # no PBX: listening for direct calls on local_port (demo)


class CallState(StrEnum):
    RINGING_IN = "ringing_in"
    DIALING = "dialing"
    RINGING_OUT = "ringing_out"
    CONNECTED = "connected"
    HELD = "held"
    ENDED = "ended"


class Transport(StrEnum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class SrtpPolicy(StrEnum):
    DISABLED = "disabled"
    OPTIONAL = "optional"
    MANDATORY = "mandatory"


@dataclass(frozen=True)
class SipAccountConfig:
    """What provisioning (or the settings page) gives the phone. The password is passed in
    memory only: it comes from the keyring and is never logged or written to config."""

    registrar: str                     # host[:port]
    extension: str
    password: str = field(repr=False)
    transport: Transport = Transport.UDP
    display_name: str = ""
    outbound_proxy: str = ""
    stun_servers: tuple[str, ...] = ()
    ice: bool = False
    turn_server: str = ""
    turn_user: str = ""
    turn_password: str = field(default="", repr=False)
    srtp: SrtpPolicy = SrtpPolicy.OPTIONAL
    tls_ca_file: str = ""              # empty: system CAs
    tls_verify_server: bool = True
    codecs: tuple[str, ...] = ("G722/16000", "PCMA/8000", "PCMU/8000")
    local_port: int = 0                # 0: any free port
    reg_timeout_s: int = 300
    keepalive_s: int = 15


@dataclass(frozen=True)
class CallQuality:
    rtt_ms: float
    jitter_ms: float
    loss_pct: float
    mos: float
    no_audio: bool = False             # not one RTP packet arrived in the interval

    @property
    def grade(self) -> str:
        """good / fair / poor, using the thresholds users know (Twilio: MOS < 3.5 is poor);
        no_audio when nothing at all arrived (worse than any loss rate: the line is silent)."""
        if self.no_audio:
            return "no_audio"
        if self.mos >= 4.0:
            return "good"
        return "fair" if self.mos >= 3.5 else "poor"


@dataclass(frozen=True)
class CallInfo:
    call_id: str
    direction: str                     # "inbound" | "outbound"
    remote_number: str
    remote_name: str
    state: CallState
    reason: str = ""                   # ENDED: SIP code + reason ("486 Busy Here"), or why it ended
    status_code: int = 0               # last SIP status code of the call (0: none yet)
    remote_uri: str = ""               # full remote URI as sent by the peer
    quality: CallQuality | None = None  # last sample, kept with the call record (ENDED carries it)


class AbstractPhone(QObject):
    registration_changed = Signal(str, str)           # RegState value, human reason
    incoming_call = Signal(object)                    # CallInfo
    call_state_changed = Signal(object)               # CallInfo (state updated)
    call_rejected_unavailable = Signal(object)        # CallInfo of a call refused by DND/Break
    call_quality = Signal(str, object)                # call_id, CallQuality
    dtmf_received = Signal(str, str)                  # call_id, digit
    transfer_result = Signal(str, bool, str)          # call_id, ok, reason
    error = Signal(str)                               # human message
    network_event = Signal(str)                       # human report of a network change handling
    stopped = Signal()                                # stop() finished: the engine is gone

    def start(self, account: SipAccountConfig) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def set_accepting_calls(self, accepting: bool, reject_code: int = 486) -> None:
        """Do-not-disturb/Break gate, applied on the engine thread without asking the GUI."""
        raise NotImplementedError

    def answer(self, call_id: str) -> None:
        raise NotImplementedError

    def decline(self, call_id: str) -> None:
        raise NotImplementedError

    def hangup(self, call_id: str) -> None:
        raise NotImplementedError

    def dial(self, number: str) -> None:
        raise NotImplementedError

    def hold(self, call_id: str) -> None:
        raise NotImplementedError

    def resume(self, call_id: str) -> None:
        raise NotImplementedError

    def set_mute(self, muted: bool) -> None:
        raise NotImplementedError

    def send_dtmf(self, call_id: str, digits: str) -> None:
        """DTMF as RFC 4733 telephone-events in the RTP stream (what IVRs expect)."""
        raise NotImplementedError

    def send_dtmf_info(self, call_id: str, digits: str) -> None:
        """DTMF as SIP INFO (application/dtmf-relay), for PBXs that do not read RFC 4733."""
        raise NotImplementedError

    def redial(self) -> None:
        """Dial the last number dialled again (no-op with an error signal if there is none)."""
        raise NotImplementedError

    def transfer_blind(self, call_id: str, target: str) -> None:
        raise NotImplementedError

    def transfer_attended(self, call_id: str, consult_call_id: str) -> None:
        raise NotImplementedError

    def network_changed(self) -> None:
        """The OS reported an IP/reachability change: re-register and keep calls alive."""
        raise NotImplementedError


class AudioBackend:
    """What the pjsua2 engine asks of the audio layer (``agent_console.audio``).

    Every method is called **on the engine thread** (the one that owns the pjsua2 Endpoint), so an
    implementation may make pjsua2 calls in it. Audio callbacks that pjmedia runs on its own threads
    must never touch Qt or block. ``media`` arguments are ``pjsua2.AudioMedia`` objects of a call.
    The default is :class:`NullAudioBackend` (pjsua2 null device: no sound, used by tests).
    """

    @property
    def conference_ptime_ms(self) -> int | None:
        """The conference bridge's tick this backend wants (``MediaConfig.audioFramePtime``, set
        before ``libInit``); None keeps pjsua2's default (20 ms). Independent of the codecs' packet
        time."""
        return None

    def on_endpoint_started(self, endpoint: object) -> None:
        """After libStart: pick the sound device or set up the bridge (``setNullDev`` etc.)."""

    def connect_call(self, call_id: str, media: object) -> None:
        """A call's audio became active: wire it to microphone and speaker."""

    def disconnect_call(self, call_id: str, media: object) -> None:
        """A call's audio stopped (held, ended): unwire it. Must release every reference to media."""

    def set_mute(self, muted: bool) -> None:
        """Microphone mute for every call."""

    def call_sources(self, call_id: str) -> list[object]:
        """The pjsua2 media this backend transmits into the call (microphone port, players).
        The engine's conference-level mute fallback disconnects them from the call on mute and
        reconnects them on unmute (the 2.15 bridge ignores level adjustments). Default: none."""
        return []

    def start_ringing(self, call_waiting: bool) -> None:
        """Play the ringtone (or the soft call-waiting tone) on the ringer device(s)."""

    def stop_ringing(self) -> None:
        """Stop any ringtone."""

    def on_endpoint_stopping(self) -> None:
        """Before libDestroy: drop every pjsua2 media object this backend holds."""


class NullAudioBackend(AudioBackend):
    """No sound at all: pjsua2's null device. Tests that need no audio use this."""

    def on_endpoint_started(self, endpoint: object) -> None:
        endpoint.audDevManager().setNullDev()  # type: ignore[attr-defined]
