"""The console's .deb, built from the PyInstaller folder and installed on this machine as IT would:
install, run as an ordinary user, validate, remove, purge, nothing left behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_console import __version__
from tests.installer.smoke import as_user, clean_env, demo_smoke

ROOT = Path(__file__).resolve().parents[2]
USER = "nobody"  # an ordinary account: no write access to /opt or /etc
ICONS = "/usr/share/icons/hicolor"
FILES = ("/opt/agent-console/agent-console", "/usr/bin/agent-console", "/usr/share/applications/agent-console.desktop",
         f"{ICONS}/scalable/apps/agent-console.svg", f"{ICONS}/48x48/apps/agent-console.png",
         "/usr/share/man/man1/agent-console.1.gz", "/etc/agent-console/policy.ini")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.xdist_group("frozen_app"),
    pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("dpkg-deb"),
                       reason="installs a package system-wide: needs root and dpkg"),
]


def dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=300)


def installed() -> bool:
    return "install ok installed" in dpkg("-s", "agent-console").stdout


@pytest.fixture(scope="module")
def deb(frozen_app: Path) -> Path:
    out = subprocess.run(["bash", str(ROOT / "installer" / "linux" / "build_deb.sh"), str(frozen_app)],
                         capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    debs = sorted((ROOT / "build" / "deb").glob(f"agent-console_{__version__}_*.deb"))
    assert debs
    return debs[-1]


@pytest.fixture
def installed_deb(deb: Path) -> Iterator[Path]:
    if dpkg("-s", "agent-console").returncode == 0:
        dpkg("--purge", "agent-console")  # a run that died half-way
    out = dpkg("-i", str(deb))
    assert out.returncode == 0, out.stdout + out.stderr
    try:
        yield deb
    finally:
        if dpkg("-s", "agent-console").returncode == 0:
            dpkg("--purge", "agent-console")


@pytest.fixture
def user_home() -> Iterator[Path]:
    """A throwaway home the ordinary user owns (pytest's tmp_path is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="ac-deb-"))
    base.chmod(0o755)
    home = base / "home"
    home.mkdir()
    shutil.chown(home, USER)
    try:
        yield home
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_package_metadata_and_lintian(deb: Path) -> None:
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Depends:" in fields and "libpulse0" in fields and "pulseaudio | pipewire-pulse" in fields
    contents = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[1] == "root/root" for line in contents.splitlines())  # --root-owner-group
    conffiles = subprocess.run(["dpkg-deb", "-I", str(deb), "conffiles"], capture_output=True, text=True).stdout
    assert conffiles.split() == ["/etc/agent-console/policy.ini"]
    if shutil.which("lintian") is None:
        pytest.skip("lintian is not installed (scripts/bootstrap.sh installs it)")
    out = subprocess.run(["lintian", "--tag-display-limit", "0", str(deb)], capture_output=True, text=True,
                         timeout=900)
    problems = [line for line in out.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert not problems, "\n".join(problems[:50])


@pytest.mark.serial  # writes /etc/agent-console/policy.ini, which every console on the machine reads
def test_install_run_as_a_user_remove_and_purge(installed_deb: Path, user_home: Path) -> None:
    for path in FILES:
        assert Path(path).exists(), path
    home = user_home
    version = subprocess.run(as_user(USER, ["agent-console", "--version"], clean_env(home)),
                             capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.strip() == f"agent-console {__version__}", version.stderr
    helptext = subprocess.run(as_user(USER, ["agent-console", "--help"], clean_env(home)),
                              capture_output=True, text=True, timeout=60).stdout
    man = subprocess.run(["zcat", "/usr/share/man/man1/agent-console.1.gz"], capture_output=True, text=True).stdout
    for option in ("--demo", "--demo-rate", "--config", "--lang", "--journal", "--debug", "--version"):
        assert option in helptext and option.replace("-", r"\-") in man, option

    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", "/usr/share/applications/agent-console.desktop"],
                               capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr

    # IT presets the server and locks it in the conffile; the user's own file tries to override it
    Path("/etc/agent-console/policy.ini").write_text(
        "[server]\nserver_url = https://console.example.kz\n[policy]\nlocked = server_url\n")
    own = home / ".config" / "agent-console" / "agent-console.ini"
    own.parent.mkdir(parents=True)
    own.write_text("[server]\nserver_url = https://evil.example\n[policy]\nlocked =\n")
    shutil.chown(own.parent.parent, USER)
    shutil.chown(own.parent, USER)
    shutil.chown(own, USER)

    result = demo_smoke(["agent-console"], home, user=USER)
    assert "machine policy from /etc/agent-console/policy.ini: sets server_url; locks server_url" in result.output
    assert result.alive_after_s >= 14.5 and result.returncode == 0, result.output[-3000:]
    assert "Traceback" not in result.output, result.output[-3000:]
    assert result.leftover_pids == []
    assert (home / ".local" / "share" / "agent-console" / "demo" / "journal.sqlite3").exists()

    # dpkg -r keeps only the conffile (IT's policy); --purge removes that too
    out = dpkg("-r", "agent-console")
    assert out.returncode == 0, out.stderr
    assert [p for p in FILES if Path(p).exists()] == ["/etc/agent-console/policy.ini"]
    assert "console.example.kz" in Path("/etc/agent-console/policy.ini").read_text()  # IT's edit kept
    assert not Path("/opt/agent-console").exists()
    out = dpkg("--purge", "agent-console")
    assert out.returncode == 0, out.stderr
    assert not Path("/etc/agent-console").exists() and not Path("/opt/agent-console").exists()
    assert dpkg("-s", "agent-console").returncode != 0
    running = subprocess.run(["pgrep", "-f", "/opt/agent-console/"], capture_output=True, text=True).stdout
    assert not running.strip(), running
