"""Share links: the app's root from its own address, stable links, the embed address, and what site a link opens."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from src.facts.paths import PROJECT_ROOT
from src.views.share import app_root, embed_link, link, site_of


@pytest.mark.parametrize(
    ("page_url", "page", "expected"),
    [
        ("http://localhost:8501/comparison", "comparison", "http://localhost:8501"),
        ("https://example.org/apps/klynge/levels/", "levels", "https://example.org/apps/klynge"),
        ("http://localhost:8501/", "", "http://localhost:8501"),
        (None, "levels", "https://fallback.no"),
    ],
)
def test_app_root(page_url: str | None, page: str, expected: str) -> None:
    assert app_root(page_url, page, "https://fallback.no/") == expected


def test_link_is_stable_and_encoded() -> None:
    a = link("http://h", "register", {"q": "Sjømat & co", "countries": "NO"})
    b = link("http://h", "register", {"countries": "NO", "q": "Sjømat & co"})
    assert a == b
    assert parse_qs(urlsplit(a).query) == {"q": ["Sjømat & co"], "countries": ["NO"]}
    assert link("http://h", "follow_up", {}) == "http://h/follow_up"


def test_embed_link_names_the_chart_and_hides_chrome() -> None:
    url = embed_link("http://h", "gold_scores", {"countries": "NO", "lang": "en"})
    parts = urlsplit(url)
    assert parts.path == "/chart"
    assert parse_qs(parts.query) == {"embed": ["true"], "chart": ["gold_scores"], "countries": ["NO"], "lang": ["en"]}


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("http://www.i-perform.no/2017/03/28/2399/", "i-perform.no"),
        ("https://WWW.GCEocean.no/x", "gceocean.no"),  # hosts are case-blind: one site, one label
        ("https://cluster-analysis.org/benchmarking", "cluster-analysis.org"),
        ("https://user:secret@example.org:8443/p", "example.org"),  # no port, no user name in a label
        ("not a url", "not a url"),  # no host: the text itself, never an empty label
    ],
)
def test_site_of_names_the_site(url: str, site: str) -> None:
    assert site_of(url) == site


def test_site_of_is_defined_once() -> None:
    """Source buttons, slide links, citation counts and discrepancy labels share it, so they cannot drift apart."""
    defined = [p for p in (PROJECT_ROOT / "src").rglob("*.py") if "def site_of(" in p.read_text(encoding="utf-8")]
    assert [p.relative_to(PROJECT_ROOT).as_posix() for p in defined] == ["src/views/share.py"]
