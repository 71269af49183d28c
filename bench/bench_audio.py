"""Audio bridge benchmark: added latency, CPU per call, drops/inserts over a long call.

    python bench/bench_audio.py [--minutes 10] [--skip-long] [--long-source call|loop|both]

Starts its own PulseAudio (scripts/services/pulseaudio.sh, null devices) and prints numbers:

1. Latency (tone onset in -> out). Tone bursts are played into ``test_micfeed`` (what ``test_mic``
   hears); two readers timestamp the onset on ``test_micfeed.monitor`` (in) and on
   ``test_speaker.monitor`` (out). Path A, *bridge*: mic stream -> mic FIFO -> pjsua2 conference
   bridge (the bridge port transmits to itself) -> speaker FIFO -> speaker stream. Path B,
   *baseline*: the same two PulseAudio streams copied directly (what any app using these devices
   pays). Added latency = A - B.
2. CPU per active call: a G.722 call to a subprocess peer, near-end process CPU with the null
   backend vs with DeviceAudioBackend (both include pjsua2's codec work; the difference is ours).
3. Long runs (``--minutes`` each): FIFO drops/inserts/underruns over time, plus the speaker sink's
   monitor recorded throughout and scanned for gaps in a continuous tone, each gap named after the
   counter that rose next to it. Two sources (``--long-source``): *loop*, the bridge alone (a tone
   into the mic, the bridge port transmitting to itself, as in part 1: both directions of the bridge
   and nothing else), and *call*, a G.722 call whose far end sends the tone (adds RTP, the jitter
   buffer and a second pjsua2 process on the same CPUs).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from steal import STALLED, StealMeter  # noqa: E402  (bench/steal.py)

from agent_console.audio.backend import DeviceAudioBackend  # noqa: E402
from agent_console.audio.pulse_simple import PulseStream  # noqa: E402
from agent_console.audio.settings import AudioSettings  # noqa: E402
from agent_console.phone.api import NullAudioBackend  # noqa: E402
from tests.audio.conftest import Peer, TonePlayer  # noqa: E402
from tests.audio.harness import NearEnd  # noqa: E402

RATE = 16000
PTIME_MS = 10      # --ptime: pjsua2 conference tick (MediaConfig.audioFramePtime), the bridge port's frame
PLAYBACK_MS = 40   # --playback-ms: PulseAudio playback buffer (AudioSettings.playback_ms)
BUFFER_MS = 30.0   # --buffer-ms: the drift FIFO target (AudioSettings.buffer_ms)
DEVICE_MS = 20     # --device-ms: device thread block (AudioSettings.device_block_ms)


def _settings() -> AudioSettings:
    return AudioSettings(echo_cancellation=False, buffer_ms=BUFFER_MS, playback_ms=PLAYBACK_MS,
                         device_block_ms=DEVICE_MS)


def _backend() -> DeviceAudioBackend:
    return DeviceAudioBackend(_settings(), frame_ms=PTIME_MS)


class OnsetReader(threading.Thread):
    """Reads a source; records the monotonic time of every silence->tone onset."""

    def __init__(self, source: str) -> None:
        super().__init__(daemon=True)
        self.source = source
        self.onsets: list[float] = []
        self.stop = threading.Event()

    def run(self) -> None:
        s = PulseStream(playback=False, device=self.source, rate=RATE, fragment_ms=10)
        buf = np.zeros(RATE // 100, dtype=np.float32)
        quiet = 0
        while not self.stop.is_set():
            s.read_into(buf)
            t_end = time.monotonic()
            loud = np.nonzero(np.abs(buf) > 0.05)[0]
            if len(loud) and quiet >= 20:             # >= 20 quiet samples before: a new onset
                i = int(loud[0])
                self.onsets.append(t_end - (len(buf) - i) / RATE)
            quiet = (len(buf) - 1 - int(loud[-1])) if len(loud) else quiet + len(buf)
        s.close()


def burst_feeder(stop: threading.Event, period_s: float = 0.7, burst_ms: int = 150) -> None:
    s = PulseStream(playback=True, device="test_micfeed", rate=RATE, fragment_ms=10, buffer_ms=30)
    n = RATE // 100
    period = int(RATE * period_s)
    burst = int(RATE * burst_ms / 1000)
    t = 0
    while not stop.is_set():
        k = (t + np.arange(n)) % period
        x = np.where(k < burst, 0.5 * np.sin(2 * np.pi * 1000 * k / RATE), 0.0).astype(np.float32)
        s.write(x)
        t += n
    s.close()


def measure_latency(seconds: float, pump: object | None = None) -> list[float]:
    ref, out = OnsetReader("test_micfeed.monitor"), OnsetReader("test_speaker.monitor")
    stop = threading.Event()
    feeder = threading.Thread(target=burst_feeder, args=(stop,), daemon=True)
    for th in (ref, out, feeder):
        th.start()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if callable(pump):
            pump(0.05)
        else:
            time.sleep(0.05)
    stop.set()
    ref.stop.set()
    out.stop.set()
    for th in (ref, out, feeder):
        th.join(2)
    print(f"  ({len(ref.onsets)} onsets in, {len(out.onsets)} out)")
    lat = []
    for t_in in ref.onsets[1:]:
        later = [t for t in out.onsets if 0 <= t - t_in < 0.5]
        if later:
            lat.append(1000 * (later[0] - t_in))
    return lat


def baseline_copy(stop: threading.Event) -> None:
    """test_mic -> test_speaker with the bridge's own stream settings and nothing in between."""
    mic = PulseStream(playback=False, device="test_mic", rate=RATE, fragment_ms=DEVICE_MS)
    spk = PulseStream(playback=True, device="test_speaker", rate=RATE, fragment_ms=DEVICE_MS,
                      buffer_ms=PLAYBACK_MS)
    buf = np.zeros(RATE * DEVICE_MS // 1000, dtype=np.float32)
    spk.write(buf)      # one fragment of slack, or every write lands just too late (prebuf=0)
    while not stop.is_set():
        mic.read_into(buf)
        spk.write(buf)
    mic.close()
    spk.close()


def summary(xs: list[float]) -> str:
    if not xs:
        return "no onsets matched"
    return (f"median {statistics.median(xs):.1f} ms, min {min(xs):.1f}, max {max(xs):.1f} "
            f"(n={len(xs)})")


def bench_latency() -> None:
    stop = threading.Event()
    th = threading.Thread(target=baseline_copy, args=(stop,), daemon=True)
    th.start()
    time.sleep(0.5)
    base = measure_latency(8.0)
    stop.set()
    th.join(2)

    backend = _backend()
    near = NearEnd(backend, PTIME_MS)
    try:
        port = backend._port
        backend.connect_call("loop", port)        # the bridge port transmits to itself
        near.pump(0.5)
        bridged = measure_latency(8.0, near.pump)
        st = backend.stats()
        backend.disconnect_call("loop", port)
        del port
    finally:
        near.close()
    print(f"latency baseline (PulseAudio streams only): {summary(base)}")
    print(f"latency through the bridge:                 {summary(bridged)}")
    if base and bridged:
        print(f"ADDED one-way latency of the bridge: {statistics.median(bridged) - statistics.median(base):.1f} ms"
              " (median difference; target <= 40 ms)")
    if st is not None:
        print(f"  FIFO levels at end: speaker {st.speaker.level_ms:.1f} ms, mic {st.mic.level_ms:.1f} ms "
              f"(target {st.speaker.target_ms:.0f} ms each)")


def cpu_of_call(backend: object, seconds: float) -> float:
    near = NearEnd(backend, PTIME_MS)  # type: ignore[arg-type]
    peer = Peer()
    try:
        peer.send("tone 1000")
        near.call(peer.port)
        near.pump(1.0)
        c0, w0 = time.process_time(), time.monotonic()
        near.pump(seconds)
        return 100.0 * (time.process_time() - c0) / (time.monotonic() - w0)
    finally:
        near.close()
        peer.close()


def bench_cpu(rounds: int = 3) -> None:
    """Alternating rounds (10 s each) so a noisy neighbour hits both sides alike; medians."""
    nulls, devs = [], []
    for _ in range(rounds):
        nulls.append(cpu_of_call(NullAudioBackend(), 10.0))
        devs.append(cpu_of_call(_backend(), 10.0))
    null, dev = statistics.median(nulls), statistics.median(devs)
    adds = ", ".join(f"{d - n:.2f}" for n, d in zip(nulls, devs, strict=True))
    print(f"CPU, near-end process, one G.722 call (median of {rounds} x 10 s): null backend {null:.2f} % of a "
          f"core, DeviceAudioBackend {dev:.2f} %  ->  bridge adds {dev - null:.2f} % (target <= 3 %; "
          f"per round: {adds})")


ATTRIBUTION_S = 0.75
"""How close (s) a counter change must be to a gap to be named its cause: the recording's time
axis is the sink's clock from parecord's start, known to within its latency."""

STEAL_NEAR = 0.10
"""A 100 ms window with more than this share stolen: 20 ms of one vCPU's time, more than the
playback buffer's slack."""

Marks = list[tuple[float, dict[str, float]]]
"""(monotonic s, cumulative counters) every tick of the long run."""


def attribute_gaps(at: list[float], marks: Marks, causes: list[str]) -> dict[str, int]:
    """Name each gap (monotonic time) after the first counter in *causes* (most upstream first)
    that rose within ATTRIBUTION_S of it; "none" when none did."""
    out = dict.fromkeys([*causes, "none"], 0)
    for t in at:
        near = [m[1] for m in marks if abs(m[0] - t) <= ATTRIBUTION_S + 0.25]
        cause = next((c for c in causes if len(near) >= 2 and near[-1][c] > near[0][c]), "none")
        out[cause] += 1
    return out


def rises(marks: Marks, key: str, t0: float) -> str:
    """Seconds into the run at which a counter rose (to check the attribution by eye)."""
    at = [f"{b[0] - t0:.1f}" for a, b in itertools.pairwise(marks) if b[1][key] > a[1][key]]
    return ", ".join(at) or "-"


CAUSES = {
    "jitter": "the near end's jitter buffer ran empty or lost frames (the far end's packets were late: "
              "before the bridge)",
    "mic_fifo": "a mic FIFO underrun (the bridge's own)",
    "speaker_fifo": "a speaker FIFO underrun (the bridge's own)",
    "late_speaker": "the speaker thread wrote later than its playback buffer lasts (PulseAudio played "
                    "silence: our device thread or the server stalled)",
    "none": "neither (the pjmedia clock, PulseAudio itself or the recorder)",
}


def bench_long_run(minutes: float, source: str) -> None:
    """*source* "call": a G.722 call whose far end (tests/audio/peer.py) sends a continuous tone;
    "loop": no call, the bridge port transmits to itself (as in the latency part) and a continuous
    tone goes into the mic, so the recording holds both directions of the bridge and nothing else
    (no RTP, no jitter buffer, no second pjsua2 process)."""
    backend = _backend()
    near = NearEnd(backend, PTIME_MS)
    work = Path(tempfile.mkdtemp(prefix="ac-bench-rec-"))
    peer: Peer | None = None
    feed: TonePlayer | None = None
    loop_port = None
    rec = None
    causes = ["jitter", "speaker_fifo", "late_speaker"] if source == "call" else \
        ["mic_fifo", "speaker_fifo", "late_speaker"]
    try:
        if source == "call":
            peer = Peer()
            peer.send("tone 1000")
            near.call(peer.port)
        else:
            # half a second of buffer in pacat: the feed itself must not be what stalls
            feed = TonePlayer("test_micfeed", 1000.0, seconds=minutes * 60 + 30, amp=0.5, latency_ms=500)
            loop_port = backend._port
            backend.connect_call("loop", loop_port)
        near.pump(2.0)
        rec_file = open(work / "speaker.raw", "wb")  # noqa: SIM115 - parecord writes it until terminated
        rec = subprocess.Popen(["parecord", "--raw", "--device=test_speaker.monitor", "--format=float32le",
                                f"--rate={RATE}", "--channels=1", "--latency-msec=50"], stdout=rec_file)
        for pump in backend.bridge.pumps.values() if backend.bridge is not None else ():
            pump.reset_timing()             # the streams' start-up is not the run
        levels: list[tuple[float, float]] = []
        marks: Marks = []
        t0 = time.monotonic()                     # also the recording's start
        c0 = time.process_time()
        total = minutes * 60
        next_print = 0.0
        with StealMeter() as steal:
            while (el := time.monotonic() - t0) < total:
                near.pump(0.25)
                st = backend.stats()
                assert st is not None
                levels.append((st.speaker.level_ms, st.mic.level_ms))
                counters = {"speaker_fifo": float(st.speaker.underruns), "mic_fifo": float(st.mic.underruns),
                            "late_speaker": st.extra.get("late_speaker_blocks", 0.0), "jitter": 0.0}
                if source == "call":
                    jb = near.calls[0].getStreamStat(0).jbuf
                    counters["jitter"] = float(jb.empty + jb.lost + jb.discard)
                marks.append((time.monotonic(), counters))
                if el >= next_print:
                    print(f"  t={el:6.0f}s speaker: level {st.speaker.level_ms:5.1f} ms "
                          f"corr {st.speaker.ratio_ppm:7.0f} ppm "
                          f"dropped {st.speaker.dropped} inserted {st.speaker.inserted} underruns "
                          f"{st.speaker.underruns} | mic: level {st.mic.level_ms:5.1f} ms dropped {st.mic.dropped} "
                          f"inserted {st.mic.inserted} underruns {st.mic.underruns}", flush=True)
                    next_print += max(10.0, total / 20)
            cpu = 100.0 * (time.process_time() - c0) / (time.monotonic() - t0)
        if source == "call":
            try:
                ss = near.calls[0].getStreamStat(0)
                jb = ss.jbuf
                print(f"  near-end jitter buffer: {jb.empty} empty gets, {jb.lost} lost, {jb.discard} discarded, "
                      f"delay {jb.avgDelayMsec} ms avg / {jb.maxDelayMsec} ms max; RTP packets lost "
                      f"{ss.rtcp.rxStat.loss}", flush=True)
            except Exception as exc:
                print(f"  (no stream stats: {exc})")
        rec.terminate()
        rec.wait(10)
        rec_file.close()
        data = (work / "speaker.raw").read_bytes()
        x = np.frombuffer(data[: len(data) // 4 * 4], dtype="<f4")[RATE:]   # skip recorder start-up
        blocks = x[: len(x) // 160 * 160].reshape(-1, 160)
        rms = np.sqrt(np.mean(blocks.astype(np.float64) ** 2, axis=1))
        onsets = np.flatnonzero((rms < 0.1) & (np.roll(rms, 1) >= 0.1))
        gap_at = [t0 + 1.0 + i / 100 for i in onsets]
        found = attribute_gaps(gap_at, marks, causes)
        stalls = steal.stalled_at()
        in_stall = sum(any(abs(t - w) <= ATTRIBUTION_S for w in stalls) for t in gap_at)
        near_steal = sum(steal.peak_near(t, ATTRIBUTION_S) > STEAL_NEAR for t in gap_at)
        chance = steal.share_near(STEAL_NEAR, ATTRIBUTION_S)
        print(f"  gaps at (s into the run): {', '.join(f'{t - t0:.1f}' for t in gap_at) or '-'}")
        print(f"  stalled 100 ms windows (the hypervisor took > {int(STALLED * 100)} % of the CPU) ended at: "
              f"{', '.join(f'{t - t0:.1f}' for t in stalls) or '-'}")
        for c in causes:
            print(f"  {c} rose at: {rises(marks, c, t0)}")
        st = backend.stats()
        assert st is not None
        what = "far-end tone (call)" if source == "call" else "mic tone looped through the bridge"
        print(f"long {source} run {minutes:.1f} min: speaker dropped {st.speaker.dropped} samples, inserted "
              f"{st.speaker.inserted} ({st.speaker.underruns} underruns, {st.speaker.overruns} overruns); mic "
              f"dropped {st.mic.dropped}, inserted {st.mic.inserted} ({st.mic.underruns} underruns, "
              f"{st.mic.overruns} overruns); stream reopens {st.reopens}, errors {st.stream_errors}")
        print(f"  audible gaps in the recorded {what} (10 ms blocks below -17 dBFS): {len(onsets)} "
              f"in {len(rms) / 100:.0f} s recorded, the tone present in {100 * np.mean(rms >= 0.1):.2f} % of the "
              f"blocks (a missing tone is no gap); process CPU over the run {cpu:.2f} %; {steal.describe()}")
        print(f"  gaps within {ATTRIBUTION_S} s of a stalled window: {in_stall} of {len(gap_at)}; of a window "
              f"with > {int(STEAL_NEAR * 100)} % stolen: {near_steal} of {len(gap_at)} (by chance: "
              f"{100 * chance:.1f} % of the run's moments are that near one)")
        print(f"  gaps by cause (first that rose within {ATTRIBUTION_S} s, upstream first):")
        for c, n in found.items():
            print(f"    {n:3d}  {CAUSES[c]}")
        print(f"  native bridge: {bool(st.extra.get('native'))}; device blocks moved by the C pump: speaker "
              f"{st.extra.get('pumped_speaker', 0):.0f}, mic {st.extra.get('pumped_mic', 0):.0f}; late speaker "
              f"blocks {st.extra.get('late_speaker_blocks', 0):.0f}, longest interval speaker "
              f"{st.extra.get('max_speaker_block_gap_ms', 0):.1f} ms, mic "
              f"{st.extra.get('max_mic_block_gap_ms', 0):.1f} ms; pjmedia clock: "
              f"{st.extra.get('late_ticks', 0):.0f} late ticks, "
              f"{st.extra.get('burst_ticks', 0):.0f} catch-up ticks, longest gap "
              f"{st.extra.get('max_tick_gap_ms', 0):.1f} ms")
        spk = statistics.mean(lv[0] for lv in levels)
        mic = statistics.mean(lv[1] for lv in levels)
        print(f"  mean FIFO residency (delay the bridge adds besides the device buffers): speaker {spk:.1f} ms"
              f" + mic {mic:.1f} ms = {spk + mic:.1f} ms")
    finally:
        if rec is not None and rec.poll() is None:
            rec.kill()
        if loop_port is not None:
            backend.disconnect_call("loop", loop_port)
            del loop_port
        if feed is not None:
            feed.stop()
        near.close()
        if peer is not None:
            peer.close()
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    global BUFFER_MS, PLAYBACK_MS, PTIME_MS, DEVICE_MS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--skip-long", action="store_true")
    ap.add_argument("--latency-only", action="store_true", help="only part 1 (for tuning the buffers)")
    ap.add_argument("--long-only", action="store_true", help="only part 3 (for tuning the buffers)")
    ap.add_argument("--long-source", choices=("call", "loop", "both"), default="both",
                    help="part 3 through a call to the far-end process, through the bridge alone, or both")
    ap.add_argument("--cpu-rounds", type=int, default=3)
    defaults = AudioSettings()
    ap.add_argument("--buffer-ms", type=float, default=defaults.buffer_ms)
    ap.add_argument("--playback-ms", type=int, default=defaults.playback_ms)
    ap.add_argument("--ptime", type=int, default=DeviceAudioBackend().frame_ms,
                    help="conference tick (DeviceAudioBackend.frame_ms)")
    ap.add_argument("--device-ms", type=int, default=defaults.device_block_ms)
    ap.add_argument("--boost-engine", action="store_true",
                    help="run the thread that owns the Endpoint (here: main) at RT priority too")
    args = ap.parse_args()
    BUFFER_MS = args.buffer_ms
    PLAYBACK_MS = args.playback_ms
    PTIME_MS = args.ptime
    DEVICE_MS = args.device_ms
    if args.boost_engine:
        from agent_console.audio.priority import boost_current_thread

        print(f"engine thread priority: {boost_current_thread()}")
    tmp = tempfile.mkdtemp(prefix="ac-bench-pulse-")
    script = ROOT / "scripts" / "services" / "pulseaudio.sh"
    out = subprocess.run(["bash", str(script), "start", tmp], capture_output=True, text=True, check=True)
    os.environ["PULSE_SERVER"] = out.stdout.strip().splitlines()[-1].split("=", 1)[1]
    print(f"bench_audio: {time.strftime('%Y-%m-%d %H:%M:%S')}, load average {os.getloadavg()}, "
          f"{os.cpu_count()} CPUs, FIFO target {BUFFER_MS:.0f} ms, playback buffer {PLAYBACK_MS} ms, "
          f"ptime {PTIME_MS} ms, device blocks {DEVICE_MS} ms", flush=True)
    try:
        if not args.long_only:
            bench_latency()
        if not args.latency_only and not args.long_only:
            bench_cpu(args.cpu_rounds)
        if not args.skip_long and not args.latency_only:
            for source in ("loop", "call") if args.long_source == "both" else (args.long_source,):
                bench_long_run(args.minutes, source)
    finally:
        subprocess.run(["bash", str(script), "stop", tmp], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
