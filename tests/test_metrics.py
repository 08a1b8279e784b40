"""Metrics against the article's own numbers (golden cases) and small hand-made record sets."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from src.facts.data import Tables
from src.metrics import metrics

# Golden values, each stated in Cluster Services (2017-03-28), http://www.i-perform.no/2017/03/28/2399/:
# "Kvalitetsindeks 63,6 av 100 for oss mot 67,2 av 100 for det danske utvalget"
# "bare 24 av disse 55 norske klyngeorganisasjonene ... 31 norske klyngeorganisasjoner har ikke fulgt opp"


def test_quality_gap_is_3_6_points(tables: Tables) -> None:
    comparison = metrics.national_comparison(tables.figures, ["NO", "DK"])
    assert dict(zip(comparison["country"], comparison["value"], strict=True)) == {"NO": 63.6, "DK": 67.2}
    assert dict(zip(comparison["country"], comparison["sample_size"], strict=True)) == {"NO": 28, "DK": 29}
    assert metrics.comparison_gap(comparison) == 3.6


def test_gap_is_none_when_a_country_is_filtered_out(tables: Tables) -> None:
    assert metrics.comparison_gap(metrics.national_comparison(tables.figures, ["NO"])) is None


def test_follow_up_is_24_of_55(tables: Tables) -> None:
    result = metrics.follow_up(tables.figures)
    assert (result.followed_up, result.total, result.lapsed) == (24, 55, 31)
    assert round(result.rate * 100, 1) == 43.6
    assert result.is_consistent
    assert result.low < result.rate < result.high


def test_valid_label_counts_as_quoted(tables: Tables) -> None:
    counts = metrics.valid_label_counts(tables.figures, ["NO", "DK"], ["gold", "silver"])
    got = {(r.country, r.level): r.count for r in counts.itertuples()}
    assert got == {("NO", "gold"): 6, ("NO", "silver"): 0, ("DK", "gold"): 8, ("DK", "silver"): 6}


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        # Published reference values (Newcombe 1998, Table I; Brown, Cai & DasGupta 2001)
        (0, 10, 0.0, 0.2775),
        (5, 10, 0.2366, 0.7634),
        (81, 263, 0.2553, 0.3662),
    ],
)
def test_wilson_interval_reference_values(successes: int, n: int, low: float, high: float) -> None:
    got_low, got_high = metrics.wilson_interval(successes, n)
    assert got_low == pytest.approx(low, abs=5e-4)
    assert got_high == pytest.approx(high, abs=5e-4)


@pytest.mark.parametrize(("successes", "n"), [(1, 0), (-1, 5), (6, 5)])
def test_wilson_interval_rejects_impossible_counts(successes: int, n: int) -> None:
    with pytest.raises(ValueError):
        metrics.wilson_interval(successes, n)


def test_wilson_interval_is_symmetric_and_bounded() -> None:
    for n in (1, 7, 55, 1000):
        for k in range(0, n + 1, max(1, n // 7)):
            low, high = metrics.wilson_interval(k, n)
            mirror_low, mirror_high = metrics.wilson_interval(n - k, n)
            assert 0 <= low <= k / n <= high <= 1
            assert math.isclose(low, 1 - mirror_high, abs_tol=1e-12)
            assert math.isclose(high, 1 - mirror_low, abs_tol=1e-12)


def _events(rows: list[tuple[str, str, str, str, int | None]]) -> pd.DataFrame:
    """A tiny record set: (org_id, country, level, event, year)."""
    frame = pd.DataFrame(rows, columns=["org_id", "country", "level", "event", "year"])
    return frame.assign(
        record_id=[f"lr-{i:03d}" for i in range(len(rows))],
        year=frame["year"].astype("Int64"),
        score_pct=pd.array([None] * len(rows), dtype="Float64"),
    )


def test_level_distribution_counts_each_organisation_at_its_highest_level() -> None:
    events = _events(
        [
            ("a", "NO", "bronze", "awarded", 2014),
            ("a", "NO", "gold", "awarded", 2016),  # a: gold
            ("b", "NO", "bronze", "register_entry", None),  # b: bronze
            ("c", "DK", "silver", "awarded", 2017),
            ("c", "DK", "bronze", "renewed", 2019),  # c: silver, even after a later bronze
        ]
    )
    dist = metrics.level_distribution(events, ["NO", "DK"])
    got = {(r.country, r.level): (r.organisations, r.n) for r in dist.itertuples()}
    assert got == {("NO", "bronze"): (1, 2), ("NO", "gold"): (1, 2), ("DK", "silver"): (1, 1)}


def test_labels_per_year_counts_an_award_reported_twice_once() -> None:
    """Two rows with one event_key are one award; two rows without a shared key are two (tests/test_events.py
    has the full hand-made register)."""
    events = _events(
        [
            ("a", "NO", "gold", "awarded", 2012),
            ("a", "NO", "gold", "awarded", 2012),  # the same award on a second page (same key below)
            ("a", "NO", "gold", "renewed", 2015),
            ("b", "DK", "gold", "awarded", 2012),
            ("c", "DK", "bronze", "register_entry", 2013),  # not an award record
            ("d", "DK", "gold", "awarded", None),  # undated
        ]
    ).assign(
        event_key=["a-2012", "a-2012", "a-2015", "b-2012", None, "d"],
        date=pd.to_datetime(["2012-01-01"] * 2 + ["2015-01-01", "2012-01-01", None, None]),
        date_precision=["year"] * 4 + [None, None],
    )
    per_year = metrics.labels_per_year(events, ["NO", "DK"], ["gold", "bronze"], (2010, 2030))
    got = {(r.year, r.country): r.labels for r in per_year.itertuples()}
    assert got == {(2012, "NO"): 1, (2012, "DK"): 1, (2015, "NO"): 1}
    assert metrics.undated_count(events, ["NO", "DK"], ["gold"]) == 1


def test_labels_per_year_respects_year_span_and_levels() -> None:
    events = _events([("a", "NO", "gold", "awarded", 2012), ("b", "NO", "silver", "awarded", 2017)])
    assert metrics.labels_per_year(events, ["NO"], ["gold", "silver"], (2013, 2020))["labels"].sum() == 1
    assert metrics.labels_per_year(events, ["NO"], ["gold"], (2013, 2020)).empty


def test_shipped_records_give_the_first_norwegian_silver_in_2017(tables: Tables) -> None:
    """i-perform.no: 'I juni 2017 ble Mineralklynge Norge, som første norske klyngeinitiativ, tildelt ... sølv'."""
    per_year = metrics.labels_per_year(tables.label_events, ["NO"], ["silver"], (2010, 2030))
    dated = per_year[per_year["level"] == "silver"]
    assert dated["year"].min() == 2017


def test_score_history_keeps_one_score_per_organisation_and_year(tables: Tables) -> None:
    scores = metrics.score_history(tables.label_events, tables.organisations, ["NO"])
    assert not scores.duplicated(["organisation", "year"]).any()
    ocean = scores[scores["organisation"] == "GCE Ocean Technology"].sort_values("year")
    assert list(ocean["score_pct"]) == [100, 96, 98, 99]  # gceocean.no: 2013 100 %, 2015 96 %, 2019 98 %, 2021 99 %
