"""A supervisor asks an agent's console for diagnostics (command kind ``diagnostics``): only for
agents of their teams, audited; the agent answers (declined, or accepted with their own upload)
and the supervisor sees the answer in the agent's day. Also the server policy's log level."""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path
from typing import Any

import pytest

from .kit import Api, recv_until, status

SUP = "/api/v1/supervisor"


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("logs/agent-console.log", "line")
    return buf.getvalue()


def _api(make_api: Any, tmp_path: Path) -> tuple[Api, dict[str, dict[str, str]]]:
    api: Api = make_api(diagnostics_dir=str(tmp_path / "uploads"))
    return api, api.setup_center()


def _ask(api: Api, who: dict[str, str], agent: str, reason: str | None = None) -> Any:
    return api.client.post(f"{SUP}/agents/{agent}/actions", json={"type": "diagnostics", "reason": reason},
                           headers=who)


def _answer(api: Api, who: dict[str, str], command_id: str, answer: str, upload_id: str | None = None) -> Any:
    return api.client.post(f"/api/v1/diagnostics/requests/{command_id}/answer",
                           json={"answer": answer, "upload_id": upload_id}, headers=who)


def test_only_a_supervisor_of_the_team_may_ask_and_it_is_audited(make_api: Any, tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    api, h = _api(make_api, tmp_path)
    caplog.set_level(logging.INFO, logger="agent_console.server.audit")
    r = _ask(api, h["sue"], "cat")
    assert r.status_code == 403 and r.json()["detail"] == "this agent is not in your teams"
    assert _ask(api, h["bob"], "ann").status_code == 403  # agents cannot ask
    with api.client.websocket_connect("/api/v1/live", headers=h["ann"]) as ws:
        recv_until(ws, lambda m: m["type"] == "snapshot")
        r = _ask(api, h["sue"], "ann", "no sound since 10:00")
        assert r.status_code == 201, r.text
        cmd = recv_until(ws, lambda m: m["type"] == "command")["command"]
    assert cmd["type"] == "diagnostics" and cmd["issued_by"] == "sue" and cmd["reason"] == "no sound since 10:00"
    assert "answer" not in cmd  # left out while unanswered
    assert _ask(api, h["ada"], "cat").status_code == 201  # an admin may ask anyone
    audited = [r.getMessage() for r in caplog.records if r.name == "agent_console.server.audit"]
    assert any("action diagnostics by 'sue' on 'ann'" in m for m in audited)
    assert not any("on 'cat'" in m and "'sue'" in m for m in audited)


def test_decline_is_recorded_and_shown_to_the_supervisor(make_api: Any, tmp_path: Path,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    api, h = _api(make_api, tmp_path)
    caplog.set_level(logging.INFO, logger="agent_console.server.audit")
    cmd = _ask(api, h["sue"], "ann").json()
    assert _answer(api, h["bob"], cmd["id"], "declined").status_code == 404  # not bob's request
    r = _answer(api, h["ann"], cmd["id"], "declined")
    assert r.status_code == 200, r.text
    assert r.json()["answer"] == "declined" and r.json()["answered_ms"]
    assert _answer(api, h["ann"], cmd["id"], "declined").status_code == 409
    day = api.client.get(f"{SUP}/agents/ann/day", headers=h["sue"]).json()
    assert [(a["type"], a["answer"], a.get("upload_id")) for a in day["actions"]] == [
        ("diagnostics", "declined", None)]
    assert any("declined by 'ann'" in r.getMessage() for r in caplog.records
               if r.name == "agent_console.server.audit")


def test_accept_names_the_agents_own_upload(make_api: Any, tmp_path: Path) -> None:
    api, h = _api(make_api, tmp_path)
    cmd = _ask(api, h["sue"], "ann").json()
    bobs = api.client.post("/api/v1/diagnostics", content=_zip(),
                           headers={**h["bob"], "Content-Type": "application/zip"}).json()
    assert _answer(api, h["ann"], cmd["id"], "accepted").status_code == 422  # no upload named
    assert _answer(api, h["ann"], cmd["id"], "accepted", bobs["id"]).status_code == 422  # not hers
    anns = api.client.post("/api/v1/diagnostics", content=_zip(),
                           headers={**h["ann"], "Content-Type": "application/zip"}).json()
    r = _answer(api, h["ann"], cmd["id"], "accepted", anns["id"])
    assert r.status_code == 200, r.text
    day = api.client.get(f"{SUP}/agents/ann/day", headers=h["sue"]).json()
    assert [(a["answer"], a["upload_id"]) for a in day["actions"]] == [("accepted", anns["id"])]
    message = api.client.post(f"{SUP}/agents/ann/actions", json={"type": "message", "text": "hi"},
                              headers=h["sue"]).json()
    assert _answer(api, h["ann"], message["id"], "declined").status_code == 404  # only diagnostics requests
    # the supervisor cannot read the upload (admins and the owner only)
    assert api.client.get(f"/api/v1/diagnostics/{anns['id']}", headers=h["sue"]).status_code == 404
    assert api.client.get(f"/api/v1/diagnostics/{anns['id']}", headers=h["ada"]).status_code == 200


def test_server_policy_sets_the_consoles_log_level(make_api: Any, tmp_path: Path) -> None:
    api, h = _api(make_api, tmp_path)
    prov = api.client.get("/api/v1/me/provisioning", headers=h["ann"]).json()
    assert prov["policy"]["log_level"] is None  # unset: the console keeps its own
    r = api.client.put("/api/v1/admin/policy/team?ref=north", json={"log_level": "DEBUG", "locked": ["log_level"]},
                       headers=h["ada"])
    assert r.status_code == 200, r.text
    prov = api.client.get("/api/v1/me/provisioning", headers=h["ann"]).json()
    assert prov["policy"]["log_level"] == "DEBUG" and "log_level" in prov["locked"]
    assert api.client.get("/api/v1/me/provisioning", headers=h["cat"]).json()["policy"]["log_level"] is None
    r = api.client.put("/api/v1/admin/policy/team?ref=north", json={"log_level": "LOUD"}, headers=h["ada"])
    assert r.status_code == 422


def test_an_unanswered_command_carries_no_answer_fields() -> None:
    """Consoles that predate the answer fields refuse unknown fields: a message, forced status or
    logout must look to them as it always did."""
    from agent_console.protocol import Command

    cmd = Command(id="c", agent="ann", type="message", text="hi", status=None, reason=None, issued_by="sue",
                  created_ms=1)
    assert set(cmd.model_dump()) == {"id", "agent", "type", "text", "status", "reason", "issued_by", "created_ms"}
    answered = cmd.model_copy(update={"type": "diagnostics", "answer": "declined", "answered_ms": 2})
    assert Command.model_validate_json(answered.model_dump_json()) == answered


def test_the_answer_is_pushed_to_the_teams_supervisors_only(make_api: Any, tmp_path: Path) -> None:
    api, h = _api(make_api, tmp_path)
    api.user("tom", "supervisor", ("south",))
    tom = api.login("tom")
    cmd = _ask(api, h["sue"], "ann").json()
    with api.client.websocket_connect("/api/v1/live", headers=h["sue"]) as sue_ws, \
            api.client.websocket_connect("/api/v1/live", headers=tom) as tom_ws, \
            api.client.websocket_connect("/api/v1/live", headers=h["bob"]) as bob_ws:
        for ws in (sue_ws, tom_ws, bob_ws):
            recv_until(ws, lambda m: m["type"] == "snapshot")
        assert _answer(api, h["ann"], cmd["id"], "declined").status_code == 200
        pushed = recv_until(sue_ws, lambda m: m["type"] == "command_answer")["command"]
        assert pushed["id"] == cmd["id"] and pushed["agent"] == "ann" and pushed["answer"] == "declined"
        # a message after it: whoever did not get the answer gets this first
        api.client.post(f"{SUP}/agents/cat/actions", json={"type": "message", "text": "x"}, headers=h["ada"])
        api.client.post(f"{SUP}/agents/bob/actions", json={"type": "message", "text": "x"}, headers=h["sue"])
        assert recv_until(bob_ws, lambda m: m["type"] in ("command", "command_answer"))["type"] == "command"
        api.post_events(h["cat"], status("cat", "available"))
        assert recv_until(tom_ws, lambda m: m["type"] in ("agent", "command_answer"))["type"] == "agent"
