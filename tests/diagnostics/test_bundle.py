"""The diagnostics zip's contents: versions, settings with their source, journal statistics, logs, crashes."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path
from typing import Any

from agent_console.app import config as cfg
from agent_console.diagnostics.bundle import build_zip, journal_statistics, offline_sections
from agent_console.diagnostics.cli import export_offline
from agent_console.diagnostics.logs import install_file_logging
from agent_console.domain.events import DomainEvent
from agent_console.journal.store import Journal
from agent_console.protocol import EventKind


def _policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.ini"
    path.write_text("[server]\nserver_url=https://acd.example\n[diagnostics]\nlog_level=WARNING\n"
                    "[policy]\nlocked=log_level\n")
    return path


def test_settings_carry_their_source(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", _policy(tmp_path))
    user = tmp_path / "user.ini"
    user.write_text("[ui]\ntheme=dark\n[diagnostics]\nlog_level=DEBUG\n")
    settings = offline_sections(user, None)["settings"]
    assert settings["theme"] == {"value": "dark", "source": "user", "locked": False}
    assert settings["server_url"]["source"] == "machine" and settings["server_url"]["value"] == "https://acd.example"
    assert settings["log_level"] == {"value": "WARNING", "source": "machine", "locked": True}  # user can't override
    assert settings["wrapup_s"]["source"] == "default"


def test_journal_statistics_count_waiting_events(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "j.sqlite3")
    events = [DomainEvent(EventKind.STATUS_CHANGED, 1000 + n, n, {"status": "available"}) for n in range(3)]
    envs = journal.append("aigerim", events)
    journal.ack([envs[0].event_id])
    journal.close()
    stats = journal_statistics(tmp_path / "j.sqlite3")
    assert stats["events"] == 3 and stats["outbox_waiting"] == 2
    assert stats["newest_synced_event"] and stats["oldest_waiting"]
    assert journal_statistics(tmp_path / "missing.sqlite3") == {"present": False}


def test_zip_holds_sections_logs_and_crash_reports(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", tmp_path / "none.ini")
    logs = install_file_logging(logging.INFO, tmp_path / "logs")
    logging.getLogger("agent_console.test").warning("something IT should see")
    (logs / "crash-20260101-000000-000000001.txt").write_text("Traceback: boom")
    dest = tmp_path / "out" / "d.zip"
    assert export_offline(dest, tmp_path / "user.ini", tmp_path / "j.sqlite3", log_dir=logs) == 0
    with zipfile.ZipFile(dest) as zf:
        names = set(zf.namelist())
        assert {"manifest.json", "versions.json", "settings.json", "journal.json", "network_interfaces.json",
                "logs/agent-console.log", "crashes/crash-20260101-000000-000000001.txt"} <= names
        versions = json.loads(zf.read("versions.json"))
        assert versions["pjsua2_openssl"].startswith("OpenSSL") and versions["qt"]
        assert "something IT should see" in zf.read("logs/agent-console.log").decode()
        assert any(i["loopback"] for i in json.loads(zf.read("network_interfaces.json")))
    assert not list(dest.parent.glob("*.part"))


def test_sip_messages_are_written_readable(tmp_path: Path) -> None:
    dest = build_zip(tmp_path / "d.zip", None, {"sip_messages": ["SIP/2.0 401 Unauthorized\r\n"
                                                                 'WWW-Authenticate: Digest nonce="n1"']})
    with zipfile.ZipFile(dest) as zf:
        text = zf.read("sip_messages.txt").decode()
    assert "401 Unauthorized" in text and "n1" not in text


def test_settings_from_the_server_show_source_server(tmp_path: Path, monkeypatch: Any) -> None:
    """What the running console received from the server's provisioning is marked ``server``; a key
    the machine policy locks stays the machine's, the user's own value wins unless the server locks it."""
    from agent_console.app.diagnostics_wiring import server_settings
    from agent_console.domain.policy import Policy
    from agent_console.phone.api import SipAccountConfig, Transport
    from agent_console.sync.provisioning import ProvisionedConfig

    monkeypatch.setattr(cfg, "MACHINE_POLICY_INI", _policy(tmp_path))
    user = tmp_path / "user.ini"
    user.write_text("[policy]\nbreak_budget_s=1800\nwrapup_s=45\n")
    provisioned = ProvisionedConfig(
        username="aigerim", team="north", policy=Policy(wrapup_s=15, break_budget_s=3600),
        sip=SipAccountConfig(registrar="pbx.example", extension="1001", password="s3cret-sip",
                             transport=Transport.TLS),
        locked=frozenset({"wrapup_s"}), log_level="DEBUG")
    server = server_settings(provisioned)
    assert "s3cret-sip" not in json.dumps(server)
    settings = offline_sections(user, None)["settings"]
    assert settings["wrapup_s"]["source"] == "user"  # offline: no server values known
    from agent_console.diagnostics.bundle import settings_with_sources

    settings = settings_with_sources(user, server, provisioned.locked)
    assert settings["wrapup_s"] == {"value": 15, "source": "server", "locked": True}  # the server locks it
    assert settings["break_budget_s"] == {"value": 1800, "source": "user", "locked": False}
    assert settings["registrar"] == {"value": "pbx.example", "source": "server", "locked": False}
    assert settings["transport"]["value"] == "tls" and settings["transport"]["source"] == "server"
    assert settings["log_level"] == {"value": "WARNING", "source": "machine", "locked": True}  # machine lock wins
    assert settings["server_url"]["source"] == "machine" and settings["theme"]["source"] == "default"
