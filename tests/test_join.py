"""The audience's way in: the app's address as a QR code, and a warning when only this machine can open it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from src.export import join

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
