#!/usr/bin/env bash
# The Windows MSI with Debian's wixl (msitools) around a payload folder.
#   bash installer/windows/build_msi.sh [PAYLOAD_DIR]   -> build/msi/agent-console-<version>-x64.msi
# PAYLOAD_DIR is the Windows PyInstaller folder (dist\agent-console, built by the Windows CI job).
# Without one, a placeholder payload (agent-console.exe + _internal/) is made: enough to build and
# validate the MSI's tables on Linux, not to run anything.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=${AC_MSI_DIR:-$ROOT/build/msi}
VERSION=${AC_VERSION:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' agent_console/__init__.py)}
mkdir -p "$OUT"
PAYLOAD=${1:-}
if [ -z "$PAYLOAD" ]; then
  PAYLOAD=$OUT/placeholder/agent-console
  rm -rf "$OUT/placeholder" && mkdir -p "$PAYLOAD/_internal"
  printf 'placeholder: the Windows PyInstaller build goes here\r\n' > "$PAYLOAD/agent-console.exe"
  printf 'placeholder\r\n' > "$PAYLOAD/_internal/README.txt"
fi
[ -f "$PAYLOAD/agent-console.exe" ] || { echo "build_msi: $PAYLOAD/agent-console.exe missing" >&2; exit 1; }
(cd "$PAYLOAD" && find . -type f | sed 's|^\./||' | sort) \
  | wixl-heat -p "" --var var.SourceDir --directory-ref INSTALLDIR --component-group Payload --win64 \
  > "$OUT/payload.wxs"
msi="$OUT/agent-console-$VERSION-x64.msi"
# wixl resolves sources relative to the .wxs that names them (payload.wxs, in $OUT)
wixl -a x64 -D SourceDir="$(realpath --relative-to="$OUT" "$PAYLOAD")" -D Version="$VERSION" -D Win64=yes -o "$msi" installer/windows/agent-console.wxs "$OUT/payload.wxs" \
  2> >(grep -v "no property named .Secure." >&2)
# IT's properties must be secure to reach the elevated install (see the comment in the .wxs)
secure=$(msiinfo export "$msi" Property | tr -d '\r' | awk -F'\t' '$1 == "SecureCustomProperties" {print $2}')
msibuild "$msi" -q "UPDATE Property SET Value='${secure:+$secure;}SERVER_URL;LANGUAGE;LOCK' WHERE Property='SecureCustomProperties'"
echo "build_msi: $msi ($(du -h "$msi" | cut -f1))"
