#!/usr/bin/env bash
# A private baresip (a foreign SIP phone) for tests: null/file audio, controlled over ctrl_tcp.
#
#   scripts/services/baresip.sh run DIR --sip-port P --ctrl-port C --account 'ACCOUNT-LINE' \
#       --source IN.wav [--player OUT.wav]
#
# baresip hangs up when an aufile source ends: give it a WAV longer than the call.
# Writes DIR/config and DIR/accounts and execs baresip in the foreground (the caller owns the
# process). ACCOUNT-LINE is a baresip account, e.g.
#   '<sip:1002@127.0.0.1:5060>;auth_pass=pw;answermode=auto'
# Control: netstring JSON on 127.0.0.1:C ({"command":"dial","params":"sip:...","token":"1"}).
set -euo pipefail
cmd="${1:-}"; shift || true
[ "$cmd" = run ] || { echo "usage: $0 run DIR --sip-port P --ctrl-port C --account LINE [--source F] [--player F]" >&2; exit 2; }
dir="$1"; shift
sip_port=""; ctrl_port=""; account=""; source=""; player=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sip-port) sip_port="$2"; shift 2 ;;
    --ctrl-port) ctrl_port="$2"; shift 2 ;;
    --account) account="$2"; shift 2 ;;
    --source) source="$2"; shift 2 ;;
    --player) player="$2"; shift 2 ;;
    *) echo "baresip.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v baresip >/dev/null || { echo "baresip.sh: baresip is not installed (scripts/bootstrap.sh)" >&2; exit 3; }
modpath=""
for d in /usr/lib/baresip/modules /usr/lib/x86_64-linux-gnu/baresip/modules /usr/local/lib/baresip/modules; do
  [ -f "$d/g711.so" ] && { modpath="$d"; break; }
done
[ -n "$modpath" ] || { echo "baresip.sh: baresip modules not found" >&2; exit 3; }
mkdir -p "$dir"
[ -n "$source" ] || { echo "baresip.sh: --source WAV (8 kHz mono) is required" >&2; exit 2; }
src_line="audio_source		aufile,$source"
play_line="audio_player		aufile,$dir/played.wav"
[ -n "$player" ] && play_line="audio_player		aufile,$player"
cat > "$dir/config" <<CFG
poll_method		epoll
sip_listen		127.0.0.1:$sip_port
sip_trans_def		udp
call_local_timeout	120
call_max_calls		4
$src_line
$play_line
audio_alert		aufile,/dev/null
ausrc_srate		8000
auplay_srate		8000
rtp_ports		20000-40000
module_path		$modpath
module			g711.so
module			aufile.so
module_app		account.so
module_app		menu.so
module_app		ctrl_tcp.so
ctrl_tcp_listen		127.0.0.1:$ctrl_port
CFG
printf '%s\n' "$account" > "$dir/accounts"
: > "$dir/contacts"
exec baresip -f "$dir"
