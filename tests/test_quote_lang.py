"""Quotes keep their own language (WCAG 3.1.2, which axe cannot check): every quoted sentence carries the
`lang` the data gives it, in the app (through `quote_html`) and in the static edition (`test_site_package`)."""

from __future__ import annotations

import re

import pytest

from src.text.text_safety import quote_html, quote_inline
from tests.apptest_helpers import open_page, shared_caches  # noqa: F401  (the module shares the app's caches)

ORG_PAGE = "app_pages/organisation.py"
BLOCKQUOTE = re.compile(r"<blockquote(?P<attrs>[^>]*)>(?P<text>.*?)</blockquote>", re.S)


def test_quote_html_escapes_the_text_and_keeps_a_valid_code() -> None:
    hostile = "<script>alert('x')</script> & $5 **fet**\n[klikk](javascript:alert(1))"
    html = quote_html(hostile, "da")
    assert html.startswith('<blockquote lang="da">') and html.endswith("</blockquote>")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&#36;5" in html and "\n" not in html
    assert quote_html("x", 'da" onclick="alert(1)') == "<blockquote>x</blockquote>"  # never passed on
    assert quote_inline("<b>Sølv</b>", "nb") == '<span lang="nb">\\<b\\>Sølv\\</b\\></span>'


def _quotes(markdowns: list[str]) -> list[tuple[str, str]]:
    """(lang, text) of every quote block the page's Markdown holds."""
    found = []
    for text in markdowns:
        for match in BLOCKQUOTE.finditer(text):
            lang = re.search(r'lang="([a-z]+)"', match["attrs"])
            found.append((lang[1] if lang else "", match["text"]))
    return found


def test_a_danish_organisations_quotes_are_danish() -> None:
    at = open_page(ORG_PAGE, org="biopeople")
    assert not at.exception
    quotes = _quotes([m.value for m in at.markdown])
    assert quotes and all(lang for lang, _ in quotes)
    assert (
        "da",
        "15/8/13 ... Biopeople, Danmarks innovationsnetværk for biosundhed, har fået guldmedalje af EU-Kommissionen",
    ) in quotes


def test_renames_quote_each_page_in_its_language_and_the_sources_tab_too() -> None:
    at = open_page(ORG_PAGE, org="norway-health-tech", on="2017-03-28")
    former = next(m.value for m in at.markdown if "Oslo Medtech" in m.value and "<span" in m.value)
    assert '<span lang="nb">Norges største' in former and '<span lang="en">Oslo Medtech becomes' in former
    langs = {lang for lang, _ in _quotes([m.value for m in at.markdown])}
    assert langs and "" not in langs


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_sources_pages_discrepancies_quote_both_sides_in_their_language(lang: str) -> None:
    at = open_page("app_pages/sources.py", lang=lang)
    quotes = _quotes([m.value for m in at.markdown])
    assert ("en", "Following the fifth evaluation this spring ... GCE NODE recorded a score of 95 points!") in quotes
    assert ("nb", "The recertification, valid for three years") not in quotes and all(code for code, _ in quotes)
