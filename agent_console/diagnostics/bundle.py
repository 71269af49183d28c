"""The diagnostics zip: pure functions that gather facts and write them, redacted, into one file.

Sections are plain JSON-able values, so the running console (which knows the phone's devices,
registration and last call) and ``agent-console --diagnostics PATH`` (which knows only files on
disk) build the same zip from what each has. Every member, log files included, passes
:func:`.redact.redact_bytes` on its way into the zip.
"""

from __future__ import annotations

import json
import platform
import re
import sqlite3
import sys
import time
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from agent_console.diagnostics.crash import FATAL_LOG, pending_reports
from agent_console.diagnostics.logs import log_files
from agent_console.diagnostics.precheck_result import load_result
from agent_console.diagnostics.redact import redact, redact_bytes

MAX_LOG_BYTES = 8 * 1024 * 1024
"""Newest log bytes taken into the zip (older rotated files are dropped first)."""


def _pjsua2_openssl() -> str:
    """The OpenSSL the pjsua2 wheel bundles (its own copy, not Python's): from the library's name."""
    try:
        import pjsua2

        libs = Path(pjsua2.__file__).resolve().parent.parent / "pjsua2_python.libs"
        for lib in sorted(libs.glob("libssl*")):
            m = re.search(r"\.so\.([\w.]+)$", lib.name) or re.search(r"([\d.]+[a-z]?)", lib.name)
            return f"OpenSSL {m.group(1)}" if m else lib.name
    except Exception:
        pass
    return "unknown"


def versions() -> dict[str, str]:
    """App, Python, Qt, pjsua2 and its OpenSSL, the OS."""
    import ssl
    from importlib import metadata

    from agent_console import __version__

    out = {"app": __version__, "python": sys.version.split()[0], "python_openssl": ssl.OPENSSL_VERSION,
           "os": platform.platform(), "machine": platform.machine()}
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        out["pyside6"] = PySide6.__version__
        out["qt"] = qVersion()
    except ImportError:
        out["qt"] = "not installed"
    try:
        out["pjsua2"] = metadata.version("pjsua2-python")
    except metadata.PackageNotFoundError:
        out["pjsua2"] = "not installed"
    out["pjsua2_openssl"] = _pjsua2_openssl()
    return out


def network_interfaces() -> list[dict[str, Any]]:
    """Interfaces with their state and addresses (Qt's view, the same on every platform)."""
    try:
        from PySide6.QtNetwork import QNetworkInterface
    except ImportError:
        return []
    out = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        out.append({
            "name": iface.name(),
            "up": bool(flags & QNetworkInterface.InterfaceFlag.IsUp),
            "running": bool(flags & QNetworkInterface.InterfaceFlag.IsRunning),
            "loopback": bool(flags & QNetworkInterface.InterfaceFlag.IsLoopBack),
            "type": iface.type().name,
            "mtu": iface.maximumTransmissionUnit(),
            "addresses": [e.ip().toString() for e in iface.addressEntries()],
        })
    return out


def settings_with_sources(config_path: Path | None, server: Mapping[str, Any] | None = None,
                          server_locked: frozenset[str] = frozenset()) -> dict[str, dict[str, Any]]:
    """Each setting's effective value and where it comes from: default, machine, server or user
    (``server`` is the server policy's values the running console received, if any)."""
    from agent_console.app.config import _KEYS, load_config, read_machine_policy

    config, _ = load_config(config_path)
    machine = read_machine_policy()
    out: dict[str, dict[str, Any]] = {}
    for name, f in _KEYS.items():
        value = getattr(config, name)
        source = "default"
        if name in machine.values:
            source = "machine"
        if server and name in server and name not in machine.locked:
            source, value = "server", server[name]
        if name in config.user_set and name not in server_locked:
            source, value = "user", getattr(config, name)
        out[name] = {"value": value, "source": source,
                     "locked": name in config.locked or name in server_locked}
        if f.default == value and source != "default":
            out[name]["same_as_default"] = True
    return out


def journal_statistics(path: Path | None) -> dict[str, Any]:
    """Events, events waiting in the outbox, and the newest event the server has (a proxy for the
    last successful sync). Read-only: never creates or repairs the journal."""
    if path is None or not path.is_file():
        return {"present": False}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        try:
            events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            waiting = conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
            oldest = conn.execute(
                "SELECT MIN(e.at_ms) FROM outbox o JOIN events e ON e.seq = o.seq").fetchone()[0]
            synced = conn.execute(
                "SELECT MAX(at_ms) FROM events WHERE seq NOT IN (SELECT seq FROM outbox)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return {"present": True, "error": str(exc)}

    def iso(ms: int | None) -> str | None:
        return None if ms is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms / 1000))

    return {"present": True, "size_bytes": path.stat().st_size, "events": events, "outbox_waiting": waiting,
            "oldest_waiting": iso(oldest), "newest_synced_event": iso(synced)}


def _log_members(log_dir: Path) -> list[tuple[str, bytes]]:
    budget = MAX_LOG_BYTES
    members: list[tuple[str, bytes]] = []
    for f in reversed(log_files(log_dir)):  # newest first, so the budget keeps the recent ones
        data = f.read_bytes()
        if len(data) > budget:
            data = data[-budget:]
        budget -= len(data)
        members.append((f"logs/{f.name}", data))
        if budget <= 0:
            break
    fatal = log_dir / FATAL_LOG
    if fatal.is_file() and fatal.stat().st_size:
        members.append((f"crashes/{FATAL_LOG}", fatal.read_bytes()))
    members += [(f"crashes/{p.name}", p.read_bytes()) for p in pending_reports(log_dir)]
    return members


def build_zip(dest: Path, log_dir: Path | None, sections: Mapping[str, Any]) -> Path:
    """Write the zip at ``dest``: ``<section>.json`` for each section, the log files and crash
    reports. ``sip_messages`` (a list of strings) is also written as ``sip_messages.txt``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    latest_check = load_result(log_dir)
    if latest_check is not None and "precheck" not in sections:
        sections = {**sections, "precheck": latest_check}     # the last pre-shift check, if one ran
    tmp = dest.with_name(dest.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        manifest = {"created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "sections": sorted(sections)}
        zf.writestr("manifest.json", redact(json.dumps(manifest, indent=2)))
        for name, value in sections.items():
            zf.writestr(f"{name}.json", redact(json.dumps(value, indent=2, ensure_ascii=False, default=str)))
        messages = sections.get("sip_messages")
        if isinstance(messages, list):
            zf.writestr("sip_messages.txt", redact("\n\n".join(str(m) for m in messages)))
        if log_dir is not None and log_dir.is_dir():
            for arcname, data in _log_members(log_dir):
                zf.writestr(arcname, redact_bytes(data))
    tmp.replace(dest)
    return dest


def offline_sections(config_path: Path | None, journal_path: Path | None) -> dict[str, Any]:
    """What can be gathered without a running console (``agent-console --diagnostics``)."""
    return {
        "versions": versions(),
        "network_interfaces": network_interfaces(),
        "settings": settings_with_sources(config_path),
        "journal": journal_statistics(journal_path),
    }
