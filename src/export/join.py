"""The audience joins on their phones: an address as a QR code, made on the server.

The address is the static edition's page of the slide on screen when a static edition is published
(`KLYNGEKVALITET_SITE_URL`): plain files that open at once on any phone, however many scan at once,
with «Utforsk interaktivt» on to the app. Without one, it is the app's front page, as before.
Nothing here imports Streamlit and nothing goes over the network: segno draws the code from
the address alone, so a projector room without internet still gets a working code.
"""

from __future__ import annotations

import os
from urllib.parse import urlencode, urlsplit

import segno

from src.site.build import SITE_URL_ENV
from src.site.pages import page_path
from src.views import registry
from src.views.url_state import lang_param

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})
QR_ERROR_LEVEL = "m"  # 15 % of the code may be hidden (a glare on the screen) and it still scans
QR_BORDER = 4  # modules of quiet zone: the standard's minimum, which phone cameras rely on
QR_SCALE = 10


def join_url(root: str, lang: str) -> str:
    """The address a phone opens: the app's front page in the presenter's language."""
    query = "?" + urlencode(lang_param(lang)) if lang_param(lang) else ""
    return root.rstrip("/") + "/" + query


def published_site() -> str | None:
    """The static edition's public address when one is published (`KLYNGEKVALITET_SITE_URL`), else None."""
    return (os.environ.get(SITE_URL_ENV) or "").strip().rstrip("/") or None


def slide_page_url(site: str, chart_id: str | None, lang: str) -> str:
    """A slide's static page: the page its chart lives on, at that chart; the front page for a slide without one.

    Note that the static page shows the chart at its default filters (a slide may narrow them, e.g. Norway's
    gold labels), with its table, sources and the link on to the app; the deck (`story.html`) is not the
    target: it steps through slides for a presenter and has no way on to the app's chart.
    """
    page = registry.CHART_BY_ID[chart_id].page_spec if chart_id in registry.CHART_BY_ID else None
    if page is None or not page.static:
        return f"{site}/{page_path('', lang).removesuffix('index.html')}"
    return f"{site}/{page_path(page.static_slug, lang).removesuffix('index.html')}#{chart_id}"


def audience_url(app_root: str, chart_id: str | None, lang: str) -> str:
    """What the QR code on a slide opens: its static page when a static edition is published, else the app."""
    site = published_site()
    return slide_page_url(site, chart_id, lang) if site else join_url(app_root, lang)


def is_local(url: str) -> bool:
    """True when only the presenter's own machine can open `url` (a phone in the room cannot)."""
    host = (urlsplit(url).hostname or "").lower()
    return host in LOCAL_HOSTS or host.endswith(".localhost")


def qr_svg(url: str) -> str:
    """An SVG QR code of `url`, black on white, 10 px a module (the page's CSS scales it to the screen)."""
    code = segno.make(url, error=QR_ERROR_LEVEL)
    return str(code.svg_inline(scale=QR_SCALE, border=QR_BORDER, dark="#000", light="#fff"))
