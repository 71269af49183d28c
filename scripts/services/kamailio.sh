#!/usr/bin/env bash
# A private Kamailio (registrar + proxy with digest auth, no database) for tests and benchmarks.
#
#   scripts/services/kamailio.sh run DIR PORT [--tls-port P --cert FILE --key FILE] \
#       [--user EXT:PASSWORD]...
#
# Writes DIR/kamailio.cfg from scripts/services/kamailio/kamailio.cfg.tmpl and execs Kamailio in
# the foreground (-DD) listening on 127.0.0.1 only (UDP+TCP on PORT, TLS on P). The caller (a
# pytest fixture) owns the process: kill its process group to stop it. Logs go to stderr; each
# REGISTER is logged as "REGISTER_ATTEMPT <ext>" so tests can count them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cmd="${1:-}"; shift || true
[ "$cmd" = run ] || { echo "usage: $0 run DIR PORT [--tls-port P --cert F --key F] [--user EXT:PW]..." >&2; exit 2; }
dir="$1"; port="$2"; shift 2
tls_port=""; cert=""; key=""; users=()
while [ $# -gt 0 ]; do
  case "$1" in
    --tls-port) tls_port="$2"; shift 2 ;;
    --cert) cert="$2"; shift 2 ;;
    --key) key="$2"; shift 2 ;;
    --user) users+=("$2"); shift 2 ;;
    *) echo "kamailio.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v kamailio >/dev/null || { echo "kamailio.sh: kamailio is not installed (scripts/bootstrap.sh)" >&2; exit 3; }
mkdir -p "$dir/run"
mpath=""
for d in /usr/lib/x86_64-linux-gnu/kamailio/modules /usr/lib/aarch64-linux-gnu/kamailio/modules \
         /usr/lib64/kamailio/modules /usr/lib/kamailio/modules; do
  [ -f "$d/tm.so" ] && { mpath="$d/"; break; }
done
[ -n "$mpath" ] || { echo "kamailio.sh: kamailio modules not found" >&2; exit 3; }
defines=""
if [ -n "$tls_port" ]; then
  defines="#!define WITH_TLS"
  cat > "$dir/tls.cfg" <<TLS
[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
private_key = $key
certificate = $cert

[client:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
TLS
fi
secret=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
DEFINES="$defines" PORT="$port" TLS_PORT="${tls_port:-0}" MPATH="$mpath" DIR="$dir" SECRET="$secret" \
python3 - "$here/kamailio/kamailio.cfg.tmpl" "$dir/kamailio.cfg" "${users[@]}" <<'PY'
import os, sys
src, dst, users = sys.argv[1], sys.argv[2], sys.argv[3:]
text = open(src).read()
for k in ("DEFINES", "PORT", "TLS_PORT", "MPATH", "DIR", "SECRET"):
    text = text.replace("@@" + k + "@@", os.environ[k])
def lit(s):  # Kamailio string literal
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
lines = []
for u in users:
    ext, _, pw = u.partition(":")
    lines.append("\t$sht(users=>%s) = %s;" % (ext, lit(pw)))
text = text.replace("@@USERS@@", "\n".join(lines))
fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
os.write(fd, text.encode())
os.close(fd)
PY
chmod 600 "$dir/kamailio.cfg"
exec kamailio -DD -E -f "$dir/kamailio.cfg" -w "$dir" -Y "$dir/run" -P "$dir/run/kamailio.pid" \
  -m 32 -M 8
