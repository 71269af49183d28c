"""``agent-console-server`` subcommands for wallboard tokens: create (prints a one-time pairing
code, or the token itself with ``--print-token``), list, pair again, revoke.

Secrets are printed once, to the admin's terminal, and never logged: the audit log names tokens
by id and name only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from agent_console.server.services import wallboard_tokens

PAIRING_HINT = (
    "Open https://<server>/wallboard on the screen and enter this pairing code within {minutes} minutes "
    "(it works once; pairing replaces any earlier secret of this token):"
)


def _when(ms: int | None) -> str:
    return "-" if ms is None else datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def cmd_create(args: argparse.Namespace, ctx: Any, run: Callable[[Callable[[], None]], int]) -> int:
    def go() -> None:
        with ctx.db.write() as s:
            token_id, secret = wallboard_tokens.create(s, args.name, args.team or [], ctx.clock(), args.print_token)
        print(f"wallboard token {token_id} {args.name!r} for {', '.join(sorted(set(args.team or [])))}")
        if args.print_token:
            print("Token (shown once; paste it into the wallboard page):")
        else:
            print(PAIRING_HINT.format(minutes=wallboard_tokens.PAIRING_TTL_MS // 60_000))
        print(secret)

    return run(go)


def cmd_pair(args: argparse.Namespace, ctx: Any, run: Callable[[Callable[[], None]], int]) -> int:
    def go() -> None:
        with ctx.db.write() as s:
            code = wallboard_tokens.pairing_code(s, args.token, ctx.clock())
        print(PAIRING_HINT.format(minutes=wallboard_tokens.PAIRING_TTL_MS // 60_000))
        print(code)

    return run(go)


def cmd_list(args: argparse.Namespace, ctx: Any, run: Callable[[Callable[[], None]], int]) -> int:
    def go() -> None:
        with ctx.db.read() as s:
            rows = wallboard_tokens.listing(s)
        if args.json:
            print(json.dumps(rows, indent=2))
            return
        for r in rows:
            state = "paired" if r["paired"] else "unpaired"
            if r["revoked_ms"]:
                state = f"revoked {_when(r['revoked_ms'])}"
            teams = ",".join(r["teams"])
            print(f"{r['id']:>4}  {r['name']:<30} {teams:<30} {state:<28} last used {_when(r['last_used_ms'])}")
        if not rows:
            print("no wallboard tokens", file=sys.stderr)

    return run(go)


def cmd_revoke(args: argparse.Namespace, ctx: Any, run: Callable[[Callable[[], None]], int]) -> int:
    def go() -> None:
        with ctx.db.write() as s:
            name = wallboard_tokens.revoke(s, args.token, ctx.clock())
        print(f"wallboard token {name!r} revoked (its screens go back to pairing within a second or two)")

    return run(go)


def add_commands(add: Callable[[str, Any, str], argparse.ArgumentParser], ctx_of: Callable[[Any], Any],
                 run: Callable[[Callable[[], None]], int]) -> None:
    """Register the subcommands on the main parser (``add`` is the parser's own helper)."""

    def bind(fn: Callable[[argparse.Namespace, Any, Callable[[Callable[[], None]], int]], int]) -> Any:
        return lambda args: fn(args, ctx_of(args), run)

    sp = add("create-wallboard-token", bind(cmd_create), "create a read-only wallboard token for some teams")
    sp.add_argument("--team", action="append", required=True, help="a team it shows (repeat for several)")
    sp.add_argument("--name", required=True, help='what screen it is for, e.g. "Floor 2 TV"')
    sp.add_argument("--print-token", action="store_true",
                    help="print the token to paste instead of a pairing code")
    sp = add("list-wallboard-tokens", bind(cmd_list), "list wallboard tokens (never their secrets)")
    sp.add_argument("--json", action="store_true")
    sp = add("pair-wallboard-token", bind(cmd_pair), "print a new one-time pairing code for a wallboard token")
    sp.add_argument("token", help="its name or id")
    sp = add("revoke-wallboard-token", bind(cmd_revoke), "revoke a wallboard token (its screens stop at once)")
    sp.add_argument("token", help="its name or id")
