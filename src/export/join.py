"""The audience joins on their phones: the app's public address as a QR code, made on the server.

Nothing here imports Streamlit and nothing goes over the network: segno draws the code from
the address alone, so a projector room without internet still gets a working code.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

import segno

from src.views.url_state import lang_param

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})
QR_ERROR_LEVEL = "m"  # 15 % of the code may be hidden (a glare on the screen) and it still scans
QR_BORDER = 4  # modules of quiet zone: the standard's minimum, which phone cameras rely on
QR_SCALE = 10


def join_url(root: str, lang: str) -> str:
    """The address a phone opens: the app's front page in the presenter's language."""
    query = "?" + urlencode(lang_param(lang)) if lang_param(lang) else ""
    return root.rstrip("/") + "/" + query


def is_local(url: str) -> bool:
    """True when only the presenter's own machine can open `url` (a phone in the room cannot)."""
    host = (urlsplit(url).hostname or "").lower()
    return host in LOCAL_HOSTS or host.endswith(".localhost")


def qr_svg(url: str) -> str:
    """An SVG QR code of `url`, black on white, 10 px a module (the page's CSS scales it to the screen)."""
    code = segno.make(url, error=QR_ERROR_LEVEL)
    return str(code.svg_inline(scale=QR_SCALE, border=QR_BORDER, dark="#000", light="#fff"))
