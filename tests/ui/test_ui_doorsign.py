"""The door sign in a real Console (FakePhone): off by default, forbidden by IT's policy with no
socket listening, the page following the agent's status, no personal data in any byte served,
the dialog with its QR code, and the page in real headless Chromium updating within 1 s."""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from agent_console.app import doorsign_wiring
from agent_console.app.doorsign_wiring import MemorySecrets
from agent_console.domain.status import Status
from agent_console.local_process import free_port
from agent_console.ui.doorsign_dialog import DoorSignForm

NUMBER = "+77015550101"
CALLER = "Айгерім Сапарова"
NOTE = "Promised a callback about the parcel 4471"


def listening(port: int) -> bool:
    return f":{port} " in subprocess.run(["ss", "-ltn"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(autouse=True)
def loopback_as_lan(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test machine has no private LAN address: loopback stands in for it, and the keyring is
    this process's memory."""
    monkeypatch.setattr(doorsign_wiring, "lan_address", lambda: "127.0.0.1")
    monkeypatch.setattr(doorsign_wiring, "KeyringSecrets", MemorySecrets)


def started(console, qtbot):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: getattr(console, "doorsign", None) is not None
                    and console.doorsign.server is not None, timeout=5000)
    return console.doorsign.server


def test_off_by_default_no_socket(make_console, qtbot) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    console = make_console(doorsign_port=port)
    qtbot.waitUntil(lambda: getattr(console, "doorsign", None) is not None, timeout=5000)
    qtbot.wait(300)
    assert console.doorsign.server is None
    assert not listening(port)


def test_policy_forbids_no_socket_even_when_the_agent_asks(make_console, qtbot) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    console = make_console(doorsign_port=port, doorsign_enabled=False, locked=frozenset({"doorsign_enabled"}))
    qtbot.waitUntil(lambda: getattr(console, "doorsign", None) is not None, timeout=5000)
    dialog = console.doorsign.open_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.enabled.isEnabled()
    assert "policy" in dialog.address.text()
    console.doorsign._accepted(DoorSignForm(True, port, "", 1883, "", "", False))
    qtbot.wait(500)
    assert console.doorsign.server is None
    assert not console.config.doorsign_enabled
    assert not listening(port)


def test_machine_policy_file_forbids_it_over_the_users_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            qapp: object) -> None:
    from agent_console.app import config as cfg
    from agent_console.app.doorsign_wiring import forbidden

    policy = tmp_path / "policy.ini"
    policy.write_text("[doorsign]\ndoorsign_enabled=false\n[policy]\nlocked=doorsign_enabled\n", encoding="utf-8")
    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", policy)
    own = tmp_path / "own.ini"
    own.write_text("[doorsign]\ndoorsign_enabled=true\ndoorsign_port=9000\n", encoding="utf-8")
    config, _ = cfg.load_config(own)
    assert not config.doorsign_enabled and forbidden(config)
    assert config.doorsign_port == 9000  # what IT did not lock stays the agent's
    policy.write_text("[doorsign]\ndoorsign_enabled=false\n", encoding="utf-8")  # a default, not a lock
    config, _ = cfg.load_config(own)
    assert config.doorsign_enabled and not forbidden(config)


def test_page_follows_status_and_carries_nothing_personal(make_console, fake_phone, qtbot) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    console = make_console(fake_phone, doorsign_enabled=True, doorsign_port=port, language="kk")
    server = started(console, qtbot)
    assert listening(port)
    base = f"http://127.0.0.1:{port}"
    assert httpx.get(f"{base}/", timeout=5).status_code == 403
    raw = bytearray()
    stop = threading.Event()

    def read_feed() -> None:
        with httpx.stream("GET", f"{base}/events?k={server.key}", timeout=30) as r:
            for chunk in r.iter_bytes():
                raw.extend(chunk)
                if stop.is_set():
                    return

    reader = threading.Thread(target=read_feed, daemon=True)
    reader.start()
    page = httpx.get(server.url, timeout=5).content
    assert "Сөйлесіп жатырмын".encode() in page

    c = console.controller
    c.choose_status(Status.AVAILABLE)
    qtbot.waitUntil(lambda: b'"working"' in raw, timeout=2000)
    call = fake_phone.ring(NUMBER, CALLER)
    qtbot.waitUntil(lambda: b'"on_call"' in raw, timeout=2000)
    c.answer()
    record = console.session.call_by_phone_id(call.call_id)
    assert record is not None
    c.save_note(record.call_id, "", NOTE)
    fake_phone.remote_hangup(call.call_id)
    qtbot.waitUntil(lambda: console.session.status == Status.WRAP_UP, timeout=2000)
    c.choose_status(Status.BREAK, "lunch")  # pending until the wrap-up is done
    c.finish_wrapup()
    qtbot.waitUntil(lambda: b'"break"' in raw, timeout=3000)
    c.choose_status(Status.OFFLINE)
    qtbot.waitUntil(lambda: b'"not_working"' in raw[raw.index(b'"break"'):], timeout=3000)
    stop.set()
    everything = bytes(page) + bytes(raw)
    for secret in (NUMBER, NUMBER.lstrip("+"), "5550101", CALLER, "Айгерім", NOTE, "parcel", "aigerim", "lunch"):
        assert secret.encode() not in everything, secret
    assert console.doorsign.key not in bytes(raw).decode()


def test_dialog_shows_the_qr_code_and_switches_off(make_console, qtbot) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    console = make_console(doorsign_enabled=True, doorsign_port=port)
    server = started(console, qtbot)
    dialog = console.doorsign.open_dialog()
    qtbot.addWidget(dialog)
    pixmap = dialog.qr.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 100
    assert server.url in dialog.address.text()
    form = dialog.result_form()
    console.doorsign._accepted(DoorSignForm(False, form.port, "", 1883, "", "", False))
    assert console.doorsign.server is None
    assert not listening(port)
    assert dialog.qr.pixmap() is None or dialog.qr.pixmap().isNull()


@pytest.mark.slow
def test_page_in_headless_chromium_follows_within_a_second(make_console, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.server.browser import chromium

    port = free_port()
    console = make_console(doorsign_enabled=True, doorsign_port=port, language="ru")
    server = started(console, qtbot)
    driver = chromium(800, 600, "ru-RU")
    try:
        driver.get(server.url)

        def shown() -> str:
            return str(driver.execute_script("return document.body.dataset.state"))

        deadline = time.monotonic() + 10
        while shown() != "not_working" and time.monotonic() < deadline:
            qtbot.wait(20)
        assert shown() == "not_working"
        for status, expected, text in ((Status.AVAILABLE, "working", "Работаю"),
                                       (Status.BREAK, "break", "Перерыв"),
                                       (Status.OFFLINE, "not_working", "Не работаю")):
            t0 = time.monotonic()
            console.controller.choose_status(status, "lunch" if status == Status.BREAK else None)
            while shown() != expected and time.monotonic() - t0 < 3:
                qtbot.wait(10)
            elapsed = time.monotonic() - t0
            print(f"door sign: {expected} on the page after {elapsed * 1000:.0f} ms")
            assert shown() == expected
            assert elapsed < 1.0, f"{expected} reached the page after {elapsed:.2f} s"
            assert text in driver.find_element("id", "text").text
        def sign_text() -> str:
            """The sign's text, or "" while the page is between two documents (the language
            change reloads it)."""
            return str(driver.execute_script("const e = document.getElementById('text');"
                                             "return e ? e.textContent : '';"))

        console.config = replace(console.config, language="kk")  # the agent changes the language
        console.doorsign._check()
        deadline = time.monotonic() + 5
        while "Жұмыста емеспін" not in sign_text() and time.monotonic() < deadline:
            qtbot.wait(20)
        assert "Жұмыста емеспін" in sign_text()
        console.doorsign.stop()  # the console goes away: the page says so
        deadline = time.monotonic() + 5
        while shown() != "gone" and time.monotonic() < deadline:
            qtbot.wait(20)
        assert "Консоль іске қосылмаған" in sign_text()
    finally:
        driver.quit()


@pytest.fixture
def broker(tmp_path):  # type: ignore[no-untyped-def]
    from tests.doorsign.conftest import Broker

    b = Broker(tmp_path / "mosquitto")
    b.start()
    yield b
    b.stop()


def retained(port: int, topic: str) -> str:
    out = subprocess.run(["mosquitto_sub", "-h", "127.0.0.1", "-p", str(port), "-t", topic, "-C", "1", "-W", "3"],
                         capture_output=True, text=True, timeout=10).stdout
    return out.strip()


def test_console_lamp_survives_the_broker_going_away(make_console, broker, qtbot) -> None:  # type: ignore[no-untyped-def]
    console = make_console(doorsign_enabled=True, doorsign_port=free_port(), mqtt_host="127.0.0.1",
                           mqtt_port=broker.port)
    started(console, qtbot)
    lamp = console.doorsign.mqtt
    assert lamp is not None
    qtbot.waitUntil(lamp.connected.is_set, timeout=5000)
    assert retained(broker.port, lamp.state_topic) == "not_working"
    console.controller.choose_status(Status.DND)
    qtbot.waitUntil(lambda: retained(broker.port, lamp.state_topic) == "working", timeout=5000)
    assert retained(broker.port, lamp.busy_topic) == "ON"

    broker.stop()
    qtbot.waitUntil(lambda: not lamp.connected.is_set(), timeout=5000)
    t0 = time.monotonic()
    console.controller.choose_status(Status.BREAK, "rest")  # the broker is down: the console does not wait
    assert time.monotonic() - t0 < 0.2
    assert console.session.status == Status.BREAK
    assert console.window is not None and console.window.isVisible()

    broker.start()  # empty: it forgot every retained message
    qtbot.waitUntil(lambda: lamp.connections >= 2, timeout=40000)
    assert retained(broker.port, lamp.state_topic) == "break"
    assert retained(broker.port, lamp.busy_topic) == "OFF"
    assert retained(broker.port, f"homeassistant/sensor/{lamp.node}/door/config")


def test_address_change_moves_the_page_and_the_qr_code(make_console, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    address: list[str | None] = ["127.0.0.1"]
    monkeypatch.setattr(doorsign_wiring, "lan_address", lambda: address[0])
    port = free_port()
    console = make_console(doorsign_enabled=True, doorsign_port=port)
    server = started(console, qtbot)
    dialog = console.doorsign.open_dialog()
    qtbot.addWidget(dialog)
    assert "127.0.0.1" in dialog.address.text()
    address[0] = "127.0.0.2"  # the laptop got a new address
    console.doorsign._check()
    moved = console.doorsign.server
    assert moved is not None and moved is not server and moved.host == "127.0.0.2"
    assert moved.key == server.key  # the household's pairing stays valid
    assert "127.0.0.2" in dialog.address.text()
    assert httpx.get(moved.url, timeout=5).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url, timeout=2)
    address[0] = None  # no private address: nothing listens
    console.doorsign._check()
    assert console.doorsign.server is None
    assert "no home-network address" in dialog.address.text()
    assert not listening(port)


def test_status_bar_says_once_when_the_door_has_no_viewer(make_console, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(doorsign_wiring, "VIEWER_LOST_S", 0.2)
    console = make_console(doorsign_enabled=True, doorsign_port=free_port())
    started(console, qtbot)
    said: list[str] = []
    console.controller.message.connect(lambda _kind, text: said.append(text))
    qtbot.wait(300)
    for _ in range(3):
        console.doorsign._check()
    assert said == ["The door sign has had no viewer for 10 minutes."]


def test_broker_password_comes_from_the_keyring_never_the_settings_file(make_console, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.doorsign.conftest import Broker

    b = Broker(tmp_path / "mosquitto-auth", credentials="household:s3cret-lamp")
    b.start()
    try:
        console = make_console(doorsign_enabled=False, doorsign_port=free_port())
        qtbot.waitUntil(lambda: getattr(console, "doorsign", None) is not None, timeout=5000)
        wiring = console.doorsign
        wiring._accepted(DoorSignForm(True, console.config.doorsign_port, "127.0.0.1", b.port, "household",
                                      "s3cret-lamp", False))
        qtbot.waitUntil(lambda: wiring.mqtt is not None and wiring.mqtt.connected.is_set(), timeout=10000)
        assert wiring.secrets.get(doorsign_wiring.mqtt_entry("127.0.0.1", "household")) == "s3cret-lamp"
        saved = console.config_path.read_text(encoding="utf-8")
        assert "mqtt_username=household" in saved and "s3cret" not in saved
        out = subprocess.run(["mosquitto_sub", "-h", "127.0.0.1", "-p", str(b.port), "-u", "household",
                              "-P", "s3cret-lamp", "-t", wiring.mqtt.state_topic, "-C", "1", "-W", "3"],
                             capture_output=True, text=True, timeout=10).stdout.strip()
        assert out == "not_working"

        wiring.secrets.set(doorsign_wiring.mqtt_entry("127.0.0.1", "household"), "wrong")  # refused
        wiring.apply(console.config)
        qtbot.waitUntil(lambda: wiring.mqtt is not None, timeout=5000)
        qtbot.wait(1500)
        assert not wiring.mqtt.connected.is_set()
        console.controller.choose_status(Status.AVAILABLE)  # the console works on regardless
        assert console.session.status == Status.AVAILABLE
        assert wiring.server is not None and wiring.server.state.value == "working"
    finally:
        b.stop()


def test_qr_code_content_follows_the_address(make_console, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPixmap

    from agent_console.ui import doorsign_dialog

    encoded: list[str] = []
    real = doorsign_dialog.qr_pixmap

    def recording(url: str, *args: int) -> QPixmap:
        encoded.append(url)
        return real(url, *args)

    monkeypatch.setattr(doorsign_dialog, "qr_pixmap", recording)
    address: list[str | None] = ["127.0.0.1"]
    monkeypatch.setattr(doorsign_wiring, "lan_address", lambda: address[0])
    console = make_console(doorsign_enabled=True, doorsign_port=free_port())
    server = started(console, qtbot)
    dialog = console.doorsign.open_dialog()
    qtbot.addWidget(dialog)
    before = dialog.qr.pixmap().toImage()
    assert encoded == [server.url]
    address[0] = "127.0.0.2"
    console.doorsign._check()
    moved = console.doorsign.server
    assert moved is not None and moved.url != server.url
    assert encoded[-1] == moved.url and "127.0.0.2" in moved.url and server.key in moved.url
    after = dialog.qr.pixmap().toImage()
    assert after != before  # the code on screen is a different code
    assert after == real(moved.url).toImage()  # exactly the new address's code


def test_console_lamp_over_tls_trusts_the_configured_ca_only(make_console, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.doorsign.conftest import Broker
    from tests.phone.certs import make_ca, make_server_cert

    ca, ca_key, ca_cert = make_ca(tmp_path, "Household CA")
    other_ca, _, _ = make_ca(tmp_path, "Other CA")
    b = Broker(tmp_path / "mosquitto-tls", credentials="household:s3cret-lamp",
               tls=make_server_cert(tmp_path, ca_key, ca_cert, "127.0.0.1", "broker"))
    b.start()
    try:
        console = make_console(doorsign_enabled=True, doorsign_port=free_port(), mqtt_host="127.0.0.1",
                               mqtt_port=b.port, mqtt_username="household", mqtt_tls=True,
                               mqtt_ca_file=str(other_ca))
        qtbot.waitUntil(lambda: getattr(console, "doorsign", None) is not None, timeout=5000)
        wiring = console.doorsign
        wiring.secrets.set(doorsign_wiring.mqtt_entry("127.0.0.1", "household"), "s3cret-lamp")
        wiring.apply(console.config)
        qtbot.waitUntil(lambda: wiring.mqtt is not None, timeout=5000)
        qtbot.wait(1500)
        assert not wiring.mqtt.connected.is_set()  # a certificate from a CA it was not told to trust
        t0 = time.monotonic()
        console.controller.choose_status(Status.AVAILABLE)
        assert time.monotonic() - t0 < 0.2
        assert wiring.server is not None and wiring.server.state.value == "working"

        said: list[str] = []
        console.controller.message.connect(lambda _kind, text: said.append(text))
        console.config = replace(console.config, mqtt_ca_file=str(tmp_path / "missing.pem"))
        wiring.apply(console.config)
        qtbot.waitUntil(lambda: any("CA file" in s for s in said), timeout=5000)
        assert wiring.mqtt is None and wiring.server is not None  # the page goes on without the lamp

        console.config = replace(console.config, mqtt_ca_file=str(ca))
        wiring.apply(console.config)
        qtbot.waitUntil(lambda: wiring.mqtt is not None and wiring.mqtt.connected.is_set(), timeout=10000)
        lamp = wiring.mqtt
        assert lamp is not None
        out = subprocess.run(["mosquitto_sub", "-h", "127.0.0.1", "-p", str(b.port), "--cafile", str(ca),
                              "-u", "household", "-P", "s3cret-lamp", "-t", lamp.state_topic,
                              "-C", "1", "-W", "3"], capture_output=True, text=True, timeout=10).stdout.strip()
        assert out == "working"
    finally:
        b.stop()
