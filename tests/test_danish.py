"""Danish, the third language: every page and chart of the app, the static edition and the files in Danish.

One AppTest run per page (kept for the module's tests), the static edition from the session's one build:
Danish words (a word-list check), numbers, dates, locales, addresses, `lang` attributes and the CSV dialect.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from src.export import chart_files, press_kit
from src.facts.data import Tables
from src.site import pages
from src.site.build import Built
from src.text import chart_locale, formatting
from src.text.i18n import LANGUAGES, t
from src.text.languages import TABLE, language
from src.views import dictionary, registry, url_state
from src.views.downloads import to_csv_bytes

from .apptest_helpers import open_page, plain, shared_caches  # noqa: F401 (autouse fixture)
from .site_helpers import session_site

DA = "da"
TODAY = date.today()
APP_PAGES = {page.name: page.script for page in registry.PAGES if page.name != "chart"}
PAGE_PARAMS = {"organisation": {"org": "norway-health-tech", "on": "2017-03-28"}}
EMBEDDED = [chart.chart_id for chart in registry.CHARTS if chart.press_kit]
KEYISH = re.compile(r"\b(?:nav|overview|comparison|follow_up|levels|register|sources|source|chart|filter)\.[a-z_]+\b")

# Words that give away an English or Norwegian sentence on a Danish page and are not Danish words (nor
# common in the organisation, sector and publication names, which are stripped before the check anyway).
# Note that Norwegian and Danish share most short words ("og", "ikke", "er", "for", "som", "til", "med",
# "det"), so the Norwegian list holds words spelled differently in Danish: av/af, mot/mod, enn/end,
# hadde/havde, etter/efter, noen/nogle, uten/uden, mellom/mellem, ble/blev, gull/guld, merker/mærker.
ENGLISH_WORDS = frozenset({"the", "and", "of", "with", "which", "was", "were", "than", "labels", "this", "there"})
NORWEGIAN_WORDS = frozenset({"av", "mot", "enn", "hadde", "etter", "noen", "uten", "mellom", "ble", "gull", "merker"})
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|»[^«]*«|„[^“”]*[“”]|\"[^\"]*\"|^>.*$", re.MULTILINE)
MARKED_QUOTE = re.compile(r"<(blockquote|q)\b[^>]*>.*?</\1>", re.DOTALL)  # a quote marked with its own `lang`
LINK_TARGET = re.compile(r"\]\([^)]*\)|https?://\S+")

_RUNS: dict[str, AppTest] = {}


def danish_run(name: str) -> AppTest:
    """The page opened in Danish, once per module (every test below reads the same run)."""
    if name not in _RUNS:
        _RUNS[name] = open_page(APP_PAGES[name], lang=DA, **PAGE_PARAMS.get(name, {}))
    return _RUNS[name]


def specs(at: AppTest) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(el.proto.spec) for el in at.get("vega_lite_chart")]


def texts(at: AppTest) -> list[str]:
    """The page's running text: titles, headers, captions, Markdown, notices, metrics and each chart's words."""
    found = [el.value for kind in ("title", "header", "subheader", "caption", "markdown", "info", "warning")
             for el in getattr(at, kind)]  # fmt: skip
    found += [m.label for m in at.metric]
    for spec in specs(at):
        title = spec.get("title", {})
        found += [" ".join(title.get("text", [])), " ".join(title.get("subtitle", [])), spec.get("description", "")]
    return [plain(text) for text in found if isinstance(text, str)]


# --- Every page of the app in Danish --------------------------------------------------------------


@pytest.mark.parametrize("name", list(APP_PAGES))
def test_every_page_opens_in_danish_with_danish_numbers_and_chart_locale(name: str) -> None:
    at = danish_run(name)
    assert not at.exception, name
    assert at.title and at.title[0].value
    assert at.query_params.get("lang") == DA  # the address keeps the language for a shared link
    heads = [h.proto.body for h in at.get("html") if "kk-document-language" in h.proto.body]
    assert heads and 'document.documentElement.lang = "da"' in heads[0]
    for spec in specs(at):  # every chart: axes and tooltips write numbers and months as CLDR's Danish does
        assert spec["config"]["locale"]["number"] == chart_locale.number_locale(DA)
        assert spec["config"]["locale"]["time"]["months"][2] == "marts"
    shown = " ".join(texts(at))
    assert not KEYISH.search(shown), KEYISH.search(shown)


def test_the_comparison_writes_danish_numbers_and_dates() -> None:
    at = danish_run("comparison")
    subtitle = " ".join(specs(at)[0]["title"]["subtitle"])
    assert "63,6" in subtitle and "67,2" in subtitle
    assert "28. marts 2017" in subtitle


@pytest.mark.parametrize("chart_id", EMBEDDED)
def test_every_chart_alone_in_danish(chart_id: str) -> None:
    """The embed view (one chart, nothing around it) in Danish: its numbers and text alternative."""
    at = open_page("app_pages/chart.py", chart=chart_id, lang=DA)
    assert not at.exception
    (spec,) = specs(at)
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert t("chart.text_alternative", DA, text=spec["description"]) in " ".join(plain(c.value) for c in at.caption)


def test_the_language_switch_offers_dansk() -> None:
    at = danish_run("overview")
    switch = at.button_group(key="lang_switch")
    assert switch.value == DA
    assert [language(code).name for code in LANGUAGES] == ["Norsk", "English", "Dansk"]


def test_no_english_or_norwegian_sentence_on_a_danish_page(tables: Tables) -> None:
    """Running text on a Danish page holds no English or Norwegian giveaway word (see ENGLISH_WORDS).

    Quotes keep their own language and names stay as the sources give them: quoted text, link targets and
    every organisation, sector, region and publication name are removed before the words are counted.
    """
    names, giveaways = proper_names(tables), ENGLISH_WORDS | NORWEGIAN_WORDS
    found: list[str] = []
    for name in APP_PAGES:
        for text in texts(danish_run(name)):
            rest = LINK_TARGET.sub(" ", QUOTED.sub(" ", MARKED_QUOTE.sub(" ", text)))
            for proper in names:
                rest = rest.replace(proper, " ")
            if words := set(re.findall(r"[a-zæøå]+", rest.lower())) & giveaways:
                found.append(f"{name}: {sorted(words)}: {text[:120]}")
    assert not found, "\n".join(found)


def test_no_decimal_point_on_a_danish_page() -> None:
    """Danish writes 63,6: a number with a decimal point is an English string (or a number that missed Babel).

    Today the placeholder's copy of `facts.*` writes "63.6 for Norway" (the number sits in the catalog string).
    """
    found = []
    for name in APP_PAGES:
        for text in texts(danish_run(name)):
            outside_quotes = re.sub(
                r"\d+\.\d{3}\b", "", QUOTED.sub(" ", MARKED_QUOTE.sub(" ", text))
            )  # '1.234' is a Danish thousand
            found += [f"{name}: {m.group(0)} in {text[:100]}" for m in re.finditer(r"\d\.\d\b", outside_quotes)]
    assert not found, "\n".join(found)


def proper_names(tables: Tables) -> list[str]:
    """Names the sources give (organisations, spellings, sectors, regions, publications), longest first."""
    columns = [
        tables.organisations.get("canonical_name"),
        tables.label_events.get("name_as_written"),
        tables.label_events.get("sector"),
        tables.label_events.get("region"),
        tables.sources.get("title"),
        tables.sources.get("publisher"),
        tables.sources.get("author"),
    ]
    values = {str(v) for column in columns if column is not None for v in column.dropna() if str(v).strip()}
    return sorted(values, key=len, reverse=True)


# --- Files: CSV, press kit, dictionary -------------------------------------------------------------


@pytest.mark.parametrize("chart_id", ["quality_index", "gold_scores", "labels_per_year"])
def test_the_danish_csv_reads_back_as_the_charts_numbers(tables: Tables, chart_id: str) -> None:
    """Danish Excel's dialect (`;`, decimal comma, BOM) read back with pandas gives the chart's own numbers."""
    chart = registry.CHART_BY_ID[chart_id]
    defaults = {name: url_state.default_of(param) for name, param in chart.param_spec(tables, TODAY).items()}
    view = chart.build(tables, *(defaults[name] for name in chart.params), DA)
    assert view is not None
    data = chart_files.reader_csv(view, DA)
    assert data.startswith("\ufeff".encode())
    back = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    table = view.table
    numeric = [c for c in table.columns if pd.api.types.is_numeric_dtype(table[c]) and table[c].dtype != bool]
    assert numeric, chart_id
    shown = back.select_dtypes("number").to_numpy().ravel()
    for column in numeric:
        for value in table[column].dropna():
            assert any(abs(float(value) - float(cell)) < 1e-9 for cell in shown), (column, value)


def test_a_danish_csv_uses_semicolons_and_a_decimal_comma() -> None:
    data = to_csv_bytes(pd.DataFrame({"navn": ["Ærø"], "værdi": [63.6]}), DA).decode("utf-8")
    assert data == "\ufeffnavn;værdi\r\nÆrø;63,6\r\n"


def test_the_press_kit_has_its_danish_name() -> None:
    assert press_kit.zip_name(DA) == "klyngekvalitet_pressekit_da.zip"


def test_numbers_and_dates_are_written_the_danish_way() -> None:
    assert formatting.number(63.6, DA) == "63,6"
    assert formatting.number(1234, DA) == "1.234"
    assert formatting.percent(0.436, DA) == "43,6\u00a0%"
    assert formatting.day(date(2017, 3, 28), DA) == "28. marts 2017"
    assert formatting.partial_date(pd.Timestamp("2019-03-01"), "month", DA) == "marts 2019"


def test_the_data_dictionary_has_every_language() -> None:
    """The dictionary's meanings come from the catalogs: every language describes the same tables and columns."""
    frames = {lang: dictionary.dictionary_frame(lang) for lang in LANGUAGES}
    assert all(frame[["table", "column"]].equals(frames["nb"][["table", "column"]]) for frame in frames.values())


def test_every_language_has_a_complete_row() -> None:
    """A fourth language is one row and one catalog: the row's locale must be one Babel knows."""
    assert tuple(TABLE) == LANGUAGES
    for row in TABLE.values():
        assert chart_locale.number_locale(row.code)["decimal"] == row.csv_decimal or row.csv_separator == ","
        assert len(chart_locale.time_locale(row.code)["months"]) == 12
    assert [row.path_prefix for row in TABLE.values()].count("") == 1  # one language at the root


# --- The static edition under da/ ------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, tables: Tables) -> tuple[Path, Built, Tables]:
    return session_site(tmp_path_factory, tables, TODAY)


HREFLANG = re.compile(r'<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)">')


@pytest.mark.parametrize("slug", [*pages.PAGE_SLUGS, pages.ORG_SLUG])
def test_danish_static_pages_name_their_language_and_their_twins(site: tuple[Path, Built, Tables], slug: str) -> None:
    root, _, _ = site
    html = (root / pages.page_path(slug, DA)).read_text(encoding="utf-8")
    assert '<html lang="da">' in html
    assert '<meta property="og:locale" content="da_DK">' in html
    alternates = dict(HREFLANG.findall(html))
    assert set(alternates) == set(LANGUAGES)
    for code, href in alternates.items():
        assert href.endswith("/" + pages.page_path(slug, code).removesuffix("index.html")), (code, href)


def test_the_danish_edition_has_its_deck_kit_and_organisation_pages(site: tuple[Path, Built, Tables]) -> None:
    root, built, data = site
    assert (root / "da" / pages.STORY_FILE).is_file()
    assert '<html lang="da">' in (root / "da" / pages.STORY_FILE).read_text(encoding="utf-8")
    assert (root / "files" / press_kit.zip_name(DA)).is_file()
    org_id = str(data.organisations["org_id"].iloc[0])
    assert pages.page_path(pages.org_slug(org_id), DA) in built.pages


def test_the_sitemap_lists_danish_twins(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    sitemap = (root / "sitemap.xml").read_text(encoding="utf-8")
    assert "/da/levels/</loc>" in sitemap
    assert sitemap.count('hreflang="da"') == sitemap.count('hreflang="nb"') == sitemap.count('hreflang="en"')
