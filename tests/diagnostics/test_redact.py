"""The redaction patterns and the known-secret net."""

from __future__ import annotations

from agent_console.diagnostics.redact import REDACTED, redact, remember_secret

REGISTER = (
    "REGISTER sip:pbx.example SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK1\r\n"
    'Authorization: Digest username="1001", realm="pbx", nonce="abc", response="0123456789abcdef"\r\n'
    'Proxy-Authorization: Digest username="1001", response="fedcba"\r\n'
    "Content-Length: 0\r\n")
CHALLENGE = 'SIP/2.0 401 Unauthorized\r\nWWW-Authenticate: Digest realm="pbx", nonce="n0nce", qop="auth"\r\n'


def test_sip_auth_headers_lose_their_values_and_keep_the_rest() -> None:
    out = redact(REGISTER + CHALLENGE)
    assert "0123456789abcdef" not in out and "fedcba" not in out and "n0nce" not in out
    assert f"Authorization: {REDACTED}" in out and f"WWW-Authenticate: {REDACTED}" in out
    assert "Via: SIP/2.0/UDP 10.0.0.5:5060" in out and "401 Unauthorized" in out


def test_pairs_bearer_and_url_passwords() -> None:
    out = redact('login {"password": "pw-123", "access_token":"tok.abc"} Authorization=Bearer xyz.987 '
                 "db postgresql://app:dbpw!@db.example/agents token=t0k&x=1")
    for secret in ("pw-123", "tok.abc", "xyz.987", "dbpw!", "t0k"):
        assert secret not in out
    assert "db.example/agents" in out and "x=1" in out


def test_known_secrets_are_removed_wherever_they_appear() -> None:
    remember_secret("Kx9!plain secret")
    out = redact("odd message mentioning Kx9!plain secret and Kx9%21plain%20secret in a URL")
    assert "Kx9" not in out
    remember_secret("abc")  # too short to redact literally: ordinary words stay readable
    assert redact("abcdef") == "abcdef"
