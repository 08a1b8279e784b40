"""Ready-to-show chart views: metrics + text + chart builder, one function per chart.

A page asks for a view with the reader's filters and language and renders it; everything a
reader sees about a chart (numbers, sentence, source line, table) is decided here, testably.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

import altair as alt
import pandas as pd
import pyarrow as pa
from babel.lists import format_list

from src import charts, formatting, metrics, radar
from src.charts import ChartText
from src.data import Tables
from src.events import event_count
from src.formatting import locale_of
from src.i18n import t
from src.validity import EXPIRY, INFERRED, expiry_text

ARTICLE_SOURCE_ID = "clusterservices-2017"
GOLD_THRESHOLD_FACT = "gold_threshold"


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
    as_of: str | None = None  # ISO day the chart shows, when the reader chose it (else the data's own date)

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
    rows = tables.label_events[tables.label_events["record_id"].isin(record_ids)]
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
) -> ChartView:
    """Caption the chart (title, source line, text alternative, locale) and bundle it with its rows and sources."""
    return ChartView(chart_id, charts.captioned(chart, text, lang), text, table, sources or [], as_of)


def quality_index_view(tables: Tables, countries: Sequence[str], lang: str) -> ChartView | None:
    """Quality index per country with n, and how far Norway is behind Denmark."""
    data = metrics.national_comparison(tables.figures, countries)
    if data.empty:
        return None
    data = data.assign(
        country_label=[
            f"{country_name(c, lang)} (n = {n})" for c, n in zip(data["country"], data["sample_size"], strict=True)
        ],
        value_label=[formatting.number(v, lang) for v in data["value"]],
    )
    gap = metrics.comparison_gap(data)
    subtitle = (
        t("comparison.index.subtitle", lang, gap=formatting.fixed(gap, lang))
        if gap is not None
        else t("comparison.index.subtitle_single", lang)
    )
    items = [
        t("comparison.index.item", lang, country=country_name(c, lang), value=v, n=n)
        for c, v, n in zip(data["country"], data["value_label"], data["sample_size"], strict=True)
    ]
    text = ChartText(
        title=t("comparison.index.title", lang),
        subtitle=subtitle,
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
    return _finish("quality_index", chart, text, table, lang, figure_refs(tables, list(data["figure_id"]), lang))


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
    """Valid gold and silver labels per country in March 2017, as quoted."""
    data = metrics.valid_label_counts(tables.figures, countries, levels)
    if data.empty:
        return None
    data = _level_frame(data, "count", lang)
    totals = data.groupby("country", sort=False)["count"].sum()  # organisations with a valid gold or silver label
    items = [
        t("comparison.counts.item", lang, country=c, level=lv.lower(), count=v)
        for c, lv, v in zip(data["country_label"], data["level_label"], data["value_label"], strict=True)
    ]
    text = ChartText(
        title=t("comparison.counts.title", lang),
        subtitle=t("comparison.counts.subtitle", lang),
        source_line=_article_line(tables, n_by_country(list(totals.index), list(totals), lang), lang),
        description=t("comparison.counts.description", lang, items=join_words(items, lang)),
    )
    chart = charts.grouped_level_bars(data, value="count", axis_title=t("comparison.counts.axis", lang))
    table = data[["country", "level", "count", "figure_id", "source_row"]]
    return _finish("valid_labels", chart, text, table, lang, figure_refs(tables, list(data["figure_id"]), lang))


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
    return _finish("follow_up", chart, text, table, lang, figure_refs(tables, list(data["figure_id"]), lang))


def records_line(tables: Tables, n_text: str, lang: str) -> str:
    """Source line for charts computed from the public label records: how many rows, how many events."""
    events = tables.label_events
    as_of = str(int(events["year"].max()))  # latest records give only a year, so say no more than that
    source = t(
        "source.records",
        lang,
        count=formatting.number(len(events), lang),
        events=formatting.number(event_count(events), lang),
    )
    return t("source.line", lang, source=source, n=n_text, as_of=as_of)


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
    text = ChartText(
        title=t("levels.distribution.title", lang),
        subtitle=t("levels.distribution.subtitle", lang),
        source_line=records_line(tables, n_text, lang),
        description=t("levels.distribution.description", lang, items=join_words(items, lang)),
    )
    chart = charts.grouped_level_bars(data, value="organisations", axis_title=t("levels.distribution.axis", lang))
    return _finish("level_distribution", chart, text, data[["country", "level", "organisations", "n"]], lang)


def labels_per_year_view(
    tables: Tables, countries: Sequence[str], levels: Sequence[str], years: tuple[int, int], lang: str
) -> ChartView | None:
    """Labels awarded or renewed per year from dated public records, stacked by country."""
    data = metrics.labels_per_year(tables.label_events, countries, levels, years)
    if data.empty:
        return None
    data = data.assign(country_label=[country_name(c, lang) for c in data["country"]])
    per_year = data.groupby("year")["labels"].sum()
    undated = metrics.undated_count(tables.label_events, countries, levels)
    items = [t("levels.per_year.item", lang, year=y, count=c) for y, c in per_year.items()]
    text = ChartText(
        title=t("levels.per_year.title", lang),
        subtitle=t(
            "levels.per_year.subtitle", lang, year=int(per_year.idxmax()), count=int(per_year.max()), undated=undated
        ),
        source_line=records_line(tables, formatting.number(int(data["labels"].sum()), lang), lang),
        description=t(
            "levels.per_year.description",
            lang,
            countries=join_words([country_name(c, lang) for c in countries], lang),
            items=join_words(items, lang),
        ),
    )
    chart = charts.stacked_year_bars(
        data, axis_title=t("levels.per_year.axis", lang), legend_title=t("filter.countries", lang)
    )
    ids = [i for ids in data["record_ids"] for i in ids.split(", ")]
    table = data[["year", "country", "level", "labels", "record_ids"]]
    return _finish("labels_per_year", chart, text, table, lang, record_refs(tables, ids, lang))


def score_view(tables: Tables, countries: Sequence[str], years: tuple[int, int], lang: str) -> ChartView | None:
    """Published gold scores per organisation and year."""
    data = metrics.score_history(tables.label_events, tables.organisations, countries)
    data = data[(data["year"] >= years[0]) & (data["year"] <= years[1])].reset_index(drop=True)
    if data.empty:
        return None
    data = data.assign(
        year=data["year"].astype("int64"), score_label=[formatting.number(s, lang) for s in data["score_pct"]]
    )
    threshold = tables.context_facts.set_index("fact_id").loc[GOLD_THRESHOLD_FACT, "value"]
    items = [
        t("levels.scores.item", lang, organisation=o, year=y, score=s)
        for o, y, s in zip(data["organisation"], data["year"], data["score_label"], strict=True)
    ]
    text = ChartText(
        title=t("levels.scores.title", lang),
        subtitle=t(
            "levels.scores.subtitle",
            lang,
            threshold=threshold,
            low=formatting.number(data["score_pct"].min(), lang),
            high=formatting.number(data["score_pct"].max(), lang),
        ),
        source_line=records_line(tables, formatting.number(data["organisation"].nunique(), lang), lang),
        description=t("levels.scores.description", lang, items=join_words(items, lang)),
    )
    chart = charts.score_timeline(data, years=(int(data["year"].min()), int(data["year"].max())))
    table = data[["organisation", "country", "year", "score_pct", "record_id"]]
    return _finish("gold_scores", chart, text, table, lang, record_refs(tables, list(data["record_id"]), lang))


TIMELINE_MAX = 40  # rows a phone can still read; the table below the chart lists every organisation


def expiry_radar_view(tables: Tables, on: date, months: int, lang: str) -> ChartView | None:
    """Who holds a valid label on day `on`, who must renew within `months`, who lapsed lately: a timeline."""
    index = radar.index_for(tables.label_events)
    shown = radar.board(index, on, months)
    chosen = radar.recent(shown, on, months)
    rows = radar.board_rows(index, shown, chosen, TIMELINE_MAX)
    if rows.empty:
        return None
    data = _timeline_frame(tables, rows, lang)
    counts = pd.Series(shown.status[chosen]).value_counts()
    valid, expiring, lapsed = (int(counts.get(status, 0)) for status in (radar.VALID, radar.EXPIRING, radar.EXPIRED))
    subtitle = t("radar.chart.subtitle", lang, valid=valid, expiring=expiring, lapsed=lapsed, months=months)
    if len(chosen) > len(rows):
        subtitle += " " + t("radar.chart.shown", lang, shown=len(rows), total=formatting.number(len(chosen), lang))
    items = [
        t("radar.chart.item", lang, organisation=o, level=lv, status=s, expiry=e)
        for o, lv, s, e in data[["organisation", "level_label", "status_label", "expiry_label"]].itertuples(index=False)
    ]
    day_text = formatting.day(on, lang)
    text = ChartText(
        title=t("radar.chart.title", lang, date=day_text),
        subtitle=subtitle,
        source_line=records_line(tables, t("radar.chart.n", lang, count=formatting.number(len(rows), lang)), lang),
        description=t("radar.chart.description", lang, date=day_text, items=join_words(items, lang)),
    )
    horizon = (pd.Timestamp(on) + pd.DateOffset(months=months)).date().isoformat()
    chart = charts.expiry_timeline(data, on=on.isoformat(), horizon=horizon, legend_title=t("radar.chart.legend", lang))
    table = data[["organisation", "country", "level", "status", "expiry", INFERRED, "record_id"]]
    refs = record_refs(tables, [i for ids in rows["record_ids"] for i in ids.split(", ")], lang)
    return _finish("expiry_radar", chart, text, table, lang, refs, as_of=on.isoformat())


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


VIEWS: dict[str, Callable[..., ChartView | None]] = {
    "quality_index": quality_index_view,
    "valid_labels": valid_counts_view,
    "follow_up": follow_up_view,
    "level_distribution": level_distribution_view,
    "labels_per_year": labels_per_year_view,
    "gold_scores": score_view,
    "expiry_radar": expiry_radar_view,
}
