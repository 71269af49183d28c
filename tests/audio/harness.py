"""The near end for audio tests: an in-process pjsua2 Endpoint that calls the subprocess peer and
drives :class:`DeviceAudioBackend` through exactly the hooks the phone engine uses.

Used because the pjsua2 phone engine (``agent_console.phone.pjsua_phone``) was not in the tree
when these tests were written. One Endpoint at a time in this process; everything is released
before ``libDestroy`` (pjproject #4353).
"""

from __future__ import annotations

import gc
import time
import traceback
from collections.abc import Callable
from typing import Any

import pjsua2 as pj

from agent_console.phone.api import AudioBackend


class _Call(pj.Call):
    def __init__(self, acc: pj.Account, backend: AudioBackend, call_id: str) -> None:
        super().__init__(acc)
        self.backend = backend
        self.cid = call_id
        self.media: Any = None
        self.state = 0

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self.state = self.getInfo().state
        if self.state == pj.PJSIP_INV_STATE_DISCONNECTED and self.media is not None:
            self.backend.disconnect_call(self.cid, self.media)
            self.media = None

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        try:
            self._media_state()
        except Exception:   # an exception must not cross into pjsua2: show it, the test fails later
            traceback.print_exc()

    def _media_state(self) -> None:
        info = self.getInfo()   # keep it alive: .media points into it
        for i, mi in enumerate(info.media):
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                self.media = self.getAudioMedia(i)
                self.backend.connect_call(self.cid, self.media)


class NearEnd:
    def __init__(self, backend: AudioBackend, ptime_ms: int | None = None) -> None:
        self.backend = backend
        self.ep = pj.Endpoint()
        self.ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.logConfig.consoleLevel = int(__import__("os").environ.get("AC_PJ_LOG", "0"))
        cfg.logConfig.level = cfg.logConfig.consoleLevel
        cfg.medConfig.audioFramePtime = ptime_ms or backend.conference_ptime_ms or 20   # the bridge's tick
        cfg.medConfig.noVad = True                     # as the engine does
        self.ep.libInit(cfg)
        tcfg = pj.TransportConfig()
        tcfg.port = 0
        self.ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
        self.ep.libStart()
        # The app's codec order (SipAccountConfig.codecs). Speex, pjsua's default first choice, is a
        # speech codec with VAD: it mangles the pure test tones.
        prio = {"G722/16000": 255, "PCMA/8000": 254, "PCMU/8000": 253}
        for c in self.ep.codecEnum2():
            self.ep.codecSetPriority(c.codecId, next((v for k, v in prio.items()
                                                      if c.codecId.startswith(k)), 0))
        backend.on_endpoint_started(self.ep)
        self.acc = pj.Account()
        acfg = pj.AccountConfig()
        acfg.idUri = "sip:agent@127.0.0.1"
        self.acc.create(acfg)
        self.calls: list[_Call] = []

    def pump(self, seconds: float, until: Callable[[], bool] | None = None) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.ep.libHandleEvents(10)
            if until is not None and until():
                return True
        return until() if until else True

    def call(self, port: int) -> str:
        """Returns the call id only: a test must never hold a ``Call`` past ``close`` (#4353)."""
        call = _Call(self.acc, self.backend, f"c{len(self.calls) + 1}")
        self.calls.append(call)
        call.makeCall(f"sip:peer@127.0.0.1:{port}", pj.CallOpParam(True))
        assert self.pump(5, lambda: call.media is not None), "call media never became active"
        return call.cid

    def hangup_all(self) -> None:
        self.ep.hangupAllCalls()
        self.pump(3, lambda: all(c.state == pj.PJSIP_INV_STATE_DISCONNECTED for c in self.calls))

    def close(self) -> None:
        self.hangup_all()
        self.backend.on_endpoint_stopping()
        self.calls.clear()
        self.acc.shutdown()
        del self.acc
        gc.collect()
        self.ep.libDestroy()
        del self.ep
        gc.collect()
