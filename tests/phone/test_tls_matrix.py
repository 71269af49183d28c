"""Bad server certificates against Kamailio over TLS: each refused with a sentence, never retried
on another transport, no REGISTER sent. (TLS pointed at a plain port: test_faults.py.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent_console.phone.api import RegState, Transport

from .certs import make_ca, make_server_cert
from .conftest import Kamailio, free_port, sip_account

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("case", ["expired", "wrong_host", "self_signed"])
def test_bad_server_certificate_is_refused(case: str, tmp_path: Path, make_phone: Any, qtbot: Any) -> None:
    d = tmp_path / "pki"
    d.mkdir()
    ca, ca_key, ca_cert = make_ca(d, "Hotline CA")
    if case == "expired":
        cert, key = make_server_cert(d, ca_key, ca_cert, expired=True)
    elif case == "wrong_host":
        cert, key = make_server_cert(d, ca_key, ca_cert, ip="10.9.9.9")
    else:
        cert, key = make_server_cert(d, None, None)
    k = Kamailio(workdir=tmp_path / "kam", port=free_port(), tls_port=free_port(), cert=str(cert), key=str(key))
    k.workdir.mkdir()
    k.start()
    try:
        acc = sip_account(k, transport=Transport.TLS, tls_ca_file=str(ca))
        acc = acc.__class__(**{**acc.__dict__, "registrar": f"127.0.0.1:{k.tls_port}"})
        phone = make_phone()
        states: list[str] = []
        phone.registration_changed.connect(lambda s, r: states.append(s))
        with qtbot.waitSignal(phone.registration_changed,
                              check_params_cb=lambda s, r: s == RegState.FAILED_TLS, timeout=10000) as sig:
            phone.start(acc)
        assert "certificate" in sig.args[1].lower()
        qtbot.wait(2500)
        assert RegState.REGISTERED not in states
        assert states.count(RegState.FAILED_TLS) == 1
        assert "REGISTER_ATTEMPT" not in k.log()
    finally:
        k.stop()
