"""The real phone: :class:`AbstractPhone` on top of the pjsua2 :class:`~.engine.Engine` thread.

This object lives in the GUI thread. Every method only posts a closure to the engine and returns
at once (DNS, TLS handshakes and SIP timeouts never block the GUI). The engine calls back through
:class:`_Sink`, which emits this object's signals from the engine thread; Qt delivers them queued
to receivers in the GUI thread.

Usage::

    phone = PjsuaPhone(audio=PulseBridge(...))
    phone.registration_changed.connect(...)
    phone.start(SipAccountConfig(registrar="pbx.example:5061", extension="1001", password=pw,
                                 transport=Transport.TLS))
    ...
    phone.stop()          # asynchronous; ``stopped`` is emitted, or call wait_stopped()
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from agent_console.phone.api import (
    AbstractPhone,
    AudioBackend,
    CallInfo,
    CallQuality,
    NullAudioBackend,
    RegState,
    SipAccountConfig,
)

if TYPE_CHECKING:  # the engine imports pjsua2 (~10 MB, a tenth of a second): only when the phone starts
    from agent_console.phone.engine import Engine, EngineOptions

LOG = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Phone", text)


class _Sink:
    """Engine -> Qt signals. Runs on the engine thread; emitting there queues to the GUI thread."""

    def __init__(self, phone: PjsuaPhone) -> None:
        self.phone = phone

    def reg(self, state: RegState, reason: str) -> None:
        self.phone._reg_state = state
        self.phone.registration_changed.emit(state.value, reason)

    def incoming(self, info: CallInfo) -> None:
        self.phone.incoming_call.emit(info)

    def call_state(self, info: CallInfo) -> None:
        self.phone.call_state_changed.emit(info)

    def rejected(self, info: CallInfo) -> None:
        self.phone.call_rejected_unavailable.emit(info)

    def quality(self, call_id: str, q: CallQuality) -> None:
        self.phone.call_quality.emit(call_id, q)

    def dtmf(self, call_id: str, digit: str) -> None:
        self.phone.dtmf_received.emit(call_id, digit)

    def transfer(self, call_id: str, ok: bool, reason: str) -> None:
        self.phone.transfer_result.emit(call_id, ok, reason)

    def error(self, message: str) -> None:
        self.phone.error.emit(message)

    def network(self, message: str) -> None:
        self.phone.network_event.emit(message)

    def stopped(self) -> None:
        self.phone.stopped.emit()


class PjsuaPhone(AbstractPhone):
    """pjsua2 softphone. ``audio`` gets its hooks called on the engine thread."""

    def __init__(self, audio: AudioBackend | None = None, options: EngineOptions | None = None) -> None:
        super().__init__()
        self.audio = audio or NullAudioBackend()
        self.options = options
        """None: the engine's defaults (made when the phone first starts, with the engine module)."""
        self._engine: Engine | None = None
        self._stopping: Engine | None = None   # the engine last asked to stop (joined by wait_stopped)
        self._accepting = True
        self._reject_code = 486
        self._muted = False
        self._last_number = ""
        self._reg_state = RegState.UNREGISTERED
        self._lock = threading.Lock()

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self, account: SipAccountConfig) -> None:
        """Start (or restart with a new account). Returns at once; a previous engine, of this or
        another instance, is stopped first by the new engine thread (one Endpoint per process)."""
        from agent_console.phone.engine import Engine, EngineOptions

        with self._lock:
            if self.options is None:
                self.options = EngineOptions()
            if self._engine is not None:
                self._engine.request_stop()
            eng = Engine(account, _Sink(self), self.audio, self.options)
            eng.accepting = self._accepting
            eng.reject_code = self._reject_code
            eng.muted = self._muted
            self._engine = eng
        eng.start()

    def stop(self) -> None:
        """Ordered shutdown on the engine thread (hang up, unregister, release, libDestroy).
        Returns at once; ``stopped`` is emitted when the Endpoint is gone."""
        with self._lock:
            eng, self._engine = self._engine, None
        if eng is not None:
            self._stopping = eng
            eng.request_stop()

    def wait_stopped(self, timeout: float = 10.0) -> bool:
        """Block until every engine thread is gone (app exit, tests). True if it finished."""
        end = time.monotonic() + timeout
        # Engine._current is cleared just before the thread's last steps (the stopped signal):
        # join that thread too, so "gone" means the thread has ended, not only the Endpoint.
        engine_module = sys.modules.get("agent_console.phone.engine")  # not imported: never started
        current = engine_module.Engine._current if engine_module is not None else None
        for eng in (current, self._stopping):
            if eng is not None and eng is not threading.current_thread():
                eng.join(max(0.0, end - time.monotonic()))
                if eng.is_alive():
                    return False
        return True

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """Block until the Endpoint is up (tests, benchmarks)."""
        eng = self._engine
        return eng is not None and eng.ready.wait(timeout)

    @property
    def running(self) -> bool:
        eng = self._engine
        return eng is not None and eng.is_alive()

    @property
    def registration_state(self) -> RegState:
        return self._reg_state

    @property
    def local_port(self) -> int:
        """The port the SIP transport listens on (direct mode with local_port=0: the one chosen).
        Valid once ``wait_ready`` returned."""
        eng = self._engine
        return eng.port if eng is not None else 0

    @property
    def last_number(self) -> str:
        return self._last_number

    # ---- commands --------------------------------------------------------------------------

    def _post(self, name: str, *args: object) -> None:
        eng = self._engine
        if eng is None or not eng.is_alive():
            self.error.emit(tr("The phone is not running"))
            return
        fn = getattr(eng, name)
        eng.post(lambda: fn(*args))

    def set_accepting_calls(self, accepting: bool, reject_code: int = 486) -> None:
        self._accepting, self._reject_code = accepting, reject_code
        eng = self._engine
        if eng is not None:
            def apply() -> None:
                eng.accepting, eng.reject_code = accepting, reject_code
            eng.post(apply)
            # Also set directly: a plain attribute store is atomic, and an INVITE already queued
            # in the socket must see the new gate before the command queue is drained.
            eng.accepting, eng.reject_code = accepting, reject_code

    def answer(self, call_id: str) -> None:
        self._post("answer", call_id)

    def decline(self, call_id: str) -> None:
        self._post("decline", call_id)

    def hangup(self, call_id: str) -> None:
        self._post("hangup", call_id)

    def dial(self, number: str) -> None:
        self._last_number = number
        self._post("dial", number)

    def redial(self) -> None:
        if not self._last_number:
            self.error.emit(tr("No number to redial"))
            return
        self.dial(self._last_number)

    def hold(self, call_id: str) -> None:
        self._post("hold", call_id)

    def resume(self, call_id: str) -> None:
        self._post("resume", call_id)

    def set_mute(self, muted: bool) -> None:
        self._muted = muted
        self._post("set_mute", muted)

    def send_dtmf(self, call_id: str, digits: str) -> None:
        self._post("send_dtmf", call_id, digits, "rfc4733")

    def send_dtmf_info(self, call_id: str, digits: str) -> None:
        self._post("send_dtmf", call_id, digits, "info")

    def transfer_blind(self, call_id: str, target: str) -> None:
        self._post("transfer_blind", call_id, target)

    def transfer_attended(self, call_id: str, consult_call_id: str) -> None:
        self._post("transfer_attended", call_id, consult_call_id)

    def network_changed(self) -> None:
        self._post("network_changed")

    def register_again(self) -> None:
        """Retry registration now (the UI's "Retry" button after FAILED_AUTH with a new password
        should rather call start() with the new account)."""
        self._post("register_again")
