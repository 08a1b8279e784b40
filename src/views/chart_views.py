"""Ready-to-show chart views: metrics + text + chart builder, one function per chart.

A page asks for a view with the reader's filters and language and renders it; everything a
reader sees about a chart (numbers, sentence, source line, table) is decided here, testably.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

import altair as alt
import pandas as pd
import pyarrow as pa
from babel.lists import format_list

from src.facts import europe
from src.facts.data import Tables
from src.facts.events import event_count
from src.facts.validity import EXPIRY, INFERRED, expiry_text
from src.metrics import metrics, radar
from src.metrics.metrics import COUNTRY_ORDER, LEVEL_ORDER
from src.text import formatting
from src.text.formatting import locale_of
from src.text.i18n import t
from src.views import charts, org_charts
from src.views.charts import ChartText

ARTICLE_SOURCE_ID = "clusterservices-2017"
GOLD_THRESHOLD_FACT = "gold_threshold"
QUOTED_LEVEL_ORDER = ("gold", "silver")  # the article's order: the highest level first


@dataclass(frozen=True)
class SourceRef:
    """Where one number comes from: the file and row, the page, and the sentence that states it."""

    where: str
    url: str
    quote: str
    row: int


@dataclass(frozen=True)
class ChartView:
    """One chart as a reader gets it: the chart, its words, the rows behind it and their sources."""

    chart_id: str
    chart: alt.LayerChart
    text: ChartText
    table: pd.DataFrame
    sources: list[SourceRef] = field(default_factory=list)
    as_of: str | None = None  # ISO day (or year) the numbers hold for, when the view knows it
    items: tuple[str, ...] = ()  # the text alternative's items, one per row of `table`, in order
    n: dict[str, int] = field(default_factory=dict)  # the source line's n, by country code (or by what is counted)
    params: dict[str, str] = field(default_factory=dict)  # URL parameters that reopen this view (`registry.build`)

    @property
    def shown(self) -> str:
        """What the filters left, for file names: 'no-silver', 'no-dk_gold-silver_2013-2019' ('' when unfiltered)."""
        parts = []
        for column, order in (("country", COUNTRY_ORDER), ("level", LEVEL_ORDER)):
            if column in self.table.columns:
                present = set(self.table[column])
                parts.append("-".join(v.lower() for v in order if v in present))
        if "year" in self.table.columns and not self.table.empty:
            parts.append(f"{int(self.table['year'].min())}-{int(self.table['year'].max())}")
        return "_".join(p for p in parts if p)

    @cached_property
    def spec(self) -> dict[str, Any]:
        """The Vega-Lite spec, validated once (Altair's validation is the slow part of a rerun)."""
        return self.chart.to_dict()

    @cached_property
    def arrow_datasets(self) -> dict[str, bytes]:
        """The spec's inline datasets as Arrow IPC streams, serialised once.

        Note that a renderer that ships data as Arrow (Streamlit does) would otherwise rebuild a
        frame from the spec's rows and serialise it on every rerun: most of a chart's cost there.
        """
        return {name: _arrow_ipc(pd.DataFrame(rows)) for name, rows in self.spec.get("datasets", {}).items()}


def _arrow_ipc(frame: pd.DataFrame) -> bytes:
    """A frame as one Arrow IPC stream (with pandas metadata, as `pyarrow.Table.from_pandas` writes it)."""
    table = pa.Table.from_pandas(frame)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def join_words(items: list[str], lang: str) -> str:
    """'28 og 29' / '28 and 29'."""
    return format_list(items, locale=locale_of(lang)) if items else ""


def country_name(code: str, lang: str) -> str:
    return t(f"country.{code}", lang)


def level_name(level: str, lang: str) -> str:
    return t(f"level.{level}", lang)


def article_source(tables: Tables, lang: str) -> str:
    """'Kilde: Cluster Services … (2017), «Mangler norske klynger …»'."""
    src = tables.sources.set_index("source_id").loc[ARTICLE_SOURCE_ID]
    return t("source.article", lang, publisher=src["publisher"], year=src["published"].year, title=src["title"])


def article_date(tables: Tables, lang: str) -> str:
    return formatting.day(tables.sources.set_index("source_id").loc[ARTICLE_SOURCE_ID, "published"], lang)


def figure_refs(tables: Tables, figure_ids: list[str], lang: str) -> list[SourceRef]:
    """Source references for quoted figures, in the order given, one per figure."""
    rows = tables.figures.set_index("figure_id").loc[figure_ids]
    return [
        SourceRef(
            t("source.file_row", lang, file="published_figures.csv", row=r.source_row, what=fid),
            str(r.source_url),
            str(r.quote),
            int(r.source_row),
        )
        for fid, r in rows.iterrows()
    ]


def record_refs(tables: Tables, record_ids: list[str], lang: str) -> list[SourceRef]:
    """Source references for label records (file row, page, quote)."""
    return refs_of_records(tables.label_events, record_ids, lang)


def refs_of_records(records: pd.DataFrame, record_ids: Collection[str], lang: str) -> list[SourceRef]:
    """Source references for the rows of `records` whose id is in `record_ids`, in the frame's order."""
    rows = records[records["record_id"].isin(list(record_ids))]
    return [
        SourceRef(
            t("source.file_row", lang, file="label_records.csv", row=r.source_row, what=r.name_as_written),
            str(r.source_url),
            str(r.source_quote),
            int(r.source_row),
        )
        for r in rows.itertuples()
    ]


def _finish(
    chart_id: str,
    chart: alt.LayerChart,
    text: ChartText,
    table: pd.DataFrame,
    lang: str,
    sources: list[SourceRef] | None = None,
    as_of: str | None = None,
    items: Sequence[str] = (),
    n: dict[str, int] | None = None,
) -> ChartView:
    """Caption the chart (title, source line, text alternative, locale) and bundle it with its rows and sources."""
    table = table.reset_index(drop=True)
    captioned = charts.captioned(chart, text, lang)
    return ChartView(chart_id, captioned, text, table, sources or [], as_of, tuple(items), dict(n or {}))


def quality_index_view(tables: Tables, countries: Sequence[str], lang: str) -> ChartView | None:
    """Quality index per country with n; how far apart the two countries are, when both are shown."""
    data = metrics.national_comparison(tables.figures, countries)
    if data.empty:
        return None
    data = data.assign(
        country_label=[
            f"{country_name(c, lang)} (n = {n})" for c, n in zip(data["country"], data["sample_size"], strict=True)
        ],
        value_label=[formatting.number(v, lang) for v in data["value"]],
    )
    items = [
        t("comparison.index.item", lang, country=country_name(c, lang), value=v, n=n)
        for c, v, n in zip(data["country"], data["value_label"], data["sample_size"], strict=True)
    ]
    text = ChartText(
        title=t("comparison.index.title", lang),
        subtitle=_index_takeaway(data, lang),
        source_line=_article_line(tables, n_by_country(data["country"], data["sample_size"], lang), lang),
        description=t("comparison.index.description", lang, items=join_words(items, lang)),
    )
    chart = charts.horizontal_bars(
        data,
        value="value",
        label="country_label",
        text="value_label",
        color="country",
        colors=charts.COUNTRY_COLORS,
        axis_title=t("comparison.index.axis", lang),
        domain=(0, 100),
    )
    table = data[["country", "value", "sample_size", "figure_id", "source_row"]]
    refs = figure_refs(tables, list(data["figure_id"]), lang)
    n = {str(c): int(k) for c, k in zip(data["country"], data["sample_size"], strict=True)}
    return _finish("quality_index", chart, text, table, lang, refs, _figures_as_of(tables, data), items, n)


def _index_takeaway(data: pd.DataFrame, lang: str) -> str:
    """The gap when both countries are shown (the higher named first), else the one country's value and n."""
    if len(data) == 1:
        row = data.iloc[0]
        return t(
            "captions.index.single",
            lang,
            country=country_name(row["country"], lang),
            value=row["value_label"],
            n=formatting.number(int(row["sample_size"]), lang),
        )
    high, low = data.sort_values("value", ascending=False, kind="stable").iloc[[0, -1]].itertuples()
    if high.value == low.value:
        return t("captions.index.equal", lang, value=high.value_label)
    sentence = t(
        "captions.index.gap",
        lang,
        leader=t(f"captions.adjective.{high.country}", lang),
        other=t(f"captions.adjective.{low.country}", lang),
        gap=formatting.fixed(round(float(high.value) - float(low.value), 1), lang),
        high=high.value_label,
        low=low.value_label,
    )
    return sentence[:1].upper() + sentence[1:]


def _figures_as_of(tables: Tables, data: pd.DataFrame) -> str:
    """The quoted figures' as-of day (ISO), read from the rows shown."""
    shown = tables.figures[tables.figures["figure_id"].isin(data["figure_id"])]
    return pd.Timestamp(shown["as_of"].max()).date().isoformat()


def n_by_country(countries: Sequence[str], sizes: Sequence[int], lang: str) -> str:
    """'28 (Norge) og 29 (Danmark)': each n says whose it is."""
    parts = [
        f"{formatting.number(int(n), lang)} ({country_name(c, lang)})" for c, n in zip(countries, sizes, strict=True)
    ]
    return join_words(parts, lang)


def _article_line(tables: Tables, n_text: str, lang: str) -> str:
    return t("source.line", lang, source=article_source(tables, lang), n=n_text, as_of=article_date(tables, lang))


def _level_frame(frame: pd.DataFrame, value: str, lang: str) -> pd.DataFrame:
    return frame.assign(
        country_label=[country_name(c, lang) for c in frame["country"]],
        level_label=[level_name(lvl, lang) for lvl in frame["level"]],
        value_label=[formatting.number(v, lang) for v in frame[value]],
        bar_text=[
            f"{level_name(lvl, lang)}: {formatting.number(v, lang)}"
            for lvl, v in zip(frame["level"], frame[value], strict=True)
        ],
    )


def valid_counts_view(tables: Tables, countries: Sequence[str], levels: Sequence[str], lang: str) -> ChartView | None:
    """Valid gold and silver labels per country in March 2017, as quoted: only the levels and countries shown."""
    data = metrics.valid_label_counts(tables.figures, countries, levels)
    if data.empty:
        return None
    data = _level_frame(data, "count", lang)
    totals = data.groupby("country", sort=False)["count"].sum()  # labels counted per country
    shown_levels = [lvl for lvl in QUOTED_LEVEL_ORDER if lvl in set(data["level"])]
    as_of = _figures_as_of(tables, data)
    items = [
        t("comparison.counts.item", lang, country=c, level=lv.lower(), count=v)
        for c, lv, v in zip(data["country_label"], data["level_label"], data["value_label"], strict=True)
    ]
    n_text = join_words(
        [
            t("captions.counts.n", lang, count=formatting.number(int(n), lang), country=country_name(c, lang))
            for c, n in totals.items()
        ],
        lang,
    )
    text = ChartText(
        title=t(
            f"captions.counts.title.{'_'.join(shown_levels)}",
            lang,
            as_of=formatting.partial_date(pd.Timestamp(as_of), "month", lang),
        ),
        subtitle=_counts_takeaway(data, shown_levels, lang),
        source_line=_article_line(tables, n_text, lang),
        description=t("comparison.counts.description", lang, items=join_words(items, lang)),
    )
    chart = charts.grouped_level_bars(data, value="count", axis_title=t("comparison.counts.axis", lang))
    table = data[["country", "level", "count", "figure_id", "source_row"]]
    refs = figure_refs(tables, list(data["figure_id"]), lang)
    n = {str(c): int(k) for c, k in totals.items()}
    return _finish("valid_labels", chart, text, table, lang, refs, as_of, items, n)


def _label_count(level: str, count: float, lang: str) -> str:
    """'6 gullmerker' / '1 silver label'."""
    form = "one" if count == 1 else "other"
    return t(f"captions.counts.{form}.{level}", lang, count=formatting.number(count, lang))


def _counts_takeaway(data: pd.DataFrame, levels: list[str], lang: str) -> str:
    """One country: what it had. Two: who had more at each level shown (or as many), with both numbers."""
    by = {(r.country, r.level): float(r.count) for r in data.itertuples()}
    shown = [c for c in COUNTRY_ORDER if c in set(data["country"])]
    if len(shown) == 1:
        parts = [_label_count(lvl, by[(shown[0], lvl)], lang) for lvl in levels]
        return t("captions.counts.single", lang, country=country_name(shown[0], lang), items=join_words(parts, lang))
    first, second = shown
    leaders = {lvl: _leader(by[(first, lvl)], by[(second, lvl)], first, second) for lvl in levels}
    if len(levels) == 2 and len(set(leaders.values())) == 1 and None not in leaders.values():
        leader = next(iter(leaders.values()))
        assert leader is not None
        other = second if leader == first else first
        values = {
            f"{lvl}_{side}": formatting.number(by[(code, lvl)], lang)
            for lvl in levels
            for side, code in (("high", leader), ("low", other))
        }
        return t(
            "captions.counts.compare_all",
            lang,
            leader=country_name(leader, lang),
            other=country_name(other, lang),
            **values,
        )
    return " ".join(_level_sentence(by, lvl, leaders[lvl], first, second, lang) for lvl in levels)


def _leader(a: float, b: float, first: str, second: str) -> str | None:
    return None if a == b else (first if a > b else second)


def _level_sentence(
    by: dict[tuple[str, str], float], level: str, leader: str | None, first: str, second: str, lang: str
) -> str:
    words = t(f"captions.level_plural.{level}", lang)
    if leader is None:
        count = formatting.number(by[(first, level)], lang)
        return t(
            "captions.counts.equal",
            lang,
            first=country_name(first, lang),
            second=country_name(second, lang),
            level=words,
            count=count,
        )
    other = second if leader == first else first
    return t(
        "captions.counts.compare",
        lang,
        leader=country_name(leader, lang),
        other=country_name(other, lang),
        level=words,
        high=formatting.number(by[(leader, level)], lang),
        low=formatting.number(by[(other, level)], lang),
    )


def follow_up_view(tables: Tables, lang: str) -> ChartView:
    """The follow-up funnel 55 → 24 renewed or upgraded → 31 lapsed."""
    data = metrics.follow_up_funnel(tables.figures)
    result = metrics.follow_up(tables.figures)
    data = data.assign(
        stage_label=[t(f"stage.{s}", lang) for s in data["stage"]],
        count_label=[formatting.number(c, lang) for c in data["count"]],
    )
    items = [
        t("follow_up.chart.item", lang, stage=s, count=c)
        for s, c in zip(data["stage_label"], data["count_label"], strict=True)
    ]
    text = ChartText(
        title=t("follow_up.chart.title", lang),
        subtitle=t(
            "follow_up.chart.subtitle", lang, followed=result.followed_up, total=result.total, lapsed=result.lapsed
        ),
        source_line=_article_line(tables, formatting.number(result.total, lang), lang),
        description=t("follow_up.chart.description", lang, items=join_words(items, lang)),
    )
    chart = charts.horizontal_bars(
        data,
        value="count",
        label="stage_label",
        text="count_label",
        color="stage",
        colors=charts.STAGE_COLORS,
        axis_title=t("follow_up.chart.axis", lang),
        counts=True,
    )
    table = data[["stage", "count", "figure_id", "source_row"]]
    refs = figure_refs(tables, list(data["figure_id"]), lang)
    n = {"NO": result.total}
    return _finish("follow_up", chart, text, table, lang, refs, _figures_as_of(tables, data), items, n)


def records_line(tables: Tables, n_text: str, lang: str, as_of: str | None = None) -> str:
    """Source line for charts computed from the public label records: how many rows, how many events.

    Note that `as_of` is the latest year among the rows shown (a filtered chart holds for its own
    span); by default the latest year of every record. Records often give only a year, so no more.
    """
    events = tables.label_events
    source = t(
        "source.records",
        lang,
        count=formatting.number(len(events), lang),
        events=formatting.number(event_count(events), lang),
    )
    return t("source.line", lang, source=source, n=n_text, as_of=as_of or latest_year(events))


def latest_year(events: pd.DataFrame) -> str:
    """The latest year any of `events` is dated in ('' when none is dated)."""
    years = events["year"].dropna()
    return str(int(years.max())) if len(years) else ""


def level_distribution_view(
    tables: Tables, countries: Sequence[str], levels: Sequence[str], lang: str
) -> ChartView | None:
    """Organisations by the highest level the public records mention, per country."""
    data = metrics.level_distribution(tables.label_events, countries)
    data = data[data["level"].isin(levels)].reset_index(drop=True)
    if data.empty:
        return None
    data = _level_frame(data, "organisations", lang)
    totals = data.drop_duplicates("country")
    n_text = n_by_country(list(totals["country"]), list(totals["n"]), lang)
    items = [
        t("levels.distribution.item", lang, country=c, level=lv.lower(), count=v)
        for c, lv, v in zip(data["country_label"], data["level_label"], data["value_label"], strict=True)
    ]
    as_of = latest_year(tables.label_events[tables.label_events["country"].isin(data["country"])])
    text = ChartText(
        title=t("levels.distribution.title", lang),
        subtitle=t("levels.distribution.subtitle", lang),
        source_line=records_line(tables, n_text, lang, as_of),
        description=t("levels.distribution.description", lang, items=join_words(items, lang)),
    )
    chart = charts.grouped_level_bars(data, value="organisations", axis_title=t("levels.distribution.axis", lang))
    table = data[["country", "level", "organisations", "n"]]
    n = {str(c): int(k) for c, k in zip(totals["country"], totals["n"], strict=True)}
    return _finish("level_distribution", chart, text, table, lang, as_of=as_of, items=items, n=n)


def labels_per_year_view(
    tables: Tables, countries: Sequence[str], levels: Sequence[str], years: tuple[int, int], lang: str
) -> ChartView | None:
    """Labels awarded or renewed per year from dated public records, stacked by country."""
    data = metrics.labels_per_year(tables.label_events, countries, levels, years)
    if data.empty:
        return None
    data = data.assign(
        country_label=[country_name(c, lang) for c in data["country"]],
        country_short=[t(f"country.short.{c}", lang) for c in data["country"]],
    )
    per_year = data.groupby("year")["labels"].sum()
    peak_years = [str(y) for y, c in per_year.items() if c == per_year.max()]
    undated = metrics.undated_count(tables.label_events, countries, levels)
    items = [
        t("captions.per_year.item", lang, year=y, country=c, level=level_name(lvl, lang).lower(), count=n)
        for y, c, lvl, n in zip(data["year"], data["country_label"], data["level"], data["labels"], strict=True)
    ]
    n_text = t(
        "captions.per_year.n",
        lang,
        count=formatting.number(int(data["labels"].sum()), lang),
        undated=formatting.number(undated, lang),
    )
    as_of = str(int(data["year"].max()))
    text = ChartText(
        title=t("levels.per_year.title", lang),
        subtitle=t("captions.per_year.peak", lang, years=join_words(peak_years, lang), count=int(per_year.max())),
        source_line=records_line(tables, n_text, lang, as_of),
        description=t("captions.per_year.description", lang, items=join_words(items, lang)),
    )
    chart = charts.stacked_year_bars(
        data, axis_title=t("levels.per_year.axis", lang), legend_title=t("filter.countries", lang)
    )
    ids = [i for ids in data["record_ids"] for i in ids.split(", ")]
    table = data[["year", "country", "level", "labels", "record_ids"]]
    n = {"labels": int(data["labels"].sum()), "undated": undated}
    return _finish("labels_per_year", chart, text, table, lang, record_refs(tables, ids, lang), as_of, items, n)


def score_view(
    tables: Tables, countries: Sequence[str], levels: Sequence[str], years: tuple[int, int], lang: str
) -> ChartView | None:
    """Published gold scores per organisation and year, beside the threshold gold asks for.

    Note that only gold labels are scored, so with gold not among the chosen `levels` there is nothing to show.
    """
    if "gold" not in levels:
        return None
    data = metrics.score_history(tables.label_events, tables.organisations, countries)
    data = data[(data["year"] >= years[0]) & (data["year"] <= years[1])].reset_index(drop=True)
    if data.empty:
        return None
    threshold = float(tables.context_facts.set_index("fact_id").loc[GOLD_THRESHOLD_FACT, "value"])
    data = data.assign(
        year=data["year"].astype("int64"),
        level="gold",
        threshold_pct=threshold,
        score_label=[formatting.number(s, lang) for s in data["score_pct"]],
    )
    items = [
        t("captions.scores.item", lang, organisation=o, country=country_name(c, lang), year=y, score=s)
        for o, c, y, s in zip(data["organisation"], data["country"], data["year"], data["score_label"], strict=True)
    ]
    low, high = (formatting.number(v, lang) for v in (data["score_pct"].min(), data["score_pct"].max()))
    threshold_text = formatting.number(threshold, lang)
    if len(data) == 1 or low == high:
        key = "captions.scores.single" if len(data) == 1 else "captions.scores.same"
        subtitle = t(key, lang, threshold=threshold_text, score=low)
    else:
        subtitle = t("levels.scores.subtitle", lang, threshold=threshold_text, low=low, high=high)
    as_of = str(int(data["year"].max()))
    text = ChartText(
        title=t("levels.scores.title", lang),
        subtitle=subtitle,
        source_line=records_line(tables, formatting.number(data["organisation"].nunique(), lang), lang, as_of),
        description=t("levels.scores.description", lang, items=join_words(items, lang)),
    )
    chart = charts.score_timeline(data, years=(int(data["year"].min()), int(data["year"].max())))
    table = data[["organisation", "country", "level", "year", "score_pct", "threshold_pct", "record_id"]]
    refs = record_refs(tables, list(data["record_id"]), lang)
    n = {"organisations": int(data["organisation"].nunique())}
    return _finish("gold_scores", chart, text, table, lang, refs, as_of, items, n)


TIMELINE_MAX = 40  # rows a phone can still read; the table lists every organisation


def expiry_radar_view(tables: Tables, on: date, months: int, lang: str) -> ChartView | None:
    """Who holds a valid label on day `on`, who must renew within `months`, who lapsed lately: a timeline.

    Note that the table (and the text alternative) holds every organisation the counts are about;
    the drawn timeline only the `TIMELINE_MAX` expiring first.
    """
    index = radar.index_for(tables.label_events)
    shown = radar.board(index, on, months)
    chosen = radar.recent(shown, on, months)
    rows = radar.board_rows(index, shown, chosen)
    if rows.empty:
        return None
    data = _timeline_frame(tables, rows, lang)
    counts = data["status"].value_counts()
    valid, expiring, lapsed = (int(counts.get(status, 0)) for status in (radar.VALID, radar.EXPIRING, radar.EXPIRED))
    key = "captions.radar.subtitle_one" if months == 1 else "radar.chart.subtitle"  # '1 måned', '6 måneder'
    subtitle = t(key, lang, valid=valid, expiring=expiring, lapsed=lapsed, months=months)
    if len(data) > TIMELINE_MAX:
        subtitle += " " + t("captions.radar.shown", lang, shown=TIMELINE_MAX, total=formatting.number(len(data), lang))
    items = [
        t("radar.chart.item", lang, organisation=o, level=lv, status=s, expiry=e)
        for o, lv, s, e in data[["organisation", "level_label", "status_label", "expiry_label"]].itertuples(index=False)
    ]
    day_text = formatting.day(on, lang)
    text = ChartText(
        title=t("radar.chart.title", lang, date=day_text),
        subtitle=subtitle,
        source_line=records_line(tables, t("radar.chart.n", lang, count=formatting.number(len(data), lang)), lang),
        description=t("radar.chart.description", lang, date=day_text, items=join_words(items, lang)),
    )
    horizon = (pd.Timestamp(on) + pd.DateOffset(months=months)).date().isoformat()
    drawn = data.head(TIMELINE_MAX)
    chart = charts.expiry_timeline(
        drawn, on=on.isoformat(), horizon=horizon, legend_title=t("radar.chart.legend", lang)
    )
    table = data[["organisation", "country", "level", "status", "expiry", INFERRED, "record_id"]]
    refs = record_refs(tables, [i for ids in rows["record_ids"] for i in ids.split(", ")], lang)
    n = {"organisations": len(data)}
    return _finish("expiry_radar", chart, text, table, lang, refs, as_of=on.isoformat(), items=items, n=n)


def _timeline_frame(tables: Tables, rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Radar rows with the reader's words: 'Name (NO)', level, status and the expiry as they write dates."""
    names = (
        rows["org_id"].map(tables.organisations.set_index("org_id")["canonical_name"]).fillna(rows["name_as_written"])
    )
    expiry_labels = [expiry_text(d, inferred, lang) for d, inferred in zip(rows[EXPIRY], rows[INFERRED], strict=True)]
    return rows.assign(
        organisation=[f"{n} ({c})" for n, c in zip(names, rows["country"], strict=True)],
        expiry=rows[EXPIRY].dt.strftime("%Y-%m-%d"),
        level_label=[level_name(v, lang) for v in rows["level"]],
        status_label=[t(f"radar.status.{s}", lang) for s in rows["status"]],
        expiry_label=expiry_labels,
    )


# The table behind the Europe chart: each count traceable to its file and row.
EUROPE_COLUMNS = ["day", "year", "series", "level", "count", "qualifier", "statement", "quote", "fact_id", "source",
                  "file", "source_row"]  # fmt: skip


def europe_view(tables: Tables, lang: str) -> ChartView | None:
    """Europe-wide label counts at their as-of dates, with Norway's 6 gold labels (March 2017) among them."""
    data = europe.europe_counts(tables.context_facts, tables.figures, lang)
    if data.empty:
        return None
    norway = data[data["series"] == "norway_gold"]
    items = [f"{s}: {c} ({d})" for s, c, d in data[["series_label", "count_label", "date_label"]].itertuples(False)]
    text = ChartText(
        title=t("europe.title" if not norway.empty else "europe.title.plain", lang),
        subtitle=_europe_takeaway(data, norway, lang) + " " + t("europe.subtitle.mixed", lang),
        source_line=t(
            "source.line",
            lang,
            source=t("europe.source", lang, count=len(data)),
            n=t("europe.n", lang, count=len(data), undated=europe.undated_count(tables.context_facts)),
            as_of=formatting.partial_date(pd.Timestamp(data["day"].max()), "month", lang),
        ),
        description=t("europe.description", lang, items=join_words(items, lang)),
    )
    chart = org_charts.europe(data, axis_title=t("europe.axis", lang), legend=t("europe.legend", lang))
    refs = [SourceRef(t("source.file_row", lang, file=r.file, row=r.source_row, what=r.fact_id), r.source, r.quote,
                      int(r.source_row)) for r in data.itertuples()]  # fmt: skip
    iso_days = [formatting.iso_partial(d, p) for d, p in zip(data["day"], data["precision"], strict=True)]
    table = data[EUROPE_COLUMNS].assign(day=iso_days)  # 'May 2014' is '2014-05', never 2014-05-01
    return _finish("europe_labels", chart, text, table, lang, refs, as_of=str(data["day"].max()), items=items)


def _europe_takeaway(data: pd.DataFrame, norway: pd.DataFrame, lang: str) -> str:
    """'Norge hadde 6 gyldige gullmerker i mars 2017; i Europa hadde 86 klynger gull (september 2017) …'."""
    if norway.empty:
        return t("europe.subtitle.plain", lang)
    day = str(norway["day"].iloc[0])
    gold, benchmarked = europe.nearest(data, "gold", day), europe.nearest(data, "benchmarked", day)
    if gold is None or benchmarked is None:
        return t("europe.subtitle.plain", lang)
    return t(
        "europe.subtitle.against",
        lang,
        no=norway["count_label"].iloc[0],
        no_date=europe.month_label(norway.iloc[0], lang),
        gold=gold["count_label"],
        gold_date=europe.month_label(gold, lang),
        benchmarked=benchmarked["count_label"],
        benchmarked_date=europe.month_label(benchmarked, lang),
    )
