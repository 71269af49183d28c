#!/usr/bin/env bash
# A private nginx reverse proxy for tests: its own prefix directory, loopback only, a free port,
# forwarding HTTP and WebSocket traffic to an upstream on 127.0.0.1 the way docs/server.md
# recommends (X-Forwarded-For = the address nginx saw, never a client-supplied chain).
#
#   scripts/services/nginx.sh start UPSTREAM_PORT [DIR]  -> prints NGINX_PORT=... and NGINXDIR=... (eval-able)
#   scripts/services/nginx.sh test CONF                  -> `nginx -t` of a config file, no root needed
#   scripts/services/nginx.sh stop DIR
#
# As root (CI) the workers run as nobody; as a normal user, as that user.
set -euo pipefail

NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -x "$NGINX" ] || { echo "nginx.sh: nginx not found (Debian package nginx-light)" >&2; exit 1; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

cmd=${1:-}
case "$cmd" in
  start)
    UPSTREAM=${2:?usage: nginx.sh start UPSTREAM_PORT [DIR]}
    DIR=${3:-$(mktemp -d /tmp/agent-console-nginx.XXXXXX)}
    mkdir -p "$DIR/tmp"
    PORT=$(free_port)
    USER_LINE=""
    if [ "$(id -u)" -eq 0 ]; then
      USER_LINE="user nobody nogroup;"
      chmod 755 "$DIR"
      chown nobody:nogroup "$DIR/tmp"
    fi
    cat >"$DIR/nginx.conf" <<CONF
$USER_LINE
worker_processes 1;
pid $DIR/nginx.pid;
error_log $DIR/error.log warn;
events { worker_connections 512; }
http {
  access_log $DIR/access.log;
  client_body_temp_path $DIR/tmp/body;
  proxy_temp_path $DIR/tmp/proxy;
  fastcgi_temp_path $DIR/tmp/fastcgi;
  uwsgi_temp_path $DIR/tmp/uwsgi;
  scgi_temp_path $DIR/tmp/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:$PORT;
    client_max_body_size 1m;
    location / {
      proxy_pass http://127.0.0.1:$UPSTREAM;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_read_timeout 3600s;
    }
  }
}
CONF
    "$NGINX" -e "$DIR/error.log" -p "$DIR" -c "$DIR/nginx.conf" \
      || { cat "$DIR/error.log" >&2; exit 1; }
    for _ in $(seq 50); do
      python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT), 0.2).close()" 2>/dev/null && break
      sleep 0.1
    done
    echo "NGINX_PORT=$PORT"
    echo "NGINXDIR=$DIR"
    ;;
  test)
    CONF=${2:?usage: nginx.sh test CONF}
    DIR=$(mktemp -d /tmp/agent-console-nginx-t.XXXXXX)
    trap 'rm -rf "$DIR"' EXIT
    "$NGINX" -t -q -e "$DIR/error.log" -p "$DIR" -c "$(realpath "$CONF")"
    ;;
  stop)
    DIR=${2:?usage: nginx.sh stop DIR}
    if [ -f "$DIR/nginx.pid" ]; then
      "$NGINX" -e "$DIR/error.log" -p "$DIR" -c "$DIR/nginx.conf" -s quit 2>/dev/null \
        || kill "$(cat "$DIR/nginx.pid")" 2>/dev/null || true
      for _ in $(seq 50); do [ -f "$DIR/nginx.pid" ] || break; sleep 0.1; done
    fi
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start UPSTREAM_PORT [DIR] | test CONF | stop DIR" >&2
    exit 2
    ;;
esac
