"""Europe around Norway: the Europe-wide label counts that `context_facts.csv` quotes, as points in time.

Which facts are counts, and of what, is a reading of each quoted sentence, written down here
(`EUROPE_COUNTS`) so it can be checked against the quote; the numbers themselves are always read
from the data. Note that the sources count differently (labels held at the time, labels ever
awarded, "worldwide"), so every point keeps its own statement and page.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from src.facts.dates import parse_partial_date
from src.text import formatting
from src.text.i18n import t

MORE_THAN, ABOUT, EXACT = "more_than", "about", "exact"
NORWAY_GOLD_FIGURE = "no_gold_valid"
EUROPE_TOTAL_FIGURE = "eu_benchmarked_total"


@dataclass(frozen=True)
class CountReading:
    """Which number in a fact's `value` ('566; 42' has two) is a count of what, and how the quote qualifies it."""

    fact_id: str
    part: int
    series: str  # benchmarked | bronze | silver | gold
    qualifier: str


EUROPE_COUNTS = (
    CountReading("first_gold_labels", 0, "gold", EXACT),  # "The first ... GOLD has been awarded to three"
    CountReading("gold_count_2013_aug", 0, "gold", ABOUT),  # "the around 20 European clusters awarded Gold"
    CountReading("gold_count_2013_oct", 0, "gold", EXACT),  # "tildelt i alt 22 klynger i EU"
    CountReading("eu_counts_2014", 0, "bronze", EXACT),  # "566 cluster organisations ... acquired the bronze label"
    CountReading("eu_counts_2014", 1, "gold", EXACT),  # "and 42 of them hold the gold label"
    CountReading("silver_count_2015", 0, "silver", EXACT),  # "eine von europaweit nur elf"
    CountReading("benchmarked_800_2016", 0, "benchmarked", MORE_THAN),  # "more than 800 ... benchmarked"
    CountReading("benchmarked_2017", 0, "benchmarked", MORE_THAN),  # "Langt over 1000 ... benchmarket"
    CountReading("gold_count_2017_sep", 0, "gold", EXACT),  # "i Europa er der pt. 86"
    CountReading("gold_count_2020", 0, "gold", EXACT),  # "one out of 107 clusters"
    CountReading("gold_count_2021_made", 0, "gold", MORE_THAN),  # "godt 120 andre klynger"
    CountReading("eu_gold_2500", 0, "gold", ABOUT),  # "only a hundred in 2500"
    CountReading("label_counts_2023", 0, "bronze", MORE_THAN),  # "more than 1261 ... BRONZE"
    CountReading("label_counts_2023", 1, "silver", EXACT),  # "172 clusters ... a SILVER label"
    CountReading("label_counts_2023", 2, "gold", EXACT),  # "137 clusters from 18 countries"
    CountReading("gold_active_2024", 0, "gold", EXACT),  # "ett av totalt 62 kluster i världen på guldnivå"
)
UNDATED_COUNTS = ("gold_count_57", "gold_count_78", "gold_count_121", "gold_45_9", "register_total")
SERIES_ORDER = ("benchmarked", "bronze", "silver", "gold", "norway_gold")
SERIES_LEVEL = {"benchmarked": "all", "norway_gold": "gold"}  # the others are a level by name


def count_label(value: float, qualifier: str, lang: str) -> str:
    """'over 1000' / 'more than 1,000', 'ca. 20' / 'about 20', or the number alone."""
    number = formatting.number(value, lang)
    return t(f"europe.qualifier.{qualifier}", lang, number=number) if qualifier != EXACT else number


def _part(value: str, part: int) -> float | None:
    parts = [p.strip() for p in str(value).split(";")]
    try:
        return float(parts[part])
    except (IndexError, ValueError):
        return None


def europe_counts(facts: pd.DataFrame, figures: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per dated count (and Norway's valid gold labels from the article), oldest first.

    Columns: fact_id, series, level (bronze, silver, gold, or all for benchmarkings at any level),
    series_label, count, qualifier, count_label, day (ISO, the first day of the period the source names),
    year, precision (day, month or year), date_label (as precise as the source), statement, source, quote,
    source_row, file.
    A fact that is missing, undated or not a number is left out, never guessed.
    """
    by_id = facts.set_index("fact_id")
    rows = []
    for reading in EUROPE_COUNTS:
        if reading.fact_id not in by_id.index:
            continue
        fact = by_id.loc[reading.fact_id]
        count, day = _part(fact["value"], reading.part), parse_partial_date(str(fact["as_of"] or ""))
        if count is None or day is None:
            continue
        rows.append(_row(reading.fact_id, reading.series, count, reading.qualifier, day, fact, lang))
    rows += _norway_gold(figures, lang)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    frame = frame.sort_values(["day", "series"], kind="stable").reset_index(drop=True)
    norway = frame["series"].eq("norway_gold")
    frame["point_label"] = frame["count_label"].where(
        ~norway, [t("europe.point.norway", lang, count=c) for c in frame["count_label"]]
    )
    # A series' neighbours get labels on alternate sides, counted back from its latest point (always on the
    # right, where the scale leaves room), so a two-point series labels away from itself, never into itself.
    turn = frame.groupby("series").cumcount(ascending=False).mod(2).eq(1) & ~norway
    frame["side"] = turn.map({True: "left", False: "right"})
    return frame


def _row(fact_id: str, series: str, count: float, qualifier: str, day: object, fact: pd.Series, lang: str) -> dict:
    precision = fact.get("as_of_precision") or "day"
    return {
        "fact_id": fact_id,
        "series": series,
        "level": SERIES_LEVEL.get(series, series),
        "series_label": t(f"europe.series.{series}", lang),
        "count": count,
        "qualifier": qualifier,
        "count_label": count_label(count, qualifier, lang),
        "day": pd.Timestamp(day).strftime("%Y-%m-%d"),
        "year": pd.Timestamp(day).year,
        "precision": str(precision),
        "date_label": formatting.partial_date(pd.Timestamp(day), str(precision), lang),
        "statement": str(fact["statement"]),
        "source": str(fact["source_url"]),
        "quote": str(fact["source_quote"]),
        "quote_lang": str(fact["quote_lang"]),
        "source_row": int(fact["source_row"]),
        "file": "context_facts.csv",
    }


def _norway_gold(figures: pd.DataFrame, lang: str) -> list[dict]:
    """Norway's valid gold labels in March 2017 as the article quotes them: the point Europe is set against."""
    chosen = figures[figures["figure_id"] == NORWAY_GOLD_FIGURE]
    if chosen.empty:
        return []
    fig = chosen.iloc[0]
    qualifier = MORE_THAN if fig["qualifier"] == MORE_THAN else EXACT
    day = pd.Timestamp(fig["as_of"])
    return [
        {
            "fact_id": NORWAY_GOLD_FIGURE,
            "series": "norway_gold",
            "level": SERIES_LEVEL["norway_gold"],
            "series_label": t("europe.series.norway_gold", lang),
            "count": float(fig["value"]),
            "qualifier": qualifier,
            "count_label": count_label(float(fig["value"]), qualifier, lang),
            "day": day.strftime("%Y-%m-%d"),
            "year": day.year,
            "precision": "day",
            "date_label": formatting.day(day, lang),
            "statement": str(fig["measure"]),
            "source": str(fig["source_url"]),
            "quote": str(fig["quote"]),
            "quote_lang": str(fig["quote_lang"]),
            "source_row": int(fig["source_row"]),
            "file": "published_figures.csv",
        }
    ]


def month_label(point: pd.Series, lang: str) -> str:
    """A point's date no finer than its month ('mars 2017') for a one-line takeaway; never finer than its source."""
    precision = "month" if point["precision"] == "day" else str(point["precision"])
    return formatting.partial_date(pd.Timestamp(point["day"]), precision, lang)


def undated_count(facts: pd.DataFrame) -> int:
    """Europe-wide counts the sources give without a date: listed in the sources, not placed on a time axis."""
    return int(facts["fact_id"].isin(UNDATED_COUNTS).sum())


def nearest(frame: pd.DataFrame, series: str, day: str) -> pd.Series | None:
    """The point of `series` closest in time to `day` (ISO), or None when the series has none."""
    chosen = frame[frame["series"] == series]
    if chosen.empty:
        return None
    gaps = (pd.to_datetime(chosen["day"]) - pd.Timestamp(day)).abs()
    return chosen.loc[gaps.idxmin()]
