"""Seeded secrets never reach the log directory or the diagnostics zip.

A known SIP password, server password, server token and database URL password go through the
paths that could leak them: a real registration refused by Kamailio with a digest challenge (pjsip
at level 5, so whole SIP messages are logged), a sign-in with the wrong server password and a
successful one, the server's settings logged, and a crash whose message holds the secrets. Then
every byte of every file in the log directory and in the zip is searched.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from agent_console.diagnostics.bundle import build_zip, offline_sections
from agent_console.diagnostics.setup import start_logging
from agent_console.phone.api import RegState
from agent_console.phone.pjlog import recent_sip_messages
from agent_console.sync.client import ApiClient, AuthError
from tests.phone.conftest import FAST, Kamailio, kamailio, make_phone, sip_account  # noqa: F401

pytestmark = pytest.mark.slow

SIP_PASSWORD = "sip-Secret-7781"
SERVER_PASSWORD = "srv-Pass-55x!"
TOKEN = "tok-Zq81-secret-token"
DB_PASSWORD = "db-Pw-913"
DB_URL = f"postgresql://app:{DB_PASSWORD}@db.example/agents"
SECRETS = (SIP_PASSWORD, SERVER_PASSWORD, TOKEN, DB_PASSWORD)


def _sign_in_twice() -> None:
    """The wrong server password (401), then the right one (a token comes back and is logged)."""

    def answer(request: httpx.Request) -> httpx.Response:
        logging.getLogger("test.server").debug("request body %s", request.content.decode())
        if b"wrong" in request.content or SERVER_PASSWORD.encode() in request.content:
            return httpx.Response(401, json={"detail": "wrong user name or password"})
        return httpx.Response(200, json={"access_token": TOKEN, "expires_at_ms": 1, "username": "aigerim",
                                          "role": "agent", "team": None, "server_ms": 1})

    async def run() -> None:
        client = ApiClient("http://server.test", transport=httpx.MockTransport(answer))
        try:
            with pytest.raises(AuthError):
                await client.login("aigerim", SERVER_PASSWORD)
            logging.getLogger("test.sync").warning("sign-in refused for password %s", SERVER_PASSWORD)
            tok = await client.login("aigerim", "right-one-" + "x" * 4)
            logging.getLogger("test.sync").info("signed in: %r; Authorization: Bearer %s", tok, tok.access_token)
        finally:
            await client.aclose()

    asyncio.run(run())


def _all_bytes(log_dir: Path, zip_path: Path) -> dict[str, bytes]:
    files = {str(p): p.read_bytes() for p in log_dir.rglob("*") if p.is_file()}
    with zipfile.ZipFile(zip_path) as zf:
        files |= {f"zip:{name}": zf.read(name) for name in zf.namelist()}
    return files


def test_no_secret_in_logs_or_zip(kamailio: Kamailio, make_phone: Any, qtbot: Any,  # noqa: F811
                                  tmp_path: Path, monkeypatch: Any) -> None:
    log_dir = tmp_path / "logs"
    start_logging("DEBUG", directory=log_dir)
    monkeypatch.setattr(sys, "excepthook", lambda *a: None)
    start_logging("DEBUG", directory=log_dir)  # the crash hook now chains to the quiet one

    phone = make_phone(options=replace(FAST, log_level=5))  # whole SIP messages in the log
    with qtbot.waitSignal(phone.registration_changed, timeout=15000,
                          check_params_cb=lambda s, r: s == RegState.FAILED_AUTH):
        phone.start(sip_account(kamailio, password=SIP_PASSWORD))
    assert kamailio.count("AUTH_CHALLENGE 1001") >= 1  # really challenged with a digest 401

    _sign_in_twice()
    from agent_console.server.settings import Settings

    logging.getLogger("agent_console.server").info("settings %r; database %s", Settings(database_url=DB_URL), DB_URL)
    try:
        raise RuntimeError(f"crash holding {SIP_PASSWORD} and {TOKEN} and {DB_URL}")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    logging.shutdown()  # flush

    sections = offline_sections(tmp_path / "none.ini", None)
    sections["registration"] = {"state": str(phone.registration_state)}
    sections["sip_messages"] = recent_sip_messages()
    assert any("401 Unauthorized" in m and "WWW-Authenticate: <redacted>" in m for m in sections["sip_messages"])
    assert any("REGISTER sip:" in m and "Authorization: <redacted>" in m for m in sections["sip_messages"])
    zip_path = build_zip(tmp_path / "out" / "diagnostics.zip", log_dir, sections)

    files = _all_bytes(log_dir, zip_path)
    log_text = (log_dir / "agent-console.log").read_text()
    assert "WWW-Authenticate: <redacted>" in log_text and "Authorization: <redacted>" in log_text
    assert "401 Unauthorized" in log_text  # the dump is there, only the values are gone
    assert any(name.startswith("zip:crashes/crash-") for name in files)
    assert "zip:logs/agent-console.log" in files
    for secret in SECRETS:
        for form in {secret, quote(secret, safe="")}:
            leaks = [name for name, data in files.items() if form.encode() in data]
            assert not leaks, f"{form!r} found in {leaks}"
