"""Every route, every role: who may call it and who gets 401/403 (ASVS 8.2.1-8.2.3).

Center: ann, bob (team north), cat (team south); sue supervises north; ada is admin.
Also asserts that the matrix covers every route the app declares, so a new route without a
row here fails the test.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.routing import APIRoute

from .kit import Api, status

ANON, ANN, CAT, SUE, ADA = "anon", "ann", "cat", "sue", "ada"
ROLES = (ANON, ANN, CAT, SUE, ADA)

OK = {200, 201, 204}
CMD = {"type": "message", "text": "hello"}
SIP = {"registrar": "sip.example.kz", "transport": "tls", "extension": "1001", "password": "sip-secret"}

# (method, path, body, {role: expected status class})
MATRIX: list[tuple[str, str, Any, dict[str, object]]] = [
    ("GET", "/api/v1/health", None, dict.fromkeys(ROLES, OK)),
    ("GET", "/api/v1/ready", None, dict.fromkeys(ROLES, OK)),
    ("GET", "/api/v1/me", None, {ANON: 401, ANN: OK, CAT: OK, SUE: OK, ADA: OK}),
    ("GET", "/api/v1/me/provisioning", None, {ANON: 401, ANN: OK, CAT: OK, SUE: OK, ADA: OK}),
    ("POST", "/api/v1/events", "own-status", {ANON: 401, ANN: OK, CAT: OK, SUE: OK, ADA: OK}),
    ("POST", "/api/v1/events", "ann-status", {ANON: 401, ANN: OK, CAT: 403, SUE: 403, ADA: 403}),
    ("GET", "/api/v1/agents", None, {ANON: 401, ANN: 403, CAT: 403, SUE: OK, ADA: OK}),
    ("GET", "/api/v1/agents/ann", None, {ANON: 401, ANN: OK, CAT: 403, SUE: OK, ADA: OK}),
    ("GET", "/api/v1/agents/cat", None, {ANON: 401, ANN: 403, CAT: OK, SUE: 403, ADA: OK}),
    ("GET", "/api/v1/agents/nobody", None, {ANON: 401, ANN: 403, CAT: 403, SUE: 403, ADA: 404}),
    ("POST", "/api/v1/agents/ann/commands", CMD, {ANON: 401, ANN: 403, CAT: 403, SUE: OK, ADA: OK}),
    ("POST", "/api/v1/agents/cat/commands", CMD, {ANON: 401, ANN: 403, CAT: 403, SUE: 403, ADA: OK}),
    ("GET", "/api/v1/agents/ann/notes", None, {ANON: 401, ANN: OK, CAT: 403, SUE: OK, ADA: OK}),
    ("GET", "/api/v1/agents/cat/notes", None, {ANON: 401, ANN: 403, CAT: OK, SUE: 403, ADA: OK}),
    ("GET", "/api/v1/reports/day", None, {ANON: 401, ANN: OK, CAT: OK, SUE: OK, ADA: OK}),
    ("GET", "/api/v1/reports/day?team=south", None, {ANON: 401, ANN: 403, CAT: 403, SUE: 403, ADA: OK}),
    ("GET", "/api/v1/reports/day?agent=cat", None, {ANON: 401, ANN: 403, CAT: OK, SUE: 403, ADA: OK}),
    ("GET", "/api/v1/reports/day?agent=bob&format=csv", None, {ANON: 401, ANN: 403, CAT: 403, SUE: OK, ADA: OK}),
    ("POST", "/api/v1/admin/users", {"username": "new1", "role": "agent", "teams": ["north"],
                                     "password": "long enough pw"},
     {ANON: 401, ANN: 403, CAT: 403, SUE: 403, ADA: OK}),
    ("POST", "/api/v1/admin/users/bob/enable", None, {ANON: 401, ANN: 403, CAT: 403, SUE: 403, ADA: OK}),
    ("PUT", "/api/v1/admin/users/bob/sip", SIP, {ANON: 401, ANN: 403, CAT: 403, SUE: 403, ADA: OK}),
    ("PUT", "/api/v1/admin/policy/team?ref=north", {"wrapup_s": 20},
     {ANON: 401, ANN: 403, CAT: 403, SUE: 403, ADA: OK}),
    # Destructive ones last in spirit: each case gets a fresh database anyway.
    ("POST", "/api/v1/admin/users/bob/disable", None, {ANON: 401, ANN: 403, CAT: 403, SUE: 403, ADA: OK}),
    ("POST", "/api/v1/auth/logout", None, {ANON: 401, ANN: OK, CAT: OK, SUE: OK, ADA: OK}),
]
PUBLIC_OR_SEPARATE = {("POST", "/api/v1/auth/login"), ("GET", "/api/v1/live")}
# The wallboard page, its files and its pairing call are public by design (tests/server/test_server_wallboard.py).
PUBLIC_OR_SEPARATE |= {("GET", "/wallboard"), ("GET", "/wallboard/wallboard.js"), ("GET", "/wallboard/wallboard.css"),
                       ("POST", "/wallboard/pair")}


def _body(body: Any, role: str) -> Any:
    if body == "own-status":
        return {"events": [status(role if role != ANON else "ann", "available")]}
    if body == "ann-status":
        return {"events": [status("ann", "available")]}
    return body


@pytest.mark.parametrize(("method", "path", "body", "expected"), MATRIX, ids=[f"{m} {p}" for m, p, *_ in MATRIX])
def test_route_by_role(lite: Api, method: str, path: str, body: Any, expected: dict[str, object]) -> None:
    h = lite.setup_center()
    h[ANON] = {}
    for role in ROLES:
        r = lite.client.request(method, path, json=_body(body, role), headers=h[role])
        want = expected[role]
        ok = r.status_code in want if isinstance(want, set) else r.status_code == want
        assert ok, f"{role}: {method} {path} -> {r.status_code} {r.text[:200]} (wanted {want})"


def test_matrix_covers_every_route(lite: Api) -> None:
    covered = {(m, p.split("?")[0]) for m, p, *_ in MATRIX} | PUBLIC_OR_SEPARATE

    def is_covered(method: str, template: str) -> bool:
        pattern = re.sub(r"\{[^}]+\}", "[^/]+", template)
        return any(m == method and re.fullmatch(pattern, p) for m, p in covered)

    missing = [
        (m, route.path)
        for route in lite.client.app.routes  # type: ignore[attr-defined]
        if isinstance(route, APIRoute)
        for m in route.methods
        if not is_covered(m, route.path)
    ]
    assert not missing, f"routes without a role test: {missing}"


def test_supervisor_board_is_scoped(lite: Api) -> None:
    h = lite.setup_center()
    assert set(lite.board(h[SUE])) == {"ann", "bob"}
    assert set(lite.board(h[ADA])) == {"ann", "bob", "cat"}
