"""Session-wide test set-up. Qt runs offscreen unless a test starts Xvfb itself (screenshots)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHONFAULTHANDLER", "1")
