"""The log level by layers (machine lock > user's own unless the server locks it > server > own
setting) and its change at run time; ``--debug`` wins over any policy."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from agent_console.diagnostics import logs
from agent_console.diagnostics.logs import apply_level, effective_level_name, force_debug


@pytest.fixture(autouse=True)
def _no_debug_flag() -> Iterator[None]:
    yield
    force_debug(False)


def test_layers_decide_the_level() -> None:
    def level(**kw: object) -> str:
        args: dict[str, object] = {"machine_locked": False, "user_set": False, "server": None, "server_locked": False}
        return effective_level_name("INFO", **{**args, **kw})  # type: ignore[arg-type]

    assert level() == "INFO"
    assert level(server="DEBUG") == "DEBUG"
    assert level(server="DEBUG", machine_locked=True) == "INFO"  # IT's machine lock is final
    assert level(server="DEBUG", user_set=True) == "INFO"  # the user's own setting wins...
    assert level(server="DEBUG", user_set=True, server_locked=True) == "DEBUG"  # ...unless the server locks it


def test_the_level_changes_at_run_time_and_debug_flag_wins(tmp_path: object) -> None:
    root = logging.getLogger()
    assert apply_level("WARNING") == logging.WARNING and root.level == logging.WARNING
    assert apply_level("DEBUG") == logging.DEBUG and root.level == logging.DEBUG
    assert apply_level("nonsense") == logging.INFO  # an unknown name: the default
    force_debug(True)
    assert apply_level("ERROR") == logging.DEBUG and root.level == logging.DEBUG
    assert logs._debug_forced
