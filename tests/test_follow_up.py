"""The follow-up rule, case by case, and the article's 24 of 55 rebuilt from a register made here."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest

from src.facts.synthetic import events_frame
from src.metrics.follow_up import (
    FOLLOWED_UP,
    LAPSED,
    PENDING,
    UNDATED,
    coverage_text,
    definition_text,
    follow_up_from_records,
    organisation_follow_up,
)
from src.metrics.metrics import wilson_interval

AS_OF = date(2030, 1, 1)
FIRST = {"org_id": "a", "level": "bronze", "event": "awarded", "date": "2015-03-10"}  # expires 2017-03-10

CASES: list[tuple[str, list[dict[str, Any]], int, str, str | None]] = [
    # (case, later records of org "a", grace days, status, kind)
    ("no later label", [], 0, LAPSED, None),
    ("renewal well in time", [{"event": "renewed", "date": "2016-11-01"}], 0, FOLLOWED_UP, "renewal"),
    ("renewal on the expiry day", [{"event": "renewed", "date": "2017-03-10"}], 0, FOLLOWED_UP, "renewal"),
    ("renewal one day late", [{"event": "renewed", "date": "2017-03-11"}], 0, LAPSED, None),
    ("one day late, grace 1", [{"event": "renewed", "date": "2017-03-11"}], 1, FOLLOWED_UP, "renewal"),
    ("upgrade in time", [{"level": "silver", "date": "2016-12-01"}], 0, FOLLOWED_UP, "upgrade"),
    ("upgrade too late", [{"level": "gold", "date": "2018-01-01"}], 0, LAPSED, None),
    ("same award reported twice", [{"date": "2015-03-10"}], 0, LAPSED, None),
    (
        "year-dated renewal in the expiry year",
        [{"event": "renewed", "date": "2017-01-01", "date_precision": "year"}],
        0,
        FOLLOWED_UP,
        "renewal",
    ),
    ("undated renewal: cannot tell", [{"event": "renewed"}], 0, UNDATED, None),
    (
        "undated renewal but a dated one in time",
        [{"event": "renewed"}, {"event": "renewed", "date": "2017-01-05"}],
        0,
        FOLLOWED_UP,
        "renewal",
    ),
]


@pytest.mark.parametrize(("case", "later", "grace", "status", "kind"), CASES, ids=[c[0] for c in CASES])
def test_rule(case: str, later: list[dict[str, Any]], grace: int, status: str, kind: str | None) -> None:
    rows = [FIRST, *({"org_id": "a", "level": "bronze", "event": "awarded", **r} for r in later)]
    result = organisation_follow_up(events_frame(rows), grace_days=grace, as_of=AS_OF).iloc[0]
    assert result["status"] == status
    found = result["follow_up_kind"]
    assert (None if pd.isna(found) else found) == kind


def test_downgrade_within_validity_counts_as_followed_up_and_is_marked() -> None:
    """Decision: a re-certification at a lower level is a renewal (the label did not lapse)."""
    rows = [
        {"org_id": "g", "level": "gold", "date": "2016-05-01"},
        {"org_id": "g", "level": "bronze", "date": "2018-01-15"},
    ]
    result = organisation_follow_up(events_frame(rows), as_of=AS_OF).iloc[0]
    assert result["status"] == FOLLOWED_UP
    assert result["follow_up_kind"] == "downgrade"


@pytest.mark.parametrize(
    ("case", "rows", "reason"),
    [
        ("no date at all", [{"org_id": "u"}], "no_dated_label"),
        (
            "first dated record is a renewal",
            [{"org_id": "u", "event": "renewed", "date": "2015-01-01"}],
            "first_award_undated",
        ),
        (
            "an earlier label expired before",
            [
                {"org_id": "u", "event": "register_entry", "valid_until": "2012-01-01"},
                {"org_id": "u", "level": "gold", "date": "2014-01-01"},
            ],
            "earlier_label_undated",
        ),
        (
            "an undated lower award",
            [{"org_id": "u", "level": "bronze"}, {"org_id": "u", "level": "gold", "date": "2014-01-01"}],
            "lower_level_undated",
        ),
    ],
)
def test_missing_dates_are_excluded_and_counted(case: str, rows: list[dict[str, Any]], reason: str) -> None:
    per_org, summary = follow_up_from_records(events_frame(rows), as_of=AS_OF)
    assert per_org.iloc[0]["status"] == UNDATED
    assert per_org.iloc[0]["undated_reason"] == reason
    assert (summary.undated, summary.decided) == (1, 0)


def test_renamed_organisation_counts_once() -> None:
    rows = [
        {"org_id": "gce-node", "name_as_written": "NCE NODE", "level": "gold", "date": "2012-04-18"},
        {
            "org_id": "gce-node",
            "name_as_written": "GCE NODE",
            "level": "gold",
            "event": "renewed",
            "date": "2014-03-01",
        },
    ]
    per_org, summary = follow_up_from_records(events_frame(rows), as_of=AS_OF)
    assert len(per_org) == 1
    assert (summary.followed_up, summary.decided) == (1, 1)
    assert per_org.iloc[0]["record_ids"] == "t-000, t-001"


def test_first_label_still_valid_is_pending_not_lapsed() -> None:
    per_org, summary = follow_up_from_records(events_frame([FIRST]), as_of=date(2016, 6, 1))
    assert per_org.iloc[0]["status"] == PENDING
    assert (summary.pending, summary.decided) == (1, 0)


def _article_register() -> list[dict[str, Any]]:
    """55 Norwegian first benchmarkings, 24 renewed or upgraded in time, 31 not (Cluster Services, 2017-03-28)."""
    rows: list[dict[str, Any]] = []
    for i in range(55):
        org, first = f"org-{i:02d}", f"{2012 + i % 4}-0{1 + i % 9}-15"
        rows.append({"org_id": org, "level": "bronze", "date": first})
        year, month = int(first[:4]), first[5:7]
        if i < 12:  # renewed in time
            rows.append({"org_id": org, "event": "renewed", "date": f"{year + 2}-{month}-01"})
        elif i < 24:  # upgraded in time
            rows.append({"org_id": org, "level": "silver", "date": f"{year + 1}-{month}-20"})
        elif i < 34:  # came back too late: still a lapse
            rows.append({"org_id": org, "event": "renewed", "date": f"{year + 3}-{month}-01"})
    return rows


def test_article_shape_gives_exactly_24_of_55() -> None:
    _, summary = follow_up_from_records(events_frame(_article_register()), as_of=AS_OF)
    assert (summary.followed_up, summary.decided, summary.lapsed) == (24, 55, 31)
    assert (summary.low, summary.high) == wilson_interval(24, 55)
    assert round(summary.rate * 100, 1) == 43.6
    assert summary.by_cohort["decided"].sum() == 55
    assert summary.by_country.set_index("country").loc["NO", "followed_up"] == 24


def test_shipped_records_add_up(tables) -> None:  # type: ignore[no-untyped-def]
    per_org, summary = follow_up_from_records(tables.label_events, as_of=date(2025, 6, 1))
    assert len(per_org) == per_org["org_id"].nunique() == len(tables.organisations)
    assert summary.decided + summary.undated + summary.pending == summary.organisations
    assert summary.by_country["decided"].sum() == summary.decided
    assert per_org.loc[per_org["status"] != UNDATED, "first_record_id"].notna().all()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_rule_and_coverage_in_words(lang: str) -> None:
    _, summary = follow_up_from_records(events_frame(_article_register()), as_of=AS_OF)
    assert "55" in coverage_text(summary, lang) and "24" in coverage_text(summary, lang)
    assert definition_text(lang, 3) != definition_text(lang)
