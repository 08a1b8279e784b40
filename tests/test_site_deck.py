"""The story as one self-contained HTML file: every slide, local only, keyboard script, offered by the app."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from src.facts.data import Tables
from src.facts.paths import PROJECT_ROOT
from src.site import deck as deck_module
from src.site.deck import story_html
from src.text.i18n import LANGUAGES, t
from src.views.story import slides
from tests.apptest_helpers import count_view_builds, fresh_caches, open_page, shared_caches  # noqa: F401 - fixtures
from tests.site_helpers import read_page


@pytest.fixture(scope="module", params=LANGUAGES)
def deck(request: pytest.FixtureRequest, tables: Tables) -> tuple[str, str]:
    return request.param, story_html(tables, request.param, "https://example.org/app")


def test_every_slide_with_its_words_and_a_drawing_per_chart(deck: tuple[str, str], tables: Tables) -> None:
    lang, html = deck
    built = slides.build_story(tables, lang)
    reader = read_page(html)
    assert next(a for tag, a in reader.tags if tag == "html")["lang"] == lang
    assert len(re.findall(r'<section class="slide"', html)) == slides.SLIDE_COUNT == len(built)
    for slide in built:
        assert str(_escape(slide.takeaway)) in html
        assert str(_escape(slide.source)) in html
    drawn = len(re.findall(r'<svg[^>]*role="img"', html))
    assert drawn == sum(1 for s in built if s.chart is not None)


def test_the_deck_builds_each_chart_once(tables: Tables, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its source line and its drawing share one view (the drawing itself is stubbed: only the builds count)."""
    builds = count_view_builds(monkeypatch)
    monkeypatch.setattr(deck_module, "inline_svg", lambda *args: None)
    made = deck_module.deck_slides(tables, "nb")
    assert builds == Counter(d.slide.chart.name for d in made if d.slide.chart)
    assert set(builds.values()) == {1}


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


# The deck renders without the static builder (it is the app's download, served by the Streamlit process)
LOADED_BY_THE_DECK = """
import json, sys
from src.site import deck
imported = "src.site.build" in sys.modules
deck.deck_slides = lambda tables, lang: []  # the template and its environment, not the charts
html = deck.story_html(None, "nb", "https://example.org/app")
print(json.dumps({"imported": imported, "rendered": "src.site.build" in sys.modules, "html": len(html)}))
"""


def test_the_deck_neither_imports_nor_renders_with_the_static_builder() -> None:
    done = subprocess.run([sys.executable, "-c", LOADED_BY_THE_DECK], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, check=False, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    loaded = json.loads(done.stdout)
    assert loaded["html"] > 0
    assert not loaded["imported"], "importing src.site.deck loaded src.site.build"
    assert not loaded["rendered"], "rendering the deck loaded src.site.build"


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))
