#!/usr/bin/env bash
# Run a command under a private D-Bus session with a GNOME Keyring (a real Secret Service), for
# the keyring tests:
#
#   scripts/services/keyring.sh COMMAND [ARGS...]
#   KEYRING_STATE=locked scripts/services/keyring.sh COMMAND [ARGS...]
#   KEYRING_STATE=frozen scripts/services/keyring.sh COMMAND [ARGS...]
#
# KEYRING_STATE:
#   unlocked (default)  the "login" keyring exists and is unlocked: nothing prompts.
#   locked              the "login" keyring exists but is locked. Unlocking it asks the system
#                       prompter (gcr-prompter): with $DISPLAY set (an Xvfb) its window opens and
#                       stays open, as a prompt the agent leaves alone; without a display the
#                       prompt fails at once, as a dismissed one.
#   frozen              the keyring daemon is stopped with SIGSTOP before COMMAND runs: every
#                       Secret Service call waits for ever, as with a hung daemon. It is resumed
#                       and ended when COMMAND exits.
#
# Why this shape:
#   * CI runs as root on a fresh clone with no desktop session: there is no session bus and no
#     keyring. dbus-run-session starts a private bus that lives exactly as long as COMMAND.
#   * gnome-keyring-daemon --unlock reads the login password on stdin and creates/unlocks the
#     "login" collection, so nothing prompts. --components=secrets: no SSH/GPG agents.
#     --replace without --unlock restarts the daemon on the same bus with that keyring locked.
#   * HOME/XDG dirs point into a temp dir: the keyring files never touch the user's real keyring,
#     and the temp dir is removed afterwards.
set -euo pipefail
[ "$#" -ge 1 ] || { echo "usage: keyring.sh COMMAND [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "keyring.sh: $tool missing (apt-get install dbus gnome-keyring)" >&2; exit 3; }
done
state=${KEYRING_STATE:-unlocked}
case "$state" in unlocked|locked|frozen) ;; *) echo "keyring.sh: unknown KEYRING_STATE $state" >&2; exit 2 ;; esac
tmp=$(mktemp -d)
# The cleanup must not change the command's exit status: a daemon still writing its files can make
# one removal fail ("Directory not empty"), so it is retried once and never reported as failure.
trap 'rm -rf "$tmp" 2>/dev/null || { sleep 0.5; rm -rf "$tmp" 2>/dev/null; } || true' EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/runtime"
export KEYRING_STATE="$state"
# shellcheck disable=SC2016
dbus-run-session -- bash -c '
    set -u
    daemon_pid() {  # the process that owns the Secret Service name on this bus (asked once first:
                    # the daemon takes the name when it is first used)
        dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Service string:Collections >/dev/null
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "/uint32/ {print \$2}"
    }
    printf %s "test-login-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    if [ "$KEYRING_STATE" = locked ]; then
        gnome-keyring-daemon --replace --components=secrets >/dev/null 2>&1
        sleep 0.3
    fi
    pid=$(daemon_pid)
    if [ "$KEYRING_STATE" = frozen ]; then
        kill -STOP "$pid"
    fi
    export KEYRING_DAEMON_PID="$pid"
    rc=0
    "$@" || rc=$?
    kill -CONT "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    exit "$rc"
' keyring-session "$@"
