"""``agent-console-server``: serve, migrate and the IT chores (users, SIP accounts, policy).

Passwords never come from argv (visible in ``ps`` and shell history): an interactive prompt, or
one line on stdin with ``--password-stdin``.
"""

from __future__ import annotations

import argparse
import csv
import gc
import getpass
import json
import logging
import os
import secrets
import sys
from collections.abc import Sequence
from typing import Any

from agent_console.server.settings import Settings

log = logging.getLogger("agent_console.server")


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if getattr(args, "database_url", None):
        overrides["database_url"] = args.database_url
    return Settings(**overrides)


def _read_password(args: argparse.Namespace, what: str = "Password") -> str:
    if getattr(args, "password_stdin", False):
        pw = sys.stdin.readline().rstrip("\r\n")
    else:
        pw = getpass.getpass(f"{what}: ")
        if getpass.getpass(f"{what} (again): ") != pw:
            raise SystemExit("passwords differ")
    if not pw:
        raise SystemExit("empty password")
    return pw


def _ctx(args: argparse.Namespace) -> Any:
    from agent_console.server.context import build_context
    from agent_console.server.db import migrate

    settings = _settings(args)
    migrate(settings.database_url)
    return build_context(settings)


def _run(fn: Any) -> int:
    from agent_console.server.services.errors import ServiceError

    try:
        fn()
    except ServiceError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    from agent_console.server.app import create_app
    from agent_console.server.db import is_sqlite
    from agent_console.server.logformat import configure_server_logging

    settings = _settings(args)
    if args.log_format:
        settings = settings.model_copy(update={"log_format": args.log_format})
    configure_server_logging(settings.log_format, settings.database_url)
    rc = ensure_schema(settings.database_url, migrate=is_sqlite(settings.database_url) and not args.no_migrate)
    if rc:
        return rc
    # Request handlers hop between the event loop and worker threads; the default 5 ms GIL
    # switch interval shows up directly in feed latency.
    sys.setswitchinterval(0.0005)
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        log.warning("listening on %s: put TLS (reverse proxy) in front of it", args.host)
    trusted_proxies = args.forwarded_allow_ips or settings.forwarded_allow_ips \
        or os.environ.get("FORWARDED_ALLOW_IPS", "")
    app = create_app(settings)
    # Everything built so far lives as long as the process: out of the collector's sight, a
    # full collection pauses every thread about half as long (115 -> 60 ms measured under 2,500
    # agents' load), and those pauses were the live feed's latency tail.
    gc.collect()
    gc.freeze()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        ws_max_size=1 << 20,
        timeout_keep_alive=30,  # consoles post every few seconds: keep their connection
        # X-Forwarded-For only from the configured proxies: behind one, every client would
        # otherwise have the proxy's address (one login limit for everybody).
        proxy_headers=bool(trusted_proxies),
        forwarded_allow_ips=trusted_proxies or None,
        # JSON lines: uvicorn's own loggers go through the root handler configured above.
        log_config=None if settings.log_format == "json" else LOGGING_CONFIG,
    )
    return 0


def cmd_list_diagnostics(args: argparse.Namespace) -> int:
    """Every uploaded diagnostics zip, newest first (the admin's view; the CLI runs as IT)."""
    from agent_console.server.services import diagnostics_uploads as uploads
    from agent_console.server.services.users import Principal

    it = Principal(id=0, username="cli", display_name="cli", role="admin", team=None, teams=frozenset())
    for up in uploads.list_uploads(_settings(args), it):
        print(f"{up.id}\t{up.username}\t{up.size}")
    return 0


def cmd_get_diagnostics(args: argparse.Namespace) -> int:
    import shutil

    from agent_console.server.services import diagnostics_uploads as uploads
    from agent_console.server.services.users import Principal

    it = Principal(id=0, username="cli", display_name="cli", role="admin", team=None, teams=frozenset())
    return _run(lambda: shutil.copyfile(uploads.path_of(_settings(args), it, args.id), args.out))


def ensure_schema(url: str, migrate: bool) -> int:
    """Make sure the schema is current before serving: read its revision (plain SQL), and if it
    is behind, upgrade it (``migrate``) in a short-lived ``agent-console-server migrate`` process.

    Migrating needs alembic (with mako and pygments, ~11 MB and ~0.3 s): done here, it would stay
    loaded in a server that runs for months. The database URL goes to the child in its
    environment (it may hold a password: never on a command line). Returns ``serve``'s exit
    status: 0, or 3 when the schema is not current and is not to be migrated here."""
    import subprocess

    from agent_console.server.db import SCHEMA_HEAD, Database, current_revision

    db = Database(url, 1)
    try:
        current = current_revision(db.writer)
    finally:
        db.dispose()
    if current == SCHEMA_HEAD:
        return 0
    if not migrate:
        print(f"database schema is not current ({current}, the code expects {SCHEMA_HEAD}): "
              "run `agent-console-server migrate` first", file=sys.stderr)
        return 3
    env = {**os.environ, "AGENT_CONSOLE_SERVER_DATABASE_URL": url}
    done = subprocess.run([sys.executable, "-m", "agent_console.server.cli", "migrate"], env=env,
                          stdout=subprocess.DEVNULL, check=False)
    if done.returncode != 0:
        print(f"database schema: `agent-console-server migrate` failed (exit status {done.returncode})",
              file=sys.stderr)
        return 3
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.check:
        return ensure_schema(settings.database_url, migrate=False)
    from agent_console.server.db import migrate

    migrate(settings.database_url)
    print("database schema is current")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    from agent_console.server.services import users

    ctx = _ctx(args)
    password = _read_password(args)

    def go() -> None:
        with ctx.db.write() as s:
            users.create_user(
                s, ctx.passwords, args.name, args.role, args.team or [], password, ctx.clock(), args.display_name
            )
        print(f"created {args.role} {args.name}")

    return _run(go)


def cmd_import_users(args: argparse.Namespace) -> int:
    """CSV columns: username, role, team (';' separates a supervisor's teams), display_name,
    password (empty -> generated and printed once). All rows or none."""
    from agent_console.server.services import users
    from agent_console.server.services.errors import ServiceError

    ctx = _ctx(args)
    with open(args.csv, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    generated: list[tuple[str, str]] = []

    def go() -> None:
        with ctx.db.write() as s:
            for line, row in enumerate(rows, start=2):
                pw = (row.get("password") or "").strip()
                if not pw:
                    pw = secrets.token_urlsafe(12)
                    generated.append((row.get("username", ""), pw))
                try:
                    users.create_user(
                        s, ctx.passwords, (row.get("username") or "").strip(), (row.get("role") or "agent").strip(),
                        [t.strip() for t in (row.get("team") or "").split(";")], pw, ctx.clock(),
                        (row.get("display_name") or "").strip() or None,
                    )
                except ServiceError as exc:
                    raise ServiceError(exc.status, f"line {line}: {exc.detail} (nothing imported)") from None
        print(f"imported {len(rows)} users")
        if generated:
            print("generated passwords (hand them out, they are not stored in clear):")
            w = csv.writer(sys.stdout)
            w.writerow(["username", "password"])
            w.writerows(generated)

    return _run(go)


def _kick(ctx: Any, session: Any, username: str) -> None:
    """Tell the running servers at once (PostgreSQL: NOTIFY on commit) to close the user's live
    sockets and forget their cached tokens. Without a bus (SQLite) each server's revocation poll
    does the same within ``revocation_sweep_s``."""
    ctx.bus.publish(session, [{"k": "kick", "user": username}])


def cmd_set_active(args: argparse.Namespace) -> int:
    from agent_console.server.services import users

    ctx = _ctx(args)

    def go() -> None:
        with ctx.db.write() as s:
            users.set_active(s, args.name, args.command == "enable-user", ctx.clock())
            if args.command == "disable-user":
                _kick(ctx, s, args.name)
        print(f"{args.name}: {'enabled' if args.command == 'enable-user' else 'disabled, tokens revoked'}")

    return _run(go)


def cmd_set_password(args: argparse.Namespace) -> int:
    from agent_console.server.services import users

    ctx = _ctx(args)
    password = _read_password(args)

    def go() -> None:
        with ctx.db.write() as s:
            users.set_password(s, ctx.passwords, args.name, password, ctx.clock())
            _kick(ctx, s, args.name)
        print(f"{args.name}: password changed, tokens revoked")

    return _run(go)


def cmd_assign_team(args: argparse.Namespace) -> int:
    from agent_console.server.services import users

    ctx = _ctx(args)

    def go() -> None:
        with ctx.db.write() as s:
            users.assign_team(s, args.name, args.team)
        print(f"{args.name} now also supervises {args.team}")

    return _run(go)


def cmd_set_sip(args: argparse.Namespace) -> int:
    from agent_console.protocol import SipAccount
    from agent_console.server.services import provisioning

    ctx = _ctx(args)
    password = _read_password(args, "SIP password")

    def go() -> None:
        acct = SipAccount(
            registrar=args.registrar, transport=args.transport, extension=args.extension,
            password=password, display_name=args.display_name,
        )
        with ctx.db.write() as s:
            provisioning.set_sip(s, args.name, acct)
        print(f"{args.name}: SIP account set")

    return _run(go)


def _policy_value(key: str, raw: str) -> Any:
    if key in ("break_reasons", "dispositions", "locked"):
        return [v.strip() for v in raw.split(",") if v.strip()]
    if key == "require_disposition":
        return raw.lower() in ("1", "true", "yes", "on")
    if key == "log_level":
        return raw.strip().upper()
    return int(raw)


def cmd_set_policy(args: argparse.Namespace) -> int:
    from agent_console.protocol import PolicyValues
    from agent_console.server.services import provisioning

    ctx = _ctx(args)
    scope, ref = ("team", args.team) if args.team else ("agent", args.agent) if args.agent else ("global", "")
    values: dict[str, Any] = {}
    for item in args.values:
        key, sep, raw = item.partition("=")
        if not sep:
            raise SystemExit(f"expected key=value, got {item!r}")
        values[key.strip()] = _policy_value(key.strip(), raw)

    def go() -> None:
        with ctx.db.write() as s:
            merged = provisioning.set_policy(s, scope, ref, PolicyValues.model_validate(values), args.replace)
        print(json.dumps(merged.model_dump(exclude_none=True), indent=2))

    return _run(go)


def cmd_set_console_versions(args: argparse.Namespace) -> int:
    from agent_console.server.services import console_versions

    ctx = _ctx(args)

    def go() -> None:
        with ctx.db.write() as s:
            low, high = console_versions.published(s)
            low, high = console_versions.publish(
                s, low if args.minimum is None else args.minimum, high if args.latest is None else args.latest)
        print(json.dumps({"minimum": low, "latest": high}))

    return _run(go)


def plain(doc: str) -> str:
    """A docstring as help text: without reStructuredText's literal markup."""
    return doc.replace("``", "").strip()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="agent-console-server", description=plain(__doc__ or ""),
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, fn: Any, help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help)
        sp.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in the user data dir)")
        sp.set_defaults(fn=fn)
        return sp

    sp = add("serve", cmd_serve, "run the HTTP/WebSocket server")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8710)
    sp.add_argument("--log-level", default="info")
    sp.add_argument("--log-format", choices=["text", "json"], default=None,
                    help="json: one JSON object per line for log collectors (default: the setting, text)")
    sp.add_argument("--no-migrate", action="store_true", help="do not upgrade a SQLite schema at start")
    sp.add_argument("--forwarded-allow-ips", default="",
                    help="reverse proxies (comma-separated addresses/networks) whose X-Forwarded-For is trusted")
    sp = add("migrate", cmd_migrate, "create or upgrade the database schema")
    sp.add_argument("--check", action="store_true",
                    help="only check that the schema is current (exit status 3 when it is not)")
    add("list-diagnostics", cmd_list_diagnostics, "list uploaded diagnostics zips (id, user, bytes), newest first")
    sp = add("get-diagnostics", cmd_get_diagnostics, "copy one uploaded diagnostics zip to a file")
    sp.add_argument("id")
    sp.add_argument("--out", required=True, help="where to write the zip")
    sp = add("create-user", cmd_create_user, "create an agent, supervisor or admin")
    sp.add_argument("name")
    sp.add_argument("--role", required=True, choices=["agent", "supervisor", "admin"])
    sp.add_argument("--team", action="append", help="team (repeat for a supervisor's extra teams)")
    sp.add_argument("--display-name")
    sp.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    sp = add("import-users", cmd_import_users, "create users from a CSV file (all or nothing)")
    sp.add_argument("csv")
    for name, text in (("disable-user", "disable a user: they cannot sign in, and their tokens are revoked"),
                       ("enable-user", "enable a disabled user again: they can sign in")):
        sp = add(name, cmd_set_active, text)
        sp.add_argument("name")
    sp = add("set-password", cmd_set_password, "set a user's password (revokes their tokens)")
    sp.add_argument("name")
    sp.add_argument("--password-stdin", action="store_true")
    sp = add("assign-team", cmd_assign_team, "let a supervisor watch another team")
    sp.add_argument("name")
    sp.add_argument("team")
    sp = add("set-sip", cmd_set_sip, "set an agent's SIP account (password from prompt/stdin)")
    sp.add_argument("name")
    sp.add_argument("--registrar", required=True)
    sp.add_argument("--transport", choices=["udp", "tcp", "tls"], default="tls")
    sp.add_argument("--extension", required=True)
    sp.add_argument("--display-name")
    sp.add_argument("--password-stdin", action="store_true")
    sp = add("set-policy", cmd_set_policy, "set policy values globally, per team or per agent")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--team")
    g.add_argument("--agent")
    sp.add_argument("--replace", action="store_true", help="replace this layer instead of merging")
    sp.add_argument("values", nargs="+", metavar="key=value",
                    help="wrapup_s=30 break_budget_s=3600 dispositions=a,b locked=wrapup_s,...")
    sp = add("set-console-versions", cmd_set_console_versions,
             "publish the oldest supported and the newest console version (consoles show a notice)")
    sp.add_argument("--minimum", help="older consoles show a 'contact IT' banner (\"\" clears it)")
    sp.add_argument("--latest", help="older consoles show a quiet update notice (\"\" clears it)")
    from agent_console.server import cli_wallboard

    cli_wallboard.add_commands(add, _ctx, _run)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return int(args.fn(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
