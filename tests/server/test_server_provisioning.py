"""GET /me/provisioning: SIP account and layered, lockable policy values."""

from __future__ import annotations

from .kit import Api


def test_defaults_then_layers(lite: Api) -> None:
    h = lite.setup_center()
    p = lite.client.get("/api/v1/me/provisioning", headers=h["ann"]).json()
    assert p["sip"] is None and p["policy"]["wrapup_s"] == 30 and p["locked"] == []
    assert p["heartbeat_timeout_s"] == 10
    ada = h["ada"]
    sip = {"registrar": "sip.hotline.kz", "transport": "tls", "extension": "2001", "password": "s1p-pass",
           "display_name": "Ann"}
    assert lite.client.put("/api/v1/admin/users/ann/sip", json=sip, headers=ada).status_code == 204
    assert lite.client.put("/api/v1/admin/policy/global", json={"wrapup_s": 45, "locked": ["wrapup_s"]},
                           headers=ada).status_code == 200
    team_layer = {"dispositions": ["a", "b"], "locked": ["dispositions"]}
    assert lite.client.put("/api/v1/admin/policy/team?ref=north", json=team_layer, headers=ada).status_code == 200
    assert lite.client.put("/api/v1/admin/policy/agent?ref=ann", json={"wrapup_s": 10}, headers=ada).status_code == 200
    p = lite.client.get("/api/v1/me/provisioning", headers=h["ann"]).json()
    assert p["sip"] == sip
    assert p["policy"]["wrapup_s"] == 10 and p["policy"]["dispositions"] == ["a", "b"]
    assert p["locked"] == ["dispositions", "wrapup_s"]
    cat = lite.client.get("/api/v1/me/provisioning", headers=h["cat"]).json()
    assert cat["sip"] is None and cat["policy"]["wrapup_s"] == 45 and cat["policy"]["dispositions"] != ["a", "b"]


def test_policy_validation(lite: Api) -> None:
    h = lite.setup_center()
    ada = h["ada"]
    assert lite.client.put("/api/v1/admin/policy/galaxy", json={}, headers=ada).status_code == 422
    assert lite.client.put("/api/v1/admin/policy/team?ref=nowhere", json={}, headers=ada).status_code == 404
    assert lite.client.put("/api/v1/admin/policy/global", json={"wrapup_s": -1}, headers=ada).status_code == 422
    assert lite.client.put("/api/v1/admin/policy/global", json={"locked": ["bogus"]}, headers=ada).status_code == 422
    assert lite.client.put("/api/v1/admin/policy/global", json={"colour": 1}, headers=ada).status_code == 422
    bad_sip = {"registrar": "x", "transport": "carrier-pigeon", "extension": "1", "password": "p"}
    assert lite.client.put("/api/v1/admin/users/ann/sip", json=bad_sip, headers=ada).status_code == 422


def test_admin_creates_users(lite: Api) -> None:
    h = lite.setup_center()
    ada = h["ada"]
    body = {"username": "sam", "role": "supervisor", "teams": ["north", "south"], "password": "long enough pw"}
    r = lite.client.post("/api/v1/admin/users", json=body, headers=ada)
    assert r.status_code == 201 and r.json()["teams"] == ["north", "south"]
    assert lite.client.post("/api/v1/admin/users", json=body, headers=ada).status_code == 409
    sam = lite.login("sam", "long enough pw")
    assert set(lite.board(sam)) == {"ann", "bob", "cat"}
    for bad in ({**body, "username": "bad name!"}, {**body, "username": "x2", "role": "agent"},
                {**body, "username": "x3", "role": "agent", "teams": []}, {**body, "password": "short"}):
        assert lite.client.post("/api/v1/admin/users", json=bad, headers=ada).status_code == 422, bad
