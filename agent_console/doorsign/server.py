"""The door sign's web server: one page and one server-sent-events feed, on the LAN address only.

Standard library only (``http.server`` on its own threads), so it never touches the GUI thread:
:meth:`DoorSignServer.set_state` is a lock and a notify. Every request must carry the household's
key (``?k=``); anything else is answered 403 with an empty body. What it serves is built from a
:class:`~.states.DoorState` and a language, nothing else, so no caller's number, name, note or the
agent's user name can reach the door.
"""

from __future__ import annotations

import hmac
import html
import json
import logging
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from agent_console.doorsign.states import COLOURS, GONE_COLOUR, GONE_ICON, ICONS, TEXTS, DoorState

log = logging.getLogger(__name__)

KEEPALIVE_S = 15.0
"""A comment line this often keeps idle proxies and the browser from dropping the feed."""


def new_key() -> str:
    """A per-household pairing key (128 bits, URL-safe)."""
    return secrets.token_urlsafe(16)


def page_html(key: str, language: str) -> str:
    """The door page: big icon and text, colour per state; the feed's events switch them; when
    the feed breaks (the console is gone) it says so until the console is back."""
    texts = TEXTS.get(language, TEXTS["en"])
    data = {
        "texts": {str(k): v for k, v in texts.items()},
        "icons": {str(k): v for k, v in ICONS.items()},
        "colours": {str(k): v for k, v in COLOURS.items()},
        "gone": {"icon": GONE_ICON, "colour": GONE_COLOUR},
    }
    return f"""<!doctype html>
<html lang="{html.escape(language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(texts["title"])}</title>
<style>
html,body{{margin:0;height:100%;font-family:"DejaVu Sans",system-ui,sans-serif;color:#fff}}
body{{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;
background:{GONE_COLOUR};transition:background .3s}}
#icon{{width:50vmin;height:50vmin;fill:#fff}}
#text{{font-size:8vmin;font-weight:bold;padding:0 4vmin}}
</style></head>
<body data-state="gone"><svg id="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="{GONE_ICON}"/></svg>
<div id="text">{html.escape(texts["gone"])}</div>
<script>
const D = {json.dumps(data, ensure_ascii=False)};
function show(state) {{
  const gone = !(state in D.texts) || state === "gone";
  document.body.dataset.state = gone ? "gone" : state;
  document.body.style.background = gone ? D.gone.colour : D.colours[state];
  document.querySelector("#icon path").setAttribute("d", gone ? D.gone.icon : D.icons[state]);
  document.getElementById("text").textContent = D.texts[gone ? "gone" : state];
}}
const feed = new EventSource("events?k=" + encodeURIComponent({json.dumps(key)}));
feed.onmessage = (e) => {{
  const m = JSON.parse(e.data);
  if (m.lang !== document.documentElement.lang) {{ feed.close(); location.reload(); return; }}
  show(m.state);
}};
feed.onerror = () => show("gone");
</script></body></html>
"""


class DoorSignServer:
    """Serves the sign on ``host:port`` (port 0: any free one) from :meth:`start` to :meth:`stop`."""

    def __init__(self, host: str, port: int, key: str, language: str = "kk") -> None:
        self.host = host
        self.port = port
        self.key = key
        self.language = language
        self._state = DoorState.NOT_WORKING
        self._cond = threading.Condition()
        self._version = 0
        self._stopping = False
        self._viewers = 0
        self._last_viewer = time.monotonic()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- state, from any thread ------------------------------------------------------------------

    @property
    def state(self) -> DoorState:
        return self._state

    def set_state(self, state: DoorState) -> None:
        with self._cond:
            if state == self._state:
                return
            self._state = state
            self._version += 1
            self._cond.notify_all()

    def set_language(self, language: str) -> None:
        """The household's language changed: open pages reload themselves in the new one."""
        with self._cond:
            if language == self.language:
                return
            self.language = language
            self._version += 1
            self._cond.notify_all()

    def viewer_absent_s(self) -> float:
        """Seconds since the last viewer's feed closed (0 while one is watching)."""
        with self._cond:
            return 0.0 if self._viewers else time.monotonic() - self._last_viewer

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/?k={self.key}"

    # -- life ------------------------------------------------------------------------------------

    def start(self) -> None:
        """Bind and serve (raises OSError when the address or port is not available)."""
        owner = self

        class Handler(_Handler):
            sign = owner

        self._stopping = False
        self._httpd = ThreadingHTTPServer((self.host, self.port), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                        name="doorsign-http", daemon=True)
        self._thread.start()
        log.info("door sign listening on %s:%s", self.host, self.port)

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._httpd is not None

    # -- the feed, on the request's thread -------------------------------------------------------

    def _feed(self, write: Any) -> None:
        with self._cond:
            self._viewers += 1
        try:
            seen = -1
            while True:
                with self._cond:
                    if self._version == seen:
                        self._cond.wait(KEEPALIVE_S)
                    if self._stopping:
                        return
                    if self._version == seen:
                        payload = b": keepalive\n\n"
                    else:
                        seen = self._version
                        event = {"state": str(self._state), "lang": self.language}
                        payload = f"data: {json.dumps(event)}\n\n".encode()
                write(payload)
        except OSError:
            return  # the viewer went away
        finally:
            with self._cond:
                self._viewers -= 1
                self._last_viewer = time.monotonic()


class _Handler(BaseHTTPRequestHandler):
    sign: DoorSignServer
    server_version = "doorsign"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return  # the query carries the key: never log request lines

    def _forbidden(self) -> None:
        self.send_response(403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        given = parse_qs(parts.query).get("k", [""])[0]
        if not hmac.compare_digest(given.encode(), self.sign.key.encode()):
            self._forbidden()
            return
        if parts.path == "/":
            body = page_html(self.sign.key, self.sign.language).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("Referrer-Policy", "no-referrer")
            self.end_headers()
            self.wfile.write(body)
        elif parts.path == "/events":
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            self.wfile.write(b"retry: 1000\n\n")

            def write(payload: bytes) -> None:
                self.wfile.write(payload)
                self.wfile.flush()

            self.sign._feed(write)
        else:
            self._forbidden()
