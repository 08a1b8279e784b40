"""The audience's way in: the app's address as a QR code, and a warning when only this machine can open it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from src.export import join
from src.facts.data import Tables
from src.site import pages
from src.views.story import slides

from .apptest_helpers import open_page, shared_caches  # noqa: F401 (autouse fixture)


@pytest.mark.parametrize(
    ("root", "lang", "expected"),
    [
        ("https://klynge.example.no", "nb", "https://klynge.example.no/"),
        ("https://klynge.example.no/app/", "en", "https://klynge.example.no/app/?lang=en"),
    ],
)
def test_the_phone_opens_the_front_page_in_the_presenters_language(root: str, lang: str, expected: str) -> None:
    assert join.join_url(root, lang) == expected


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:8501/", True),
        ("http://127.0.0.1:8611/", True),
        ("http://[::1]:8501/", True),
        ("http://app.localhost/", True),
        ("https://klynge.example.no/", False),
        ("http://192.168.1.20:8501/", False),  # the presenter's laptop on the room's network: phones reach it
    ],
)
def test_a_loopback_address_is_recognised(url: str, local: bool) -> None:
    assert join.is_local(url) is local


def test_the_qr_code_is_a_square_svg_with_a_quiet_zone() -> None:
    svg = join.qr_svg("https://klynge.example.no/")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    width, height = float(root.attrib["width"]), float(root.attrib["height"])
    assert width == height
    modules = width / join.QR_SCALE - 2 * join.QR_BORDER
    assert modules >= 21 and (modules - 21) % 4 == 0  # a QR code's side is 21, 25, 29, … modules
    assert 'fill="#fff"' in svg and 'stroke="#000"' in svg  # light modules drawn too: scans on any background


def test_the_qr_code_changes_with_the_address() -> None:
    assert join.qr_svg("https://a.example.no/") != join.qr_svg("https://b.example.no/")


def test_without_a_public_address_the_presenter_is_warned() -> None:
    at = open_page("app_pages/story.py", slide="2")
    at.button(key="story_qr").click().run()
    assert not at.exception
    assert any("KLYNGEKVALITET_BASE_URL" in w.value for w in at.warning)


SITE = "https://klynge.example.no"


@pytest.mark.parametrize(
    ("number", "lang", "expected"),
    [
        (1, "nb", f"{SITE}/"),  # no chart on the slide: the static front page
        (2, "nb", f"{SITE}/comparison/#quality_index"),
        (3, "en", f"{SITE}/en/comparison/#valid_labels"),
        (4, "nb", f"{SITE}/follow_up/#follow_up"),
        (5, "en", f"{SITE}/en/levels/#labels_per_year"),
        (7, "en", f"{SITE}/en/"),
    ],
)
def test_with_a_static_edition_the_code_opens_the_slides_static_page(
    tables: Tables, monkeypatch: pytest.MonkeyPatch, number: int, lang: str, expected: str
) -> None:
    monkeypatch.setenv("KLYNGEKVALITET_SITE_URL", SITE + "/")
    slide = slides.build_slide(tables, number, lang)
    url = join.audience_url("https://klynge.example.no/app", slide.chart.name if slide.chart else None, lang)
    assert url == expected
    path = url.removeprefix(SITE + "/").split("#")[0] + "index.html"
    assert path in {pages.page_path(slug, lang) for slug in pages.PAGE_SLUGS}  # a page the static edition builds


def test_without_a_static_edition_the_code_opens_the_app_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KLYNGEKVALITET_SITE_URL", raising=False)
    assert join.audience_url("https://klynge.example.no/app/", "valid_labels", "en") == (
        "https://klynge.example.no/app/?lang=en"
    )


def test_the_story_page_shows_the_slides_static_page_when_a_static_edition_is_published(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KLYNGEKVALITET_SITE_URL", SITE)
    monkeypatch.setenv("KLYNGEKVALITET_BASE_URL", SITE + "/app")
    at = open_page("app_pages/story.py", slide="3", lang="en")
    at.button(key="story_qr").click().run()
    assert not at.exception
    assert any(f"{SITE}/en/comparison/#valid_labels" in m.value for m in at.markdown)
    assert not at.warning and len(at.get("image")) == 1
    monkeypatch.setenv("KLYNGEKVALITET_SITE_URL", "http://127.0.0.1:8700")
    at.run()
    assert any("KLYNGEKVALITET_SITE_URL" in w.value for w in at.warning)  # phones in the room cannot open it
