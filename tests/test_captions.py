"""Every word a chart says is true for the rows it shows, under every filter combination.

The checks read the chart's words (title, takeaway, text alternative, source line) and its
table, and never the code that wrote the words: each country, level and number the takeaway
names must be in the table (or be a total, count, difference or share of its numbers, or a filter the
reader chose), a comparison needs both sides in the table, and the text alternative lists
exactly the table's rows. Small filter spaces are walked exhaustively; years and days by hypothesis.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd
import pytest
from babel.numbers import get_decimal_symbol, get_group_symbol
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from src.export import export
from src.facts.data import Tables
from src.metrics import metrics
from src.text import formatting
from src.text.i18n import LANGUAGES, t
from src.views import chart_views as views
from src.views import registry, summaries, url_state
from src.views.chart_view import ChartView
from src.views.story import slides

LANGS = LANGUAGES  # every language in the table: a fourth one is checked as soon as it has a row and a catalog
COUNTRIES = ("NO", "DK")
COUNTRY_WORDS = {
    "nb": {"NO": ("norge", "norsk"), "DK": ("danmark", "dansk")},
    "en": {"NO": ("norway", "norwegian"), "DK": ("denmark", "danish")},
    "da": {"NO": ("norge", "norsk"), "DK": ("danmark", "dansk")},
}
LEVEL_WORDS = {
    "nb": {"bronze": ("bronse",), "silver": ("sølv",), "gold": ("gull",)},
    "en": {"bronze": ("bronze",), "silver": ("silver",), "gold": ("gold",)},
    "da": {"bronze": ("bronze",), "silver": ("sølv",), "gold": ("guld",)},
}
COMPARATIVES = {
    "nb": (" mot ", "flere", "færre", "høyere", "lavere", " enn ", "like mange", "likt"),
    "en": (" vs ", "more", "fewer", "higher", "lower", " than ", "as many", "the same"),
    "da": (" mod ", "flere", "færre", "højere", "lavere", " end ", "lige så mange", "samme"),
}
MAIN_VALUE = {
    "quality_index": "value",
    "valid_labels": "count",
    "follow_up": "count",
    "level_distribution": "organisations",
    "labels_per_year": "labels",
    "gold_scores": "score_pct",
    "europe_labels": "count",
}
# 17 examples (25 before Danish): the parametrized walks above grew by half with a third language; fewer random
# draws here keep the module's time where it was (each draw picks its language among all three)
SETTINGS = settings(max_examples=17, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def subsets(options: Sequence[str]) -> list[tuple[str, ...]]:
    """Every subset of `options` (the empty one too), in the options' order."""
    return [c for r in range(len(options) + 1) for c in itertools.combinations(options, r)]


# Reading numbers and names out of a sentence ---------------------------------------------------


def numbers_in(text: str, lang: str) -> list[float]:
    """Every number written in `text` as the reader's language writes it ('1 200', '1.200', '63,6', '3.6').

    The group and decimal marks are CLDR's for the language's locale (the table's), as `formatting` writes them.
    """
    locale = formatting.locale_of(lang)
    group, decimal = get_group_symbol(locale), get_decimal_symbol(locale)
    groups = "[\u00a0\u202f ]" if group.isspace() else re.escape(group)
    text = re.sub(rf"(?<=\d){groups}(?=\d{{3}}\b)", "", text).replace(decimal, ".")
    return [float(m) for m in re.findall(r"\d+(?:\.\d+)?", text)]


def countries_named(text: str, lang: str) -> set[str]:
    low = text.lower()
    return {c for c, words in COUNTRY_WORDS[lang].items() if any(w in low for w in words)}


def levels_named(text: str, lang: str) -> set[str]:
    low = text.lower()
    return {lvl for lvl, words in LEVEL_WORDS[lang].items() if any(w in low for w in words)}


def table_numbers(table: pd.DataFrame, extra: Iterable[float] = ()) -> set[float]:
    """Numbers a sentence may state about `table`: its cells, row and category counts, totals and differences."""
    found: set[float] = {0.0, float(len(table)), *map(float, extra)}  # 0: a category absent from the table
    numeric = [c for c in table.columns if pd.api.types.is_numeric_dtype(table[c]) and table[c].dtype != bool]
    labels = [c for c in table.columns if c not in numeric]
    for column in numeric:
        values = [float(v) for v in table[column].dropna()]
        found |= set(values) | {float(sum(values))}
        found |= {abs(a - b) for a, b in itertools.combinations(values, 2)}
        found |= {100 * a / b for a, b in itertools.permutations(values, 2) if b}  # shares, in per cent
        for label in labels:
            found |= {float(v) for v in table.groupby(label, sort=False)[column].sum()}
        if "year" in table.columns and column != "year":
            found |= {float(v) for v in table.groupby("year")[column].sum()}
    for label in labels:
        found |= {float(v) for v in table[label].astype(str).value_counts()}
    return {round(v, 1) for v in found}


# The checks ------------------------------------------------------------------------------------


def check_words(view: ChartView, lang: str, extra: Iterable[float] = ()) -> None:
    """The title and takeaway name only what the table holds, and compare only when both sides are there."""
    table = view.table
    said = f"{view.text.title} {view.text.subtitle}"
    if "country" in table.columns:
        shown = {str(c) for c in table["country"]}
        assert countries_named(said, lang) <= shown, said
        if len(shown) < 2:
            low = view.text.subtitle.lower()
            assert not [w for w in COMPARATIVES[lang] if w in low], view.text.subtitle
    levels = {str(v) for v in table["level"]} if "level" in table.columns else set()
    assert levels_named(said, lang) <= levels, said
    allowed = table_numbers(table, extra)
    for number in numbers_in(view.text.subtitle, lang):
        assert round(number, 1) in allowed, (number, view.text.subtitle, sorted(allowed))


def check_text_alternative(view: ChartView, lang: str) -> None:
    """One item per table row, in order, each naming its row; the description is exactly those items."""
    table = view.table
    assert len(view.items) == len(table) > 0
    assert view.text.description.count(views.join_words(list(view.items), lang)) == 1
    for item, row in zip(view.items, table.itertuples(index=False), strict=True):
        fields = row._asdict()
        if "country" in fields and view.chart_id != "expiry_radar":
            assert views.country_name(fields["country"], lang).lower() in item.lower()
        if "level" in fields and table["level"].nunique() > 1:
            assert views.level_name(fields["level"], lang).lower() in item.lower()
        if "organisation" in fields:
            assert str(fields["organisation"]) in item
        if view.chart_id in MAIN_VALUE:
            assert formatting.number(float(fields[MAIN_VALUE[view.chart_id]]), lang) in item, (item, fields)


def check_source_line(view: ChartView, lang: str) -> None:
    """n is stated, and a chart of years holds as of the last year it shows."""
    assert " n = " in view.text.source_line
    if "year" in view.table.columns:
        assert view.text.source_line.endswith(str(int(view.table["year"].max())))


def check_view(view: ChartView | None, lang: str, extra: Iterable[float] = ()) -> None:
    assert view is not None
    check_words(view, lang, extra)
    check_text_alternative(view, lang)
    check_source_line(view, lang)


# Every chart, every filter -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("countries", subsets(COUNTRIES))
def test_quality_index_under_every_filter(tables: Tables, countries: tuple[str, ...], lang: str) -> None:
    view = views.quality_index_view(tables, countries, lang)
    if not countries:
        assert view is None
        return
    check_view(view, lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("levels", subsets(("gold", "silver")))
@pytest.mark.parametrize("countries", subsets(COUNTRIES))
def test_valid_labels_under_every_filter(
    tables: Tables, countries: tuple[str, ...], levels: tuple[str, ...], lang: str
) -> None:
    view = views.valid_counts_view(tables, countries, levels, lang)
    if not countries or not levels:
        assert view is None
        return
    check_view(view, lang)
    assert view is not None
    assert set(view.shown.split("_")[0].split("-")) == {c.lower() for c in countries}


@pytest.mark.parametrize("lang", LANGS)
def test_follow_up_chart(tables: Tables, lang: str) -> None:
    check_view(views.follow_up_view(tables, lang), lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("levels", subsets(metrics.LEVEL_ORDER))
@pytest.mark.parametrize("countries", subsets(COUNTRIES))
def test_level_distribution_under_every_filter(
    tables: Tables, countries: tuple[str, ...], levels: tuple[str, ...], lang: str
) -> None:
    view = views.level_distribution_view(tables, countries, levels, lang)
    if view is None:
        assert not countries or not levels or metrics.filter_events(tables.label_events, countries, levels).empty
        return
    check_view(view, lang)


def year_spans(tables: Tables) -> st.SearchStrategy[tuple[int, int]]:
    low, high = metrics.year_bounds(tables.label_events)
    return st.tuples(st.integers(low, high), st.integers(low, high)).map(lambda p: (min(p), max(p)))


@SETTINGS
@given(data=st.data())
def test_labels_per_year_under_any_filter(tables: Tables, data: st.DataObject) -> None:
    countries = data.draw(st.sampled_from(subsets(COUNTRIES)))
    levels = data.draw(st.sampled_from(subsets(metrics.LEVEL_ORDER)))
    years = data.draw(year_spans(tables))
    lang = data.draw(st.sampled_from(LANGS))
    view = views.labels_per_year_view(tables, countries, levels, years, lang)
    if view is None:
        assert metrics.labels_per_year(tables.label_events, countries, levels, years).empty
        return
    check_view(view, lang, extra=years)
    assert view.table["year"].between(*years).all()


@SETTINGS
@given(data=st.data())
def test_gold_scores_under_any_filter(tables: Tables, data: st.DataObject) -> None:
    countries = data.draw(st.sampled_from(subsets(COUNTRIES)))
    levels = data.draw(st.sampled_from(subsets(metrics.LEVEL_ORDER)))
    years = data.draw(year_spans(tables))
    lang = data.draw(st.sampled_from(LANGS))
    view = views.score_view(tables, countries, levels, years, lang)
    assert (view is None) if "gold" not in levels else True  # gold scores only where gold is chosen
    if view is None:
        return
    check_view(view, lang, extra=years)


@SETTINGS
@given(
    on=st.dates(min_value=date(2012, 1, 1), max_value=date(2026, 12, 31)),
    months=st.integers(1, 24),
    lang=st.sampled_from(LANGS),
)
def test_expiry_radar_on_any_day(tables: Tables, on: date, months: int, lang: str) -> None:
    view = views.expiry_radar_view(tables, on, months, lang)
    if view is None:
        return
    check_view(view, lang, extra=[months])
    assert view.as_of == on.isoformat()


# The case from the issue, by name ----------------------------------------------------------------


def test_norway_silver_names_only_norway_and_silver(tables: Tables) -> None:
    view = views.valid_counts_view(tables, ("NO",), ("silver",), "en")
    assert view is not None
    assert view.text.title == "Valid silver labels, March 2017"
    assert view.text.subtitle == "Norway had 0 silver labels."
    assert "Denmark" not in view.text.source_line
    assert "gold" not in f"{view.text.title} {view.text.subtitle} {view.text.description}".lower()
    nb = views.valid_counts_view(tables, ("NO",), ("silver",), "nb")
    assert nb is not None
    assert nb.text.title == "Gyldige sølvmerker, mars 2017"
    assert nb.text.subtitle == "Norge hadde 0 sølvmerker."


def test_gold_only_title_says_gold(tables: Tables) -> None:
    view = views.valid_counts_view(tables, ("NO", "DK"), ("gold",), "nb")
    assert view is not None
    assert view.text.title.startswith("Gyldige gullmerker")
    assert view.text.subtitle == "Danmark hadde flere gullmerker enn Norge (8 mot 6)."


def test_file_names_name_what_is_shown(tables: Tables) -> None:
    view = views.valid_counts_view(tables, ("NO",), ("silver",), "en")
    assert view is not None
    assert export.file_name(view.chart_id, "en", "2017-03-28", "csv", view.shown) == (
        "klyngekvalitet_valid_labels_no_silver_en_2017-03-28.csv"
    )
    years = views.labels_per_year_view(tables, ("DK",), ("gold",), (2013, 2016), "nb")
    assert years is not None
    assert years.shown == "dk_gold_2013-2016"


def test_a_chart_of_zeros_still_has_an_axis_to_read(tables: Tables) -> None:
    view = views.valid_counts_view(tables, ("NO",), ("silver",), "nb")
    assert view is not None
    domains = [layer["encoding"]["x"]["scale"]["domain"] for layer in view.spec["layer"]]
    assert all(d[1] >= 1 for d in domains)


@pytest.mark.parametrize("lang", LANGS)
def test_the_spec_carries_the_checked_words(tables: Tables, lang: str) -> None:
    """What the checks read is what the chart draws (title, takeaway, source line) and what screen readers get."""
    view = views.valid_counts_view(tables, ("NO",), ("silver",), lang)
    assert view is not None
    title = view.spec["title"]
    assert " ".join(title["text"]) == view.text.title
    assert " ".join(title["subtitle"]) == f"{view.text.subtitle} {view.text.source_line}"
    assert view.spec["description"] == view.text.description


def test_checks_catch_a_false_comparison(tables: Tables) -> None:
    """The checker itself fails on the sentence the issue reported (so the property tests can fail)."""
    view = views.valid_counts_view(tables, ("NO",), ("silver",), "en")
    assert view is not None
    false = view.text.__class__(
        "Valid gold and silver labels, March 2017",
        "Denmark had more labels at both of the highest levels.",
        view.text.source_line,
        view.text.description,
    )
    with pytest.raises(AssertionError):
        check_words(ChartView(view.chart_id, view.chart, false, view.table, items=view.items), "en")


# Story slides and overview cards -----------------------------------------------------------------


def cited_numbers(tables: Tables, source: str) -> set[float]:
    """Numbers in the file rows a slide's source line cites (values, sample sizes, dates): its other backing."""
    found: set[float] = set()
    cited = {
        "published_figures.csv": (tables.figures, ("value", "sample_size", "as_of")),
        "label_records.csv": (tables.label_events, ("date", "year", "score_pct")),
        "context_facts.csv": (tables.context_facts, ("value", "as_of")),
    }
    for file, (frame, columns) in cited.items():
        for match in re.finditer(re.escape(file) + r", (?:rad|rows?|rækker?) ([\d, ogand]+)", source):
            rows = {int(r) for r in re.findall(r"\d+", match.group(1))}
            for _, row in frame[frame["source_row"].isin(rows)].iterrows():
                for column in columns:
                    found |= set(numbers_in(str(row[column]), "en"))
    return {round(v, 1) for v in found}


@pytest.mark.parametrize("lang", LANGS)
def test_story_slides_state_only_backed_numbers_and_names(tables: Tables, lang: str) -> None:
    for slide in slides.build_story(tables, lang):
        backing = cited_numbers(tables, slide.source)
        if slide.chart is None:
            for number in numbers_in(slide.takeaway, lang):
                assert round(number, 1) in backing, (slide.key, number, slide.takeaway)
            continue
        view = registry.CHART_BY_ID[slide.chart.name].build(tables, *slide.chart.args)
        assert view is not None
        allowed = table_numbers(view.table, backing | {100.0})  # the index is stated "of 100"
        for number in numbers_in(slide.takeaway, lang):
            assert round(number, 1) in allowed, (slide.key, number, slide.takeaway)
        if "country" in view.table.columns:
            assert countries_named(slide.takeaway, lang) <= set(view.table["country"]), slide.takeaway
        check_view(view, lang, extra=backing)


@pytest.mark.parametrize("lang", LANGS)
def test_overview_cards_state_their_cited_rows(tables: Tables, lang: str) -> None:
    for card in summaries.cards(tables, lang):
        rows = [int(r) for r in re.findall(r"\d+", card.source.split(",", 1)[1])]
        cited = tables.figures[tables.figures["source_row"].isin(rows)]
        assert len(cited) == len(rows) > 0
        backing = {round(float(v), 1) for v in cited["value"]}
        assert {round(n, 1) for n in numbers_in(card.value, lang)} <= backing, card
        named = countries_named(card.label, lang)
        assert named <= set(cited["country"]), card
        if len(set(cited["country"])) < 2:
            value = card.value.lower()
            if (cited["qualifier"] == "more_than").all():  # the figure's own "more than 1000" compares with nothing
                value = value.replace(t("europe.qualifier.more_than", lang, number="").strip().lower(), "")
            assert not [w for w in COMPARATIVES[lang] if w in value], card


def test_source_row_label_is_singular_for_one_row(tables: Tables) -> None:
    card = summaries.cards(tables, "en")[0]
    assert "row 11" in card.source or re.search(r"row \d+$", card.source), card.source
    assert t("source.rows", "en", rows="3 and 4") == "rows 3 and 4"


# Every chart the app registers, whoever adds it ------------------------------------------------


def filter_variants(spec: dict[str, url_state.Param]) -> list[dict[str, url_state.Value]]:
    """The page's defaults, then each multiple-choice filter set to every subset (the others at their default)."""
    defaults = {name: url_state.default_of(param) for name, param in spec.items()}
    variants = [defaults]
    for name, param in spec.items():
        if isinstance(param, url_state.Choice) and len(param.options) <= 4:
            variants += [{**defaults, name: subset} for subset in subsets(param.options)]
    return variants


def filter_numbers(values: dict[str, url_state.Value]) -> list[float]:
    """Numbers the reader chose (a year span, a number of months) that a takeaway may repeat."""
    found: list[float] = []
    for value in values.values():
        items = value if isinstance(value, tuple) else (value,)
        found += [float(v) for v in items if isinstance(v, int) and not isinstance(v, bool)]
    return found


@pytest.mark.parametrize("chart_id", [chart.chart_id for chart in registry.CHARTS if chart.press_kit])
def test_every_registered_chart_under_its_pages_filters(tables: Tables, chart_id: str) -> None:
    """Charts added later (by any page) are held to the same rules, with every choice their page offers.

    Note that building a view is the cost here, and the language changes only its words: so each filter
    variant is checked in all languages but one, a different one each variant (with three languages, two
    per variant, as many builds as with nb and en alone). Every language meets every chart and most
    variants; the dedicated tests above walk every combination in every language.
    """
    chart = registry.CHART_BY_ID[chart_id]
    for number, values in enumerate(filter_variants(chart.param_spec(tables, date(2017, 3, 28)))):
        skipped = LANGS[number % len(LANGS)] if len(LANGS) > 2 else None
        for lang in [code for code in LANGS if code != skipped]:
            view = chart.build(tables, *(values[name] for name in chart.params), lang)
            if view is not None:
                check_view(view, lang, extra=filter_numbers(values))
