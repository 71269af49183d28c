"""Screenshots of the "Check my setup" window in Kazakh and Russian, under a private Xvfb.

    .venv/bin/python scripts/precheck_screenshots.py [OUT_DIR]   (default docs/screenshots)

The check runs for real against local parts: the test PulseAudio (scripts/services/pulseaudio.sh:
a silent microphone, null sinks as headset and speakers), a SIP responder on UDP as the PBX, a
STUN responder, nothing listening on the server's port (a red line). Writes
check-asking-<lang>.png (the window asking whether the tone was heard) and check-done-<lang>.png.
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import start_xvfb  # noqa: E402


def udp_responder(answer: bytes | None) -> int:
    """A UDP port that answers SIP with ``answer`` (``None``: STUN Binding with the peer's address)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))

    def serve() -> None:
        magic = 0x2112A442
        while True:
            data, peer = sock.recvfrom(2048)
            if answer is not None:
                # a registrar without authentication: the request's dialog headers copied back, and
                # the phone's binding listed (a REGISTER query: "your phone is registered")
                copied = [x for x in data.split(b"\r\n")
                          if x.split(b":", 1)[0].lower() in (b"via", b"from", b"to", b"call-id", b"cseq")]
                sock.sendto(b"\r\n".join([answer, *copied, b"Contact: <sip:1001@192.0.2.10:5060>;expires=240",
                                           b"Content-Length: 0", b"", b""]), peer)
                continue
            addr = bytes(a ^ b for a, b in zip(socket.inet_aton(peer[0]), struct.pack("!I", magic), strict=True))
            attr = struct.pack("!HHBBH4s", 0x0020, 8, 0, 1, peer[1] ^ (magic >> 16), addr)
            sock.sendto(struct.pack("!HHI12s", 0x0101, len(attr), magic, data[8:20]) + attr, peer)

    threading.Thread(target=serve, daemon=True).start()
    return int(sock.getsockname()[1])


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    pulse_dir = Path(tempfile.mkdtemp(prefix="ac-pulse-shots-"))
    script = ROOT / "scripts" / "services" / "pulseaudio.sh"
    started = subprocess.run(["bash", str(script), "start", str(pulse_dir)], capture_output=True, text=True,
                             check=True, timeout=30)
    os.environ["PULSE_SERVER"] = started.stdout.strip().splitlines()[-1].split("=", 1)[1]
    xvfb, display = start_xvfb()
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        return shoot(out, Path(tempfile.mkdtemp(prefix="ac-check-")))
    finally:
        xvfb.terminate()
        xvfb.wait(5)
        subprocess.run(["bash", str(script), "stop", str(pulse_dir)], capture_output=True, timeout=30)
        shutil.rmtree(pulse_dir, ignore_errors=True)


def shoot(out: Path, work: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from agent_console.diagnostics.precheck import CheckPlan, check_keyring
    from agent_console.ui.check_dialog import CheckDialog
    from agent_console.ui.i18n import LanguageManager
    from agent_console.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, "light")  # type: ignore[arg-type]
    languages = LanguageManager(app)  # type: ignore[arg-type]
    sip = udp_responder(b"SIP/2.0 200 OK")
    stun = udp_responder(None)
    plan = CheckPlan(journal_path=work / "journal.sqlite3", server_url=f"http://127.0.0.1:{closed_port()}",
                     registrar=f"127.0.0.1:{sip}", transport="udp", extension="1001",
                     sip_password=lambda: "screenshot-only", stun_server=f"127.0.0.1:{stun}",
                     microphone="pulse:test_null_src", speaker="pulse:test_speaker", ringer="",
                     keyring_check=check_keyring)

    def wait(cond, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > deadline:
                raise RuntimeError("the check window never got there")
            app.processEvents()
            time.sleep(0.02)

    for lang in ("kk", "ru"):
        languages.set_language(lang)
        dialog = CheckDialog(plan, log_dir=work / "log")
        dialog.resize(800, 800)
        dialog.show()
        wait(lambda: dialog.question_row.isVisible())       # noqa: B023
        time.sleep(0.2)
        app.processEvents()
        dialog.grab().save(str(out / f"check-asking-{lang}.png"))
        dialog.yes.click()
        wait(lambda: dialog.question_row.isVisible())       # noqa: B023 - the ringer
        dialog.no.click()
        wait(lambda: dialog.question_row.isVisible())       # noqa: B023 - the echo test
        dialog.yes.click()
        wait(lambda: dialog.again.isEnabled())              # noqa: B023
        app.processEvents()
        dialog.grab().save(str(out / f"check-done-{lang}.png"))
        dialog.close()
    print(f"check screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
