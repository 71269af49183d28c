"""The PBX line as a registration round trip (a REGISTER query with digest auth) against the real
Kamailio: accepted (with and without a registered phone), a wrong password, no password stored,
the PBX down, TLS trusted and not, and the password never in the result, the zip or the logs."""

from __future__ import annotations

import json
import ssl
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agent_console.diagnostics import precheck
from agent_console.diagnostics.precheck import AMBER, GREEN, RED, CheckLine, plan_from_config
from agent_console.diagnostics.precheck_register import digest_authorization, register_query
from agent_console.diagnostics.precheck_result import RESULT_FILE, result_dict
from agent_console.phone.api import Transport
from tests.diagnostics.test_precheck_network import tls_kamailio  # noqa: F401
from tests.phone.conftest import USERS, Baresip, Kamailio, baresip, kamailio  # noqa: F401

REFUSED = "The PBX refuses your user name or password: ask IT to check your SIP account."


def _check(k: Kamailio, transport: str, password: str | None, ext: str = "1001", **kw: Any) -> CheckLine:
    return precheck.check_registrar(k.registrar, transport, extension=ext, sip_password=lambda: password, **kw)


def test_digest_answer_matches_the_rfc_example() -> None:
    """RFC 2617 §3.5's worked example (MD5, qop=auth), then the forms this check does not speak."""
    challenge = ('Digest realm="testrealm@host.com", qop="auth,auth-int", '
                 'nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"')
    answer = digest_authorization(challenge, "GET", "/dir/index.html", "Mufasa", "Circle Of Life", cnonce="0a4f113b")
    assert answer is not None
    assert 'response="6629fae49393a05397450978507c4ef1"' in answer and "qop=auth," in answer
    assert 'opaque="5ccc069c403ebaf9f0171e9517f40e41"' in answer and "Circle" not in answer
    assert digest_authorization('Digest realm="r", nonce="n", algorithm=SHA-512-256', "REGISTER", "sip:x",
                                "u", "p") is None
    assert digest_authorization('Basic realm="r"', "REGISTER", "sip:x", "u", "p") is None
    assert digest_authorization('Digest realm="r", nonce="n", qop="auth-int"', "REGISTER", "sip:x", "u", "p") is None


@pytest.mark.slow
def test_account_accepted_refused_untried_and_down_over_udp_and_tcp(kamailio: Kamailio) -> None:  # noqa: F811
    for transport in ("udp", "tcp"):
        ok = _check(kamailio, transport, USERS["1001"])
        assert ok.level == GREEN, ok.text
        assert ok.text.startswith("The PBX accepts your account (") and "not registered right now" in ok.text
        assert ok.facts["status"] == 200 and ok.facts["authenticated"] and ok.facts["ms"] > 0
        assert ok.facts["transport"] == transport and ok.facts["registered"] is False

        wrong = _check(kamailio, transport, "not-the-password")
        assert (wrong.level, wrong.text, wrong.facts["status"]) == (RED, REFUSED, 401)

        untried = _check(kamailio, transport, None)
        assert untried.level == AMBER and "could not be tried: no SIP password is saved" in untried.text
        assert "ms)" in untried.text
    # The query registered nothing: the PBX still lists no binding for the account.
    assert "not registered" in _check(kamailio, "udp", USERS["1001"]).text
    assert kamailio.count("REGISTER_ATTEMPT 1001") >= 6

    kamailio.stop()
    for transport in ("udp", "tcp"):
        down = _check(kamailio, transport, USERS["1001"], timeout_s=0.5)
        assert down.level == RED and "The PBX does not answer" in down.text
        assert _check(kamailio, transport, None, timeout_s=0.5).level == RED


@pytest.mark.slow
def test_a_registered_phone_is_seen_and_left_registered(kamailio: Kamailio,  # noqa: F811
                                                        baresip: Callable[..., Baresip]) -> None:  # noqa: F811
    phone = baresip(f"<sip:1002@{kamailio.registrar}>;auth_pass={USERS['1002']};regint=60")
    phone.wait_registered()
    line = _check(kamailio, "udp", USERS["1002"], ext="1002")
    assert line.level == GREEN and line.text.endswith("your phone is registered."), line.text
    assert line.facts["bindings"] == 1 and line.facts["registered"] is True
    again = _check(kamailio, "tcp", USERS["1002"], ext="1002")
    assert again.facts["bindings"] == 1           # the first query removed and added nothing
    phone.wait_registered(timeout=2)
    # Another account on the same PBX is not registered.
    assert "not registered" in _check(kamailio, "udp", USERS["1003"], ext="1003").text


@pytest.mark.slow
def test_tls_round_trip_verified_like_the_phone(tls_kamailio: tuple[Kamailio, Path]) -> None:  # noqa: F811
    k, ca = tls_kamailio
    registrar = f"127.0.0.1:{k.tls_port}"
    trusted = ssl.create_default_context(cafile=str(ca))
    line = precheck.check_registrar(registrar, "tls", extension="1001", sip_password=lambda: USERS["1001"],
                                    tls_context=trusted)
    assert line.level == GREEN and "accepts your account" in line.text and line.facts["transport"] == "tls"
    wrong = precheck.check_registrar(registrar, "tls", extension="1001", sip_password=lambda: "nope",
                                     tls_context=trusted)
    assert wrong.level == RED and wrong.text == REFUSED
    # This computer's own CAs do not know the PBX's: red, as the phone would fail to register.
    untrusted = precheck.check_registrar(registrar, "tls", extension="1001", sip_password=lambda: USERS["1001"])
    assert untrusted.level == RED and "certificate is not trusted" in untrusted.text


@pytest.mark.slow
def test_the_window_runs_the_round_trip_on_its_worker(kamailio: Kamailio, tmp_path: Path,  # noqa: F811
                                                      qtbot: Any) -> None:
    """Check my setup: the runner's thread makes the round trip (no pjsua2 in it) and the line
    reaches the window as a signal, saved for the zip."""
    from agent_console.diagnostics.precheck import CheckPlan
    from agent_console.diagnostics.precheck_runner import CheckRunner

    plan = CheckPlan(journal_path=tmp_path / "j.sqlite3", registrar=kamailio.registrar, transport="tcp",
                     extension="1001", sip_password=lambda: USERS["1001"], audio=False,
                     keyring_check=lambda: CheckLine("keyring", GREEN, "fine"))
    runner = CheckRunner(plan, log_dir=tmp_path / "log")
    with qtbot.waitSignal(runner.finished, timeout=20000):
        runner.start()
    [line] = [x for x in runner.lines if x.name == "registrar"]
    assert line.level == GREEN and "accepts your account" in line.text
    saved = json.loads((tmp_path / "log" / RESULT_FILE).read_text())
    assert USERS["1001"] not in json.dumps(saved)


def test_other_refusals_and_an_unknown_challenge(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentence for each kind of final answer, without a PBX (the round trip is replaced)."""
    from agent_console.diagnostics import precheck_register as reg

    answers: list[reg.RegisterResult] = []
    monkeypatch.setattr(reg, "register_query", lambda *a, **kw: answers.pop(0))
    cases = [(reg.RegisterResult(403, 3.0, "Forbidden"), RED, REFUSED),
             (reg.RegisterResult(401, 3.0, "Unauthorized", detail="no-digest"), AMBER, "sign-in this check cannot do"),
             (reg.RegisterResult(503, 3.0, "Service Unavailable"), RED, '"503 Service Unavailable"'),
             (reg.RegisterResult(200, 3.0, "OK", contacts=2), GREEN, "your phone is registered")]
    for result, level, text in cases:
        answers.append(result)
        line = precheck.check_registrar("pbx.example:5060", "udp", extension="1001", sip_password=lambda: "pw")
        assert line.level == level and text in line.text, line.text


def test_the_password_comes_from_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import agent_console.sync.credentials as creds

    asked: list[tuple[str, str]] = []

    def load(self: Any, extension: str, registrar: str) -> str | None:
        asked.append((extension, registrar))
        return None

    monkeypatch.setattr(creds.Credentials, "load_sip_password", load)
    assert precheck.stored_sip_password("1001", "pbx:5060") == (None, "none")
    assert asked == [("1001", "pbx:5060")]

    def broken(self: Any, extension: str, registrar: str) -> str | None:
        raise creds.CredentialError("locked with key sip:1001@pbx", "locked")

    monkeypatch.setattr(creds.Credentials, "load_sip_password", broken)
    assert precheck.stored_sip_password("1001", "pbx:5060") == (None, "keyring")
    monkeypatch.setattr(creds.Credentials, "load_sip_password", lambda self, e, r: "from-keyring")
    assert precheck.stored_sip_password("1001", "pbx:5060") == ("from-keyring", "")


def test_the_plan_carries_the_account_but_never_shows_the_password(tmp_path: Path) -> None:
    from agent_console.app.config import AppConfig

    plan = plan_from_config(AppConfig(registrar="pbx:5060", extension="1001"), tmp_path / "j",
                            sip_password=lambda: "typed-Secret-1")
    assert plan.extension == "1001" and plan.registrar == "pbx:5060"
    assert "typed-Secret-1" not in repr(plan) and "sip_password" not in repr(plan)


@pytest.mark.slow
def test_wrong_password_never_reaches_the_result_zip_or_logs(kamailio: Kamailio, tmp_path: Path,  # noqa: F811
                                                            qapp: Any, capsys: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """``agent-console --check`` with a wrong password in the (stand-in) keyring and DEBUG logging:
    the line is red, and no byte of precheck.json, the diagnostics zip or the log folder holds it."""
    import agent_console.sync.credentials as creds
    from agent_console.diagnostics.bundle import build_zip, offline_sections
    from agent_console.diagnostics.cli import run_check
    from agent_console.diagnostics.setup import start_logging

    secret = "wrong-Sip-Pass-4417"
    monkeypatch.setattr(creds.Credentials, "load_sip_password", lambda self, e, r: secret)
    monkeypatch.setattr(precheck, "check_keyring", lambda: CheckLine("keyring", GREEN, "fine"))
    log_dir = tmp_path / "log"
    start_logging("DEBUG", directory=log_dir)
    config = tmp_path / "c.ini"
    config.write_text(f"[account]\nregistrar = {kamailio.registrar}\nextension = 1001\n")
    assert run_check(config, tmp_path / "j.sqlite3", "en", log_dir=log_dir, audio=False) == 1
    out = capsys.readouterr().out
    assert REFUSED in out and secret not in out
    saved = json.loads((log_dir / RESULT_FILE).read_text())
    [line] = [x for x in saved["lines"] if x["name"] == "registrar"]
    assert line["level"] == RED and line["facts"]["status"] == 401

    zip_path = build_zip(tmp_path / "diag.zip", log_dir, offline_sections(config, tmp_path / "j.sqlite3"))
    with zipfile.ZipFile(zip_path) as z:
        assert "precheck.json" in z.namelist()
        for name in z.namelist():
            assert secret.encode() not in z.read(name), name
    for path in log_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    assert secret not in json.dumps(result_dict([precheck.check_registrar(
        kamailio.registrar, "udp", extension="1001", sip_password=lambda: secret)], "test"))


def test_query_to_a_silent_udp_port_gives_up_in_time() -> None:
    import socket
    import time

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:     # bound, never answers
        silent.bind(("127.0.0.1", 0))
        t0 = time.monotonic()
        result = register_query("127.0.0.1", silent.getsockname()[1], "127.0.0.1", "1001", "pw",
                                Transport.UDP, timeout_s=0.8)
        took = time.monotonic() - t0
        sent = 0
        silent.settimeout(0.1)
        try:
            while True:
                silent.recv(4096)
                sent += 1
        except OSError:
            pass
    assert result.status == 0 and result.detail == "timeout" and 0.7 < took < 2.0
    assert sent >= 2        # retransmitted after T1, as RFC 3261 asks over UDP
