"""Error answers in the OpenAPI document: which route may answer which 4xx/5xx, and their body.

FastAPI documents only 200 and its own 422 (with a list body, though a service's 422 says a
sentence). The consoles, the wallboard and the schemathesis run in CI rely on the document, so
every status a route can answer is listed here, with :class:`protocol.Problem` as the body.
"""

from __future__ import annotations

from typing import Any

from agent_console.protocol import API_PREFIX, Problem

WHY = {
    401: "Missing, expired or revoked token (login: wrong user name or password)",
    403: "Not allowed for this role, these teams or these events",
    404: "No such record (admins; others get 403 for out-of-scope records)",
    409: "Conflicts with what is stored (an event id reused for other content, an existing user)",
    415: "The body is not of the type the route takes (a diagnostics upload must be a zip file)",
    413: "Body over the limit, or more than 500 events",
    422: "The request could not be read or did not validate; nothing was changed",
    429: "Too many failed logins, or too many diagnostics uploads; see Retry-After",
    503: "The database does not answer; try again after Retry-After",
}
CONFLICTS = {("post", f"{API_PREFIX}/events"), ("post", f"{API_PREFIX}/admin/users")}
PUBLIC = {f"{API_PREFIX}/health", f"{API_PREFIX}/ready", f"{API_PREFIX}/auth/login"}
"""Routes that take no token (every other one answers 401 without one, 403 out of scope)."""
NO_DATABASE = {f"{API_PREFIX}/health"}
BODY_METHODS = ("post", "put", "patch", "delete")


def statuses(path: str, method: str, op: dict[str, Any]) -> set[int]:
    """What ``method path`` may answer besides its success, from what the operation takes."""
    out: set[int] = set()
    params = op.get("parameters") or []
    if path not in NO_DATABASE:
        out.add(503)
    if params or "requestBody" in op:
        out.add(422)
    if any(p.get("in") == "path" for p in params):
        out.add(404)
    if method in BODY_METHODS:
        out.add(413)
    if path not in PUBLIC:
        out |= {401, 403}
    if path == f"{API_PREFIX}/auth/login":
        out |= {401, 429}
    if (method, path) in CONFLICTS:
        out.add(409)
    if path == f"{API_PREFIX}/events":
        out |= {413, 422}
    if (method, path) == ("post", f"{API_PREFIX}/diagnostics"):
        out |= {415, 429}
    return out


def document_errors(schema: dict[str, Any]) -> None:
    """Add every operation's error answers to ``schema`` (FastAPI's 422 is replaced)."""
    comps = schema.setdefault("components", {}).setdefault("schemas", {})
    problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    comps.update(problem.pop("$defs", {}))
    comps["Problem"] = problem
    comps.pop("HTTPValidationError", None)
    comps.pop("ValidationError", None)
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path, item in schema.get("paths", {}).items():
        if not path.startswith(API_PREFIX + "/"):
            continue
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            responses = op["responses"]
            for status in sorted(statuses(path, method, op)):
                if str(status) in responses and status != 422:
                    continue  # the route documents it itself (e.g. /ready's 503)
                responses[str(status)] = {"description": WHY[status], "content": body}
