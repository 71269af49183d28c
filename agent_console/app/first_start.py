"""The first start of the real console without a PBX: guide the operator instead of quietly
running in direct mode ("Phone ready (direct calls, no PBX)" looked finished and asked nothing).

- A server is known (IT's config names it): signing in brings the SIP account by provisioning;
  the sync client asks for the sign-in itself, the window says why it matters.
- No server either: Settings opens on the phone account, with a sentence saying what to enter.

"First start" means no settings file yet: once the operator saves Settings (even keeping direct
calls on purpose), it is not asked again. The demo never asks (it needs no PBX).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from agent_console.app.config import AppConfig


def needs_guide(config: AppConfig, config_path: Path | None, demo: bool) -> bool:
    return not demo and not config.registrar and config_path is not None and not config_path.exists()


def sign_in_text() -> str:
    return QCoreApplication.translate(
        "Console", "Sign in to the server to get your phone account: no PBX is set on this computer yet.")


def settings_intro_text() -> str:
    return QCoreApplication.translate(
        "Console", "Welcome! To take calls, enter the phone account IT gave you: the PBX address, your "
                   "extension and its password. Without a PBX, Agent Console takes direct calls only.")
