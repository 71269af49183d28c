"""The smart-home lamp over TLS with a user name and password, against a real mosquitto whose
certificate comes from a throw-away CA: trusted through ``MqttSettings.ca_file`` it connects and
mosquitto_sub (over TLS, --cafile) sees discovery and state changes; a wrong password, the system
CA store or another CA are refused, and publishing never waits on the refused broker."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from agent_console.doorsign.mqtt import DoorSignMqtt, MqttSettings, node_id
from agent_console.doorsign.states import DoorState
from tests.phone.certs import make_ca, make_server_cert

from .conftest import Broker

USER, PASSWORD = "household", "s3cret-lamp"


@dataclass
class TlsBroker:
    broker: Broker
    ca: Path
    other_ca: Path

    @property
    def port(self) -> int:
        return self.broker.port

    def sub(self, topic: str, count: int, timeout: int = 3,
            password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["mosquitto_sub", "-h", "127.0.0.1", "-p", str(self.port), "--cafile", str(self.ca),
                               "-u", USER, "-P", password, "-t", topic, "-v", "-C", str(count), "-W", str(timeout)],
                              capture_output=True, text=True, timeout=timeout + 5)

    def messages(self, topic: str, count: int, timeout: int = 3) -> dict[str, str]:
        out = self.sub(topic, count, timeout).stdout
        return dict(line.split(" ", 1) for line in out.splitlines() if " " in line)


@pytest.fixture
def tls_broker(tmp_path: Path) -> Iterator[TlsBroker]:
    pki = tmp_path / "pki"
    pki.mkdir()
    ca, ca_key, ca_cert = make_ca(pki, "Household CA")
    other_ca, _, _ = make_ca(pki, "Someone Else CA")
    b = Broker(tmp_path / "mosquitto-tls", credentials=f"{USER}:{PASSWORD}",
               tls=make_server_cert(pki, ca_key, ca_cert, "127.0.0.1", "broker"))
    b.start()
    yield TlsBroker(b, ca, other_ca)
    b.stop()


def wait(cond, timeout: float = 5) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.05)
    return False


def settings(port: int, ca_file: Path | None, password: str = PASSWORD) -> MqttSettings:
    return MqttSettings("127.0.0.1", port, USER, password, tls=True, ca_file=str(ca_file or ""))


def test_tls_with_password_publishes_discovery_and_state_changes(tls_broker: TlsBroker) -> None:
    node = node_id("household-key")
    pub = DoorSignMqtt(settings(tls_broker.port, tls_broker.ca), node)
    pub.publish(DoorState.WORKING)
    pub.start()
    try:
        assert wait(pub.connected.is_set)
        configs = tls_broker.messages("homeassistant/#", 2)
        sensor = json.loads(configs[f"homeassistant/sensor/{node}/door/config"])
        assert sensor["state_topic"] == pub.state_topic
        assert json.loads(configs[f"homeassistant/binary_sensor/{node}/busy/config"])["state_topic"] == pub.busy_topic
        assert tls_broker.messages(pub.state_topic, 1) == {pub.state_topic: "working"}

        pub.publish(DoorState.ON_CALL)
        assert wait(lambda: tls_broker.messages(pub.state_topic, 1).get(pub.state_topic) == "on_call")
        assert tls_broker.messages(pub.busy_topic, 1) == {pub.busy_topic: "ON"}
        # the broker really asks for the password: mosquitto_sub with a wrong one gets nothing
        refused = tls_broker.sub(pub.state_topic, 1, password="wrong")
        assert refused.returncode != 0 and "on_call" not in refused.stdout
    finally:
        pub.stop().join(5)


@pytest.mark.parametrize("case", ["wrong password", "system CAs only", "another CA"])
def test_refused_connections_never_block_and_publish_nothing(tls_broker: TlsBroker, case: str) -> None:
    ca, password = {"wrong password": (tls_broker.ca, "wrong"),
                    "system CAs only": (None, PASSWORD),
                    "another CA": (tls_broker.other_ca, PASSWORD)}[case]
    node = node_id(f"key-{case}")
    pub = DoorSignMqtt(settings(tls_broker.port, ca, password), node)
    t0 = time.monotonic()
    pub.start()
    for state in DoorState:
        pub.publish(state)
    assert time.monotonic() - t0 < 0.5
    try:
        time.sleep(1.5)  # a few (refused) attempts
        assert not pub.connected.is_set()
        assert pub.connections == 0
        assert tls_broker.messages(f"agent_console/{node}/#", 1, timeout=1) == {}
    finally:
        t0 = time.monotonic()
        joiner = pub.stop()
        assert time.monotonic() - t0 < 0.5
        joiner.join(5)
        assert not joiner.is_alive()


def test_a_missing_ca_file_is_a_clear_error_at_once(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        DoorSignMqtt(settings(1883, tmp_path / "no-such-ca.pem"), node_id("k"))
