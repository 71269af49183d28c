#!/usr/bin/env bash
# Run a command under a private D-Bus session with an unlocked GNOME Keyring (a real Secret
# Service), for the keyring tests:
#
#   scripts/services/keyring.sh COMMAND [ARGS...]
#
# Why this shape:
#   * CI runs as root on a fresh clone with no desktop session: there is no session bus and no
#     keyring. dbus-run-session starts a private bus that lives exactly as long as COMMAND.
#   * gnome-keyring-daemon --unlock reads the login password on stdin and creates/unlocks the
#     "login" collection, so nothing prompts. --components=secrets: no SSH/GPG agents.
#   * HOME/XDG dirs point into a temp dir: the keyring files never touch the user's real keyring,
#     and the temp dir is removed afterwards.
set -euo pipefail
[ "$#" -ge 1 ] || { echo "usage: keyring.sh COMMAND [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "keyring.sh: $tool missing (apt-get install dbus gnome-keyring)" >&2; exit 3; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/runtime"
# shellcheck disable=SC2016
exec dbus-run-session -- sh -c '
    printf %s "test-login-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' keyring-session "$@"
