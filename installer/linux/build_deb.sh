#!/usr/bin/env bash
# The console's .deb from the PyInstaller folder, with Debian's own tools (dpkg-deb --root-owner-group).
#   bash installer/linux/build_deb.sh [APP_DIR]   -> build/deb/agent-console_<version>_amd64.deb
# APP_DIR defaults to build/pyinstaller/dist/agent-console (bash installer/build_app.sh makes it).
# Layout: /opt/agent-console (the folder), /usr/bin/agent-console (link), desktop entry, hicolor icons,
# man page, /usr/share/doc, /etc/agent-console/policy.ini (conffile: the machine policy).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
APP=${1:-$ROOT/build/pyinstaller/dist/agent-console}
OUT=${AC_DEB_DIR:-$ROOT/build/deb}
HERE=$ROOT/installer/linux
[ -x "$APP/agent-console" ] || { echo "build_deb: $APP/agent-console missing: bash installer/build_app.sh" >&2; exit 1; }

VERSION=$("$APP/agent-console" --version | awk '{print $2}')
ARCH=$(dpkg --print-architecture)
PKG=$OUT/root
rm -rf "$PKG" && mkdir -p "$PKG/DEBIAN" "$OUT"
umask 022

install -d "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/man/man1" \
  "$PKG/usr/share/doc/agent-console" "$PKG/etc/agent-console"
cp -a "$APP" "$PKG/opt/agent-console"
# Wheel and Qt libraries arrive with assorted modes; a package ships 0644 files and 0755 programs.
find "$PKG/opt" -type d -exec chmod 0755 {} +
find "$PKG/opt" -type f -exec chmod 0644 {} +
chmod 0755 "$PKG/opt/agent-console/agent-console"
ln -s /opt/agent-console/agent-console "$PKG/usr/bin/agent-console"
install -m0644 "$HERE/agent-console.desktop" "$PKG/usr/share/applications/"
install -m0644 "$HERE/policy.ini" "$PKG/etc/agent-console/policy.ini"
gzip -9n -c "$HERE/agent-console.1" > "$PKG/usr/share/man/man1/agent-console.1.gz"
install -m0644 "$HERE/copyright" "$PKG/usr/share/doc/agent-console/copyright"
printf 'agent-console (%s) stable; urgency=medium\n\n  * Release %s (see the project'"'"'s git history).\n\n -- %s  %s\n' \
  "$VERSION" "$VERSION" "Agent Console maintainers <maintainers@agent-console.example>" \
  "$(date -R -d @"${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" \
  | gzip -9n > "$PKG/usr/share/doc/agent-console/changelog.gz"

# hicolor icons: the SVG as drawn, and PNGs rendered from it for menus that want bitmaps
install -D -m0644 resources/icons/agent-console.svg "$PKG/usr/share/icons/hicolor/scalable/apps/agent-console.svg"
QT_QPA_PLATFORM=offscreen "$PY" - "$PKG/usr/share/icons/hicolor" <<'PYEOF'
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
renderer = QSvgRenderer("resources/icons/agent-console.svg")
for size in (16, 24, 32, 48, 64, 128, 256):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out = Path(sys.argv[1]) / f"{size}x{size}" / "apps" / "agent-console.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(out)), out
PYEOF
find "$PKG/usr/share/icons" -type d -exec chmod 0755 {} + && find "$PKG/usr/share/icons" -type f -exec chmod 0644 {} +

install -D -m0644 "$HERE/lintian-overrides" "$PKG/usr/share/lintian/overrides/agent-console"

echo /etc/agent-console/policy.ini > "$PKG/DEBIAN/conffiles"
# Depends: the libraries the bundle leaves to the system (PyInstaller keeps out libc, GL/EGL, xcb,
# wayland) and the sound server's client library, which the console loads by name.
cat > "$PKG/DEBIAN/control" <<CTRL
Package: agent-console
Version: $VERSION
Architecture: $ARCH
Maintainer: Agent Console maintainers <maintainers@agent-console.example>
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: libc6 (>= 2.36), libegl1, libgl1, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1, libpulse0, pulseaudio | pipewire-pulse
Recommends: gnome-keyring | kwalletmanager | keepassxc
Section: comm
Priority: optional
Homepage: https://agent-console.example
Description: softphone and agent console for call-center operators
 Agent Console takes and places calls over SIP, keeps the operator's shift
 (status, breaks, wrap-up, call notes) in a crash-safe local journal and sends
 it to the call-center server.
 .
 This package is a self-contained build under /opt/agent-console; IT presets
 the server address and locks settings in /etc/agent-console/policy.ini.
CTRL
# The package's own files, listed for dpkg -L / debsums users
(cd "$PKG" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$PKG/DEBIAN/md5sums"
chmod 0644 "$PKG/DEBIAN/md5sums" "$PKG/DEBIAN/control" "$PKG/DEBIAN/conffiles"

deb="$OUT/agent-console_${VERSION}_${ARCH}.deb"
# gzip: ~15 s here for ~95 MB (the CI default); AC_DEB_COMPRESSION=xz: ~70 MB in ~3 min on 2 busy
# cores (release builds). Not zstd: lintian 2.116 calls a zstd member a malformed archive.
case "${AC_DEB_COMPRESSION:-gzip}" in
  xz) compress=(-Zxz -z6) ;;
  *) compress=(-Zgzip -z6) ;;
esac
dpkg-deb --root-owner-group "${compress[@]}" --build "$PKG" "$deb" >/dev/null
echo "build_deb: $deb ($(du -h "$deb" | cut -f1))"
