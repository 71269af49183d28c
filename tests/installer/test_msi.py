"""The Windows MSI, built here with wixl around a placeholder payload and checked table by table
with msiinfo (installing it needs Windows: the CI workflow's windows-latest job)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from agent_console import __version__

ROOT = Path(__file__).resolve().parents[2]
UPGRADE_CODE = "{6F1D3C52-8E0A-4B7A-9C1E-2B4D5A6E7F80}"

pytestmark = pytest.mark.skipif(not (shutil.which("wixl") and shutil.which("msiinfo")),
                                reason="wixl/msitools not installed (scripts/bootstrap.sh installs them)")


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out_dir = tmp_path_factory.mktemp("msi")
    out = subprocess.run(["bash", str(ROOT / "installer" / "windows" / "build_msi.sh")], capture_output=True,
                         text=True, timeout=300, env={"PATH": "/usr/bin:/bin", "AC_MSI_DIR": str(out_dir)})
    assert out.returncode == 0, out.stdout + out.stderr
    return out_dir / f"agent-console-{__version__}-x64.msi"


def table(msi: Path, name: str) -> list[dict[str, str]]:
    text = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True).stdout
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line]  # CRLF; no bare CR split
    header = lines[0].split("\t")
    return [dict(zip(header, row.split("\t"), strict=False)) for row in lines[3:]]


def test_tables_present(msi: Path) -> None:
    tables = set(subprocess.run(["msiinfo", "tables", str(msi)], capture_output=True, text=True,
                                check=True).stdout.split())
    assert {"Property", "Registry", "Shortcut", "Upgrade", "File", "Component", "Directory", "Feature",
            "InstallExecuteSequence", "Media"} <= tables


def test_properties(msi: Path) -> None:
    props = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    assert props["ProductVersion"] == __version__ and props["UpgradeCode"] == UPGRADE_CODE
    assert props["ALLUSERS"] == "1"  # per-machine
    assert set(props["SecureCustomProperties"].split(";")) == {
        "OLDERVERSIONFOUND", "NEWERVERSIONFOUND", "SERVER_URL", "LANGUAGE", "LOCK"}
    info = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert "x64" in info


def test_machine_policy_registry_rows(msi: Path) -> None:
    rows = {row["Name"]: row for row in table(msi, "Registry") if row["Key"] == r"SOFTWARE\Policies\AgentConsole"}
    assert {name: row["Value"] for name, row in rows.items()} == {
        "server_url": "[SERVER_URL]", "language": "[LANGUAGE]", "locked": "[LOCK]"}
    assert all(row["Root"] == "2" for row in rows.values())  # HKEY_LOCAL_MACHINE
    components = {row["Component"]: row for row in table(msi, "Component")}
    for row in rows.values():
        assert int(components[row["Component_"]]["Attributes"]) & 256  # 64-bit view: not WOW6432Node


def test_start_menu_shortcut(msi: Path) -> None:
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder" and shortcut["Name"] == "Agent Console"
    assert shortcut["Target"] == "[INSTALLDIR]agent-console.exe"


def test_upgrade_removes_older_and_detects_newer(msi: Path) -> None:
    rows = {row["ActionProperty"]: row for row in table(msi, "Upgrade")}
    assert all(row["UpgradeCode"] == UPGRADE_CODE for row in rows.values())
    older = rows["OLDERVERSIONFOUND"]
    assert older["VersionMax"] == __version__ and not int(older["Attributes"]) & 2  # removed, not only detected
    assert int(rows["NEWERVERSIONFOUND"]["Attributes"]) & 2  # only detected: no downgrade removal
    actions = {row["Action"]: int(row["Sequence"]) for row in table(msi, "InstallExecuteSequence")}
    assert actions["InstallValidate"] < actions["RemoveExistingProducts"] < actions["InstallInitialize"]


def test_payload_files_go_to_program_files(msi: Path) -> None:
    files = {row["FileName"].split("|")[-1] for row in table(msi, "File")}
    assert "agent-console.exe" in files
    dirs = {row["Directory"]: row for row in table(msi, "Directory")}
    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert dirs["INSTALLDIR"]["DefaultDir"].split("|")[-1] == "Agent Console"
