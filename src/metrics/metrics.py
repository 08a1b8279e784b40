"""The numbers the app shows, each computed from source rows that it keeps beside the result.

Two kinds of numbers live here and are never blended: figures *quoted* from the 2017 article
(national comparison, label counts, follow-up) and counts *computed* from the partial public
label records (level distribution, labels per year, score history).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from src.facts.events import RECORD_IDS, one_per_event

LEVEL_ORDER = ("bronze", "silver", "gold")
LABEL_EVENTS = ("awarded", "renewed")
COUNTRY_ORDER = ("NO", "DK")  # Norway first: the app is about Norwegian clusters
Z_95 = 1.959963984540054  # two-sided 95 % normal quantile


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """95 % Wilson score interval for a proportion.

    Note that Wilson, unlike the textbook p ± z·se, stays inside [0, 1] and behaves for small n.
    """
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= successes <= n:
        raise ValueError("successes must be between 0 and n")
    p = successes / n
    denominator = 1 + z**2 / n
    centre = (p + z**2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denominator
    low = 0.0 if successes == 0 else max(0.0, centre - half)  # exact at the edges, no float crumbs
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def figure(figures: pd.DataFrame, figure_id: str) -> pd.Series:
    """One quoted figure by id (KeyError names the id when it is absent)."""
    match = figures[figures["figure_id"] == figure_id]
    if match.empty:
        raise KeyError(f"figure {figure_id!r} is not in the data")
    return match.iloc[0]


def national_comparison(figures: pd.DataFrame, countries: Sequence[str]) -> pd.DataFrame:
    """Quality index (0–100) per country with its sample size n, as quoted."""
    rows = figures[(figures["measure"] == "quality_index") & figures["country"].isin(countries)]
    return rows[["country", "value", "sample_size", "figure_id", "source_row", "quote"]].reset_index(drop=True)


def comparison_gap(comparison: pd.DataFrame, higher: str = "DK", lower: str = "NO") -> float | None:
    """Index points between two countries (DK − NO = 3,6), or None when one is filtered out."""
    values = dict(zip(comparison["country"], comparison["value"], strict=True))
    if higher not in values or lower not in values:
        return None
    return round(float(values[higher]) - float(values[lower]), 1)


def valid_label_counts(figures: pd.DataFrame, countries: Sequence[str], levels: Sequence[str]) -> pd.DataFrame:
    """Valid gold/silver labels per country in March 2017, as quoted (the article gives no bronze count)."""
    rows = figures[
        (figures["measure"] == "valid_labels") & figures["country"].isin(countries) & figures["category"].isin(levels)
    ]
    out = rows.rename(columns={"category": "level", "value": "count"})
    return out[["country", "level", "count", "figure_id", "source_row", "quote"]].reset_index(drop=True)


@dataclass(frozen=True)
class FollowUp:
    """How many Norwegian organisations renewed or upgraded after their first benchmarking."""

    total: int
    followed_up: int
    lapsed: int
    rate: float
    low: float
    high: float

    @property
    def is_consistent(self) -> bool:
        """The article's parts add up (24 + 31 = 55)."""
        return self.followed_up + self.lapsed == self.total


def follow_up(figures: pd.DataFrame) -> FollowUp:
    """The quoted follow-up: 24 of 55 renewed or upgraded, with a 95 % Wilson interval."""
    total = int(figure(figures, "no_first_benchmarked")["value"])
    followed = int(figure(figures, "no_followed_up")["value"])
    lapsed = int(figure(figures, "no_not_followed_up")["value"])
    low, high = wilson_interval(followed, total)
    return FollowUp(total, followed, lapsed, followed / total, low, high)


def follow_up_funnel(figures: pd.DataFrame) -> pd.DataFrame:
    """The three quoted counts of the follow-up as one tidy frame (stage, count, source row)."""
    ids = {
        "first_benchmarking": "no_first_benchmarked",
        "renewed_or_upgraded": "no_followed_up",
        "lapsed": "no_not_followed_up",
    }
    rows = [figure(figures, fid) for fid in ids.values()]
    return pd.DataFrame(
        {
            "stage": list(ids),
            "count": [int(r["value"]) for r in rows],
            "figure_id": list(ids.values()),
            "source_row": [int(r["source_row"]) for r in rows],
        }
    )


def filter_events(events: pd.DataFrame, countries: Sequence[str], levels: Sequence[str]) -> pd.DataFrame:
    """Label records in the chosen countries and levels."""
    return events[events["country"].isin(countries) & events["level"].isin(levels)]


def highest_levels(events: pd.DataFrame) -> pd.DataFrame:
    """Each organisation's highest level in the public records (one row per organisation)."""
    rank = events["level"].map({lvl: i for i, lvl in enumerate(LEVEL_ORDER)})
    best = events.assign(rank=rank).sort_values("rank").groupby("org_id", sort=False).tail(1)
    return best[["org_id", "country", "level"]]


def level_distribution(events: pd.DataFrame, countries: Sequence[str]) -> pd.DataFrame:
    """Organisations per country by highest level in the public records, with the country's n."""
    best = highest_levels(events[events["country"].isin(countries)])
    counts = best.groupby(["country", "level"]).size().rename("organisations").reset_index()
    totals = best.groupby("country").size().rename("n")
    out = counts.join(totals, on="country")
    out["level"] = pd.Categorical(out["level"], categories=LEVEL_ORDER, ordered=True)
    out["country"] = pd.Categorical(out["country"], categories=COUNTRY_ORDER, ordered=True)
    ordered = out.sort_values(["country", "level"]).reset_index(drop=True)
    return ordered.astype({"level": "string", "country": "string"})


def dated_label_events(events: pd.DataFrame) -> pd.DataFrame:
    """Award and renewal events with a known year, one row per event (`src.facts.events.one_per_event`).

    Note that two pages reporting the same award (NCE NODE's 2012 gold) share an `event_key` and
    count once; an event one page dates and another does not (Eyde Cluster's first gold) takes the date.
    """
    labels = one_per_event(events)
    return labels[labels["event"].isin(LABEL_EVENTS) & labels["year"].notna()]


def labels_per_year(
    events: pd.DataFrame, countries: Sequence[str], levels: Sequence[str], years: tuple[int, int]
) -> pd.DataFrame:
    """Label events (awards and renewals) per year, by country and level, with the rows behind each count.

    Rows are combined into events before filtering (rows of one event agree on organisation, so on
    country, and on level), so the app's one table is combined once, not once per filter.
    """
    dated = filter_events(dated_label_events(events), countries, levels)
    in_range = dated[(dated["year"] >= years[0]) & (dated["year"] <= years[1])]
    grouped = in_range.groupby(["year", "country", "level"]).agg(
        labels=("record_id", "size"), record_ids=(RECORD_IDS, lambda s: ", ".join(s))
    )
    return grouped.reset_index().astype({"year": "int64"})


def undated_count(events: pd.DataFrame, countries: Sequence[str], levels: Sequence[str]) -> int:
    """Label events in the selection that cannot be placed in a year (no row about them gives a date).

    A register entry is a label of its own (without a date); rows sharing a key count once.
    """
    chosen = filter_events(one_per_event(events), countries, levels)
    return int(chosen["year"].isna().sum())


def score_history(events: pd.DataFrame, organisations: pd.DataFrame, countries: Sequence[str]) -> pd.DataFrame:
    """Published gold scores (%) by organisation and year, one per organisation and year."""
    labels = one_per_event(events)
    gold = labels[(labels["level"] == "gold") & labels["score_pct"].notna() & labels["year"].notna()]
    gold = gold[gold["country"].isin(countries)].sort_values("record_id").drop_duplicates(["org_id", "year"])
    names = organisations.set_index("org_id")["canonical_name"]
    out = gold.assign(organisation=gold["org_id"].map(names))
    return out[["organisation", "country", "year", "score_pct", "record_id", "source_url"]].reset_index(drop=True)


def year_bounds(events: pd.DataFrame) -> tuple[int, int]:
    """First and last year any dated record mentions."""
    years = events["year"].dropna()
    return int(years.min()), int(years.max())
