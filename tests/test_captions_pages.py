"""The filtered comparison page through AppTest: the words on screen are true for the one bar it shows."""

from __future__ import annotations

import json

import pytest

from .apptest_helpers import open_page, plain, shared_caches  # noqa: F401 (autouse fixture)

COMPARISON = "app_pages/comparison.py"


def specs(at) -> list[dict]:  # type: ignore[no-untyped-def]
    return [json.loads(el.proto.spec) for el in at.get("vega_lite_chart")]


def test_norway_silver_shows_only_norway_silver() -> None:
    """The issue's case: `comparison?countries=NO&levels=silver` said "gold and silver" and compared with Denmark."""
    at = open_page(COMPARISON, countries="NO", levels="silver", lang="en")
    assert not at.exception
    counts = specs(at)[1]
    title = " ".join(counts["title"]["text"])
    subtitle = " ".join(counts["title"]["subtitle"])
    assert title == "Valid silver labels, March 2017"
    assert "Norway had 0 silver labels." in subtitle
    for false in ("gold", "Denmark", "more labels", "both"):
        assert false not in f"{title} {subtitle}"
    captions = " ".join(plain(c.value) for c in at.caption)
    assert "Text alternative: Bar chart of valid labels: Norway silver 0." in captions
    index_subtitle = " ".join(specs(at)[0]["title"]["subtitle"])
    assert "Norway: 63.6 on the quality index (n = 28)." in index_subtitle
    assert "higher" not in index_subtitle


def test_norway_silver_in_norwegian() -> None:
    at = open_page(COMPARISON, countries="NO", levels="silver")
    counts = specs(at)[1]
    assert " ".join(counts["title"]["text"]) == "Gyldige sølvmerker, mars 2017"
    assert "Norge hadde 0 sølvmerker." in " ".join(counts["title"]["subtitle"])


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_nothing_chosen_says_so_and_draws_no_chart(lang: str) -> None:
    at = open_page(COMPARISON, countries="NO", lang=lang)
    at.session_state["cmp_levels"] = []
    at = at.run()
    assert len(specs(at)) == 1  # the index still has Norway; the label chart has nothing left
    expected = "Ingen data for dette utvalget" if lang == "nb" else "No data for this selection"
    assert any(expected in info.value for info in at.info)
