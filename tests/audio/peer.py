"""The far end of a test call, in its own process (one pjsua2 Endpoint per process).

Null audio; an AudioMediaPort generates a sine towards the caller and keeps the last 2 s of what
it hears. Answers every call. Line protocol on stdin/stdout:
  -> "PORT <udp port>" once ready          <- "tone <hz>" (0 = silence)
  <- "power <hz> [<hz> ...]"  -> "POWER <p> [<p> ...]" (Goertzel over the last second heard)
  <- "state"                  -> "STATE <connected 0/1> <frames heard>"
  <- "quit"
"""

from __future__ import annotations

import select
import sys

import numpy as np
import pjsua2 as pj

from agent_console.audio.bridge_port import vector_bytes
from agent_console.audio.priority import boost_current_thread, boost_threads_named
from agent_console.phone.refguard import immortalize_singletons

RATE = 16000
N = RATE // 50


def goertzel(x: np.ndarray, freq: float) -> float:
    k = np.arange(len(x))
    return float(abs(np.dot(x, np.exp(-2j * np.pi * freq * k / RATE))) ** 2 / max(1, len(x)))


class Port(pj.AudioMediaPort):
    def __init__(self) -> None:
        super().__init__()
        self.freq = 0.0
        self.t = 0
        self.heard = np.zeros(2 * RATE, dtype=np.float32)
        self.frames = 0
        self.boosted = False

    def onFrameRequested(self, frame: pj.MediaFrame) -> None:
        if not self.boosted:  # pjmedia's clock thread: as a real phone would run it (see priority.py)
            self.boosted = True
            boost_current_thread()
            boost_threads_named("media")
        t = self.t + np.arange(N)
        self.t += N
        x = 0.3 * np.sin(2 * np.pi * self.freq * t / RATE) if self.freq else np.zeros(N)
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        frame.buf = pj.ByteVector((x * 32767).astype("<i2").tobytes())
        frame.size = 2 * N

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:
        if frame.type != pj.PJMEDIA_FRAME_TYPE_AUDIO or frame.size == 0:
            return
        x = np.frombuffer(vector_bytes(frame.buf), dtype="<i2").astype(np.float32) / 32768
        self.heard = np.concatenate([self.heard[len(x):], x])
        self.frames += 1


class PeerCall(pj.Call):
    def __init__(self, acc: pj.Account, call_id: int, port: Port) -> None:
        super().__init__(acc, call_id)
        self.port = port
        self.connected = False

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self.connected = self.getInfo().state == pj.PJSIP_INV_STATE_CONFIRMED

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        info = self.getInfo()   # keep it alive: .media points into it
        for i, mi in enumerate(info.media):
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                m = self.getAudioMedia(i)
                m.startTransmit(self.port)
                self.port.startTransmit(m)


class PeerAccount(pj.Account):
    def __init__(self, port: Port) -> None:
        super().__init__()
        self.port = port
        self.calls: list[PeerCall] = []

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        call = PeerCall(self, prm.callId, self.port)
        self.calls.append(call)
        op = pj.CallOpParam()
        op.statusCode = 200
        call.answer(op)


def main() -> None:
    immortalize_singletons()      # the wheel's directors leak references to None (CPython 3.11)
    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.logConfig.consoleLevel = 0
    cfg.logConfig.level = 0
    ep.libInit(cfg)
    tcfg = pj.TransportConfig()
    tcfg.port = 0
    tid = ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
    ep.libStart()
    ep.audDevManager().setNullDev()
    port = Port()
    fmt = pj.MediaFormatAudio()
    fmt.type = pj.PJMEDIA_TYPE_AUDIO
    fmt.clockRate, fmt.channelCount, fmt.bitsPerSample, fmt.frameTimeUsec = RATE, 1, 16, 20000
    port.createPort("peer", fmt)
    acc = PeerAccount(port)
    acfg = pj.AccountConfig()
    acfg.idUri = "sip:peer@127.0.0.1"
    acc.create(acfg)
    print("PORT", ep.transportGetInfo(tid).localName.split(":")[-1], flush=True)
    buf = ""
    running = True
    while running:
        ep.libHandleEvents(10)
        if not select.select([sys.stdin], [], [], 0)[0]:
            continue
        chunk = sys.stdin.readline()
        if not chunk:
            break
        buf = chunk.strip()
        cmd, *args = buf.split()
        if cmd == "tone":
            port.freq = float(args[0])
        elif cmd == "power":
            last = port.heard[-RATE:].astype(np.float64)
            print("POWER", *(f"{goertzel(last, float(a)):.6g}" for a in args), flush=True)
        elif cmd == "state":
            print("STATE", int(any(c.connected for c in acc.calls)), port.frames, flush=True)
        elif cmd == "quit":
            running = False
    ep.hangupAllCalls()
    for _ in range(50):
        ep.libHandleEvents(10)
    acc.calls.clear()
    acc.shutdown()
    # Never destroy an AudioMediaPort while the conference bridge runs: pjmedia 2.15 removes it
    # asynchronously and would call the freed object (see BridgePort.retire). Disowned, it is
    # never destroyed; the process ends right after.
    keep = port.__disown__()
    del acc, port
    ep.libDestroy()
    del keep


if __name__ == "__main__":
    main()
