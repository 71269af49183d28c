"""Registration over TLS with the server certificate verified; a bad certificate is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent_console.phone.api import RegState, Transport

from .certs import make_ca, make_server_cert
from .conftest import Kamailio, free_port, sip_account

pytestmark = pytest.mark.slow


@pytest.fixture
def pki(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "pki"
    d.mkdir()
    ca, ca_key, ca_cert = make_ca(d, "Hotline CA")
    cert, key = make_server_cert(d, ca_key, ca_cert)
    other_ca, _, _ = make_ca(d, "Someone Else CA")
    return {"ca": ca, "cert": cert, "key": key, "other_ca": other_ca}


@pytest.fixture
def tls_kamailio(tmp_path: Path, pki: dict[str, Path]) -> Any:
    k = Kamailio(workdir=tmp_path / "kam", port=free_port(), tls_port=free_port(),
                 cert=str(pki["cert"]), key=str(pki["key"]))
    k.workdir.mkdir()
    k.start()
    yield k
    k.stop()


def _account(k: Kamailio, ca: Path) -> Any:
    acc = sip_account(k, transport=Transport.TLS, tls_ca_file=str(ca))
    return acc.__class__(**{**acc.__dict__, "registrar": f"127.0.0.1:{k.tls_port}"})


def test_tls_registration_with_verified_certificate(tls_kamailio: Kamailio, pki: dict[str, Path],
                                                    make_phone: Any, qtbot: Any) -> None:
    phone = make_phone()
    with qtbot.waitSignal(phone.registration_changed,
                          check_params_cb=lambda s, r: s == RegState.REGISTERED, timeout=10000) as sig:
        phone.start(_account(tls_kamailio, pki["ca"]))
    assert "TLS" in sig.args[1]
    assert "REQ REGISTER 1001 -> <null> via tls" in tls_kamailio.log()


def test_certificate_from_an_unknown_ca_is_refused(tls_kamailio: Kamailio, pki: dict[str, Path],
                                                    make_phone: Any, qtbot: Any) -> None:
    phone = make_phone()
    states: list[str] = []
    phone.registration_changed.connect(lambda s, r: states.append(s))
    with qtbot.waitSignal(phone.registration_changed,
                          check_params_cb=lambda s, r: s == RegState.FAILED_TLS, timeout=10000) as sig:
        phone.start(_account(tls_kamailio, pki["other_ca"]))
    assert "certificate" in sig.args[1].lower()
    qtbot.wait(2500)
    # Refused, not retried and never fell back to another transport.
    assert RegState.REGISTERED not in states
    assert states.count(RegState.FAILED_TLS) == 1
    assert "REGISTER_ATTEMPT" not in tls_kamailio.log()
