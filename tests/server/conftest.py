"""Server fixtures: a migrated SQLite template copied per test, and one private PostgreSQL per
session started by ``scripts/services/postgres.sh`` (only when a slow/postgres test asks)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from agent_console.server.app import create_app
from agent_console.server.db import migrate
from agent_console.server.models import Base
from agent_console.server.settings import Settings

from .kit import Api, now_ms

ROOT = Path(__file__).resolve().parents[2]
CHEAP_HASH = {"argon2_time_cost": 1, "argon2_memory_kib": 1024, "argon2_parallelism": 1}


def settings_for(url: str, **kw: object) -> Settings:
    return Settings(database_url=url, **{**CHEAP_HASH, **kw})  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "server.db"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    dst = tmp_path / "server.db"
    shutil.copy(sqlite_template, dst)
    return f"sqlite:///{dst}"


PG_DIRS: dict[str, Path] = {}
"""DATABASE_URL -> the private cluster's directory (tests that freeze or stop it)."""


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    script = ROOT / "scripts" / "services" / "postgres.sh"
    proc = subprocess.run(
        ["bash", str(script), "start"], env={**os.environ, "PG_FAST": "1"},
        capture_output=True, text=True, timeout=180,
    )
    if proc.returncode != 0:
        pytest.fail(f"could not start PostgreSQL: {proc.stderr[-2000:]}")
    values = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    PG_DIRS[values["DATABASE_URL"]] = Path(values["PGDIR"])
    try:
        migrate(values["DATABASE_URL"])
        yield values["DATABASE_URL"]
    finally:
        subprocess.run(["bash", str(script), "stop", values["PGDIR"]], timeout=120, check=False)


def truncate_pg(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=[pytest.mark.slow, pytest.mark.postgres])])
def db_url(request: pytest.FixtureRequest) -> str:
    """Both backends: SQLite always, PostgreSQL in the slow run."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    url = str(request.getfixturevalue("pg_url"))
    truncate_pg(url)
    return url


@pytest.fixture
def api(db_url: str) -> Iterator[Api]:
    with TestClient(create_app(settings_for(db_url), now_ms)) as client:
        yield Api(client)


@pytest.fixture
def lite(sqlite_url: str) -> Iterator[Api]:
    """SQLite-only variant for tests whose subject is not the database."""
    with TestClient(create_app(settings_for(sqlite_url), now_ms)) as client:
        yield Api(client)


@pytest.fixture
def make_api(sqlite_url: str) -> Iterator[object]:
    """Build an Api with custom settings (heartbeat timeouts, rate limits...)."""
    clients: list[TestClient] = []

    def make(**kw: object) -> Api:
        client = TestClient(create_app(settings_for(sqlite_url, **kw), now_ms))
        client.__enter__()
        clients.append(client)
        return Api(client)

    yield make
    for c in clients:
        c.__exit__(None, None, None)
