"""The OpenAPI document is true: a bounded schemathesis run (property-based requests generated from
the schema, with an agent's and a supervisor's token) finds no 5xx, no undocumented status code and
no response that does not match its documented schema."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .kit import PASSWORD, Api
from .procs import ServerProcess
from .test_server_processes import seed

EXAMPLES = int(os.environ.get("AGENT_CONSOLE_SCHEMATHESIS_EXAMPLES", "25"))
"""Per operation and role: CI's bounded run (a few minutes in all); raise it for a longer hunt."""
SKIPPED = {("POST", "/api/v1/auth/logout")}
"""Would revoke the token the rest of the run uses (its own test covers it)."""
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def served(tmp_path: Path, sqlite_url: str) -> Iterator[tuple[ServerProcess, dict[str, dict[str, str]]]]:
    """A real server process (schemathesis talks HTTP to it): ann (agent) and sue (supervisor)."""
    seed(sqlite_url)
    srv = ServerProcess(sqlite_url, tmp_path / "serve.log", AGENT_CONSOLE_SERVER_LOGIN_MAX_PER_ADDRESS="100000",
                        AGENT_CONSOLE_SERVER_LOGIN_MAX_PER_PAIR="100000",
                        AGENT_CONSOLE_SERVER_LOGIN_MAX_PER_USER="100000")
    try:
        yield srv, {"agent": srv.login("ann", PASSWORD), "supervisor": srv.login("sue", PASSWORD)}
    finally:
        srv.stop()


@pytest.mark.slow
@pytest.mark.parametrize("role", ["agent", "supervisor"])
def test_the_api_keeps_its_openapi_promises(served: tuple[ServerProcess, dict[str, dict[str, str]]],
                                            role: str) -> None:
    srv, tokens = served
    schema = schemathesis.openapi.from_url(f"{srv.base}/api/v1/openapi.json")
    operations = [cast(Any, result).ok() for result in schema.get_all_operations()]
    operations = [op for op in operations if (op.method.upper(), op.path) not in SKIPPED]
    assert len(operations) > 15
    failures: list[str] = []
    for op in operations:

        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            case.call_and_validate(base_url=srv.base, headers=tokens[role], checks=CHECKS)

        try:
            check()
        except Exception as exc:  # collect all operations' failures, then report them together
            failures.append(f"{op.method.upper()} {op.path}: {str(exc)[:1500]}")
    assert not failures, "\n\n".join(failures)


def test_error_statuses_are_documented(lite: Api) -> None:
    spec = lite.client.get("/api/v1/openapi.json").json()
    events = spec["paths"]["/api/v1/events"]["post"]["responses"]
    assert {"200", "401", "403", "409", "413", "422", "503"} <= set(events)
    login = spec["paths"]["/api/v1/auth/login"]["post"]["responses"]
    assert {"200", "401", "422", "429", "503"} <= set(login)
    assert "503" in spec["paths"]["/api/v1/ready"]["get"]["responses"]


def test_inputs_the_schema_allows_are_accepted(lite: Api) -> None:
    h = lite.setup_center()
    assert lite.client.get("/api/v1/reports/day?day=", headers=h["sue"]).status_code == 200
    assert lite.client.get("/api/v1/agents/ann/notes?day=", headers=h["sue"]).status_code == 200
    spec = lite.client.get("/api/v1/openapi.json").json()
    text = spec["components"]["schemas"]["CommandRequest"]["properties"]["text"]
    assert "\\S" in json.dumps(text)  # an empty message is refused by the schema itself
    r = lite.client.post("/api/v1/agents/ann/commands", json={"type": "message", "text": ""}, headers=h["sue"])
    assert r.status_code == 422 and isinstance(r.json()["detail"], list)
