#!/usr/bin/env bash
# Start a private PulseAudio daemon for tests and benchmarks (never the user's or the system's).
#
#   scripts/services/pulseaudio.sh start DIR   -> prints "PULSE_SERVER=unix:DIR/native" on success
#   scripts/services/pulseaudio.sh stop DIR
#
# Why this shape:
#   * Everything (socket, pid, cookie, state) lives in DIR, so parallel runs and a desktop session on
#     the same machine never meet. The daemon runs in user mode even as root (CI runs as root on a
#     fresh clone): --system would need the "pulse" user, D-Bus policy and a fixed socket path.
#   * -n: no default.pa, so no hardware is probed; we load exactly the devices the tests use:
#       test_speaker   null sink   (the "headset" the console plays to; record its .monitor)
#       test_ringer    null sink   (the "laptop speakers" a second ringer plays to)
#       test_micfeed   null sink   (tests paplay a tone here ...)
#       test_mic       remap source of test_micfeed.monitor (... and the console hears it as a mic)
#       test_null_src  null source (a silent second microphone)
#   * norewinds=1: under CPU load the null sink's rewinds made it consume ~0.6x real time (measured;
#     ALSA sinks rewind fine), which looked exactly like clock drift and broke every timing test.
#   * --exit-idle-time=-1: the daemon must not quit between tests when no client is connected.
#   * auth-anonymous=1 on the private socket: the cookie lookup in $HOME is skipped.
set -euo pipefail

cmd=${1:?usage: pulseaudio.sh start|stop DIR}
dir=${2:?usage: pulseaudio.sh start|stop DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

export XDG_RUNTIME_DIR="$dir/runtime" PULSE_RUNTIME_PATH="$dir/runtime" PULSE_STATE_PATH="$dir/state"
export XDG_CONFIG_HOME="$dir/config" HOME="$dir/home"
export PULSE_SERVER="unix:$dir/native"

case "$cmd" in
start)
  command -v pulseaudio >/dev/null || { echo "pulseaudio.sh: pulseaudio is not installed (scripts/bootstrap.sh installs it)" >&2; exit 1; }
  mkdir -p "$XDG_RUNTIME_DIR" "$PULSE_STATE_PATH" "$XDG_CONFIG_HOME" "$HOME"
  chmod 700 "$XDG_RUNTIME_DIR"
  if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
    echo "PULSE_SERVER=$PULSE_SERVER"; exit 0
  fi
  cat > "$dir/test.pa" <<PA
load-module module-native-protocol-unix socket=$dir/native auth-anonymous=1
load-module module-null-sink sink_name=test_speaker norewinds=1 rate=48000 channels=2 sink_properties=device.description=Test_Headset
load-module module-null-sink sink_name=test_ringer norewinds=1 rate=48000 channels=2 sink_properties=device.description=Test_Laptop_Speakers
load-module module-null-sink sink_name=test_micfeed norewinds=1 rate=48000 channels=1 sink_properties=device.description=Test_Mic_Feed
load-module module-remap-source source_name=test_mic master=test_micfeed.monitor channels=1 source_properties=device.description=Test_Headset_Mic
load-module module-null-source source_name=test_null_src description=Test_Silent_Mic
set-default-sink test_speaker
set-default-source test_mic
PA
  # --daemonize=no in the background: we keep the real pid (the daemon's own fork would hide it).
  pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no --disallow-exit=no \
    --disable-shm=yes --log-target=file:"$dir/pulseaudio.log" --log-level=notice \
    -F "$dir/test.pa" </dev/null >/dev/null 2>&1 &
  echo $! > "$dir/pid"
  for _ in $(seq 1 100); do
    if pactl info >/dev/null 2>&1; then echo "PULSE_SERVER=$PULSE_SERVER"; exit 0; fi
    kill -0 "$(cat "$dir/pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "pulseaudio.sh: daemon did not come up; log:" >&2
  cat "$dir/pulseaudio.log" >&2 || true
  exit 1
  ;;
stop)
  if [ -f "$dir/pid" ]; then
    pid=$(cat "$dir/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/pid"
  fi
  ;;
*) echo "usage: pulseaudio.sh start|stop DIR" >&2; exit 2 ;;
esac
