"""agent-console-server CLI: migrate, users (passwords never in argv), import, SIP, policy."""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect

from agent_console.server.app import create_app
from agent_console.server.cli import main

from .conftest import settings_for


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENT_CONSOLE_SERVER_ARGON2_MEMORY_KIB", "1024")
    monkeypatch.setenv("AGENT_CONSOLE_SERVER_ARGON2_TIME_COST", "1")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(monkeypatch: pytest.MonkeyPatch, url: str, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([args[0], "--database-url", url, *args[1:]])


def login(url: str, user: str, password: str) -> int:
    with TestClient(create_app(settings_for(url))) as c:
        return c.post("/api/v1/auth/login", json={"username": user, "password": password}).status_code


def test_migrate_is_idempotent(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    assert run(monkeypatch, url, "migrate") == 0
    assert run(monkeypatch, url, "migrate") == 0
    tables = set(inspect(create_engine(url)).get_table_names())
    assert {"users", "events", "agent_state", "calls", "alembic_version"} <= tables


def test_create_user_password_from_stdin_or_prompt(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    assert run(monkeypatch, url, "create-user", "ann", "--role", "agent", "--team", "north", "--password-stdin",
               stdin="pass from stdin\n") == 0
    prompts = iter(["typed password", "typed password"])
    monkeypatch.setattr("getpass.getpass", lambda _p="": next(prompts))
    assert run(monkeypatch, url, "create-user", "sue", "--role", "supervisor", "--team", "north",
               "--team", "south") == 0
    assert login(url, "ann", "pass from stdin") == 200
    assert login(url, "sue", "typed password") == 200
    assert run(monkeypatch, url, "create-user", "ann", "--role", "agent", "--team", "x", "--password-stdin",
               stdin="another one\n") == 2


def test_no_password_in_argv(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    with pytest.raises(SystemExit) as exc:
        run(monkeypatch, url, "create-user", "ann", "--role", "agent", "--team", "n", "--password", "x")
    assert exc.value.code == 2


def test_import_users_all_or_nothing(monkeypatch: pytest.MonkeyPatch, url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("username,role,team,display_name,password\n"
                   "a1,agent,north,Aigerim,password-a1\n"
                   "a2,wizard,north,Bolat,password-a2\n")
    assert run(monkeypatch, url, "import-users", str(bad)) == 2
    assert "line 3" in capsys.readouterr().err
    assert login(url, "a1", "password-a1") == 401
    good = tmp_path / "good.csv"
    good.write_text("username,role,team,display_name,password\n"
                    "a1,agent,north,Aigerim,password-a1\n"
                    "s1,supervisor,north;south,Saule,\n")
    assert run(monkeypatch, url, "import-users", str(good)) == 0
    out = capsys.readouterr().out
    assert "imported 2 users" in out
    generated = next(line for line in out.splitlines() if line.startswith("s1,")).split(",", 1)[1]
    assert login(url, "a1", "password-a1") == 200
    assert login(url, "s1", generated) == 200


def test_sip_policy_disable(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """A CLI disable (no live bus from the CLI) reaches a running server's token cache within one
    revocation poll, although the cache itself keeps checks for minutes."""
    monkeypatch.setenv("AGENT_CONSOLE_SERVER_REVOCATION_SWEEP_S", "0.1")
    run(monkeypatch, url, "create-user", "ann", "--role", "agent", "--team", "north", "--password-stdin",
        stdin="ann password\n")
    assert run(monkeypatch, url, "set-sip", "ann", "--registrar", "sip.hotline.kz", "--extension", "2001",
               "--password-stdin", stdin="sip secret\n") == 0
    assert run(monkeypatch, url, "set-policy", "--team", "north", "wrapup_s=15", "locked=wrapup_s") == 0
    assert run(monkeypatch, url, "set-policy", "--team", "nowhere", "wrapup_s=15") == 2
    with TestClient(create_app(settings_for(url))) as c:
        tok = c.post("/api/v1/auth/login", json={"username": "ann", "password": "ann password"}).json()
        h = {"Authorization": f"Bearer {tok['access_token']}"}
        p = c.get("/api/v1/me/provisioning", headers=h).json()
        assert p["sip"]["password"] == "sip secret" and p["sip"]["transport"] == "tls"
        assert p["policy"]["wrapup_s"] == 15 and p["locked"] == ["wrapup_s"]
        assert c.get("/api/v1/me", headers=h).status_code == 200  # now cached, for auth_cache_s (300 s)
        assert run(monkeypatch, url, "disable-user", "ann") == 0
        deadline = time.monotonic() + 5
        while c.get("/api/v1/me", headers=h).status_code == 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert c.get("/api/v1/me", headers=h).status_code == 401
        assert time.monotonic() < deadline


def test_models_match_migrations(url: str) -> None:
    """A model change without its Alembic migration fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from agent_console.server.db import migrate
    from agent_console.server.models import Base

    migrate(url)
    with create_engine(url).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_migrate_check_says_whether_the_schema_is_current(monkeypatch: pytest.MonkeyPatch, url: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    create_engine(url).connect().close()  # an empty database file
    assert run(monkeypatch, url, "migrate", "--check") == 3
    assert "run `agent-console-server migrate` first" in capsys.readouterr().err
    assert run(monkeypatch, url, "migrate") == 0
    assert run(monkeypatch, url, "migrate", "--check") == 0


def test_serve_prepares_the_schema_without_keeping_alembic(tmp_path: Path, url: str) -> None:
    """``serve`` migrates (SQLite) or checks the schema in a child process: alembic never loads in
    the server itself, and the database URL reaches the child in its environment, not in argv."""
    import subprocess

    probe = ("import sys\n"
             "from agent_console.server.cli import ensure_schema\n"
             "rc = ensure_schema(sys.argv[1], migrate=sys.argv[2] == 'migrate')\n"
             "print(rc, 'alembic' in sys.modules)\n")
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    create_engine(empty).connect().close()
    checked = subprocess.run([sys.executable, "-c", probe, empty, "check"], capture_output=True, text=True,
                             timeout=60)
    assert checked.stdout.split() == ["3", "False"], checked.stderr
    assert "run `agent-console-server migrate` first" in checked.stderr
    migrated = subprocess.run([sys.executable, "-c", probe, url, "migrate"], capture_output=True, text=True,
                              timeout=60)
    assert migrated.stdout.split() == ["0", "False"], migrated.stderr
    assert "alembic_version" in inspect(create_engine(url)).get_table_names()
    again = subprocess.run([sys.executable, "-c", probe, url, "check"], capture_output=True, text=True, timeout=60)
    assert again.stdout.split() == ["0", "False"], again.stderr


def test_the_schema_head_the_server_checks_is_alembics(url: str) -> None:
    """``serve`` and ``/ready`` compare with ``SCHEMA_HEAD`` so as not to load alembic: a new
    migration must move it too."""
    from agent_console.server.db import SCHEMA_HEAD, head_revision

    assert head_revision(url) == SCHEMA_HEAD
