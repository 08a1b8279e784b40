"""The story as one self-contained HTML file: every slide, local only, keyboard script, offered by the app."""

from __future__ import annotations

import re

import pytest

from src.facts.data import Tables
from src.site.deck import story_html
from src.text.i18n import LANGUAGES, t
from src.views import story
from tests.apptest_helpers import open_page, shared_caches  # noqa: F401 - fixture
from tests.site_helpers import read_page


@pytest.fixture(scope="module", params=LANGUAGES)
def deck(request: pytest.FixtureRequest, tables: Tables) -> tuple[str, str]:
    return request.param, story_html(tables, request.param, "https://example.org/app")


def test_every_slide_with_its_words_and_a_drawing_per_chart(deck: tuple[str, str], tables: Tables) -> None:
    lang, html = deck
    slides = story.build_story(tables, lang)
    reader = read_page(html)
    assert next(a for tag, a in reader.tags if tag == "html")["lang"] == lang
    assert len(re.findall(r'<section class="slide"', html)) == story.SLIDE_COUNT == len(slides)
    for slide in slides:
        assert str(_escape(slide.takeaway)) in html
        assert str(_escape(slide.source)) in html
    drawn = len(re.findall(r'<svg[^>]*role="img"', html))
    assert drawn == sum(1 for s in slides if s.chart is not None)


def test_self_contained_nothing_fetched(deck: tuple[str, str]) -> None:
    _, html = deck
    reader = read_page(html)
    for tag, attrs in reader.tags:
        assert "src" not in attrs, (tag, attrs)
        if tag == "link":
            raise AssertionError(f"the deck links an outside file: {attrs}")
    assert "@import" not in html and "url(http" not in html


def test_keys_step_the_slides(deck: tuple[str, str]) -> None:
    _, html = deck
    for key in ("ArrowRight", "ArrowLeft", "PageDown", "PageUp", '" "'):
        assert key in html


def test_the_story_page_offers_the_deck(tables: Tables) -> None:
    at = open_page("app_pages/story.py")
    labels = [button.label for button in at.get("download_button")]
    assert t("site.story_download", "nb") in labels


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))
