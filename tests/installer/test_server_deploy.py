"""The server's deployment files: systemd units (``systemd-analyze verify``), the environment file,
and the nginx TLS front for two processes (``nginx -t`` through scripts/services/nginx.sh)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from agent_console.server.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installer" / "server"
VENV_SERVER = ROOT / ".venv" / "bin" / "agent-console-server"
UNITS = ("agent-console-server.service", "agent-console-server@.service")


def staged_unit(name: str, tmp_path: Path) -> Path:
    """The unit with the install paths pointed at this checkout (verify checks ExecStart exists)."""
    text = (HERE / name).read_text()
    text = text.replace("/opt/agent-console-server/bin/agent-console-server", str(VENV_SERVER))
    text = text.replace("/etc/agent-console-server/server.env", str(HERE / "server.env"))
    target = tmp_path / (name.replace("@.", "@8711.") if "@." in name else name)
    target.write_text(text)
    return target


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
@pytest.mark.parametrize("name", UNITS)
def test_systemd_units_verify(name: str, tmp_path: Path) -> None:
    unit = staged_unit(name, tmp_path)
    out = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and not out.stderr.strip(), out.stderr


@pytest.mark.parametrize("name", UNITS)
def test_units_use_options_the_server_has(name: str) -> None:
    exec_start = re.search(r"^ExecStart=(.*)$", (HERE / name).read_text(), re.M)
    assert exec_start
    argv = shlex.split(exec_start.group(1).replace("%i", "8711"))
    assert argv[0].endswith("agent-console-server") and argv[1] == "serve"
    helptext = subprocess.run([str(VENV_SERVER), "serve", "--help"], capture_output=True, text=True,
                              check=True).stdout
    for flag in (a for a in argv[2:] if a.startswith("--")):
        assert flag in helptext, flag
    assert "--host" in argv and argv[argv.index("--host") + 1] == "127.0.0.1"  # TLS is nginx's job


def test_environment_file_names_real_settings() -> None:
    names = re.findall(r"^#?\s*AGENT_CONSOLE_SERVER_([A-Z0-9_]+)=", (HERE / "server.env").read_text(), re.M)
    assert "DATABASE_URL" in names
    for name in names:
        assert name.lower() in Settings.model_fields, name


@pytest.mark.skipif(not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists(),
                    reason="nginx is not installed (scripts/bootstrap.sh installs nginx-light)")
def test_nginx_config_passes_nginx_t(tmp_path: Path) -> None:
    """The documented site config inside a minimal main config, with a throwaway certificate."""
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=console.example.kz", "-keyout", str(tmp_path / "privkey.pem"),
                    "-out", str(tmp_path / "fullchain.pem")], capture_output=True, check=True, timeout=60)
    site = (HERE / "nginx-agent-console.conf").read_text().replace("/etc/ssl/agent-console", str(tmp_path))
    (tmp_path / "site.conf").write_text(site)
    main = tmp_path / "nginx.conf"
    main.write_text(f"pid {tmp_path}/nginx.pid;\nevents {{ worker_connections 64; }}\n"
                    f"http {{\n  access_log off;\n  include {tmp_path}/site.conf;\n}}\n")
    out = subprocess.run(["bash", str(ROOT / "scripts" / "services" / "nginx.sh"), "test", str(main)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    # and a broken one fails, so the check means something
    (tmp_path / "site.conf").write_text(site.replace("proxy_pass http://agent_console_server;", "proxy_pass;"))
    bad = subprocess.run(["bash", str(ROOT / "scripts" / "services" / "nginx.sh"), "test", str(main)],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0
