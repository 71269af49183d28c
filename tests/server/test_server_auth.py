"""Login, tokens, logout, disable, rate limiting, no enumeration, audit logging."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy import select, update

from agent_console.server.models import AuthToken, User
from agent_console.server.security import LoginLimiter
from agent_console.server.services.auth import RevocationWatch

from .kit import PASSWORD, Api


def test_login_returns_role_team_and_token_is_stored_hashed(lite: Api) -> None:
    lite.user("ann")
    r = lite.client.post("/api/v1/auth/login", json={"username": "ann", "password": PASSWORD})
    assert r.status_code == 200
    body = r.json()
    assert body["role"] == "agent" and body["team"] == "north" and body["token_type"] == "bearer"
    token = body["access_token"]
    with lite.ctx.db.read() as s:
        stored = s.scalars(select(AuthToken.token_hash)).all()
        pw_hash = s.scalar(select(User.password_hash))
    assert token not in stored and len(stored[0]) == 64
    assert pw_hash.startswith("$argon2id$") and PASSWORD not in pw_hash
    me = lite.client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert me["username"] == "ann" and me["teams"] == ["north"]


def test_no_user_enumeration(lite: Api) -> None:
    lite.user("ann")
    lite.user("gone")
    with lite.ctx.db.write() as s:
        s.execute(update(User).where(User.username == "gone").values(active=False))
    answers = [
        lite.client.post("/api/v1/auth/login", json={"username": u, "password": p})
        for u, p in (("ann", "wrong password"), ("nobody", "wrong password"), ("gone", PASSWORD))
    ]
    assert {a.status_code for a in answers} == {401}
    assert len({a.text for a in answers}) == 1


def test_logout_revokes_and_replay_fails(lite: Api) -> None:
    lite.user("ann")
    h = lite.login("ann")
    assert lite.client.post("/api/v1/auth/logout", headers=h).status_code == 204
    assert lite.client.get("/api/v1/me", headers=h).status_code == 401
    assert lite.client.post("/api/v1/auth/logout", headers=h).status_code == 401


def test_expired_token_is_refused(lite: Api) -> None:
    lite.user("ann")
    h = lite.login("ann")
    with lite.ctx.db.write() as s:
        s.execute(update(AuthToken).values(expires_ms=1))
    r = lite.client.get("/api/v1/me", headers=h)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


def test_disabling_a_user_revokes_tokens(lite: Api) -> None:
    h = lite.setup_center()
    r = lite.client.post("/api/v1/admin/users/ann/disable", headers=h["ada"])
    assert r.status_code == 204
    assert lite.client.get("/api/v1/me", headers=h["ann"]).status_code == 401
    with lite.ctx.db.write() as s:  # even re-enabled, the old tokens stay dead
        s.execute(update(User).where(User.username == "ann").values(active=True))
    assert lite.client.get("/api/v1/me", headers=h["ann"]).status_code == 401


def test_revocations_by_any_writer_reach_the_cache(make_api: Any) -> None:
    """A revocation written without the live bus (the CLI, another tool) is found by the poll,
    also when its writer's clock or commit lagged behind the previous poll."""
    api: Api = make_api(revocation_sweep_s=3600)  # the app's own loop stays out of the way
    api.user("ann")
    api.user("bob")
    ann, bob = api.login("ann"), api.login("bob")
    watch = RevocationWatch(api.ctx)
    assert watch.poll() == 0
    assert api.client.get("/api/v1/me", headers=ann).status_code == 200  # cached from here on
    assert api.client.get("/api/v1/me", headers=bob).status_code == 200
    late = api.ctx.clock() - 30_000
    with api.ctx.db.write() as s:
        s.execute(update(AuthToken).where(AuthToken.user_id == select(User.id).where(User.username == "ann")
                                          .scalar_subquery()).values(revoked_ms=late))
    assert api.client.get("/api/v1/me", headers=ann).status_code == 200  # the cache cannot know yet
    assert watch.poll() == 1
    assert api.client.get("/api/v1/me", headers=ann).status_code == 401
    assert api.client.get("/api/v1/me", headers=bob).status_code == 200
    assert watch.poll() == 0  # each revocation is handled once


@pytest.mark.parametrize("header", ["", "Bearer", "Basic abc", "Bearer " + "x" * 300, "Bearer nope"])
def test_malformed_auth_headers(lite: Api, header: str) -> None:
    assert lite.client.get("/api/v1/me", headers={"Authorization": header}).status_code == 401


def test_login_rate_limited_per_user_and_address(make_api: object) -> None:
    api: Api = make_api(login_max_per_pair=3)  # type: ignore[operator]
    api.user("ann")
    for _ in range(3):
        r = api.client.post("/api/v1/auth/login", json={"username": "ann", "password": "bad password"})
        assert r.status_code == 401
    r = api.client.post("/api/v1/auth/login", json={"username": "ann", "password": PASSWORD})
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


def test_limiter_cannot_lock_out_owner_from_known_address() -> None:
    t = [0.0]
    lim = LoginLimiter(window_s=60, per_pair=5, per_address=30, per_user=10, clock=lambda: t[0])
    lim.succeeded("ann", "10.0.0.7")  # ann's usual machine
    for i in range(50):  # distributed guessing from 50 addresses
        lim.failed("ann", f"203.0.113.{i}")
    assert lim.retry_after("ann", "198.51.100.1") is not None  # a new address is slowed down
    assert lim.retry_after("ann", "10.0.0.7") is None  # the owner is not locked out
    t[0] = 61
    assert lim.retry_after("ann", "198.51.100.1") is None  # and it heals by itself


def test_limiter_per_address_spray() -> None:
    lim = LoginLimiter(window_s=60, per_pair=5, per_address=4, per_user=100, clock=lambda: 0.0)
    for i in range(4):
        lim.failed(f"user{i}", "203.0.113.9")
    assert lim.retry_after("someone", "203.0.113.9") is not None
    assert lim.retry_after("someone", "203.0.113.10") is None


def test_logins_and_denials_are_logged_without_secrets(lite: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="agent_console.server.audit")
    h = lite.setup_center()
    token = h["ann"]["Authorization"].split()[1]
    lite.client.post("/api/v1/auth/login", json={"username": "ann", "password": "secret-guess-123"})
    lite.client.get("/api/v1/agents", headers=h["ann"])
    lite.client.get("/api/v1/me", headers={"Authorization": "Bearer forged-token-value"})
    text = caplog.text
    assert "login ok user='ann'" in text and "login failed user='ann'" in text
    assert "denied 403 GET /api/v1/agents user='ann'" in text
    assert "denied 401 GET /api/v1/me" in text
    for secret in (PASSWORD, "secret-guess-123", token, "forged-token-value"):
        assert secret not in text
