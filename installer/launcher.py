"""Entry point of the frozen console (PyInstaller's script for ``agent-console.spec``).

A frozen build has no Python interpreter: ``sys.executable`` is this program. The console starts
its helper processes as ``sys.executable -m agent_console.<module> ...`` (the demo's simulated
caller), so this entry runs such a module itself. Only this package's modules are accepted: the
installed binary never becomes a general-purpose interpreter.
"""

from __future__ import annotations

import runpy
import sys


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "-m":
        module = sys.argv[2]
        if not module.startswith("agent_console."):
            print(f"agent-console: -m {module}: only agent_console modules can be run", file=sys.stderr)
            return 2
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from agent_console.app.main import main as console_main

    return console_main()


if __name__ == "__main__":
    sys.exit(main())
