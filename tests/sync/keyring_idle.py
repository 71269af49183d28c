"""Run under scripts/services/keyring.sh by test_keyring_helper.py: the real Console in plain mode
reads the SIP password stored in a real Secret Service, and the keyring stack stays out of its process.

Prints one JSON line: the password the phone was started with, and which keyring modules the
console's process holds before and after that read."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

KEYRING_STACK = ("keyring", "secretstorage", "jeepney", "cryptography")


def loaded() -> list[str]:
    return sorted(m for m in KEYRING_STACK if m in sys.modules)


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from agent_console.app.config import AppConfig
    from agent_console.app.console import Console
    from agent_console.phone.fake import FakePhone
    from agent_console.sync.credentials import Credentials

    Credentials("").save_sip_password("1001", "127.0.0.1:5999", "sip-idle-s3cret")  # as Settings stores it
    stored = loaded()
    tmp = Path(tempfile.mkdtemp())
    (tmp / "agent-console.ini").touch()
    phone = FakePhone()
    console = Console(app, AppConfig(agent="a1", registrar="127.0.0.1:5999", extension="1001"),
                      tmp / "agent-console.ini", journal_path=tmp / "journal.sqlite3", phone=phone)
    console.start()

    def check() -> None:
        if phone.account is not None:
            app.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    password = phone.account.password if phone.account is not None else None
    console._closed = True
    console.shutdown()
    print(json.dumps({"password": password, "after_save": stored, "after_read": loaded()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
