"""The two entry points answer plainly before any window or server exists."""

from __future__ import annotations

import os
import subprocess
import sys

from agent_console import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "import sys; from agent_console.app.main import main; "
                           "sys.exit(main(sys.argv[1:]))", *args],
                          capture_output=True, text=True, timeout=60, env=env)


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"agent-console {__version__}"


def test_no_display_gets_a_clear_message_not_a_qt_abort() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = run("--demo", env=env)
    assert out.returncode == 2
    assert "no graphical display" in out.stderr and "xvfb-run" in out.stderr


def test_server_cli_help_lists_its_commands() -> None:
    out = subprocess.run([sys.executable, "-m", "agent_console.server.cli", "--help"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    for command in ("serve", "migrate", "create-user", "import-users"):
        assert command in out.stdout
