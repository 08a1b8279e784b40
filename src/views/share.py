"""Addresses to share: the current view, and the chart-only view for embedding.

Note that Streamlit tells the app its own address (`st.context.url`, page path included, no
query); without it (tests, a proxy that hides it) the configured base URL stands in.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode, urlsplit

CHART_PAGE = "chart"
EMBED_PARAMS = {"embed": "true"}


def app_root(page_url: str | None, page_path: str, fallback: str) -> str:
    """The app's root address: `page_url` without its page path, or `fallback`."""
    if not page_url:
        return fallback.rstrip("/")
    parts = urlsplit(page_url)
    path = parts.path.rstrip("/")
    if page_path and path.endswith("/" + page_path):
        path = path[: -len(page_path) - 1]
    return f"{parts.scheme}://{parts.netloc}{path}"


def link(root: str, page_path: str, params: Mapping[str, str]) -> str:
    """`root/page?params`, parameters sorted so the same view always gets the same link."""
    query = urlencode(sorted(params.items()))
    return f"{root}/{page_path}" + (f"?{query}" if query else "")


def embed_link(root: str, chart_id: str, params: Mapping[str, str]) -> str:
    """The chart-only address for an iframe: Streamlit's `embed=true` hides its own chrome."""
    return link(root, CHART_PAGE, {**EMBED_PARAMS, "chart": chart_id, **params})


def site_of(url: str) -> str:
    """'https://www.i-perform.no/2017/…' → 'i-perform.no': what a link opens, in a few characters.

    Note that this is the one such label (source buttons, slide links, citation site counts, discrepancy
    sides): the host in lower case, without 'www.', port or user name; the address itself if it has no host.
    """
    return (urlsplit(url).hostname or "").removeprefix("www.") or url
