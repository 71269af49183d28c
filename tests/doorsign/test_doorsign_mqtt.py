"""The smart-home lamp against a real mosquitto: discovery, state changes seen by mosquitto_sub,
the broker killed and restarted (empty) while the publisher keeps going and republishes."""

from __future__ import annotations

import json
import subprocess
import time

from agent_console.doorsign.mqtt import DoorSignMqtt, MqttSettings, node_id
from agent_console.doorsign.states import DoorState

from .conftest import Broker


def sub(port: int, topic: str, count: int, timeout: float = 5) -> list[tuple[str, str]]:
    """Messages on ``topic`` (retained ones included) via the real mosquitto_sub."""
    out = subprocess.run(["mosquitto_sub", "-h", "127.0.0.1", "-p", str(port), "-t", topic, "-v",
                          "-C", str(count), "-W", str(int(timeout))],
                         capture_output=True, text=True, timeout=timeout + 5).stdout
    return [tuple(line.split(" ", 1)) for line in out.splitlines() if " " in line]  # type: ignore[misc]


def wait(cond, timeout: float = 5) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.05)
    return False


def test_discovery_state_and_broker_restart(broker: Broker) -> None:
    node = node_id("household-key")
    pub = DoorSignMqtt(MqttSettings("127.0.0.1", broker.port), node)
    pub.publish(DoorState.WORKING)
    pub.start()
    try:
        assert wait(pub.connected.is_set)
        configs = dict(sub(broker.port, "homeassistant/#", 2))
        sensor = json.loads(configs[f"homeassistant/sensor/{node}/door/config"])
        assert sensor["state_topic"] == f"agent_console/{node}/state"
        assert set(sensor["options"]) == {"on_call", "working", "break", "not_working"}
        assert json.loads(configs[f"homeassistant/binary_sensor/{node}/busy/config"])["payload_on"] == "ON"
        assert sub(broker.port, f"agent_console/{node}/state", 1) == [(f"agent_console/{node}/state", "working")]

        pub.publish(DoorState.ON_CALL)
        assert wait(lambda: sub(broker.port, f"agent_console/{node}/state", 1, 2)[0][1] == "on_call")
        assert sub(broker.port, f"agent_console/{node}/busy", 1) == [(f"agent_console/{node}/busy", "ON")]

        broker.stop()
        assert wait(lambda: not pub.connected.is_set())
        t0 = time.monotonic()
        for state in (DoorState.BREAK, DoorState.NOT_WORKING, DoorState.BREAK):
            pub.publish(state)  # the broker is down: returns at once
        assert time.monotonic() - t0 < 0.1

        broker.start()  # same port, empty (no persistence): everything must come back
        assert wait(pub.connected.is_set, 40)
        assert pub.connections == 2
        assert len(sub(broker.port, "homeassistant/#", 2)) == 2
        assert sub(broker.port, f"agent_console/{node}/state", 1) == [(f"agent_console/{node}/state", "break")]
        assert sub(broker.port, f"agent_console/{node}/availability", 1)[0][1] == "online"
    finally:
        pub.stop().join(5)
    assert sub(broker.port, f"agent_console/{node}/availability", 1)[0][1] == "offline"


def test_a_broker_that_is_not_there_never_blocks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    pub = DoorSignMqtt(MqttSettings("127.0.0.1", port), node_id("k"))
    t0 = time.monotonic()
    pub.start()
    for state in DoorState:
        pub.publish(state)
    joiner = pub.stop()
    assert time.monotonic() - t0 < 0.5
    joiner.join(5)
    assert not joiner.is_alive()
