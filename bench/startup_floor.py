"""The floor of the console's own stack, for bench_startup_peers.py: what any PySide6 + pjsua2
program costs before it does anything of its own.

    .venv/bin/python bench/startup_floor.py             # PySide6 + import pjsua2 + one shown label
    .venv/bin/python bench/startup_floor.py --endpoint  # ... + a started pjsua2 Endpoint (null audio, UDP)
    .venv/bin/python bench/startup_floor.py --endpoint --import numpy,keyring   # ... + those modules

The Endpoint runs on its own thread, created after the label is shown, as the console does; as in
the console, PySide6's import hook keeps no module source (``app/pyside_source_cache.py``).
"""

from __future__ import annotations

import argparse
import sys
import threading


def run_endpoint() -> None:
    import pjsua2 as pj

    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.logConfig.consoleLevel = 0
    cfg.logConfig.level = 0
    ep.libInit(cfg)
    ep.audDevManager().setNullDev()
    transport = pj.TransportConfig()
    transport.port = 0
    ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, transport)
    ep.libStart()
    while True:
        ep.libHandleEvents(20)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--endpoint", action="store_true", help="start a pjsua2 Endpoint after the label is shown")
    p.add_argument("--import", dest="imports", default="", help="comma-separated modules to import afterwards")
    args = p.parse_args()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from agent_console.app.pyside_source_cache import stop_pyside_source_cache

    stop_pyside_source_cache()  # as the console does, so --import measures the modules, not their source
    app = QApplication(sys.argv[:1])
    label = QLabel("Agent Console")
    # Drawn in three colours, so the bench's paint check (three distinct colours in a sampled grid) sees it.
    label.setStyleSheet("QLabel { background: #2d6cdf; color: white; font-size: 120px; border: 40px solid #f0a000; }")
    label.resize(900, 500)
    label.show()
    import pjsua2  # noqa: F401

    def after_show() -> None:
        if args.endpoint:
            threading.Thread(target=run_endpoint, name="floor-endpoint", daemon=True).start()
        for name in filter(None, args.imports.split(",")):
            __import__(name)

    QTimer.singleShot(0, after_show)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
