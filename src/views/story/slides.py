"""The presenter's story: the article's argument as seven slides, one number-bearing sentence each.

Every slide is a title, one takeaway that states its numbers, at most one chart (a registry chart
and its arguments), a source line and speaker notes. Nothing here imports Streamlit.

Note that the catalog (`src/text/locale/*/messages.po`, keys `story.*`) holds only the words: every number is
read from the data here and formatted for the reader's language, so a corrected source row corrects the slide.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace

import pandas as pd

from src.facts.data import Tables
from src.facts.dates import parse_partial_date, precision_of
from src.facts.schemas import COUNTRIES
from src.metrics import metrics
from src.text import formatting
from src.text.i18n import t, tn
from src.text.text_safety import escape_markdown, markdown_link
from src.views.chart_view import ChartView, Quoted
from src.views.filters import QUOTED_LEVELS
from src.views.references import ARTICLE_SOURCE_ID, article_date, article_source, join_words
from src.views.registry import CHART_BY_ID
from src.views.share import site_of

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
    quotes: tuple[Quoted, ...] = ()
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


def _links(urls: list[str]) -> tuple[Link, ...]:
    """One link per site, labelled with its domain (the file rows in the source line say which page)."""
    first_per_site = {site_of(u): u for u in reversed(urls)}
    return tuple(Link(site, first_per_site[site]) for site in dict.fromkeys(site_of(u) for u in urls))


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
        source=_figure_rows(tables, ids, lang),
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
        source=_figure_rows(tables, ids, lang),
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
        source=_figure_rows(tables, ids, lang),
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
        source=_rows(RECORDS_FILE, [int(silver["source_row"])], lang),
        links=_links([str(silver["source_url"])]),
        notes=(
            tn("story.next.note1", int(gold_orgs), lang),
            tn("story.next.note2", metrics.undated_count(events, ("NO",), ("gold",)), lang),
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
        quotes=tuple(Quoted(str(row["quote"]), str(row["quote_lang"])) for row in (_figure(tables, f) for f in ids)),
        source=f"{_article_line(tables, ids, lang)} · {_rows(FACTS_FILE, [int(renewal['source_row'])], lang)}",
        links=_links([*(str(_figure(tables, f)["source_url"]) for f in ids), str(renewal["source_url"])]),
        notes=_notes(lang, "message", 2, title=tables.sources.set_index("source_id").loc[ARTICLE_SOURCE_ID, "title"]),
    )


# A chart slide's `source` is only its file rows: `build_slide` puts the chart's own source line in front.
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
ViewOf = Callable[[ChartRef], ChartView | None]
"""Builds (or fetches) the chart view a slide names: the app passes its cached `ui.view`, so a run builds it once."""


def view_builder(tables: Tables) -> ViewOf:
    """Builds each chart a slide names at most once, for callers without a cache of their own (the deck, tests)."""
    built: dict[ChartRef, ChartView | None] = {}

    def view_of(chart: ChartRef) -> ChartView | None:
        if chart not in built:
            built[chart] = CHART_BY_ID[chart.name].build(tables, *chart.args)
        return built[chart]

    return view_of


def build_slide(tables: Tables, number: int, lang: str, view_of: ViewOf | None = None) -> Slide:
    """Slide `number` (1-based) in `lang`; only the slide on screen is built.

    Note that `view_of` is how the chart's view is had: a caller that shows the chart passes the same
    function it draws with, so the view behind the source line and the drawn one are one build.
    """
    return _with_chart_source(SLIDES[number - 1](tables, lang), view_of or view_builder(tables))


def build_story(tables: Tables, lang: str, view_of: ViewOf | None = None) -> list[Slide]:
    view_of = view_of or view_builder(tables)
    return [_with_chart_source(build(tables, lang), view_of) for build in SLIDES]


def _with_chart_source(slide: Slide, view_of: ViewOf) -> Slide:
    """The chart's own source line before the file rows, so the slide and its chart cannot disagree."""
    view = view_of(slide.chart) if slide.chart is not None else None
    return replace(slide, source=f"{view.text.source_line} · {slide.source}") if view is not None else slide


# Markdown for the page -------------------------------------------------------------------------


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
