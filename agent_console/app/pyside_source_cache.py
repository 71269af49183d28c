"""Keep PySide6's import hook from holding the source of every module in memory.

PySide6 installs an import hook (``shibokensupport.feature``) that, for every module imported
after PySide6, reads the module's source with :func:`inspect.getsource` to see whether it
mentions "PySide6" (for its optional ``from __feature__ import ...`` switches). ``getsource``
goes through :mod:`linecache`, which keeps every line read for the life of the process: in the
console that is the source of numpy, keyring, our own packages and so on, 12-13 MB of Python
strings that nothing ever reads again. The check itself is kept (its answer is the same); only
the cache entry it leaves behind is dropped. For a module loaded from a ``.py`` file the wrap
answers from the file's bytes itself, without ``inspect`` and ``linecache`` splitting it into lines
first: about 0.1 ms instead of 0.15-0.5 ms a module, on the ~130 modules imported before the window is
painted and on every later one. Anything else (a frozen build's archive, extension modules)
goes through PySide6's own check.
"""

from __future__ import annotations

import linecache
import logging
import os
import sys
from typing import Any

log = logging.getLogger(__name__)


def stop_pyside_source_cache() -> bool:
    """Wrap PySide6's source check so it leaves nothing in linecache. Call after importing PySide6.

    Returns False (and changes nothing) when this PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None or not callable(check):
        return False
    if getattr(check, "_drops_source_cache", False):
        return True

    def uses_pyside(module: Any) -> Any:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py") and os.path.isabs(path):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass  # PySide6's check decides, as it would have
        try:
            return check(module)
        finally:
            path = getattr(module, "__file__", None)
            if path:
                linecache.cache.pop(path, None)

    uses_pyside._drops_source_cache = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (a private name of PySide6's)
    linecache.clearcache()  # what was read before the wrap (nothing needs it: tracebacks read again)
    return True
