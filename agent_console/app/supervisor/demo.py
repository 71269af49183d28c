"""``agent-console --demo --supervisor``: a local server with a few hundred simulated agents and
the supervisor window on them. No PBX, no accounts to create.

The demo database is seeded directly (teams, agents, one supervisor of every team, sign-in tokens
kept only in the demo directory), with short alert thresholds so that alerts fire within a
minute; then ``agent-console-server serve`` and the :mod:`.crowd` of agents run as subprocesses
and everything the window shows travels through the server's real API.
"""

from __future__ import annotations

import json
import logging
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from agent_console.local_process import free_port, stop_process, wait_until_serving

log = logging.getLogger(__name__)

SUPERVISOR = "supervisor"
TEAMS = ("Almaty", "Astana", "Shymkent", "Karaganda")
FIRST = ("Aigerim", "Dana", "Madina", "Aruzhan", "Nurlan", "Yerlan", "Asel", "Dmitry", "Olga", "Timur",
         "Saule", "Bauyrzhan", "Irina", "Arman", "Zhanna", "Sergey", "Aliya", "Marat", "Gulnara", "Daniyar")
LAST = ("Akhmetova", "Nurlanov", "Sadykova", "Ivanova", "Bekova", "Omarov", "Petrov", "Zhumabaeva",
        "Tulegenov", "Kim", "Abenova", "Smagulov", "Li", "Kassymova", "Orlov", "Seitkali")


def seed(url: str, agents: int, rng: random.Random) -> tuple[str, dict[str, str]]:
    """Migrate and fill the demo database; returns the supervisor's token and the agents' tokens."""
    from agent_console.protocol import AlertPolicy
    from agent_console.server.db import Database, migrate
    from agent_console.server.models import AgentState, AlertPolicyRow, AuthToken, PolicyLayer, Team, User
    from agent_console.server.security import Passwords, new_token, token_digest

    from .crowd import BREAK_BUDGET_S, CALL_MAX_S, DND_MAX_S, WRAPUP_MAX_S

    migrate(url)
    db = Database(url)
    unusable = Passwords(time_cost=1, memory_kib=1024, parallelism=1).hash(new_token())  # no password sign-in
    now = time.time_ns() // 1_000_000
    tokens: dict[str, str] = {}
    with db.write() as s:
        teams = [Team(name=t) for t in TEAMS]
        s.add_all(teams)
        s.flush()
        people: list[User] = []
        for i in range(agents):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            people.append(User(username=f"agent{i:03d}", display_name=name, role="agent",
                               team_id=teams[i % len(teams)].id, password_hash=unusable, active=True, created_ms=now))
        boss = User(username=SUPERVISOR, display_name="Demo supervisor", role="supervisor", team_id=teams[0].id,
                    password_hash=unusable, active=True, created_ms=now)
        s.add_all([*people, boss])
        s.flush()
        from agent_console.server.models import SupervisorTeam

        s.add_all([SupervisorTeam(user_id=boss.id, team_id=t.id) for t in teams[1:]])
        for user in [*people, boss]:
            token = new_token()
            tokens[user.username] = token
            s.add(AuthToken(token_hash=token_digest(token), user_id=user.id, created_ms=now,
                            expires_ms=now + 86_400_000))
            s.add(AgentState(user_id=user.id, status="offline", status_at_ms=0, unreachable=False, updated_ms=now))
        s.add(PolicyLayer(scope="global", ref="", values={"break_budget_s": BREAK_BUDGET_S}))
        policy = AlertPolicy(wrapup_max_s=WRAPUP_MAX_S, call_max_s=CALL_MAX_S, dnd_max_s=DND_MAX_S)
        s.add_all([AlertPolicyRow(team_id=t.id, values=policy.model_dump(), updated_ms=now) for t in teams])
    db.dispose()
    return tokens.pop(SUPERVISOR), tokens


@dataclass
class SupervisorDemo:
    directory: Path
    agents: int = 300
    port: int = 0
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> str:
        """Seed, start the server and the crowd; returns the supervisor's token."""
        self.directory.mkdir(parents=True, exist_ok=True)
        db = self.directory / "supervisor-demo.sqlite3"
        for leftover in self.directory.glob("supervisor-demo.sqlite3*"):
            leftover.unlink(missing_ok=True)
        url = f"sqlite:///{db}"
        token, agent_tokens = seed(url, self.agents, random.Random(11))
        tokens_file = self.directory / "crowd-tokens.json"
        tokens_file.touch(mode=0o600)
        tokens_file.write_text(json.dumps(agent_tokens))
        self.port = self.port or free_port()
        cli = ["-c", "import sys; from agent_console.server.cli import main; sys.exit(main())"]
        self._spawn("server", [*cli, "serve", "--database-url", url, "--port", str(self.port), "--no-migrate",
                               "--log-level", "warning"])
        wait_until_serving(self.processes["server"], self.url, self.directory / "server.log", 30)
        self._spawn("crowd", ["-m", "agent_console.app.supervisor.crowd", self.url, str(tokens_file)])
        return token

    def _spawn(self, name: str, args: list[str]) -> None:
        with (self.directory / f"{name}.log").open("ab") as out:
            self.processes[name] = subprocess.Popen([sys.executable, *args], stdout=out, stderr=subprocess.STDOUT,
                                                    stdin=subprocess.DEVNULL, env=os.environ.copy())
        log.info("supervisor demo: started %s (pid %d)", name, self.processes[name].pid)

    def stop(self) -> None:
        for name in ("crowd", "server"):
            proc = self.processes.pop(name, None)
            if proc is not None:
                stop_process(proc)


def run_demo(app: object, agents: int, directory: Path | None = None) -> int:
    """Start the demo, show the supervisor window, run the event loop, stop everything."""
    from PySide6.QtWidgets import QApplication

    from agent_console.app.main import exit_on_signals
    from agent_console.app.supervisor.console import SupervisorConsole
    from agent_console.journal import default_journal_path

    assert isinstance(app, QApplication)
    demo = SupervisorDemo(directory or default_journal_path().parent / "supervisor-demo", agents)
    try:
        token = demo.start()
    except Exception as exc:
        demo.stop()
        print(f"agent-console: the supervisor demo could not start: {exc}", file=sys.stderr)
        return 2
    console = SupervisorConsole(demo.url, token, SUPERVISOR)
    console.window.closed.connect(app.quit)
    console.start()
    wake = exit_on_signals(app)
    try:
        return app.exec()
    finally:
        wake.stop()
        console.shutdown()
        demo.stop()
