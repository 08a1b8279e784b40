"""The presenter's story: slides from the data in both languages, and the page through AppTest.

Golden values are the article's (Cluster Services, 28 March 2017; published_figures.csv rows 3–13)
and the dated context facts (context_facts.csv rows 18, 23, 25, 28, 30), as the data states them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from src.facts.data import Tables
from src.text.i18n import CATALOGS
from src.text.plural import Plural
from src.views.registry import CHART_BY_ID
from src.views.story import navigation, projector, slides
from src.views.url_state import parse

from .apptest_helpers import count_view_builds, fresh_caches, open_page, plain, shared_caches  # noqa: F401 (fixtures)

PAGE = "app_pages/story.py"
NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:\u00a0?%)?")
NBSP = "\u00a0"
CHART_SLIDES = (None, "quality_index", "valid_labels", "follow_up", "labels_per_year", None, None)  # per slide

# Every number each takeaway must state, formatted for its language (years and dates included).
TAKEAWAY_NUMBERS = {
    # label_validity, row 3: "gyldig i kun 2 år" (2017); context_facts.csv row 15: gold re-certification "valid for
    # three years" (2024): the article's rule and the later sources' renewals, both dated
    ("labels", "nb"): {"2017", "2", "3", "2024"},
    ("labels", "en"): {"2017", "2", "3", "2024"},
    ("index", "nb"): {"63,6", "100", "67,2", "3,6", "28", "29"},  # rows 11–14: "63,6 av 100 … 67,2 av 100"
    ("index", "en"): {"63.6", "100", "67.2", "3.6", "28", "29"},
    ("counts", "nb"): {"2017", "6", "0", "8"},  # rows 4–7: "8 gullklynger og 6 sølvklynger mot våre 6 … og 0"
    ("counts", "en"): {"2017", "6", "0", "8"},
    ("follow_up", "nb"): {"55", "24", f"43,6{NBSP}%", "31"},  # rows 8–10: 24 of 55, 31 lapsed; 24/55 = 43,6 %
    ("follow_up", "en"): {"55", "24", "43.6%", "31"},
    ("next", "nb"): {"2017", "24", "2012", "2024", "2019", "6"},  # label_records.csv row 46 and the gold records
    ("next", "en"): {"2017", "24", "2012", "2024", "2019", "6"},
    ("europe", "nb"): {"42", "2014", "86", "2017", "107", "2020", "137", "2023"},  # context_facts.csv rows 18–28
    ("europe", "en"): {"42", "2014", "86", "2017", "107", "2020", "137", "2023"},
    ("message", "nb"): {"2", "3", "31", "55"},
    ("message", "en"): {"2", "3", "31", "55"},
}


def slides_by_key(tables: Tables, lang: str) -> dict[str, slides.Slide]:
    return {s.key: s for s in slides.build_story(tables, lang)}


# The slides ------------------------------------------------------------------------------------


def test_a_story_builds_each_chart_once(tables: Tables, monkeypatch: pytest.MonkeyPatch) -> None:
    builds = count_view_builds(monkeypatch)
    story = slides.build_story(tables, "nb")
    assert builds == Counter(s.chart.name for s in story if s.chart)
    assert all(n == 1 for n in builds.values())


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_story_has_six_to_eight_slides_in_order(tables: Tables, lang: str) -> None:
    built = slides.build_story(tables, lang)
    assert 6 <= len(built) <= 8
    assert [s.key for s in built] == ["labels", "index", "counts", "follow_up", "next", "europe", "message"]
    assert all(s.title and s.takeaway and s.notes for s in built)


def test_both_languages_have_the_same_structure(tables: Tables) -> None:
    def shape(s: slides.Slide) -> tuple[object, ...]:
        chart = (s.chart.name, s.chart.args[:-1]) if s.chart else None  # the last argument is the language
        table = (len(s.table.header), len(s.table.rows)) if s.table else None
        return s.key, chart, len(s.points), len(s.quotes), len(s.notes), table, [link.url for link in s.links]

    assert [shape(s) for s in slides.build_story(tables, "nb")] == [shape(s) for s in slides.build_story(tables, "en")]


@pytest.mark.parametrize(("key", "lang"), list(TAKEAWAY_NUMBERS))
def test_every_takeaway_states_its_numbers_for_the_language(tables: Tables, key: str, lang: str) -> None:
    takeaway = slides_by_key(tables, lang)[key].takeaway
    assert set(NUMBER.findall(takeaway)) == TAKEAWAY_NUMBERS[(key, lang)], takeaway


@pytest.mark.parametrize(
    ("lang", "expected", "foreign"),
    [("nb", ["63,6", "67,2"], ["63.6", "67.2"]), ("en", ["63.6", "67.2"], ["63,6", "67,2"])],
)
def test_decimals_follow_the_language(tables: Tables, lang: str, expected: list[str], foreign: list[str]) -> None:
    takeaway = slides_by_key(tables, lang)["index"].takeaway
    assert all(e in takeaway for e in expected)
    assert not any(f in takeaway for f in foreign)


def test_the_follow_up_rate_is_formatted_as_a_percent(tables: Tables) -> None:
    assert f"(43,6{NBSP}%)" in slides_by_key(tables, "nb")["follow_up"].takeaway
    assert "(43.6%)" in slides_by_key(tables, "en")["follow_up"].takeaway


def test_first_norwegian_silver_is_mineralklynge_norge_in_june_2017(tables: Tables) -> None:
    assert slides_by_key(tables, "nb")["next"].takeaway.startswith("I juni 2017 fikk Mineralklynge Norge")
    assert slides_by_key(tables, "en")["next"].takeaway.startswith("In June 2017 Mineralklynge Norge")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_slide_has_a_source_line(tables: Tables, lang: str) -> None:
    word = {"nb": "Kilde:", "en": "Source:"}[lang]
    for s in slides.build_story(tables, lang):
        assert s.source.startswith(word), (s.key, s.source)
        assert ".csv, " in s.source, f"{s.key}: the source line names no file row"
        assert all(link.url.startswith(("http://", "https://")) for link in s.links)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_chart_slides_show_the_charts_own_source_line(tables: Tables, lang: str) -> None:
    for s in slides.build_story(tables, lang):
        if s.chart:
            view = CHART_BY_ID[s.chart.name].build(tables, *s.chart.args)
            assert view is not None
            assert s.source.startswith(view.text.source_line)


def test_at_most_one_chart_and_the_expected_views(tables: Tables) -> None:
    charts = {s.key: s.chart.name if s.chart else None for s in slides.build_story(tables, "nb")}
    assert charts == {
        "labels": None,
        "index": "quality_index",
        "counts": "valid_labels",
        "follow_up": "follow_up",
        "next": "labels_per_year",
        "europe": None,
        "message": None,
    }
    assert tuple(charts.values()) == CHART_SLIDES
    assert slides_by_key(tables, "nb")["next"].chart.args[:2] == (("NO",), ("gold",))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "dates"),
    [
        ("nb", ["mai 2014", "september 2017", "2020", "2023", "april 2024"]),
        ("en", ["May 2014", "September 2017", "2020", "2023", "April 2024"]),
    ],
)
def test_the_european_slide_lists_as_of_dates_and_values_as_written(
    tables: Tables, lang: str, dates: list[str]
) -> None:
    table = slides_by_key(tables, lang)["europe"].table
    assert table is not None
    assert [row[0] for row in table.rows] == dates
    assert [row[2] for row in table.rows] == ["566; 42", "86; 11", "107", "1261; 172; 137", "62"]
    assert all(isinstance(row[3], slides.Link) and row[3].url.startswith("http") for row in table.rows)


@pytest.mark.parametrize(
    ("value", "unit", "gold"),
    [
        ("566; 42", "bronze orgs; gold orgs", 42),
        ("86; 11", "EU gold clusters; DK gold clusters", 86),
        ("107", "clusters (18 countries)", 107),
        ("1261; 172; 137", "bronze; silver; gold clusters", 137),
    ],
)
def test_gold_part_reads_the_part_the_unit_names(value: str, unit: str, gold: int) -> None:
    assert slides.gold_part(pd.Series({"value": value, "unit": unit})) == gold


def test_gold_part_refuses_a_value_without_a_gold_part() -> None:
    with pytest.raises(ValueError, match="no gold count"):
        slides.gold_part(pd.Series({"value": "6; 2", "unit": "bronze; silver"}))


def test_the_catalog_types_no_figures() -> None:
    """Numbers come from the data: outside `{placeholders}` only definitions are written.

    Note that '100' is the index's scale (0–100) and '95' the confidence level, as in `src.text.i18n`.
    """
    for catalog in CATALOGS.values():
        texts = [
            form
            for key, entry in catalog.items()
            if key.startswith("story.")
            for form in (entry.forms().values() if isinstance(entry, Plural) else [entry])
        ]
        typed = {n for text in texts for n in re.findall(r"\d+", re.sub(r"\{[^}]*\}", "", text))}
        assert typed <= {"95", "100"}, typed


def test_the_story_is_named_in_each_language() -> None:
    assert CATALOGS["nb"]["nav.story"] == "Presentasjon" and CATALOGS["en"]["nav.story"] == "Presentation"


# Address bar and display helpers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "number", "noticed"),
    [
        ("3", 3, False),
        ("1", 1, False),
        ("7", 7, False),
        ("99", 7, False),  # past the end: the last slide, as a presenter typing ?slide=99 means
        ("8", 7, False),
        ("0", 1, False),
        ("-2", 1, True),
        ("abc", 1, True),
        ("2,3", 1, True),
        ("", 1, True),
        ("3" * 500, 1, True),
    ],
)
def test_slide_parameter_clamps_numbers_and_refuses_the_rest(raw: str, number: int, noticed: bool) -> None:
    values, notices = parse({navigation.SLIDE_PARAM: navigation.clamped_param(raw) or ""}, navigation.url_spec())
    assert navigation.slide_number(values[navigation.SLIDE_PARAM]) == number
    assert bool(notices) is noticed


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"to": 4, "seq": 3}, 4),
        ({"to": 99, "seq": 1}, 7),
        ({"to": -5, "seq": 1}, 1),
        ({"to": "4"}, 2),  # not a number: stay
        ({"to": True}, 2),
        ({"to": 4.5}, 2),
        (None, 2),
        ("<script>", 2),
    ],
)
def test_a_key_press_asks_for_a_slide_inside_the_deck(value: object, expected: int) -> None:
    assert navigation.requested_slide(value, current=2) == expected


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_label_validity_sentences_name_the_article_and_the_later_renewals(tables: Tables, lang: str) -> None:
    """The article's 'only 2 years' (2017) is said as the article's; the 3-year gold renewals (2024) beside it."""
    built = slides_by_key(tables, lang)
    for key in ("labels", "message"):
        takeaway = built[key].takeaway
        assert {"nb": "Artikkelen", "en": "The article"}[lang] in takeaway
        assert re.search(r"\b2\b", takeaway) and re.search(r"\b3\b", takeaway), takeaway
        assert "context_facts.csv" in built[key].source  # the renewal fact's row is cited
    assert "smartcarecluster.no" in [link.label for link in built["labels"].links]


def slide_spec(tables: Tables, number: int) -> tuple[dict[str, Any], dict[str, Any]]:
    chart = slides.build_slide(tables, number, "nb").chart
    assert chart is not None
    view = CHART_BY_ID[chart.name].build(tables, *chart.args)
    assert view is not None
    original = json.loads(json.dumps(view.spec))
    projected = projector.projector_spec(view.spec, live=True)
    assert view.spec == original, "the cached spec must not change"
    return original, projected


@pytest.mark.parametrize("number", [2, 3, 4, 5])
def test_the_slide_chart_fills_its_box_with_type_no_smaller_than_the_body(tables: Tables, number: int) -> None:
    original, projected = slide_spec(tables, number)
    assert "title" not in projected  # the slide shows title, takeaway and source line itself
    assert projected["description"] == original["description"]
    assert projected["datasets"] == original["datasets"]
    assert projected["height"] == "container" and projected["autosize"]["type"] == "fit"
    axis = projected["config"]["axis"]
    for font in (axis["labelFontSize"], axis["titleFontSize"]):
        assert font["expr"].startswith(f"max({projector.BODY_FONT_EXPR},")  # never below the slide's body type
    assert axis["labelColor"] == axis["titleColor"] == projector.SLIDE_TEXT_COLOUR
    marks = [layer["mark"] for layer in projected["layer"] if layer["mark"].get("type") == "text"]
    assert all(mark["fontSize"]["expr"].startswith("max(") for mark in marks)


@pytest.mark.parametrize(
    ("window", "body"), [((1280, 720), 20.2), ((1024, 768), 17.9), ((1920, 1080), 30.0), ((390, 844), 16.0)]
)
def test_the_body_size_follows_the_window_like_the_css(window: tuple[int, int], body: float) -> None:
    """2.8 % of the height, at most 1.75 % of the width, 16–30 px: story.css's --story-body, worked by hand."""
    assert projector.static_body_px(window) == body


def test_a_slide_chart_drawn_without_a_browser_has_fixed_type_and_height(tables: Tables) -> None:
    """The one-file deck draws the slide variant with vl-convert: no window there, so nothing may depend on one."""
    import vl_convert as vlc

    view = CHART_BY_ID["labels_per_year"].build(tables, ("NO",), ("gold",), (2012, 2024), "nb")
    assert view is not None
    static = projector.projector_spec(view.spec)
    assert "windowSize" not in json.dumps(static)
    assert static["height"] == view.spec["height"] * projector.STATIC_HEIGHT_SCALE
    svg = vlc.vegalite_to_svg({**static, "width": 880})
    sizes = {float(size) for size in re.findall(r'font-size="([0-9.]+)px"', svg)}
    assert sizes and min(sizes) >= 14, sizes  # the year labels may shrink to fit their band; nothing vanishes
    assert max(sizes) >= projector.static_body_px(projector.STATIC_WINDOW)


def contrast(hex_colour: str) -> float:
    """WCAG 2.1 contrast ratio of a colour against white."""

    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)


def test_slide_axis_text_has_at_least_aa_contrast() -> None:
    assert contrast(projector.SLIDE_TEXT_COLOUR) >= 4.5
    assert contrast("#808495") < 4.5  # Streamlit's chart grey, which the slide variant replaces


def test_the_year_chart_shows_every_year_without_legend_or_repeated_country_labels(tables: Tables) -> None:
    original, projected = slide_spec(tables, 5)
    years = sorted({row["year"] for rows in original["datasets"].values() for row in rows})
    assert set(range(years[0], years[-1] + 1)) - set(years), "the data skips a year (2014): the test needs one"
    impute = projected["transform"][-1]
    assert impute["impute"] == "labels" and impute["key"] == "year" and impute["value"] == 0
    assert impute["keyvals"] == {"start": years[0], "stop": years[-1] + 1}
    assert "record_ids" not in impute["groupby"] and "country" in impute["groupby"]
    assert all(layer["encoding"].get("color", {}).get("legend", None) is None for layer in projected["layer"])
    texts = [layer["encoding"]["text"] for layer in projected["layer"] if "text" in layer["encoding"]]
    assert [text.get("field") for text in texts] == ["labels"]  # the sums stay; the 'NO' on every bar goes
    assert len(original["layer"]) == len(projected["layer"]) + 1
    axis = projected["layer"][0]["encoding"]["x"]["axis"]
    assert axis["labelOverlap"] is False  # Vega would drop every second year at projector type
    assert axis["labelAngle"] == 0
    assert axis["labelFontSize"]["expr"] == (  # the live variant's body size
        f"min({projector.BODY_FONT_EXPR}, width / {years[-1] - years[0] + 1} / {projector.YEAR_LABEL_EMS})"
    )


def test_a_two_country_chart_keeps_its_legend_and_labels(tables: Tables) -> None:
    view = CHART_BY_ID["labels_per_year"].build(tables, ("NO", "DK"), ("gold",), (2012, 2024), "nb")
    assert view is not None
    projected = projector.projector_spec(view.spec, live=True)
    assert len(projected["layer"]) == len(view.spec["layer"])
    assert projected["layer"][0]["encoding"]["color"].get("legend", {}) is not None


def test_table_markdown_shows_cells_as_text_and_only_safe_links() -> None:
    table = slides.Table(
        ("Per", "Kilde"),
        (("<script>x</script> | **b**", slides.Link("klikk", "javascript:alert(1)")),),
    )
    markdown = slides.table_markdown(table)
    assert "<script>" not in markdown
    assert "](javascript" not in markdown
    assert markdown.count("\n") == 2  # header, rule, one row: the cell's '|' did not split it


# The page --------------------------------------------------------------------------------------


def open_story(**params: str) -> AppTest:
    return open_page(PAGE, **params)


@pytest.mark.usefixtures("fresh_caches")  # a first run: nothing built by an earlier test of the module
@pytest.mark.parametrize("number", [n for n, chart in enumerate(CHART_SLIDES, start=1) if chart])
def test_the_page_builds_the_slides_chart_once_per_run(monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    """The slide's source line and the drawn chart are one view: one build on the first run, none on a rerun."""
    builds = count_view_builds(monkeypatch)
    at = open_story(slide=str(number))
    assert not at.exception and len(at.get("vega_lite_chart")) == 1
    assert builds == {CHART_SLIDES[number - 1]: 1}
    at.run()
    assert builds == {CHART_SLIDES[number - 1]: 1}  # the rerun reads the app's view cache


def counter_of(at: AppTest) -> str:
    return next(m.value for m in at.markdown if re.fullmatch(r"\d+ / \d+", m.value))


def test_the_address_opens_its_slide(tables: Tables) -> None:
    at = open_story(slide="3")
    assert not at.exception
    assert at.title[0].value == slides.build_slide(tables, 3, "nb").title
    assert counter_of(at) == f"3 / {slides.SLIDE_COUNT}"
    assert len(at.get("vega_lite_chart")) == 1
    assert any("6 gyldige gullmerker og 0 sølvmerker" in plain(m.value) for m in at.markdown)


def test_next_and_previous_change_the_slide_and_the_address(tables: Tables) -> None:
    at = open_story(slide="3")
    at.button(key="story_next").click().run()
    assert at.title[0].value == slides.build_slide(tables, 4, "nb").title
    assert at.query_params["slide"] == "4"
    at.button(key="story_previous").click().run()
    at.button(key="story_previous").click().run()
    assert at.title[0].value == slides.build_slide(tables, 2, "nb").title
    assert counter_of(at) == f"2 / {slides.SLIDE_COUNT}"
    at.button(key="story_previous").click().run()
    assert at.title[0].value == slides.build_slide(tables, 1, "nb").title
    assert "slide" not in at.query_params  # slide 1 is the default: the short link


def test_the_buttons_stop_at_the_ends() -> None:
    first = open_story()
    assert first.button(key="story_previous").disabled
    assert not first.button(key="story_next").disabled
    last = open_story(slide=str(slides.SLIDE_COUNT))
    assert last.button(key="story_next").disabled
    assert not last.button(key="story_previous").disabled


@pytest.mark.parametrize("raw", ["abc", "<script>alert(1)</script>", "-1"])
def test_a_bad_slide_number_shows_slide_one_with_a_notice(tables: Tables, raw: str) -> None:
    at = open_story(slide=raw)
    assert not at.exception
    assert at.title[0].value == slides.build_slide(tables, 1, "nb").title
    assert any("ukjent verdi" in info.value and "slide" in info.value for info in at.info)
    assert not any("<script>" in info.value for info in at.info)
    assert "slide" not in at.query_params


def test_slide_99_opens_the_last_slide(tables: Tables) -> None:
    at = open_story(slide="99")
    assert not at.exception
    assert at.title[0].value == slides.build_slide(tables, slides.SLIDE_COUNT, "nb").title
    assert at.query_params["slide"] == str(slides.SLIDE_COUNT)
    assert not at.info


def test_button_names_are_plain_words() -> None:
    """No keyboard shortcut on the buttons: a screen reader would read 'Neste Shortcut →' as the name."""
    at = open_story(slide="2")
    names = {b.key: b.label for b in at.button}
    assert names["story_previous"] == "Forrige" and names["story_next"] == "Neste"
    assert all(not b.proto.shortcut for b in at.button)


def test_the_qr_button_shows_the_address_in_place_of_the_slide(tables: Tables, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLYNGEKVALITET_BASE_URL", "https://klynge.example.no/app/")
    at = open_story(slide="3", lang="en")
    at.button(key="story_qr").click().run()
    assert not at.exception
    assert at.title[0].value == "Follow on your phone"
    assert any("https://klynge.example.no/app/?lang=en" in m.value for m in at.markdown)
    assert not at.warning  # a public address: no "only on this computer" warning
    assert len(at.get("image")) == 1
    at.button(key="story_qr").click().run()
    assert at.title[0].value == slides.build_slide(tables, 3, "en").title


def test_english_is_one_parameter_away(tables: Tables) -> None:
    at = open_story(slide="2", lang="en")
    assert not at.exception
    assert at.title[0].value == "Norway and Denmark on the quality index"
    assert any("63.6 out of 100" in plain(m.value) for m in at.markdown)
    assert at.expander[0].label == "Speaker notes"


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("number", range(1, slides.SLIDE_COUNT + 1))
def test_every_slide_renders_with_source_notes_and_no_raw_keys(tables: Tables, number: int, lang: str) -> None:
    slide = slides.build_slide(tables, number, lang)
    at = open_story(slide=str(number), lang=lang)
    assert not at.exception
    captions = [plain(c.value) for c in at.caption]
    assert slide.source in captions
    assert len(at.get("vega_lite_chart")) == (1 if slide.chart else 0)
    if slide.chart:
        spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
        assert any(spec["description"] in c for c in captions)  # the text alternative is on screen
    assert at.expander[0].label == {"nb": "Talernotater", "en": "Speaker notes"}[lang]
    texts = [el.value for kind in ("title", "caption", "markdown", "info") for el in getattr(at, kind)]
    assert not [text for text in texts if re.search(r"\bstory\.[a-z_]+", plain(text))]
