#!/usr/bin/env bash
# Idempotent set-up shared by the two README commands and CI.
#   - Debian packages the app and its tests use (only the missing ones; apt-get update once);
#   - a .venv with the project installed editable with its server and dev extras;
#   - the build step: Qt Designer forms -> agent_console/ui/forms, translations -> .qm.
# Re-running is cheap: each step is skipped when its result is already current.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

DEB_PACKAGES=(
  python3-venv
  kamailio kamailio-tls-modules kamailio-utils-modules
  baresip-core
  postgresql
  pulseaudio pulseaudio-utils libpulse0
  xvfb xauth
  dbus dbus-x11 gnome-keyring
  sox espeak-ng
  gcc libc6-dev
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1
  fonts-dejavu-core
  # installer/: the .deb (lintian, desktop-file-validate), the MSI (wixl, msiinfo), the nginx config check
  lintian desktop-file-utils wixl msitools nginx-light
  # the wallboard's browser tests (Selenium drives Debian's driver, never a downloaded one)
  chromium chromium-driver
  # the door sign's smart-home lamp tests (a private broker; mosquitto_sub checks what was published)
  mosquitto mosquitto-clients
)

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # Services must not auto-start system-wide: the tests start private instances.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for cand in python3.11 python3.12 python3; do
    if command -v "$cand" >/dev/null && "$cand" -c 'import sys; sys.exit(not ((3,11) <= sys.version_info[:2] <= (3,12)))'; then
      PY=$cand; break
    fi
  done
fi
[ -n "$PY" ] || { echo "bootstrap: Python 3.11 or 3.12 is required (pjsua2 wheels stop at 3.12)" >&2; exit 1; }

stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  # (this machine's pip config names local mirrors that may be absent: drop only those warnings)
  quiet() { "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }
  quiet .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  quiet .venv/bin/python -m pip install -q -e ".[server,dev]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

.venv/bin/python scripts/build_resources.py
