"""Scheduling priority for audio threads.

A softphone thread starved of CPU for 20 ms is an audible gap. PulseAudio raises its own I/O threads
to SCHED_RR (via rtkit on desktops); we do the same for the threads that move call audio: ours,
libpulse's per-stream thread, and pjmedia's clock thread. They only ever block on the sound server
or a timer, so they cannot hog a core (and the kernel's RT throttling caps them anyway). Without
permission (no root, no RLIMIT_RTPRIO) we fall back to a lower nice value, else leave it.
"""

from __future__ import annotations

import os
import threading


def boost_thread(tid: int) -> str:
    """Returns what was granted: "rr", "nice" or "none"."""
    try:
        os.sched_setscheduler(tid, os.SCHED_RR, os.sched_param(5))
        return "rr"
    except (AttributeError, OSError):
        pass
    try:
        os.setpriority(os.PRIO_PROCESS, tid, -10)
        return "nice"
    except (AttributeError, OSError):
        return "none"


def boost_current_thread() -> str:
    return boost_thread(threading.get_native_id())


def boost_threads_named(name: str) -> dict[int, str]:
    """Boost this process's threads whose kernel name is ``name``; returns tid -> what was granted.

    pjlib names the threads it starts: ``media`` is pjmedia's worker that receives RTP into the
    jitter buffer. If it runs late, the jitter buffer runs empty and the agent hears a gap that
    no buffer of the bridge can hide.
    """
    granted: dict[int, str] = {}
    for tid in task_ids():
        try:
            with open(f"/proc/self/task/{tid}/comm") as fh:
                comm = fh.read().strip()
        except OSError:
            continue
        if comm == name:
            granted[tid] = boost_thread(tid)
    return granted


def task_ids() -> set[int]:
    """Native ids of this process's threads (Linux), to find threads a C library just started."""
    try:
        return {int(t) for t in os.listdir("/proc/self/task")}
    except OSError:
        return set()
