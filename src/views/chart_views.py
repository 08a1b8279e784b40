"""Ready-to-show chart views: metrics + text + chart builder, one function per chart.

A page asks for a view with the reader's filters and language and renders it; everything a
reader sees about a chart (numbers, sentence, source line, table) is decided here, testably.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial

import pandas as pd

from src.facts import europe
from src.facts.data import Tables
from src.facts.validity import EXPIRY, EXPIRY_PRECISION, INFERRED, expiry_phrase, expiry_text
from src.metrics import metrics, radar
from src.text import formatting
from src.text.i18n import t, tn
from src.views import charts, org_charts
from src.views.chart_view import ChartView, SourceRef, finish
from src.views.charts import ChartText
from src.views.references import (
    article_line,
    country_name,
    figure_refs,
    figures_as_of,
    join_words,
    latest_year,
    level_name,
    n_by_country,
    record_refs,
    records_line,
)
from src.views.takeaways import counts_takeaway, europe_takeaway, index_takeaway

GOLD_THRESHOLD_FACT = "gold_threshold"
QUOTED_LEVEL_ORDER = ("gold", "silver")  # the article's order: the highest level first


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
        subtitle=index_takeaway(data, lang),
        source_line=article_line(tables, n_by_country(data["country"], data["sample_size"], lang), lang),
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
    return finish("quality_index", chart, text, table, lang, refs, figures_as_of(tables, data), items, n)


def _level_frame(frame: pd.DataFrame, value: str, lang: str) -> pd.DataFrame:
    return frame.assign(
        country_label=[country_name(c, lang) for c in frame["country"]],
        level_label=[level_name(lvl, lang) for lvl in frame["level"]],
        value_label=[formatting.number(v, lang) for v in frame[value]],
        bar_text=[
            t("chart.bar_text", lang, level=level_name(lvl, lang), count=formatting.number(v, lang))
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
    as_of = figures_as_of(tables, data)
    items = [
        t("comparison.counts.item", lang, country=c, level=t(f"level.word.{lvl}", lang), count=v)
        for c, lvl, v in zip(data["country_label"], data["level"], data["value_label"], strict=True)
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
        subtitle=counts_takeaway(data, shown_levels, lang),
        source_line=article_line(tables, n_text, lang),
        description=t("comparison.counts.description", lang, items=join_words(items, lang)),
    )
    chart = charts.grouped_level_bars(data, value="count", axis_title=t("comparison.counts.axis", lang))
    table = data[["country", "level", "count", "figure_id", "source_row"]]
    refs = figure_refs(tables, list(data["figure_id"]), lang)
    n = {str(c): int(k) for c, k in totals.items()}
    return finish("valid_labels", chart, text, table, lang, refs, as_of, items, n)


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
            "follow_up.chart.subtitle",
            lang,
            **{
                k: formatting.number(v, lang)
                for k, v in (("followed", result.followed_up), ("total", result.total), ("lapsed", result.lapsed))
            },
        ),
        source_line=article_line(tables, formatting.number(result.total, lang), lang),
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
    return finish("follow_up", chart, text, table, lang, refs, figures_as_of(tables, data), items, n)


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
        t("levels.distribution.item", lang, country=c, level=t(f"level.word.{lvl}", lang), count=v)
        for c, lvl, v in zip(data["country_label"], data["level"], data["value_label"], strict=True)
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
    return finish("level_distribution", chart, text, table, lang, as_of=as_of, items=items, n=n)


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
    fmt = partial(formatting.number, lang=lang)
    items = [
        t("captions.per_year.item", lang, year=y, country=c, level=t(f"level.word.{lvl}", lang), count=fmt(n))
        for y, c, lvl, n in zip(data["year"], data["country_label"], data["level"], data["labels"], strict=True)
    ]
    n_text = tn("captions.per_year.n", int(data["labels"].sum()), lang, undated=formatting.number(undated, lang))
    as_of = str(int(data["year"].max()))
    text = ChartText(
        title=t("levels.per_year.title", lang),
        subtitle=tn("captions.per_year.peak", int(per_year.max()), lang, years=join_words(peak_years, lang)),
        source_line=records_line(tables, n_text, lang, as_of),
        description=t("captions.per_year.description", lang, items=join_words(items, lang)),
    )
    chart = charts.stacked_year_bars(
        data, axis_title=t("levels.per_year.axis", lang), legend_title=t("filter.countries", lang)
    )
    ids = [i for ids in data["record_ids"] for i in ids.split(", ")]
    table = data[["year", "country", "level", "labels", "record_ids"]]
    n = {"labels": int(data["labels"].sum()), "undated": undated}
    return finish("labels_per_year", chart, text, table, lang, record_refs(tables, ids, lang), as_of, items, n)


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
    return finish("gold_scores", chart, text, table, lang, refs, as_of, items, n)


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
    subtitle = tn(
        "radar.chart.subtitle",
        months,
        lang,
        **{k: formatting.number(v, lang) for k, v in (("valid", valid), ("expiring", expiring), ("lapsed", lapsed))},
    )
    if len(data) > TIMELINE_MAX:
        subtitle += " " + t("captions.radar.shown", lang, shown=TIMELINE_MAX, total=formatting.number(len(data), lang))
    items = [
        t("radar.chart.item", lang, organisation=o, level=lv, status=s, expiry=e)
        for o, lv, s, e in data[["organisation", "level_label", "status_label", "expiry_phrase"]].itertuples(
            index=False
        )
    ]
    day_text = formatting.day(on, lang)
    text = ChartText(
        title=t("radar.chart.title", lang, date=day_text),
        subtitle=subtitle,
        source_line=records_line(tables, tn("radar.chart.n", len(data), lang), lang),
        description=t("radar.chart.description", lang, date=day_text, items=join_words(items, lang)),
    )
    horizon = (pd.Timestamp(on) + pd.DateOffset(months=months)).date().isoformat()
    drawn = data.head(TIMELINE_MAX)
    chart = charts.expiry_timeline(
        drawn, on=on.isoformat(), horizon=horizon, legend_title=t("radar.chart.legend", lang)
    )
    table = data[["organisation", "country", "level", "status", "expiry", INFERRED, "record_id"]]
    table = table.assign(expiry=data["expiry_iso"])  # as precise as its source: '2027', not 2027-12-31
    refs = record_refs(tables, [i for ids in rows["record_ids"] for i in ids.split(", ")], lang)
    n = {"organisations": len(data)}
    return finish("expiry_radar", chart, text, table, lang, refs, as_of=on.isoformat(), items=items, n=n)


def _timeline_frame(tables: Tables, rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Radar rows with the reader's words: 'Name (NO)', level, status and the expiry as they write dates."""
    names = (
        rows["org_id"].map(tables.organisations.set_index("org_id")["canonical_name"]).fillna(rows["name_as_written"])
    )
    expiry_labels = [
        expiry_text(d, inferred, lang, p)
        for d, inferred, p in zip(rows[EXPIRY], rows[INFERRED], rows[EXPIRY_PRECISION], strict=True)
    ]
    return rows.assign(
        organisation=[f"{n} ({c})" for n, c in zip(names, rows["country"], strict=True)],
        expiry=rows[EXPIRY].dt.strftime("%Y-%m-%d"),  # where the chart draws it; the table's is `expiry_iso`
        expiry_iso=[formatting.iso_partial(d, p) for d, p in zip(rows[EXPIRY], rows[EXPIRY_PRECISION], strict=True)],
        level_label=[level_name(v, lang) for v in rows["level"]],
        status_label=[t(f"radar.status.{s}", lang) for s in rows["status"]],
        expiry_label=expiry_labels,
        expiry_phrase=[
            expiry_phrase(d, inferred, lang, p)
            for d, inferred, p in zip(rows[EXPIRY], rows[INFERRED], rows[EXPIRY_PRECISION], strict=True)
        ],
    )


# The table behind the Europe chart: each count traceable to its file and row.
EUROPE_COLUMNS = ["day", "year", "series", "level", "count", "qualifier", "statement", "quote", "quote_lang",
                  "fact_id", "source", "file", "source_row"]  # fmt: skip


def europe_view(tables: Tables, lang: str) -> ChartView | None:
    """Europe-wide label counts at their as-of dates, with Norway's 6 gold labels (March 2017) among them."""
    data = europe.europe_counts(tables.context_facts, tables.figures, lang)
    if data.empty:
        return None
    norway = data[data["series"] == "norway_gold"]
    latest = data.sort_values("day", kind="stable").iloc[-1]  # the newest count, as precisely as its source dates it
    latest_day = pd.Timestamp(latest["day"])
    items = [f"{s}: {c} ({d})" for s, c, d in data[["series_label", "count_label", "date_label"]].itertuples(False)]
    text = ChartText(
        title=t("europe.title" if not norway.empty else "europe.title.plain", lang),
        subtitle=europe_takeaway(data, norway, lang) + " " + t("europe.subtitle.mixed", lang),
        source_line=t(
            "source.line",
            lang,
            source=tn("europe.source", len(data), lang),
            n=tn(
                "europe.n", len(data), lang, undated=formatting.number(europe.undated_count(tables.context_facts), lang)
            ),
            as_of=formatting.partial_date(latest_day, latest["precision"], lang),
        ),
        description=t("europe.description", lang, items=join_words(items, lang)),
    )
    chart = org_charts.europe(data, axis_title=t("europe.axis", lang), legend=t("europe.legend", lang))
    refs = [SourceRef(t("source.file_row", lang, file=r.file, row=r.source_row, what=r.fact_id), r.source, r.quote,
                      int(r.source_row), r.quote_lang) for r in data.itertuples()]  # fmt: skip
    iso_days = [formatting.iso_partial(d, p) for d, p in zip(data["day"], data["precision"], strict=True)]
    table = data[EUROPE_COLUMNS].assign(day=iso_days)  # 'May 2014' is '2014-05', never 2014-05-01
    as_of = formatting.iso_partial(latest_day, latest["precision"])  # 'April 2024' is '2024-04' in files, too
    return finish("europe_labels", chart, text, table, lang, refs, as_of=as_of, items=items)
