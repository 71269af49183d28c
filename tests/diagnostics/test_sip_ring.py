"""At the production log level the SIP messages stay out of the log but are kept, redacted, for the zip."""

from __future__ import annotations

from typing import Any

import pytest

from agent_console.phone.api import RegState
from agent_console.phone.pjlog import recent_sip_messages
from tests.phone.conftest import Kamailio, kamailio, make_phone, sip_account  # noqa: F401

pytestmark = pytest.mark.slow


def test_last_sip_messages_kept_redacted_and_not_logged(kamailio: Kamailio, make_phone: Any,  # noqa: F811
                                                        qtbot: Any, caplog: Any) -> None:
    caplog.set_level("DEBUG")
    phone = make_phone()  # the engine's default log level, 3
    with qtbot.waitSignal(phone.registration_changed, timeout=15000,
                          check_params_cb=lambda s, r: s == RegState.REGISTERED):
        phone.start(sip_account(kamailio))
    messages = recent_sip_messages()
    assert any("401 Unauthorized" in m and "WWW-Authenticate: <redacted>" in m for m in messages)
    assert any("REGISTER sip:" in m and "Authorization: <redacted>" in m for m in messages)
    assert any("SIP/2.0 200 OK" in m for m in messages)
    assert "agent-secret-1" not in "".join(messages) and 'response="' not in "".join(messages)
    assert "REGISTER sip:" not in caplog.text and "WWW-Authenticate" not in caplog.text
