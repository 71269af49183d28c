"""``/diagnostics``: uploads of diagnostics zips, their limits and who may read them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from .kit import Api


def _zip(text: str = "log line") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("logs/agent-console.log", text)
    return buf.getvalue()


def _api(make_api: Any, tmp_path: Path, **kw: Any) -> Api:
    api: Api = make_api(diagnostics_dir=str(tmp_path / "uploads"), **kw)
    api.user("aigerim")
    api.user("bolat")
    api.user("it", role="admin")
    return api


def _post(api: Api, headers: dict[str, str], data: bytes) -> Any:
    return api.client.post("/api/v1/diagnostics", content=data,
                           headers={**headers, "Content-Type": "application/zip"})


def test_agent_uploads_and_only_admin_or_owner_reads(make_api: Any, tmp_path: Path) -> None:
    api = _api(make_api, tmp_path)
    a, b, admin = api.login("aigerim"), api.login("bolat"), api.login("it")
    r = _post(api, a, _zip("aigerim's log"))
    assert r.status_code == 201, r.text
    upload = r.json()
    assert upload["username"] == "aigerim" and upload["size"] > 0
    assert [u["id"] for u in api.client.get("/api/v1/diagnostics", headers=a).json()] == [upload["id"]]
    assert api.client.get("/api/v1/diagnostics", headers=b).json() == []  # bolat sees none of hers
    assert api.client.get(f"/api/v1/diagnostics/{upload['id']}", headers=b).status_code == 404
    assert [u["id"] for u in api.client.get("/api/v1/diagnostics", headers=admin).json()] == [upload["id"]]
    got = api.client.get(f"/api/v1/diagnostics/{upload['id']}", headers=admin)
    assert got.status_code == 200
    with zipfile.ZipFile(io.BytesIO(got.content)) as zf:
        assert zf.read("logs/agent-console.log") == b"aigerim's log"
    assert api.client.get(f"/api/v1/diagnostics/{upload['id']}", headers=a).status_code == 200
    assert api.client.get("/api/v1/diagnostics/../../etc", headers=admin).status_code == 404
    assert api.client.get("/api/v1/diagnostics").status_code == 401


def test_size_type_and_rate_limits(make_api: Any, tmp_path: Path) -> None:
    api = _api(make_api, tmp_path, diagnostics_max_bytes=4096, diagnostics_per_user_per_hour=2)
    a, b = api.login("aigerim"), api.login("bolat")
    assert _post(api, a, _zip() + b"x" * 5000).status_code == 413
    assert _post(api, a, b"not a zip at all").status_code == 415
    assert _post(api, a, _zip()).status_code == 201
    assert _post(api, a, _zip()).status_code == 201
    third = _post(api, a, _zip())
    assert third.status_code == 429 and third.headers.get("Retry-After")
    assert _post(api, b, _zip()).status_code == 201  # the limit is per user
    assert len(list((tmp_path / "uploads").rglob("*.zip"))) == 3


def test_cli_lists_and_copies_uploads(make_api: Any, tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    from agent_console.server import cli

    api = _api(make_api, tmp_path)
    up = _post(api, api.login("aigerim"), _zip("for IT")).json()
    monkeypatch.setenv("AGENT_CONSOLE_SERVER_DIAGNOSTICS_DIR", str(tmp_path / "uploads"))
    assert cli.main(["list-diagnostics"]) == 0
    assert f"{up['id']}\taigerim\t{up['size']}" in capsys.readouterr().out
    out = tmp_path / "copy.zip"
    assert cli.main(["get-diagnostics", up["id"], "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        assert zf.read("logs/agent-console.log") == b"for IT"
    assert cli.main(["get-diagnostics", "0000000000000-0000000000000000", "--out", str(out)]) == 2
