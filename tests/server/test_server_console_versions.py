"""Console versions: IT publishes minimum/latest (CLI), provisioning carries them, and the version
each console reports (its User-Agent) shows on the supervisors' board, live."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from agent_console.server.app import create_app
from agent_console.server.cli import main

from .conftest import settings_for
from .kit import Api, recv, recv_until, status

PROVISIONING = "/api/v1/me/provisioning"


def cli(monkeypatch: pytest.MonkeyPatch, url: str, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([args[0], "--database-url", url, *args[1:]])


def test_cli_publishes_versions_into_provisioning(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AGENT_CONSOLE_SERVER_ARGON2_MEMORY_KIB", "1024")
    monkeypatch.setenv("AGENT_CONSOLE_SERVER_ARGON2_TIME_COST", "1")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert cli(monkeypatch, url, "create-user", "ann", "--role", "agent", "--team", "north", "--password-stdin",
               stdin="ann password\n") == 0
    assert cli(monkeypatch, url, "set-console-versions", "--minimum", "0.9", "--latest", "1.2.0") == 0
    assert '"minimum": "0.9", "latest": "1.2.0"' in capsys.readouterr().out
    assert cli(monkeypatch, url, "set-console-versions", "--minimum", "2.0") == 2, "minimum above latest"
    assert cli(monkeypatch, url, "set-console-versions", "--latest", "soon") == 2, "not a version"
    assert cli(monkeypatch, url, "set-console-versions", "--latest", "1.3") == 0, "the minimum stays"
    with TestClient(create_app(settings_for(url))) as c:
        tok = c.post("/api/v1/auth/login", json={"username": "ann", "password": "ann password"}).json()
        p = c.get(PROVISIONING, headers={"Authorization": f"Bearer {tok['access_token']}"}).json()
    assert (p["console_minimum"], p["console_latest"]) == ("0.9", "1.3")
    assert cli(monkeypatch, url, "set-console-versions", "--minimum", "", "--latest", "") == 0
    with TestClient(create_app(settings_for(url))) as c:
        tok = c.post("/api/v1/auth/login", json={"username": "ann", "password": "ann password"}).json()
        p = c.get(PROVISIONING, headers={"Authorization": f"Bearer {tok['access_token']}"}).json()
    assert (p["console_minimum"], p["console_latest"]) == (None, None)


def test_unpublished_versions_are_null(lite: Api) -> None:
    h = lite.setup_center()
    p = lite.client.get(PROVISIONING, headers=h["ann"]).json()
    assert p["console_minimum"] is None and p["console_latest"] is None


def test_board_shows_each_agents_console_version_live(lite: Api) -> None:
    h = lite.setup_center()
    for name in ("ann", "bob"):  # an agent shows on the board once it has a state
        r = lite.post_events(h[name], status(name, "available"))
        assert r.status_code == 200, r.text
    assert lite.board(h["sue"])["ann"]["console_version"] is None
    with lite.client.websocket_connect("/api/v1/live", headers=h["sue"]) as ws:
        assert recv(ws)["type"] == "snapshot"
        ua = {**h["ann"], "User-Agent": "agent-console/1.2.0"}
        assert lite.client.get(PROVISIONING, headers=ua).status_code == 200
        delta = recv_until(ws, lambda m: "ann" in str(m) and "1.2.0" in str(m))
        assert "1.2.0" in str(delta)
    assert lite.board(h["sue"])["ann"]["console_version"] == "1.2.0"
    assert lite.board(h["sue"])["bob"]["console_version"] is None
    # a browser or a script does not overwrite it
    assert lite.client.get(PROVISIONING, headers={**h["ann"], "User-Agent": "curl/8.0"}).status_code == 200
    assert lite.board(h["sue"])["ann"]["console_version"] == "1.2.0"
