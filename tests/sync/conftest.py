"""Sync test fixtures: one migrated server template per session, a fresh copy + a real
``agent-console-server serve`` process per test that asks for ``server``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .kit import ServerProc, make_template


@pytest.fixture(scope="session")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("sync-template") / "server.db")


@pytest.fixture
def server_db(tmp_path: Path, server_template: Path) -> Path:
    dst = tmp_path / "server.db"
    shutil.copy(server_template, dst)
    return dst


@pytest.fixture
def server(server_db: Path) -> Iterator[ServerProc]:
    proc = ServerProc(server_db).start()
    try:
        yield proc
    finally:
        proc.kill()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "console" / "journal.sqlite3"
