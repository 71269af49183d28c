"""The PyInstaller folder runs on a machine without Python: clean environment, throwaway home."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from agent_console import __version__
from tests.installer.smoke import as_user, clean_env, demo_smoke

# One xdist worker builds the frozen app (a session fixture) and runs every test that uses it.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("frozen_app")]


def test_frozen_version_in_a_clean_environment(frozen_app: Path, tmp_path: Path) -> None:
    out = subprocess.run(as_user(None, [str(frozen_app / "agent-console"), "--version"], clean_env(tmp_path)),
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"agent-console {__version__}"


def test_frozen_bundle_has_what_the_import_graph_misses(frozen_app: Path) -> None:
    internal = frozen_app / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "tls/libqopensslbackend.so",
                   "iconengines/libqsvgicon.so", "platforminputcontexts/libibusplatforminputcontextplugin.so"):
        assert (plugins / plugin).is_file(), plugin
    assert not (plugins / "platforms" / "libqvnc.so").exists()  # trimmed
    assert (internal / "agent_console" / "audio" / "native" / "libacbridge.so").is_file()
    assert list((internal / "pjsua2").glob("_pjsua2*.so"))
    for lang in ("kk", "ru", "en"):
        assert (internal / "resources" / "translations" / f"agent_console_{lang}.qm").is_file()
    assert (internal / "resources" / "icons" / "agent-console.svg").is_file()
    assert (internal / "resources" / "styles" / "light.qss").is_file()
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert not (internal / "fastapi").exists() and not (internal / "sqlalchemy").exists()
    # the sound server's client library comes from the system (the .deb depends on libpulse0)
    assert not list(internal.glob("libpulse*"))


def test_every_bundled_library_resolves(frozen_app: Path) -> None:
    """The Qt trimming dropped no library that a kept module or plugin still needs."""
    internal = frozen_app / "_internal"
    missing = []
    for lib in internal.rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file():
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True,
                             env={"LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}",
                                  "PATH": os.environ["PATH"]})
        missing += [f"{lib.relative_to(internal)}: {line.strip()}" for line in out.stdout.splitlines()
                    if "not found" in line]
    assert not missing, "\n".join(missing)


def test_frozen_demo_runs_offscreen_without_a_traceback(frozen_app: Path, tmp_path: Path) -> None:
    result = demo_smoke([str(frozen_app / "agent-console")], tmp_path)
    assert result.alive_after_s >= 14.5, result.output[-3000:]
    assert result.returncode == 0, result.output[-3000:]
    assert "Traceback" not in result.output, result.output[-3000:]
    assert "demo: started caller" in result.output
    # the frozen executable ran the simulated caller itself (<exe> -m agent_console.phone.simulator)
    caller_log = (tmp_path / ".local" / "share" / "agent-console" / "demo" / "caller.log").read_text()
    assert "Traceback" not in caller_log and "PJSUA state changed" in caller_log
    assert result.leftover_pids == []


def test_frozen_executable_runs_only_its_own_modules(frozen_app: Path, tmp_path: Path) -> None:
    """``<exe> -m`` exists for the demo's helper processes; it is not a general interpreter."""
    out = subprocess.run(as_user(None, [str(frozen_app / "agent-console"), "-m", "http.server"], clean_env(tmp_path)),
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "only agent_console modules" in out.stderr


def test_frozen_demo_on_x11_through_the_xcb_plugin(frozen_app: Path, tmp_path: Path, xvfb: str) -> None:
    result = demo_smoke([str(frozen_app / "agent-console")], tmp_path, seconds=8, display=xvfb)
    assert result.alive_after_s >= 7.5 and result.returncode == 0, result.output[-3000:]
    assert "Traceback" not in result.output and "could not load the Qt platform plugin" not in result.output
    assert "phone registration: direct" in result.output, result.output[-3000:]
    assert result.leftover_pids == []


KEYRING_HELPER = r"""
exe=$1
run() {  # the console's way: the request (with the secret) on stdin, nothing inherited but the session's bus
    printf '%s\n' "$1" | env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$HOME" XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" \
        DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" "$exe" -m agent_console.sync.keyring_helper
}
run '{"call": "set_password", "args": ["agent-console", "sip:1001@pbx", "frozen-s3cret"], "unlock_asked": false}'
run '{"call": "get_password", "args": ["agent-console", "sip:1001@pbx"], "unlock_asked": false}'
"""


def test_frozen_keyring_helper_stores_and_reads_a_secret(frozen_app: Path) -> None:
    """The console makes every keyring call as ``<exe> -m agent_console.sync.keyring_helper``: the
    frozen app bundles that module and keyring's Secret Service backend (secretstorage, jeepney,
    cryptography), and they talk to a real GNOME Keyring."""
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(["bash", str(root / "scripts" / "services" / "keyring.sh"), "bash", "-c", KEYRING_HELPER,
                          "keyring-helper", str(frozen_app / "agent-console")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.splitlines()[-2:] == ['{"result": null}', '{"result": "frozen-s3cret"}'], out.stdout + out.stderr
