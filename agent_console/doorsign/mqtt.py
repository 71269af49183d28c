"""The smart-home lamp: the four states on the household's MQTT broker, Home Assistant style.

Home Assistant's MQTT discovery picks up two entities with no configuration on its side: an enum
``sensor`` (the four states) and a ``binary_sensor`` "busy" (on a call or working), which a red
lamp or a smart plug can follow. Discovery, availability and state are retained and published
again on every (re)connection, so a broker restarted empty learns everything back.

paho-mqtt runs its network loop on its own thread and connects asynchronously; :meth:`publish`
only queues, so a broker that is down or slow never holds the caller (the GUI thread).
"""

from __future__ import annotations

import hashlib
import json
import logging
import ssl
import threading
from dataclasses import dataclass

import paho.mqtt.client as mqtt

from agent_console.doorsign.states import DoorState

log = logging.getLogger(__name__)

BUSY = frozenset({DoorState.ON_CALL, DoorState.WORKING})


@dataclass(frozen=True)
class MqttSettings:
    host: str
    port: int = 1883
    username: str = ""
    password: str = ""
    tls: bool = False
    ca_file: str = ""
    """A PEM file of CAs to trust for the broker's certificate ("" = the system's store): a
    household broker usually has a certificate from its own small CA."""
    discovery_prefix: str = "homeassistant"


def node_id(household_key: str) -> str:
    """A stable, anonymous id for this console's entities (never the user name)."""
    return "agent_console_" + hashlib.sha256(household_key.encode()).hexdigest()[:10]


class DoorSignMqtt:
    def __init__(self, settings: MqttSettings, node: str) -> None:
        self.settings = settings
        self.node = node
        self.base = f"agent_console/{node}"
        self.state_topic = f"{self.base}/state"
        self.busy_topic = f"{self.base}/busy"
        self.availability_topic = f"{self.base}/availability"
        self._state = DoorState.NOT_WORKING
        self._lock = threading.Lock()
        self.connected = threading.Event()
        self.connections = 0
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=node, clean_session=True)
        if settings.username:
            client.username_pw_set(settings.username, settings.password or None)
        if settings.tls:
            # raises OSError / ssl.SSLError when the CA file is missing or not PEM
            client.tls_set(ca_certs=settings.ca_file or None, cert_reqs=ssl.CERT_REQUIRED)
        client.will_set(self.availability_topic, "offline", qos=1, retain=True)
        client.reconnect_delay_set(min_delay=1, max_delay=30)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        self.client = client

    def discovery(self) -> dict[str, dict[str, object]]:
        """Topic -> retained config payload, per Home Assistant's MQTT discovery convention."""
        device = {"identifiers": [self.node], "name": "Agent Console door sign",
                  "manufacturer": "Agent Console"}
        prefix = self.settings.discovery_prefix
        common = {"availability_topic": self.availability_topic, "device": device}
        return {
            f"{prefix}/sensor/{self.node}/door/config": {
                **common, "name": "Door sign", "unique_id": f"{self.node}_door", "state_topic": self.state_topic,
                "device_class": "enum", "options": [str(s) for s in DoorState], "icon": "mdi:door"},
            f"{prefix}/binary_sensor/{self.node}/busy/config": {
                **common, "name": "Busy", "unique_id": f"{self.node}_busy", "state_topic": self.busy_topic,
                "payload_on": "ON", "payload_off": "OFF", "icon": "mdi:phone-in-talk"},
        }

    def start(self) -> None:
        """Connect in the background (returns at once; retries until :meth:`stop`)."""
        self.client.connect_async(self.settings.host, self.settings.port, keepalive=30)
        self.client.loop_start()

    def stop(self) -> threading.Thread:
        """Say "offline" and disconnect; the network thread is joined on a helper thread (it may
        be sleeping in a reconnect back-off), which is returned for callers that want to wait."""
        if self.connected.is_set():
            self.client.publish(self.availability_topic, "offline", qos=1, retain=True)
        self.client.disconnect()
        joiner = threading.Thread(target=self.client.loop_stop, name="doorsign-mqtt-stop", daemon=True)
        joiner.start()
        return joiner

    def publish(self, state: DoorState) -> None:
        """Remember ``state`` and send it if connected; a later connection sends it anyway."""
        with self._lock:
            self._state = state
        if self.connected.is_set():
            self._send_state()

    def _send_state(self) -> None:
        with self._lock:
            state = self._state
        self.client.publish(self.state_topic, str(state), qos=1, retain=True)
        self.client.publish(self.busy_topic, "ON" if state in BUSY else "OFF", qos=1, retain=True)

    def _on_connect(self, client: mqtt.Client, _userdata: object, _flags: object, reason: object,
                    _props: object = None) -> None:
        if getattr(reason, "is_failure", False):
            log.warning("door sign: MQTT broker refused the connection: %s", reason)
            return
        self.connections += 1
        for topic, payload in self.discovery().items():
            client.publish(topic, json.dumps(payload), qos=1, retain=True)
        client.publish(self.availability_topic, "online", qos=1, retain=True)
        self.connected.set()
        self._send_state()

    def _on_disconnect(self, _client: mqtt.Client, _userdata: object, _flags: object, reason: object,
                       _props: object = None) -> None:
        self.connected.clear()
        log.info("door sign: MQTT broker disconnected (%s); retrying in the background", reason)
