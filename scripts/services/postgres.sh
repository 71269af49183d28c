#!/usr/bin/env bash
# A private PostgreSQL 15 for tests and benchmarks: its own data dir in a temp directory, loopback
# only, a free port, a generated password. Never touches a system cluster.
#
#   scripts/services/postgres.sh start [DIR]   -> prints DATABASE_URL=... and PGDIR=... (eval-able)
#   scripts/services/postgres.sh stop DIR
#
# PostgreSQL refuses to run as root: as root (CI) every server command runs as the `postgres`
# user through runuser; as a normal user it runs as that user.
# PG_FAST=1 turns fsync off (tests only: a crash may corrupt the throwaway cluster).
set -euo pipefail

PGBIN=${PGBIN:-}
if [ -z "$PGBIN" ]; then
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { PGBIN=$d; break; }
  done
fi
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || { echo "postgres.sh: PostgreSQL server binaries not found" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

cmd=${1:-}
case "$cmd" in
  start)
    DIR=${2:-$(mktemp -d /tmp/agent-console-pg.XXXXXX)}
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
    PW=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    printf '%s\n' "$PW" > "$DIR/.pw"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR/.pw"
    as_pg "$PGBIN/initdb" -D "$DIR/data" -U agent_console --pwfile="$DIR/.pw" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    rm -f "$DIR/.pw"
    PORT=$(free_port)
    EXTRA=()
    if [ "${PG_FAST:-0}" = "1" ]; then
      EXTRA=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
    fi
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start -o \
      "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200 ${EXTRA[*]}" >/dev/null \
      || { cat "$DIR/server.log" >&2; exit 1; }
    as_pg env PGPASSWORD="$PW" "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U agent_console \
      -d postgres -qc "CREATE DATABASE agent_console" >/dev/null
    echo "DATABASE_URL=postgresql+psycopg://agent_console:$PW@127.0.0.1:$PORT/agent_console"
    echo "PGDIR=$DIR"
    ;;
  stop)
    DIR=${2:?usage: postgres.sh stop DIR}
    if [ -f "$DIR/data/postmaster.pid" ]; then
      as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w -t 60 stop >/dev/null || true
    fi
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start [DIR] | stop DIR" >&2
    exit 2
    ;;
esac
