"""The one-line takeaway of a chart, written from the rows it shows.

Note that a sentence comparing two countries is written only when both are in the rows, and
every number in it is a cell of the rows (tests/test_captions.py walks every filter choice).
"""

from __future__ import annotations

import pandas as pd

from src.facts import europe
from src.metrics.metrics import COUNTRY_ORDER
from src.text import formatting
from src.text.i18n import t, tn
from src.views.references import country_name, join_words


def index_takeaway(data: pd.DataFrame, lang: str) -> str:
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
    return t(
        f"captions.index.gap.{high.country}",  # one whole sentence per leading country
        lang,
        gap=formatting.fixed(round(float(high.value) - float(low.value), 1), lang),
        high=high.value_label,
        low=low.value_label,
    )


def _label_count(level: str, count: float, lang: str) -> str:
    """'6 gullmerker' / '1 silver label'."""
    return tn(f"captions.counts.{level}", count, lang)


def counts_takeaway(data: pd.DataFrame, levels: list[str], lang: str) -> str:
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
    if leader is None:
        count = formatting.number(by[(first, level)], lang)
        return t(
            f"captions.counts.equal.{level}",
            lang,
            first=country_name(first, lang),
            second=country_name(second, lang),
            count=count,
        )
    other = second if leader == first else first
    return t(
        f"captions.counts.compare.{level}",
        lang,
        leader=country_name(leader, lang),
        other=country_name(other, lang),
        high=formatting.number(by[(leader, level)], lang),
        low=formatting.number(by[(other, level)], lang),
    )


def europe_takeaway(data: pd.DataFrame, norway: pd.DataFrame, lang: str) -> str:
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
