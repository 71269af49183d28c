"""Headless Chromium driven by Selenium, for the wallboard page.

Debian's ``chromium`` and ``chromium-driver`` (installed by scripts/bootstrap.sh): Selenium is
given the driver's path, so it never tries to download one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

CHROMIUM = Path(os.environ.get("AGENT_CONSOLE_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("AGENT_CONSOLE_CHROMEDRIVER", "/usr/bin/chromedriver"))


def chromium(width: int = 1600, height: int = 900, lang: str = "en-US", insecure_certs: bool = False) -> Any:
    """A headless Chromium session (the caller quits it); ``insecure_certs`` accepts a test's
    self-signed TLS certificate."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not CHROMEDRIVER.exists() or not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} / {CHROMEDRIVER} missing: run scripts/bootstrap.sh (chromium, chromium-driver)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-extensions", "--no-first-run", "--disable-background-networking",
                "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                f"--window-size={width},{height}", f"--lang={lang}"):
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {"intl.accept_languages": lang})
    if insecure_certs:
        opts.set_capability("acceptInsecureCerts", True)
    return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=opts)
