#!/usr/bin/env bash
# A private mosquitto broker for tests: its own directory, loopback only, a free (or given) port.
#
#   scripts/services/mosquitto.sh start [DIR] [PORT] [USER:PASSWORD]
#       -> prints MQTT_PORT=... MQTTDIR=... MQTT_PID=... (eval-able); with USER:PASSWORD only that
#          user may connect (a password file made by mosquitto_passwd), else anonymous clients may
#   scripts/services/mosquitto.sh stop DIR
#
# With MQTT_CERTFILE and MQTT_KEYFILE (PEM) in the environment the listener speaks TLS only.
#
# Anonymous clients are allowed (loopback only); nothing is persisted, so a restart is a broker
# that forgot every retained message, the hardest case for a publisher that must republish.
set -euo pipefail

MOSQUITTO=${MOSQUITTO:-$(command -v mosquitto || echo /usr/sbin/mosquitto)}
[ -x "$MOSQUITTO" ] || { echo "mosquitto.sh: mosquitto not found (Debian package mosquitto)" >&2; exit 1; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case "${1:-}" in
  start)
    DIR=${2:-$(mktemp -d /tmp/agent-console-mosquitto.XXXXXX)}
    PORT=${3:-$(free_port)}
    CRED=${4:-}
    mkdir -p "$DIR"
    AUTH="allow_anonymous true"
    if [ -n "$CRED" ]; then
      rm -f "$DIR/passwd"
      mosquitto_passwd -b -c "$DIR/passwd" "${CRED%%:*}" "${CRED#*:}" 2>/dev/null
      chmod 600 "$DIR/passwd"
      AUTH="allow_anonymous false
password_file $DIR/passwd"
    fi
    TLS=""
    if [ -n "${MQTT_CERTFILE:-}" ]; then
      TLS="certfile $MQTT_CERTFILE
keyfile ${MQTT_KEYFILE:?MQTT_KEYFILE goes with MQTT_CERTFILE}"
    fi
    cat >"$DIR/mosquitto.conf" <<CONF
listener $PORT 127.0.0.1
$TLS
$AUTH
persistence false
log_dest file $DIR/mosquitto.log
CONF
    [ "$(id -u)" -eq 0 ] && { echo "user root" >>"$DIR/mosquitto.conf"; }
    "$MOSQUITTO" -c "$DIR/mosquitto.conf" >/dev/null 2>&1 &
    PID=$!
    echo "$PID" >"$DIR/mosquitto.pid"
    for _ in $(seq 100); do
      if (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then
        echo "MQTT_PORT=$PORT MQTTDIR=$DIR MQTT_PID=$PID"; exit 0
      fi
      kill -0 "$PID" 2>/dev/null || break
      sleep 0.05
    done
    echo "mosquitto.sh: broker did not start; log:" >&2; cat "$DIR/mosquitto.log" >&2 || true
    exit 1
    ;;
  stop)
    DIR=${2:?usage: mosquitto.sh stop DIR}
    if [ -f "$DIR/mosquitto.pid" ]; then
      PID=$(cat "$DIR/mosquitto.pid")
      kill "$PID" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.05; done
      kill -9 "$PID" 2>/dev/null || true
      rm -f "$DIR/mosquitto.pid"
    fi
    ;;
  *)
    echo "usage: mosquitto.sh start [DIR] [PORT] [USER:PASSWORD] | stop DIR" >&2; exit 2 ;;
esac
