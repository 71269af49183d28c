"""Fixtures for the door sign: a private mosquitto from scripts/services/mosquitto.sh."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "services" / "mosquitto.sh"


@dataclass
class Broker:
    dir: Path
    port: int = 0
    credentials: str = ""
    """USER:PASSWORD: only that user may connect."""
    tls: tuple[Path, Path] | None = None
    """(certificate, key): the listener speaks TLS only."""

    def start(self) -> None:
        env = dict(os.environ)
        if self.tls is not None:
            env["MQTT_CERTFILE"], env["MQTT_KEYFILE"] = (str(p) for p in self.tls)
        out = subprocess.run(["bash", str(SCRIPT), "start", str(self.dir), str(self.port or ""),
                              self.credentials],
                             check=True, capture_output=True, text=True, timeout=20, env=env).stdout
        fields = dict(item.split("=", 1) for item in out.split())
        self.port = int(fields["MQTT_PORT"])

    def stop(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", str(self.dir)], check=True, timeout=20)


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    if shutil.which("mosquitto") is None and not Path("/usr/sbin/mosquitto").exists():
        pytest.fail("mosquitto missing: run scripts/bootstrap.sh")
    b = Broker(tmp_path / "mosquitto")
    b.start()
    yield b
    b.stop()
