"""The presenter's story: the article's argument as seven slides, one number-bearing sentence each.

Every slide is a title, one takeaway that states its numbers, at most one chart (a `VIEWS` name
and its arguments), a source line and speaker notes. Nothing here imports Streamlit.

Note that the catalog (`src.text.i18n_story`) holds only the words: every number is read from the
data here and formatted for the reader's language, so a corrected source row corrects the slide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from src.facts.data import Tables
from src.facts.dates import parse_partial_date, precision_of
from src.facts.schemas import COUNTRIES
from src.metrics import metrics
from src.text import formatting
from src.text.i18n import t
from src.text.text_safety import escape_markdown, markdown_link
from src.views.filters import QUOTED_LEVELS
from src.views.references import ARTICLE_SOURCE_ID, article_date, article_source, join_words
from src.views.registry import CHART_BY_ID
from src.views.url_state import OneOf, Param, Value

SLIDE_PARAM = "slide"
FIRST_SLIDE = 1
# The slide's body type follows the window: 2.8 % of its height, at most 1.75 % of its width, 16–30 px
# (20 px at 1280×720, 30 px at 1920×1080). story.css uses the same numbers for the body text.
BODY_VH, BODY_VW, BODY_MIN_PX, BODY_MAX_PX = 0.028, 0.0175, 16, 30
APP_FONT_PX = 12  # the app's own chart type, which the slide variant scales from
STATIC_WINDOW = (1280, 720)  # the slide a file drawn without a browser is made for
STATIC_HEIGHT_SCALE = 2.0  # and its plot height against the app's: a slide has room a stacked page does not
YEAR_LABEL_EMS = 2.4  # a year label ('2019') is about 2.2 ems wide: a level label needs that and a gap
FONT_KEYS = frozenset({"fontSize", "labelFontSize", "titleFontSize", "labelLimit", "dx", "dy"})
FIGURES_FILE = "published_figures.csv"
FACTS_FILE = "context_facts.csv"
RECORDS_FILE = "label_records.csv"
LEVEL_FACTS = ("bronze_indicators", "silver_rule", "gold_indicators", "gold_threshold")
ESCA_START_FACT = "register_start"
GOLD_RENEWAL_FACT = "gold_renewal_3y"
CUMULATIVE_FACT = "label_counts_2023"
ACTIVE_GOLD_FACT = "gold_active_2024"
EUROPE_FACTS = ("eu_counts_2014", "gold_count_2017_sep", "gold_count_2020", CUMULATIVE_FACT, ACTIVE_GOLD_FACT)
EUROPE_TAKEAWAY_FACTS = EUROPE_FACTS[:4]  # counts of labels awarded; the 2024 one counts valid labels only (notes)
PART_SEPARATOR = "; "


@dataclass(frozen=True)
class ChartRef:
    """Which chart view a slide shows, with the arguments `src.ui.view` takes (hashable)."""

    name: str
    args: tuple[Hashable, ...]


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Table:
    """A small table of text cells; a `Link` cell becomes a link to its source."""

    header: tuple[str, ...]
    rows: tuple[tuple[str | Link, ...], ...]


@dataclass(frozen=True)
class Slide:
    """One slide as the presenter shows it; `points`, `quotes` and `table` are optional extras."""

    key: str
    title: str
    takeaway: str
    source: str
    notes: tuple[str, ...]
    chart: ChartRef | None = None
    points: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    quote_intro: str = ""
    table: Table | None = None
    links: tuple[Link, ...] = ()


# Reading the data -----------------------------------------------------------------------------


def _figure(tables: Tables, figure_id: str) -> pd.Series:
    return metrics.figure(tables.figures, figure_id)


def _num(tables: Tables, figure_id: str, lang: str) -> str:
    return formatting.number(float(_figure(tables, figure_id)["value"]), lang)


def _fact(tables: Tables, fact_id: str) -> pd.Series:
    return tables.context_facts.set_index("fact_id").loc[fact_id]


def _fact_number(tables: Tables, fact_id: str, lang: str) -> str:
    return formatting.number(float(_fact(tables, fact_id)["value"]), lang)


def fact_date(fact: pd.Series, lang: str) -> str:
    """A fact's as-of date as precisely as its source gives it ('mai 2014', '2020')."""
    when = parse_partial_date(str(fact["as_of"] or ""))
    return formatting.partial_date(when, str(fact["as_of_precision"]), lang) if when else "–"


def gold_part(fact: pd.Series) -> int:
    """The gold count in a value written as the source writes it ('566; 42' with unit 'bronze orgs; gold orgs').

    Note that the value is split by the unit's own parts, so '1261; 172; 137' needs no guessing.
    """
    values = str(fact["value"]).split(PART_SEPARATOR)
    units = str(fact["unit"]).split(PART_SEPARATOR)
    if len(values) == 1:
        return int(values[0])
    golds = [v for v, u in zip(values, units, strict=True) if "gold" in u]
    if not golds:
        raise ValueError(f"no gold count in {fact['value']!r} ({fact['unit']!r})")
    return int(golds[0])


def domain(url: str) -> str:
    """'https://www.i-perform.no/post/…' → 'i-perform.no': a short, honest link label."""
    return urlsplit(url).netloc.removeprefix("www.")


def _links(urls: list[str]) -> tuple[Link, ...]:
    """One link per site, labelled with its domain (the file rows in the source line say which page)."""
    first_per_site = {domain(u): u for u in reversed(urls)}
    return tuple(Link(site, first_per_site[site]) for site in dict.fromkeys(domain(u) for u in urls))


def _rows(file: str, rows: list[int], lang: str) -> str:
    """'published_figures.csv, rad 3 og 10': the file rows a slide's numbers come from."""
    key = "story.source.row" if len(rows) == 1 else "story.source.rows"
    return t(key, lang, file=file, rows=join_words([str(r) for r in rows], lang))


def _article_line(tables: Tables, figure_ids: list[str], lang: str) -> str:
    return t(
        "story.source.article",
        lang,
        source=article_source(tables, lang),
        as_of=article_date(tables, lang),
        rows=_figure_rows(tables, figure_ids, lang),
    )


def _article_links(tables: Tables, figure_ids: list[str]) -> tuple[Link, ...]:
    return _links([str(_figure(tables, f)["source_url"]) for f in figure_ids])


def _chart_source(tables: Tables, chart: ChartRef, rows: str) -> str:
    """The chart's own source line (so the slide and the chart cannot disagree) and the file rows behind it."""
    view = CHART_BY_ID[chart.name].build(tables, *chart.args)
    return f"{view.text.source_line} · {rows}" if view is not None else rows


def _figure_rows(tables: Tables, figure_ids: list[str], lang: str) -> str:
    return _rows(FIGURES_FILE, [int(_figure(tables, f)["source_row"]) for f in figure_ids], lang)


def _notes(lang: str, key: str, count: int, **values: object) -> tuple[str, ...]:
    return tuple(t(f"story.{key}.note{i}", lang, **values) for i in range(1, count + 1))


def _validity_values(tables: Tables, lang: str) -> dict[str, str]:
    """The article's 'valid only 2 years' beside the later sources' 3-year renewals, each with its date.

    Note that both are said on the slide: the article's rule is what its argument builds on, and a
    reader who checks ESCA today finds renewals that last longer, so the slide must not contradict it.
    """
    renewal = _fact(tables, GOLD_RENEWAL_FACT)
    return {
        "years": _num(tables, "label_validity", lang),
        "article_year": formatting.partial_date(_figure(tables, "label_validity")["as_of"], "year", lang),
        "renewal": _fact_number(tables, GOLD_RENEWAL_FACT, lang),
        "renewal_as_of": fact_date(renewal, lang),
    }


# The slides -----------------------------------------------------------------------------------


def labels_slide(tables: Tables, lang: str) -> Slide:
    """What the labels are: three levels, awarded after an ESCA assessment, valid two years."""
    facts = {f: _fact(tables, f) for f in (*LEVEL_FACTS, ESCA_START_FACT, GOLD_RENEWAL_FACT)}
    num = lambda f: _fact_number(tables, f, lang)  # noqa: E731
    threshold = formatting.percent(float(facts["gold_threshold"]["value"]) / 100, lang, decimals=0)
    start_text = str(facts[ESCA_START_FACT]["value"])
    esca_start = formatting.partial_date(parse_partial_date(start_text), precision_of(start_text), lang)
    fact_rows = sorted(int(facts[f]["source_row"]) for f in (*LEVEL_FACTS, ESCA_START_FACT, GOLD_RENEWAL_FACT))
    return Slide(
        key="labels",
        title=t("story.labels.title", lang),
        takeaway=t("story.labels.takeaway", lang, **_validity_values(tables, lang)),
        points=(
            t("story.labels.bronze", lang, indicators=num("bronze_indicators")),
            t("story.labels.silver", lang, areas=num("silver_rule")),
            t("story.labels.gold", lang, indicators=num("gold_indicators"), threshold=threshold),
            t("story.labels.esca", lang, start=esca_start),
        ),
        source=f"{_article_line(tables, ['label_validity'], lang)} · {_rows(FACTS_FILE, fact_rows, lang)}",
        links=_links(
            [str(_figure(tables, "label_validity")["source_url"])]
            + [str(facts[f]["source_url"]) for f in (*LEVEL_FACTS, ESCA_START_FACT, GOLD_RENEWAL_FACT)]
        ),
        notes=_notes(
            lang,
            "labels",
            2,
            years=_num(tables, "label_validity", lang),
            renewal=num(GOLD_RENEWAL_FACT),
            renewal_as_of=fact_date(facts[GOLD_RENEWAL_FACT], lang),
        ),
    )


def index_slide(tables: Tables, lang: str) -> Slide:
    """Norway against Denmark on the quality index, with both sample sizes."""
    comparison = metrics.national_comparison(tables.figures, COUNTRIES).set_index("country")
    gap = metrics.comparison_gap(comparison.reset_index()) or 0.0
    chart = ChartRef("quality_index", (COUNTRIES, lang))
    ids = ["no_quality_index", "dk_quality_index"]
    values = {
        "no": _num(tables, "no_quality_index", lang),
        "dk": _num(tables, "dk_quality_index", lang),
        "gap": formatting.fixed(gap, lang),
        "n_no": formatting.number(int(comparison.loc["NO", "sample_size"]), lang),
        "n_dk": formatting.number(int(comparison.loc["DK", "sample_size"]), lang),
    }
    return Slide(
        key="index",
        title=t("story.index.title", lang),
        takeaway=t("story.index.takeaway", lang, **values),
        chart=chart,
        source=_chart_source(tables, chart, _figure_rows(tables, ids, lang)),
        links=_article_links(tables, ids),
        notes=_notes(lang, "index", 2, **values),
    )


def counts_slide(tables: Tables, lang: str) -> Slide:
    """Valid gold and silver labels in March 2017, as the article counts them."""
    ids = ["no_gold_valid", "no_silver_valid", "dk_gold_valid", "dk_silver_valid"]
    chart = ChartRef("valid_labels", (COUNTRIES, QUOTED_LEVELS, lang))
    as_of = formatting.partial_date(_figure(tables, ids[0])["as_of"], "month", lang)
    no_gold, no_silver, dk_gold, dk_silver = (_num(tables, f, lang) for f in ids)
    return Slide(
        key="counts",
        title=t("story.counts.title", lang),
        takeaway=t(
            "story.counts.takeaway",
            lang,
            as_of=as_of,
            no_gold=no_gold,
            no_silver=no_silver,
            dk_gold=dk_gold,
            dk_silver=dk_silver,
        ),
        chart=chart,
        source=_chart_source(tables, chart, _figure_rows(tables, ids, lang)),
        links=_article_links(tables, ids),
        notes=_notes(lang, "counts", 2, as_of=article_date(tables, lang)),
    )


def follow_up_slide(tables: Tables, lang: str) -> Slide:
    """The funnel 55 → 24 → 31 and the rate, with its Wilson interval in the notes."""
    result = metrics.follow_up(tables.figures)
    chart = ChartRef("follow_up", (lang,))
    ids = ["no_first_benchmarked", "no_followed_up", "no_not_followed_up"]
    pct = lambda share: formatting.percent(share, lang)  # noqa: E731
    return Slide(
        key="follow_up",
        title=t("story.follow_up.title", lang),
        takeaway=t(
            "story.follow_up.takeaway",
            lang,
            total=formatting.number(result.total, lang),
            followed=formatting.number(result.followed_up, lang),
            rate=pct(result.rate),
            lapsed=formatting.number(result.lapsed, lang),
        ),
        chart=chart,
        source=_chart_source(tables, chart, _figure_rows(tables, ids, lang)),
        links=_article_links(tables, ids),
        notes=_notes(lang, "follow_up", 2, rate=pct(result.rate), low=pct(result.low), high=pct(result.high)),
    )


def first_silver(tables: Tables) -> pd.Series:
    """The earliest dated Norwegian silver award in the public records."""
    events = tables.label_events
    silver = events[(events["country"] == "NO") & (events["level"] == "silver") & (events["event"] == "awarded")]
    return silver.dropna(subset=["date"]).sort_values("date").iloc[0]


def next_slide(tables: Tables, lang: str) -> Slide:
    """After the article: the first Norwegian silver, and gold labels per year from the public records."""
    events = tables.label_events
    silver = first_silver(tables)
    name = tables.organisations.set_index("org_id").loc[silver["org_id"], "canonical_name"]
    years = metrics.year_bounds(events)
    gold = metrics.labels_per_year(events, ("NO",), ("gold",), years).groupby("year")["labels"].sum()
    gold_orgs = metrics.highest_levels(events[events["country"] == "NO"])["level"].eq("gold").sum()
    chart = ChartRef("labels_per_year", (("NO",), ("gold",), years, lang))
    return Slide(
        key="next",
        title=t("story.next.title", lang),
        takeaway=t(
            "story.next.takeaway",
            lang,
            date=formatting.partial_date(silver["date"], str(silver["date_precision"]), lang),
            organisation=name,
            labels=formatting.number(int(gold.sum()), lang),
            first=int(gold.index.min()),
            last=int(gold.index.max()),
            peak_year=int(gold.idxmax()),
            peak=formatting.number(int(gold.max()), lang),
        ),
        chart=chart,
        source=_chart_source(tables, chart, _rows(RECORDS_FILE, [int(silver["source_row"])], lang)),
        links=_links([str(silver["source_url"])]),
        notes=_notes(
            lang,
            "next",
            2,
            orgs=formatting.number(int(gold_orgs), lang),
            undated=formatting.number(metrics.undated_count(events, ("NO",), ("gold",)), lang),
        ),
    )


def europe_slide(tables: Tables, lang: str) -> Slide:
    """Counts of European labels from five dated sources, values kept exactly as the sources write them."""
    facts = [_fact(tables, f) for f in EUROPE_FACTS]
    golds = [
        t("story.europe.item", lang, count=formatting.number(gold_part(f), lang), as_of=fact_date(f, lang))
        for fid, f in zip(EUROPE_FACTS, facts, strict=True)
        if fid in EUROPE_TAKEAWAY_FACTS
    ]
    header = tuple(t(f"story.europe.col.{c}", lang) for c in ("as_of", "what", "value", "source"))
    rows = tuple(
        (fact_date(f, lang), t(f"story.europe.fact.{fid}", lang), str(f["value"]), _links([str(f["source_url"])])[0])
        for fid, f in zip(EUROPE_FACTS, facts, strict=True)
    )
    active, cumulative = _fact(tables, ACTIVE_GOLD_FACT), _fact(tables, CUMULATIVE_FACT)
    return Slide(
        key="europe",
        title=t("story.europe.title", lang),
        takeaway=t("story.europe.takeaway", lang, items=join_words(golds, lang)),
        table=Table(header, rows),
        source=t("story.source.facts", lang, rows=_rows(FACTS_FILE, [int(f["source_row"]) for f in facts], lang)),
        notes=_notes(
            lang,
            "europe",
            2,
            active=formatting.number(gold_part(active), lang),
            active_as_of=fact_date(active, lang),
            cumulative_as_of=fact_date(cumulative, lang),
        ),
    )


def message_slide(tables: Tables, lang: str) -> Slide:
    """The article's message: improve continuously and renew before the label expires."""
    result = metrics.follow_up(tables.figures)
    ids = ["label_validity", "no_not_followed_up"]
    renewal = _fact(tables, GOLD_RENEWAL_FACT)
    return Slide(
        key="message",
        title=t("story.message.title", lang),
        takeaway=t(
            "story.message.takeaway",
            lang,
            **_validity_values(tables, lang),
            lapsed=formatting.number(result.lapsed, lang),
            total=formatting.number(result.total, lang),
        ),
        quote_intro=t("story.message.quotes", lang),
        quotes=tuple(str(_figure(tables, f)["quote"]) for f in ids),
        source=f"{_article_line(tables, ids, lang)} · {_rows(FACTS_FILE, [int(renewal['source_row'])], lang)}",
        links=_links([*(str(_figure(tables, f)["source_url"]) for f in ids), str(renewal["source_url"])]),
        notes=_notes(lang, "message", 2, title=tables.sources.set_index("source_id").loc[ARTICLE_SOURCE_ID, "title"]),
    )


SLIDES: tuple[Callable[[Tables, str], Slide], ...] = (
    labels_slide,
    index_slide,
    counts_slide,
    follow_up_slide,
    next_slide,
    europe_slide,
    message_slide,
)
SLIDE_COUNT = len(SLIDES)


def build_slide(tables: Tables, number: int, lang: str) -> Slide:
    """Slide `number` (1-based) in `lang`; only the slide on screen is built."""
    return SLIDES[number - 1](tables, lang)


def build_story(tables: Tables, lang: str) -> list[Slide]:
    return [build(tables, lang) for build in SLIDES]


# Address bar ----------------------------------------------------------------------------------


def url_spec() -> dict[str, Param]:
    """`?slide=N`, 1-based: one of the slide numbers; anything else ('99', 'abc', '2,3') means slide 1."""
    numbers = tuple(str(n) for n in range(FIRST_SLIDE, SLIDE_COUNT + 1))
    return {SLIDE_PARAM: OneOf(numbers, str(FIRST_SLIDE))}


def slide_number(value: Value) -> int:
    """The slide a parsed `?slide=` value names (slide 1 for anything that is not a slide number)."""
    text = str(value)
    number = int(text) if text.isdecimal() else FIRST_SLIDE
    return number if FIRST_SLIDE <= number <= SLIDE_COUNT else FIRST_SLIDE


def clamped_param(raw: str | None) -> str | None:
    """`?slide=99` means 'the end': a whole number past the last slide names the last one, 0 the first.

    Note that anything else (letters, lists, signs, absurd lengths) is returned unchanged, so the
    address-bar parser still refuses it with a notice.
    """
    if raw is None or not re.fullmatch(r"[0-9]{1,6}", raw):
        return raw
    return str(min(max(int(raw), FIRST_SLIDE), SLIDE_COUNT))


def requested_slide(value: object, current: int) -> int:
    """The slide a key press asks for (`{"to": n}` from the browser), kept inside the deck; else `current`.

    Note that the browser sends the slide it wants, not a step: presses that arrive while a rerun
    is still running then cannot be lost or counted twice, the last one simply wins.
    """
    target = value.get("to") if isinstance(value, dict) else None
    if isinstance(target, bool) or not isinstance(target, int):
        return current
    return min(max(target, FIRST_SLIDE), SLIDE_COUNT)


def url_value(number: int) -> dict[str, Value]:
    return {SLIDE_PARAM: str(number)}


def counter(number: int, lang: str) -> str:
    return t("story.counter", lang, number=number, total=SLIDE_COUNT)


# Showing --------------------------------------------------------------------------------------


def projector_spec(spec: dict[str, Any], live: bool = False) -> dict[str, Any]:
    """A copy of a chart's Vega-Lite spec for a slide: type as large as the slide's body, no title block.

    The slide variant differs from the app's chart only in how it looks from the back of a room:
    no title block (the slide shows title, takeaway and source line itself); every font at least
    the slide's body size; dark axis and legend text; no one-item legend and no text layer that
    only repeats that one series' name; every year on a year axis, zero where there is none.
    Data, encodings and the screen-reader `description` stay exactly as built.

    `live=True` is the Streamlit page's variant: the plot fills the box the slide leaves it
    (`height: container`, the box sized by `story.css`) and the body size follows the window
    (`BODY_FONT_EXPR`, the same formula as the CSS). The default is fixed for a file drawn
    without a window (the one-file deck, vl-convert): a 1280×720 slide's body size, twice the
    app's plot height.
    """
    body = BODY_FONT_EXPR if live else str(static_body_px(STATIC_WINDOW))
    projected = {k: _restyled(k, v, body) for k, v in spec.items() if k != "title"}
    if live:
        projected["height"] = "container"
        projected["autosize"] = {"type": "fit", "contains": "padding"}
    elif isinstance(spec.get("height"), int | float):
        projected["height"] = round(spec["height"] * STATIC_HEIGHT_SCALE)
    projected["config"] = _slide_config(projected.get("config", {}))
    layers = projected.get("layer")
    if isinstance(layers, list):
        single = _single_series(layers)
        kept = [_without_legend(layer) if single else layer for layer in layers]
        projected["layer"] = [layer for layer in kept if not (single and _names_its_series(layer))]
        projected.update(_every_year(projected, body))
    return projected


def static_body_px(window: tuple[int, int]) -> float:
    """The slide's body size in a window of `window` (width, height) px: `BODY_FONT_EXPR` without a browser."""
    width, height = window
    return round(min(max(min(height * BODY_VH, width * BODY_VW), BODY_MIN_PX), BODY_MAX_PX), 1)


BODY_FONT_EXPR = f"clamp(min(windowSize()[1] * {BODY_VH}, windowSize()[0] * {BODY_VW}), {BODY_MIN_PX}, {BODY_MAX_PX})"
SLIDE_TEXT_COLOUR = "#1F2328"  # the theme's text colour: 15.8:1 on white, where Streamlit's chart grey is 3.7:1


def _scaled(key: str, value: float, body: str) -> Any:
    """A font size at least the slide's body size; offsets and label widths grow in proportion."""
    factor = f"({body}) / {APP_FONT_PX}"
    if key in {"fontSize", "labelFontSize", "titleFontSize"}:
        return {"expr": f"max({body}, {value} * {factor})"}
    return {"expr": f"{value} * {factor}"}


def _restyled(key: str, value: Any, body: str) -> Any:
    if key == "datasets":  # the rows: nothing to restyle, and by far the largest part
        return value
    if key in FONT_KEYS and isinstance(value, int | float) and not isinstance(value, bool):
        return _scaled(key, value, body)
    if key == "labelAngle":
        return 0  # year labels read level at projector type: a slide's plot is wide enough
    if isinstance(value, dict):
        return {k: _restyled(k, v, body) for k, v in value.items()}
    if isinstance(value, list):
        return [_restyled(key, item, body) for item in value]
    return value


def _slide_config(config: dict[str, Any]) -> dict[str, Any]:
    dark = {"labelColor": SLIDE_TEXT_COLOUR, "titleColor": SLIDE_TEXT_COLOUR}
    return {
        **config,
        "axis": {**config.get("axis", {}), **dark},
        "legend": {**config.get("legend", {}), **dark},
        "text": {**config.get("text", {}), "color": SLIDE_TEXT_COLOUR},
    }


def _colour(layer: dict[str, Any]) -> dict[str, Any]:
    colour = layer.get("encoding", {}).get("color", {})
    return colour if isinstance(colour, dict) else {}


def _single_series(layers: list[Any]) -> bool:
    """True when the colour scale names one series (one country): its legend and labels say nothing."""
    domains = [_colour(layer).get("scale", {}).get("domain") for layer in layers if isinstance(layer, dict)]
    return any(isinstance(d, list) and len(d) == 1 for d in domains)


def _without_legend(layer: dict[str, Any]) -> dict[str, Any]:
    if "field" not in _colour(layer):
        return layer
    encoding = {**layer["encoding"], "color": {**_colour(layer), "legend": None}}
    return {**layer, "encoding": encoding}


def _names_its_series(layer: dict[str, Any]) -> bool:
    """A text layer whose text is its own series key ('NO' on every bar)."""
    encoding = layer.get("encoding", {})
    text, detail = encoding.get("text", {}), encoding.get("detail", {})
    return bool(text.get("field")) and text.get("field") == detail.get("field")


def _every_year(spec: dict[str, Any], body: str) -> dict[str, Any]:
    """An `impute` transform giving every year between the first and last a row (zero), so none is skipped.

    Note that only charts whose x axis is the ordinal `year` get it, and the rows are grouped by
    every other text column so a stacked chart gets its zeros per series. Every year keeps a level
    label, never dropped for overlapping (Vega's default): at the body size where the year's band
    is wide enough, a little smaller where it is not (1024 px: 16 px against the body's 18).
    """
    layers = spec.get("layer", [])
    x_fields = {layer.get("encoding", {}).get("x", {}).get("field") for layer in layers}
    rows = [row for data in spec.get("datasets", {}).values() for row in data]
    years = [row["year"] for row in rows if isinstance(row.get("year"), int)]
    if x_fields != {"year"} or not years:
        return {}
    value_field = next(
        (layer["encoding"]["y"]["field"] for layer in layers if "field" in layer.get("encoding", {}).get("y", {})),
        None,
    )
    groups = sorted({k for row in rows for k, v in row.items() if isinstance(v, str) and k != "record_ids"})
    impute = {
        "impute": value_field,
        "key": "year",
        "keyvals": {"start": min(years), "stop": max(years) + 1},
        "groupby": groups,
        "value": 0,
    }
    if not value_field:
        return {}
    per_year = f"width / {max(years) - min(years) + 1} / {YEAR_LABEL_EMS}"
    axis = {"labelAngle": 0, "labelOverlap": False, "labelFontSize": {"expr": f"min({body}, {per_year})"}}
    return {"transform": [*spec.get("transform", []), impute], "layer": [_with_x_axis(ly, axis) for ly in layers]}


def _with_x_axis(layer: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    encoding = layer.get("encoding", {})
    x = encoding.get("x")
    if not isinstance(x, dict) or ("axis" in x and x["axis"] is None):  # no axis at all: nothing to label
        return layer
    return {**layer, "encoding": {**encoding, "x": {**x, "axis": {**x.get("axis", {}), **settings}}}}


def cell_markdown(cell: str | Link) -> str:
    return markdown_link(cell.label, cell.url) if isinstance(cell, Link) else escape_markdown(cell)


def table_markdown(table: Table) -> str:
    """A Markdown table whose cells show as text (escaped) and whose links are plain http(s) only."""
    lines = [
        "| " + " | ".join(escape_markdown(h) for h in table.header) + " |",
        "|" + "---|" * len(table.header),
    ]
    lines += ["| " + " | ".join(cell_markdown(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def links_markdown(links: tuple[Link, ...]) -> str:
    return " · ".join(markdown_link(link.label, link.url) for link in links)
