"""The one table of what differs per language, and what is built from it (chart locales, CSV dialect, paths)."""

from __future__ import annotations

import pytest

from src.site import pages, sitemap
from src.text import chart_locale
from src.text.i18n import CATALOGS, LANGUAGES
from src.text.languages import DEFAULT_LANG, MACHINE_CSV, TABLE, language
from src.views import org_views
from src.views.downloads import csv_format
from src.views.org_views import FormerName


@pytest.mark.parametrize(
    ("cldr", "d3"),
    [
        ("dd.MM.y", "%d.%m.%Y"),
        ("dd/MM/y", "%d/%m/%Y"),
        ("HH.mm.ss", "%H.%M.%S"),
        ("EEEE 'den' d. MMMM y", "%A den %e. %B %Y"),
    ],
)
def test_cldr_patterns_become_d3_formats(cldr: str, d3: str) -> None:
    assert chart_locale.d3_pattern(cldr) == d3


def test_chart_locales_come_from_cldr() -> None:
    """The marks and names CLDR gives each locale (d3's own da-DK is not used)."""
    assert chart_locale.number_locale("nb") | {"currency": None} == {
        "decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": None, "percent": "\u00a0%"
    }  # fmt: skip
    assert chart_locale.number_locale("en")["currency"] == ["£", ""]
    assert chart_locale.number_locale("da")["thousands"] == "."
    danish = chart_locale.time_locale("da")
    assert danish["months"][2] == "marts" and danish["shortMonths"][4] == "maj"
    assert danish["days"][0] == "søndag" and danish["date"] == "%d.%m.%Y"
    assert chart_locale.time_locale("en")["days"][0] == "Sunday"


def test_the_table_and_the_catalogs_name_the_same_languages() -> None:
    assert tuple(TABLE) == LANGUAGES == tuple(CATALOGS)
    assert language("xx") == language(None) == TABLE[DEFAULT_LANG]  # unknown: the default, never an error


def test_csv_dialect_per_language() -> None:
    assert csv_format("nb") == csv_format("da") == (";", ",")
    assert csv_format("en") == (",", ".")
    assert csv_format(None) == MACHINE_CSV == (",", ".")


def test_static_paths_and_their_language() -> None:
    assert [pages.page_path("levels", code) for code in LANGUAGES] == [
        "levels/index.html", "en/levels/index.html", "da/levels/index.html"
    ]  # fmt: skip
    assert sitemap.language_of("da/levels/index.html", LANGUAGES) == ("da", "levels/index.html")
    assert sitemap.language_of("levels/index.html", LANGUAGES) == ("nb", "levels/index.html")


def test_names_are_quoted_the_way_each_language_quotes() -> None:
    former = [FormerName(name="Oslo Medtech", changed="", url=None, quote=None)]
    assert "«Oslo Medtech»" in org_views.spellings_sentence(former, "nb")
    assert "“Oslo Medtech”" in org_views.spellings_sentence(former, "en")
    assert "»Oslo Medtech«" in org_views.spellings_sentence(former, "da")
