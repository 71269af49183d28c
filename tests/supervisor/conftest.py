"""Supervisor fixtures: a real ``agent-console-server`` process on a copy of a migrated template
with two teams (north: alice, bob, supervised by sue and una; south: carl, supervised by tom), a
team without agents (east, supervised with north by vic) and an admin (ada).

The server process itself is :class:`tests.sync.kit.ServerProc` (the sync tests' starter), with a
longer start-up allowance; only the users differ from the sync tests' template."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.kit import PASSWORD, ServerProc, server_env

USERS = (
    "username,role,team,display_name,password\n"
    f"alice,agent,north,Alice Akhmetova,{PASSWORD}\n"
    f"bob,agent,north,Bob Baimukhanov,{PASSWORD}\n"
    f"carl,agent,south,Carl Sadykov,{PASSWORD}\n"
    f"sue,supervisor,north,Sue,{PASSWORD}\n"
    f"tom,supervisor,south,Tom,{PASSWORD}\n"
    f"una,supervisor,north,Una,{PASSWORD}\n"
    f"vic,supervisor,north;east,Vic,{PASSWORD}\n"
    f"ada,admin,,Ada,{PASSWORD}\n"
)
_SETUP = """
import sys
from agent_console.server.cli import main
db, csv = sys.argv[1], sys.argv[2]
assert main(["migrate", "--database-url", db]) == 0
assert main(["import-users", csv, "--database-url", db]) == 0
"""


@pytest.fixture(scope="session")
def sup_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("supervisor-template") / "server.db"
    csv = path.with_suffix(".csv")
    csv.write_text(USERS)
    subprocess.run([sys.executable, "-c", _SETUP, f"sqlite:///{path}", str(csv)], env=server_env(),
                   check=True, capture_output=True, timeout=120)
    return path


@pytest.fixture
def sup_server(tmp_path: Path, sup_template: Path) -> Iterator[ServerProc]:
    db = tmp_path / "server.db"
    shutil.copy(sup_template, db)
    proc = ServerProc(db).start(timeout_s=90)  # a loaded CI machine needs more than 30 s to import and serve
    try:
        yield proc
    finally:
        proc.kill()
