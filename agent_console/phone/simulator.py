"""Simulated callers: a separate process with its own pjsua2 endpoint that calls the agent.

    python -m agent_console.phone.simulator --target sip:agent@127.0.0.1:5070 \\
        --rate-per-min 4 --talk-seconds 5-20

Each call comes from a random Kazakh or Russian name with a +7 7xx mobile number (display name and
user part of From), plays a voice-like (or ``--tone HZ``) WAV, hangs up after a random talk time
and prints one line per call on stdout (``--json`` for machine-readable lines). The demo mode of
the console starts it as a subprocess; tests use it as a peer (``--answer`` turns it into a callee
that auto-answers, records and reports DTMF).

It runs single-threaded: the main thread owns the Endpoint and pumps it (same rules as the app).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pjsua2 as pj

from agent_console.phone.pjlog import PjLogWriter, quiet_stdout_once
from agent_console.phone.refguard import immortalize_singletons
from agent_console.phone.sipuri import parse_remote
from agent_console.phone.wavfile import write_tone

KK_FIRST = ["Айгерим", "Нурлан", "Жанар", "Ерлан", "Асель", "Даурен", "Гульнара", "Бауыржан",
            "Айдана", "Серик", "Мадина", "Арман", "Динара", "Қанат", "Әсел", "Ұлан"]
KK_LAST = ["Сапаров", "Нурпеисов", "Жумабаев", "Ахметов", "Оспанов", "Кенжебаев", "Тулегенов",
           "Абдрахманов", "Сейткали", "Есенов"]
RU_FIRST = ["Ольга", "Сергей", "Наталья", "Андрей", "Татьяна", "Игорь", "Елена", "Дмитрий"]
RU_LAST = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Морозов"]
FEMALE = {"Айгерим", "Жанар", "Асель", "Гульнара", "Айдана", "Мадина", "Динара", "Әсел",
          "Ольга", "Наталья", "Татьяна", "Елена"}
MOBILE_PREFIXES = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]


def random_caller(rng: random.Random) -> tuple[str, str]:
    """(display name, +7 7xx number) of a plausible caller."""
    if rng.random() < 0.65:
        first, last = rng.choice(KK_FIRST), rng.choice(KK_LAST)
        if first in FEMALE and last.endswith(("ов", "ев", "ин")):
            last += "а"
    else:
        first, last = rng.choice(RU_FIRST), rng.choice(RU_LAST)
        if first in FEMALE:
            last += "а"
    number = "+7" + rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return f"{first} {last}", number


def parse_range(text: str) -> tuple[float, float]:
    lo, _, hi = text.partition("-")
    a = float(lo)
    b = float(hi) if hi else a
    if b < a:
        raise argparse.ArgumentTypeError(f"bad range: {text}")
    return a, b


class _Acc(pj.Account):  # type: ignore[misc]
    def __init__(self, sim: Simulator) -> None:
        super().__init__()
        self.sim = sim

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        self.sim.on_incoming(self, prm.callId)


class _Call(pj.Call):  # type: ignore[misc]
    def __init__(self, sim: Simulator, acc: pj.Account, cid: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(acc, cid)
        self.sim = sim
        self.rec: _Rec | None = None

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self.sim.on_state(self)

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        self.sim.on_media(self)

    def onDtmfDigit(self, prm: pj.OnDtmfDigitParam) -> None:
        if self.rec is not None:
            self.rec.dtmf += prm.digit

    def onCallReplaced(self, prm: pj.OnCallReplacedParam) -> None:
        # Attended transfer: the transferee replaces this call; keep talking to them.
        prm.newCall = self.sim.adopt(prm.newCallId)


@dataclass
class _Rec:
    n: int
    name: str
    number: str
    direction: str
    acc: Any = None
    started: float = field(default_factory=time.monotonic)
    answered: float = 0.0
    talk_s: float = 0.0
    player: Any = None
    recorder: Any = None
    dtmf: str = ""
    dtmf_sent: bool = False
    hung_up: bool = False
    ended: bool = False


class Simulator:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.ep = pj.Endpoint()
        self.calls: list[_Call] = []
        self.graveyard: list[Any] = []
        self.placed = 0
        self.done = 0
        self.stop = False
        self.listen_acc: _Acc | None = None
        self.tmp = tempfile.TemporaryDirectory(prefix="sim-")
        self.wav = self._make_wav()

    def _make_wav(self) -> str:
        a = self.args
        if a.wav:
            return str(a.wav)
        path = Path(self.tmp.name) / "caller.wav"
        if a.tone:
            return str(write_tone(path, a.tone, 10.0))
        # The voice-like signal needs numpy: made by a helper process that exits, so the caller
        # (running all day in the demo) never carries numpy.
        subprocess.run([sys.executable, "-m", "agent_console.phone.wavgen", "--voice", str(path),
                        "--seconds", "10", "--seed", str(a.seed or 0)], check=True, timeout=120)
        return str(path)

    # ---- set-up ------------------------------------------------------------------------------

    def start(self) -> None:
        with quiet_stdout_once():
            self.ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.uaConfig.maxCalls = 32
        cfg.uaConfig.userAgent = "AgentConsole-Simulator"
        self.writer = PjLogWriter()
        cfg.logConfig.writer = self.writer
        cfg.logConfig.level = 2
        cfg.logConfig.consoleLevel = 2
        cfg.medConfig.noVad = True
        cfg.medConfig.sndAutoCloseTime = -1   # see engine.py: otherwise conference ports leak
        self.ep.libInit(cfg)
        tc = pj.TransportConfig()
        tc.port = self.args.local_port
        tc.boundAddress = "127.0.0.1"
        tid = self.ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tc)
        self.port = int(self.ep.transportGetInfo(tid).localName.rsplit(":", 1)[-1])
        tcp = pj.TransportConfig()          # TCP on the same port: agents on TCP/TLS accounts
        tcp.port = self.port
        tcp.boundAddress = "127.0.0.1"
        with contextlib.suppress(pj.Error):
            self.ep.transportCreate(pj.PJSIP_TRANSPORT_TCP, tcp)
        self.ep.libStart()
        self.ep.audDevManager().setNullDev()
        for ci in self.ep.codecEnum2():   # what a mobile network hands over: G.711
            self.ep.codecSetPriority(ci.codecId, 0)
        self.ep.codecSetPriority("PCMA/8000/1", 200)
        self.ep.codecSetPriority("PCMU/8000/1", 199)
        self.ep.codecSetPriority("G722/16000/1", 198 if self.args.g722 else 0)
        if self.args.answer:
            self.listen_acc = self._account(self.args.user, self.args.user)
        self._emit({"event": "ready", "port": self.port})

    def _account(self, name: str, user: str) -> _Acc:
        acc = _Acc(self)
        ac = pj.AccountConfig()
        ac.idUri = f'"{name}" <sip:{user}@127.0.0.1:{self.port}>'
        ac.natConfig.sipOutboundUse = 0
        ac.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
        ac.mediaConfig.transportConfig.port = 0
        ac.mediaConfig.srtpUse = {"disabled": pj.PJMEDIA_SRTP_DISABLED, "optional": pj.PJMEDIA_SRTP_OPTIONAL,
                                  "mandatory": pj.PJMEDIA_SRTP_MANDATORY}[self.args.srtp]
        ac.mediaConfig.srtpSecureSignaling = 0
        acc.create(ac)
        return acc

    # ---- events ------------------------------------------------------------------------------

    def place_call(self) -> None:
        name, number = random_caller(self.rng)
        self.placed += 1
        acc = self._account(name, number)
        call = _Call(self, acc)
        lo, hi = self.args.talk_seconds
        call.rec = _Rec(n=self.placed, name=name, number=number, direction="out", acc=acc,
                        talk_s=self.rng.uniform(lo, hi))
        self.calls.append(call)
        try:
            call.makeCall(self.args.target, pj.CallOpParam(True))
        except pj.Error as exc:
            self._finish(call, f"error: {exc.reason}")

    def on_incoming(self, acc: _Acc, cid: int) -> None:
        call = _Call(self, acc, cid)
        number, name, _ = parse_remote(call.getInfo().remoteUri)
        self.placed += 1
        lo, hi = self.args.talk_seconds
        call.rec = _Rec(n=self.placed, name=name, number=number, direction="in",
                        talk_s=self.rng.uniform(lo, hi))
        self.calls.append(call)
        op = pj.CallOpParam()
        op.statusCode = 200
        call.answer(op)

    def adopt(self, cid: int) -> _Call:
        assert self.listen_acc is not None
        call = _Call(self, self.listen_acc, cid)
        number, name, _ = parse_remote(call.getInfo().remoteUri)
        self.placed += 1
        lo, hi = self.args.talk_seconds
        call.rec = _Rec(n=self.placed, name=name, number=number, direction="in",
                        talk_s=self.rng.uniform(lo, hi), answered=time.monotonic())
        self.calls.append(call)
        return call

    def on_state(self, call: _Call) -> None:
        ci = call.getInfo()
        rec = call.rec
        if rec is None:
            return
        if ci.state == pj.PJSIP_INV_STATE_CONFIRMED and not rec.answered:
            rec.answered = time.monotonic()
        elif ci.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._finish(call, f"{ci.lastStatusCode} {ci.lastReason}")

    def on_media(self, call: _Call) -> None:
        rec = call.rec
        ci = call.getInfo()
        for i, mi in enumerate(ci.media):
            if mi.type != pj.PJMEDIA_TYPE_AUDIO or mi.status != pj.PJSUA_CALL_MEDIA_ACTIVE:
                continue
            aud = call.getAudioMedia(i)
            # (Re)wire on every media update: a hold/resume re-INVITE may recreate the stream.
            if rec is not None and not self.args.silent:
                if rec.player is None:
                    rec.player = pj.AudioMediaPlayer()
                    rec.player.createPlayer(self.wav, 0)   # loops
                rec.player.startTransmit(aud)
            if rec is not None and self.args.record:
                if rec.recorder is None:
                    rec.recorder = pj.AudioMediaRecorder()
                    rec.recorder.createRecorder(f"{self.args.record}/call{rec.n}.wav")
                aud.startTransmit(rec.recorder)

    def _finish(self, call: _Call, reason: str) -> None:
        rec = call.rec
        if rec is None or rec.ended:
            return
        rec.ended = True
        now = time.monotonic()
        talked = now - rec.answered if rec.answered else 0.0
        self.done += 1
        # Close the recording before reporting the call: the WAV header is written on destroy.
        rec.recorder = None
        rec.player = None
        self._emit({
            "event": "call", "n": rec.n, "direction": rec.direction, "name": rec.name,
            "number": rec.number, "answered": bool(rec.answered),
            "wait_s": round((rec.answered or now) - rec.started, 2), "talk_s": round(talked, 2),
            "end": reason.strip(), "dtmf": rec.dtmf,
        })
        # Release the call and its account on the next loop turn, not inside the call's callback.
        self.graveyard.append((call, rec.acc))
        rec.acc = None
        if call in self.calls:
            self.calls.remove(call)

    def _emit(self, event: dict[str, Any]) -> None:
        if self.args.json:
            line = json.dumps(event, ensure_ascii=False)
        elif event["event"] == "call":
            ans = (f"answered after {event['wait_s']}s, talked {event['talk_s']}s"
                   if event["answered"] else f"not answered ({event['wait_s']}s)")
            extra = f", dtmf {event['dtmf']}" if event["dtmf"] else ""
            line = (f"{time.strftime('%H:%M:%S')} call #{event['n']} {event['direction']} "
                    f"{event['name']} <{event['number']}>: {ans}{extra}; end {event['end']}")
        else:
            line = f"{time.strftime('%H:%M:%S')} simulator ready on 127.0.0.1:{event['port']}"
        print(line, flush=True)

    # ---- loop --------------------------------------------------------------------------------

    def _tick_calls(self, now: float) -> None:
        for call in list(self.calls):
            rec = call.rec
            if rec is None or rec.ended:
                continue
            if rec.answered and not rec.dtmf_sent and self.args.dtmf and now - rec.answered > 0.5:
                rec.dtmf_sent = True
                prm = pj.CallSendDtmfParam()
                prm.digits = self.args.dtmf
                prm.method = (pj.PJSUA_DTMF_METHOD_SIP_INFO if self.args.dtmf_info
                              else pj.PJSUA_DTMF_METHOD_RFC2833)
                call.sendDtmf(prm)
            expired = rec.answered and now - rec.answered >= rec.talk_s
            unanswered = not rec.answered and now - rec.started >= self.args.ring_timeout
            if (expired or unanswered) and not rec.hung_up:
                rec.hung_up = True
                with contextlib.suppress(pj.Error):
                    call.hangup(pj.CallOpParam(True))

    def run(self) -> int:
        a = self.args
        self.start()
        deadline = time.monotonic() + a.duration if a.duration else float("inf")
        next_at = time.monotonic() + (a.first_delay if a.first_delay >= 0 else self._gap())
        while not self.stop:
            self.ep.libHandleEvents(10)
            self.graveyard.clear()
            now = time.monotonic()
            if a.target and now >= next_at and (not a.count or self.placed < a.count):
                if len(self.calls) < a.max_concurrent:
                    self.place_call()
                next_at = now + self._gap()
            self._tick_calls(now)
            if a.count and self.done >= a.count:
                break
            if now >= deadline:
                break
        self.shutdown()
        return 0

    def _gap(self) -> float:
        rate = max(0.001, self.args.rate_per_min)
        return self.rng.expovariate(rate / 60.0)

    def shutdown(self) -> None:
        """Same order as the app: hang up, wait, release media/calls/accounts, then libDestroy."""
        if self.calls:
            self.ep.hangupAllCalls()
            end = time.monotonic() + 3
            while self.calls and time.monotonic() < end:
                self.ep.libHandleEvents(10)
        self.calls.clear()
        self.graveyard.clear()
        if self.listen_acc is not None:
            self.listen_acc.shutdown()
            self.listen_acc = None
        gc.collect()
        self.ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
        del self.ep
        gc.collect()
        self.tmp.cleanup()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m agent_console.phone.simulator", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", default="", help="SIP URI to call (the agent)")
    p.add_argument("--rate-per-min", type=float, default=2.0, help="mean call arrivals per minute")
    p.add_argument("--talk-seconds", type=parse_range, default=(5.0, 30.0), help="A-B talk time")
    p.add_argument("--ring-timeout", type=float, default=30.0, help="give up unanswered calls after")
    p.add_argument("--count", type=int, default=0, help="stop after this many calls (0: no limit)")
    p.add_argument("--duration", type=float, default=0.0, help="stop after this many seconds")
    p.add_argument("--max-concurrent", type=int, default=1)
    p.add_argument("--first-delay", type=float, default=-1.0, help="seconds before the 1st call")
    p.add_argument("--local-port", type=int, default=0)
    p.add_argument("--tone", type=float, default=0.0, help="play a pure tone of this frequency")
    p.add_argument("--wav", type=Path, default=None, help="play this WAV (16-bit mono)")
    p.add_argument("--silent", action="store_true", help="send no audio")
    p.add_argument("--record", default="", help="directory: record received audio per call")
    p.add_argument("--dtmf", default="", help="digits to send 0.5 s after answer")
    p.add_argument("--dtmf-info", action="store_true", help="send DTMF as SIP INFO")
    p.add_argument("--g722", action="store_true", help="offer G.722 first (wideband)")
    p.add_argument("--srtp", choices=["disabled", "optional", "mandatory"], default="disabled")
    p.add_argument("--answer", action="store_true", help="callee mode: auto-answer incoming calls")
    p.add_argument("--user", default="peer", help="callee mode: user part to listen as")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    return p


def main(argv: list[str] | None = None) -> int:
    immortalize_singletons()    # the pjsua2 wheel leaks references to None (CPython 3.11)
    args = build_parser().parse_args(argv)
    if not args.target and not args.answer:
        build_parser().error("--target or --answer is required")
    sim = Simulator(args)

    def _stop(*_: object) -> None:
        sim.stop = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    return sim.run()


if __name__ == "__main__":
    sys.exit(main())
