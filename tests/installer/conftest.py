"""The self-contained console, built once per test session by ``installer/build_app.sh``.

``AC_FROZEN_APP=/path/to/agent-console-folder`` reuses a folder built before (local iteration);
CI builds it from the clean clone.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    prebuilt = os.environ.get("AC_FROZEN_APP")
    if prebuilt:
        return Path(prebuilt)
    out = subprocess.run(["bash", str(ROOT / "installer" / "build_app.sh")], capture_output=True, text=True,
                         timeout=900)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    app = ROOT / "build" / "pyinstaller" / "dist" / "agent-console"
    assert (app / "agent-console").is_file()
    return app
