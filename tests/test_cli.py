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


def _every_help() -> dict[str, str]:
    import argparse

    from agent_console.server.cli import build_parser

    parser = build_parser()
    helps = {"agent-console-server": parser.format_help()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                helps[name] = sub.format_help()
            for choice in action._choices_actions:
                helps[f"{choice.dest} (in the list)"] = choice.help or ""
    return helps


def test_server_cli_help_is_plain_text() -> None:
    """reStructuredText markup belongs in docstrings, not in what an administrator reads."""
    for name, text in _every_help().items():
        assert "``" not in text and ":class:" not in text and ":func:" not in text, name


def test_enable_user_help_says_what_it_does() -> None:
    helps = _every_help()
    assert "revoke" not in helps["enable-user (in the list)"]
    assert helps["enable-user (in the list)"].startswith("enable")
    assert "tokens are revoked" in helps["disable-user (in the list)"]
