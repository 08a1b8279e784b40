"""Share links: the app's root from its own address, stable links, and the embed address."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from src.views.share import app_root, embed_link, link


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
