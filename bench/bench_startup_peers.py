"""Start-up time and memory of the console side by side with Twinkle and Linphone, as an operator starts them.

    .venv/bin/python bench/bench_startup_peers.py                 # 5 rounds, memory at 5 s and 20 s
    .venv/bin/python bench/bench_startup_peers.py --rounds 3 --only console,demo

Peers come from Debian (``apt-get install twinkle linphone-desktop``); a missing one is skipped
with a message. Programs:

* ``console``  ``agent-console`` in its plain mode with a saved account (settings file with a
  registrar and extension, the SIP password in the keyring): what an operator starts each morning.
  The registrar is an unused local port, so registration retries quietly, as with a PBX that is down.
* ``demo``     ``agent-console --demo`` (the console; its simulated caller and local server are
  reported apart as "tree").
* ``twinkle``  Twinkle (Qt5, C++) with a saved profile for the same account.
* ``linphone`` Linphone desktop (Qt Quick) on its first start.
* ``floor``    ``bench/startup_floor.py --endpoint``: PySide6 + ``import pjsua2`` + one shown label
  + a started Endpoint, the part of the console's cost that belongs to its stack.

All run under one Xvfb (no window manager) and, when the script is not already on a session bus,
under ``scripts/services/keyring.sh`` (a private D-Bus with an unlocked GNOME Keyring); each start
gets a fresh HOME/XDG tree. Programs are interleaved per round, so load on the machine hits all
alike. Per start it prints:

* ``mapped``  spawn until the first top-level window of the program is mapped (X11 map state),
* ``paint``   spawn until that window holds drawn content (a grid of sampled pixels has at least
  three distinct colours; an unpainted window on Xvfb is one colour),
* RSS and PSS (``/proc/PID/smaps_rollup``) of the program's main process at 5 s and 20 s, and of
  its whole process tree ("tree").

Then medians per program and the console's ratios to each peer. Absolute times depend on the
machine's load; the ratios of interleaved runs and the memory figures much less so.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYRING_SH = ROOT / "scripts" / "services" / "keyring.sh"
EXTENSION, REGISTRAR, PASSWORD = "1001", "127.0.0.1:5999", "bench-secret"


# ---------------------------------------------------------------- X11 via ctypes (no extra deps)
class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_errors = _ERROR_HANDLER(lambda _d, _e: 0)  # a window may vanish between query and read


class X11:
    """Just enough Xlib to see which top-level windows are mapped and whether they hold pixels."""

    IS_VIEWABLE = 2
    ALL_PLANES = ctypes.c_ulong(-1 & 0xFFFFFFFFFFFFFFFF)
    Z_PIXMAP = 2

    def __init__(self, display: str) -> None:
        lib = ctypes.util.find_library("X11")
        if not lib:
            raise SystemExit("bench_startup_peers: libX11 not found (apt-get install libx11-6)")
        x = ctypes.CDLL(lib)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                 ctypes.POINTER(ctypes.c_uint)]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XWindowAttributes)]
        x.XGetImage.restype = ctypes.c_void_p
        x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x.XGetPixel.restype = ctypes.c_ulong
        x.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        x.XDestroyImage.argtypes = [ctypes.c_void_p]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XSetErrorHandler(_ignore_errors)
        self.x = x
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"bench_startup_peers: cannot open display {display}")
        self.root = x.XDefaultRootWindow(self.dpy)

    def mapped_windows(self, min_side: int = 120) -> list[tuple[int, int, int]]:
        """(window, width, height) of viewable, managed-size top-level windows (no popups/tooltips)."""
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        n = ctypes.c_uint()
        if not self.x.XQueryTree(self.dpy, self.root, ctypes.byref(root), ctypes.byref(parent),
                                 ctypes.byref(children), ctypes.byref(n)):
            return []
        found = []
        for i in range(n.value):
            w = children[i]
            attrs = _XWindowAttributes()
            if not self.x.XGetWindowAttributes(self.dpy, w, ctypes.byref(attrs)):
                continue
            if (attrs.map_state == self.IS_VIEWABLE and not attrs.override_redirect
                    and attrs.width >= min_side and attrs.height >= min_side):
                found.append((int(w), attrs.width, attrs.height))
        if children:
            self.x.XFree(children)
        return found

    def distinct_colours(self, window: int, width: int, height: int, grid: int = 24) -> int:
        image = self.x.XGetImage(self.dpy, window, 0, 0, width, height, self.ALL_PLANES, self.Z_PIXMAP)
        self.x.XSync(self.dpy, 0)
        if not image:
            return 0
        try:
            seen = {self.x.XGetPixel(image, (width - 1) * i // grid, (height - 1) * j // grid)
                    for i in range(grid + 1) for j in range(grid + 1)}
        finally:
            self.x.XDestroyImage(image)
        return len(seen)


# ---------------------------------------------------------------- memory
def rollup(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB of one process; (0, 0) when it is gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def tree(pid: int) -> list[int]:
    """The process and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def kill_tree(pid: int) -> None:
    procs = tree(pid)
    for p in procs:
        with contextlib.suppress(OSError):
            os.kill(p, signal.SIGTERM)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() and _alive(p) for p in procs):
        time.sleep(0.1)
    for p in procs:
        with contextlib.suppress(OSError):
            os.kill(p, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# ---------------------------------------------------------------- programs
@dataclass
class Program:
    name: str
    argv: list[str]
    prepare: object = None  # callable(home: Path) -> None writing the saved account
    env: dict[str, str] = field(default_factory=dict)


def _console_account(home: Path) -> None:
    cfg = home / "config" / "agent-console"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "agent-console.ini").write_text(
        f"[account]\nagent=agent1\nregistrar={REGISTRAR}\nextension={EXTENSION}\n[ui]\nlanguage=en\n")


def _twinkle_profile(home: Path) -> None:
    d = home / "home" / ".twinkle"
    d.mkdir(parents=True, exist_ok=True)
    host, port = REGISTRAR.split(":")
    (d / "bench.cfg").write_text(
        f"user_name={EXTENSION}\nuser_domain={host}\nauth_name={EXTENSION}\nauth_pass={PASSWORD}\n"
        f"registrar={host}:{port}\nregister_at_startup=yes\n")
    (d / "twinkle.sys").write_text("gui_use_systray=no\nstart_user_profile=bench.cfg\nstart_hidden=no\n")


def programs(only: set[str] | None, baseline: Path | None = None) -> list[Program]:
    console = str(ROOT / ".venv" / "bin" / "agent-console")
    progs = [
        Program("console", [console], _console_account),
        Program("demo", [console, "--demo"]),
    ]
    floor = [sys.executable, str(ROOT / "bench" / "startup_floor.py"), "--endpoint"]
    progs.append(Program("floor", floor))
    if baseline is not None:  # another copy of the package, e.g. an older commit's, to compare with
        progs.append(Program("base", [console], _console_account, {"PYTHONPATH": str(baseline)}))
    if shutil.which("twinkle"):
        progs.append(Program("twinkle", ["twinkle", "-f", "bench"], _twinkle_profile))
    else:
        print("twinkle  not installed: apt-get install twinkle  (skipped)")
    if shutil.which("linphone"):
        progs.append(Program("linphone", ["linphone"]))
    else:
        print("linphone not installed: apt-get install linphone-desktop  (skipped)")
    return [p for p in progs if only is None or p.name in only]


@dataclass
class Result:
    mapped: float = float("nan")
    paint: float = float("nan")
    mem: dict[str, tuple[int, int]] = field(default_factory=dict)  # "5s"/"20s"/"5s tree" -> (rss, pss)


def one_start(prog: Program, x11: X11, display: str, hold_s: float) -> Result:
    res = Result()
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as tmp:
        home = Path(tmp)
        for sub in ("home", "config", "data", "cache", "runtime"):
            (home / sub).mkdir(mode=0o700)
        if callable(prog.prepare):
            prog.prepare(home)
        env = {
            "HOME": str(home / "home"), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_RUNTIME_DIR": str(home / "runtime"),
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "DISPLAY": display, **prog.env,
        }
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
        before = {w for w, _, _ in x11.mapped_windows()}
        t0 = time.perf_counter()
        proc = subprocess.Popen(prog.argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            win: tuple[int, int, int] | None = None
            while time.perf_counter() - t0 < 30 and proc.poll() is None:
                if win is None:
                    new = [w for w in x11.mapped_windows() if w[0] not in before]
                    if new:
                        win = max(new, key=lambda w: w[1] * w[2])
                        res.mapped = time.perf_counter() - t0
                if win is not None and x11.distinct_colours(*win) >= 3:
                    res.paint = time.perf_counter() - t0
                    break
                time.sleep(0.01)
            for label, at in (("5s", 5.0), ("20s", 20.0)):
                if at > hold_s:
                    continue
                time.sleep(max(0.0, t0 + at - time.perf_counter()))
                res.mem[label] = rollup(proc.pid)
                procs = tree(proc.pid)
                res.mem[label + " tree"] = (sum(rollup(p)[0] for p in procs), sum(rollup(p)[1] for p in procs))
        finally:
            kill_tree(proc.pid)
            proc.wait()
    return res


def _med(xs: list[float]) -> float:
    xs = [x for x in xs if x == x]
    return statistics.median(xs) if xs else float("nan")


def _ms(x: float) -> str:
    return "   -  " if x != x else f"{x * 1000:6.0f}"


def _mb(kb: float) -> str:
    return "   - " if kb != kb or not kb else f"{kb / 1024:5.0f}"


def free_display() -> int:
    n = 90
    while Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
        n += 1
    return n


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--hold", type=float, default=20.0, help="seconds each program runs (memory at 5 s and 20 s)")
    p.add_argument("--only", default="", help="comma-separated: console,demo,floor,base,twinkle,linphone")
    p.add_argument("--baseline", type=Path, default=None,
                   help="a directory holding another agent_console package (e.g. `git archive` of an older "
                        "commit plus its built forms): started as 'base' in plain mode, for before/after")
    args = p.parse_args()
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and KEYRING_SH.exists() and shutil.which("gnome-keyring-daemon"):
        os.execv("/bin/bash", ["bash", str(KEYRING_SH), sys.executable, *sys.argv])
    progs = programs(set(args.only.split(",")) if args.only else None, args.baseline)
    if any(pr.name in ("console", "base") for pr in progs):
        stored = subprocess.run(
            [sys.executable, "-c",
             "import keyring,sys; keyring.set_password('agent-console', sys.argv[1], sys.argv[2])",
             f"sip:{EXTENSION}@{REGISTRAR}", PASSWORD],
            capture_output=True, text=True)
        if stored.returncode:
            print("no keyring: the console starts without its saved password (it asks in Settings)")
    n = free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        display = f":{n}"
        x11 = X11(display)
        results: dict[str, list[Result]] = {pr.name: [] for pr in progs}
        print(f"{'round':5s} {'program':9s} {'mapped':>7s} {'paint':>7s}   RSS/PSS MB at 5 s   at 20 s   tree at 20 s")
        for r in range(args.rounds):
            for pr in progs:
                res = one_start(pr, x11, display, args.hold)
                results[pr.name].append(res)
                m5, m20, t20 = res.mem.get("5s", (0, 0)), res.mem.get("20s", (0, 0)), res.mem.get("20s tree", (0, 0))
                print(f"{r + 1:5d} {pr.name:9s} {_ms(res.mapped)} ms {_ms(res.paint)} ms   "
                      f"{_mb(m5[0])}/{_mb(m5[1])}   {_mb(m20[0])}/{_mb(m20[1])}   {_mb(t20[0])}/{_mb(t20[1])}",
                      flush=True)
        print(f"\nmedian of {args.rounds} (load average now {os.getloadavg()[0]:.1f}):")
        med: dict[str, dict[str, float]] = {}
        for name, rs in results.items():
            med[name] = {
                "mapped": _med([x.mapped for x in rs]), "paint": _med([x.paint for x in rs]),
                **{f"{k} {i}": _med([float(x.mem.get(k, (0, 0))[i]) for x in rs if x.mem.get(k)])
                   for k in ("5s", "20s", "20s tree") for i in (0, 1)},
            }
            m = med[name]
            print(f"  {name:9s} mapped {_ms(m['mapped'])} ms  paint {_ms(m['paint'])} ms  "
                  f"RSS {_mb(m['5s 0'])} -> {_mb(m['20s 0'])} MB  PSS {_mb(m['5s 1'])} -> {_mb(m['20s 1'])} MB  "
                  f"tree RSS {_mb(m['20s tree 0'])} MB")
        for ours in ("console", "demo", "base"):
            for peer in ("twinkle", "linphone", "base", "floor"):
                if ours in med and peer in med and ours != peer:
                    a, b = med[ours], med[peer]
                    at = "20s" if a["20s 0"] == a["20s 0"] and b["20s 0"] == b["20s 0"] else "5s"
                    print(f"  {ours}/{peer}: mapped x{a['mapped'] / b['mapped']:.2f}, "
                          f"paint x{a['paint'] / b['paint']:.2f}, "
                          f"RSS@{at} x{a[at + ' 0'] / b[at + ' 0']:.2f}, PSS@{at} x{a[at + ' 1'] / b[at + ' 1']:.2f}")
    finally:
        xvfb.terminate()
        xvfb.wait()


if __name__ == "__main__":
    main()
