"""One organisation's views, the status on a day, and the Europe-wide counts: plain pytest on the shipped data."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from src.export import export
from src.facts import europe
from src.facts.data import Tables
from src.facts.synthetic import events_frame
from src.views import chart_views as views
from src.views import org_views, summaries


def test_unknown_organisation_has_no_profile_and_no_charts(tables: Tables) -> None:
    assert org_views.org_profile(tables, "no-such-org", "nb") is None
    assert org_views.timeline_view(tables, "no-such-org", date(2017, 3, 28), "nb") is None
    assert org_views.scores_view(tables, "no-such-org", "nb") is None


def test_profile_lists_country_former_names_and_every_source(tables: Tables) -> None:
    profile = org_views.org_profile(tables, "norway-health-tech", "en")
    assert profile is not None
    assert profile.name == "Norway Health Tech"
    assert ("Country", "Norway") in profile.facts
    assert "Oslo Medtech" in [f.name for f in profile.former]
    records = tables.label_events[tables.label_events["org_id"] == "norway-health-tech"]
    assert {r.url for r in profile.sources} >= set(records["source_url"])
    assert profile.records == len(records)


def test_timeline_has_one_row_per_event_with_expiry_and_inferred_flag(tables: Tables) -> None:
    view = org_views.timeline_view(tables, "gce-node", date(2017, 3, 28), "nb")
    assert view is not None
    rows = view.table
    assert set(rows["level"]) == {"gold"}
    assert rows["valid_until_inferred"].all()  # GCE NODE's pages give award years, never an expiry
    assert rows["valid_on_day"].sum() == 1
    assert view.as_of == "2017-03-28"
    assert "GCE NODE" in view.text.title and "28. mars 2017" in view.text.description


def test_the_chosen_day_changes_which_label_is_valid(tables: Tables) -> None:
    early = org_views.timeline_view(tables, "gce-node", date(2013, 1, 1), "nb")
    late = org_views.timeline_view(tables, "gce-node", date(2022, 6, 1), "nb")
    assert early is not None and late is not None
    assert list(early.table["valid_on_day"]) != list(late.table["valid_on_day"])


def test_rows_sharing_an_event_key_are_one_event() -> None:
    records = events_frame(
        [
            {"org_id": "x", "level": "gold", "date": "2012-04-18", "date_precision": "day", "event_key": "x-2012"},
            {"org_id": "x", "level": "gold", "date": "2012-04-01", "date_precision": "month", "event_key": "x-2012"},
            {"org_id": "x", "level": "gold", "date": "2015-01-01", "date_precision": "year", "event": "renewed"},
        ]
    ).assign(event_key=["x-2012", "x-2012", ""])
    events = org_views.label_events(records)
    assert len(events) == 2
    first = events.iloc[0]
    assert first["date"] == pd.Timestamp("2012-04-18")  # the most precise date of the two pages
    assert first["record_ids"] == "t-000, t-001"


def test_status_on_a_day(tables: Tables) -> None:
    assert "gyldig gullmerke" in org_views.status_on(tables, "gce-node", date(2017, 3, 28), "nb")
    assert "no source mentions" in org_views.status_on(tables, "norway-health-tech", date(2012, 1, 1), "en")
    undated = events_frame([{"org_id": "u", "level": "silver"}])
    fake = type(tables)(**{**tables.__dict__, "label_events": undated, "organisations": tables.organisations})
    assert "give no date" in org_views.status_on(fake, "u", date(2020, 1, 1), "en")


def test_scores_view_reads_the_published_scores(tables: Tables) -> None:
    view = org_views.scores_view(tables, "norway-health-tech", "en")
    assert view is not None
    published = tables.label_events.query("org_id == 'norway-health-tech'")["score_pct"].dropna()
    assert sorted(view.table["score"]) == sorted(published.astype(float))
    assert "80%" in view.text.subtitle  # the gold threshold, read from context_facts


def test_org_link_keeps_the_language() -> None:
    assert org_views.org_link("gce-node", "nb") == "organisation?org=gce-node"
    assert org_views.org_link("a b&c", "en") == "organisation?org=a+b%26c&lang=en"


def test_scored_organisations_follow_the_filters(tables: Tables) -> None:
    both = org_views.scored_organisations(tables, ("NO", "DK"), (2010, 2030))
    norway = org_views.scored_organisations(tables, ("NO",), (2010, 2030))
    assert ("gce-node", "GCE NODE") in norway
    assert 0 < len(norway) < len(both)


# --- Europe -------------------------------------------------------------------------------------


def test_europe_counts_are_read_from_the_facts(tables: Tables) -> None:
    data = europe.europe_counts(tables.context_facts, tables.figures, "nb")
    facts = tables.context_facts.set_index("fact_id")
    gold_2017 = data[(data["fact_id"] == "gold_count_2017_sep") & (data["series"] == "gold")].iloc[0]
    assert gold_2017["count"] == float(facts.loc["gold_count_2017_sep", "value"].split(";")[0])
    bronze_2014 = data[(data["fact_id"] == "eu_counts_2014") & (data["series"] == "bronze")].iloc[0]
    assert bronze_2014["count"] == 566 and bronze_2014["day"] == "2014-05-01"
    assert list(data["day"]) == sorted(data["day"])
    assert not data["fact_id"].isin(europe.UNDATED_COUNTS).any()
    norway = data[data["series"] == "norway_gold"].iloc[0]
    assert norway["count"] == 6 and norway["file"] == "published_figures.csv"


def test_europe_counts_say_more_than_where_the_source_does(tables: Tables) -> None:
    data = europe.europe_counts(tables.context_facts, tables.figures, "en").set_index("fact_id")
    assert data.loc["benchmarked_2017", "count_label"] == "more than 1,000"
    assert data.loc["gold_count_2013_aug", "count_label"] == "about 20"


def test_a_missing_or_undated_fact_is_left_out(tables: Tables) -> None:
    facts = tables.context_facts
    damaged = facts[facts["fact_id"] != "gold_count_2020"].copy()
    damaged.loc[damaged["fact_id"] == "gold_count_2013_oct", "as_of"] = ""
    data = europe.europe_counts(damaged, tables.figures, "nb")
    assert not data["fact_id"].isin(["gold_count_2020", "gold_count_2013_oct"]).any()


def test_europe_view_sets_norway_against_europe(tables: Tables) -> None:
    view = views.europe_view(tables, "en")
    assert view is not None
    assert "Norway had 6 valid gold labels" in view.text.subtitle
    assert "86" in view.text.subtitle and "more than 1,000" in view.text.subtitle
    assert f"n = {len(view.table)} dated figures" in view.text.source_line
    assert len(view.sources) == len(view.table)
    assert all(ref.quote for ref in view.sources)


@pytest.mark.parametrize(("lang", "expected"), [("nb", "over 1\u00a0000"), ("en", "more than 1,000")])
def test_overview_card_says_more_than_1000(tables: Tables, lang: str, expected: str) -> None:
    cards = {c.label: c for c in summaries.cards(tables, lang)}
    label = "Benchmarket i Europa siden 2012" if lang == "nb" else "Benchmarked in Europe since 2012"
    assert cards[label].value == expected
    assert "1000" in cards[label].quote


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_organisation_charts_export_with_their_caption(tables: Tables, lang: str) -> None:
    timeline = org_views.timeline_view(tables, "norway-health-tech", date(2017, 3, 28), lang)
    scores = org_views.scores_view(tables, "norway-health-tech", lang)
    for view in (timeline, scores, views.europe_view(tables, lang)):
        assert view is not None
        drawn = export.chart_svg(view, lang, "https://klynge.example.org")
        assert view.text.title.split(":")[0] in drawn and "<svg" in drawn


def test_former_names_list_each_name_once_with_every_page_that_states_it() -> None:
    former = [
        org_views.FormerName(
            "Oslo Medtech", "august 2017", "https://a.example/x", "Oslo Medtech blir Norway Health Tech"
        ),
        org_views.FormerName("Oslo Medtech", "2017", "https://b.example/y", "Oslo Medtech becomes *NHT*"),
        org_views.FormerName("[x](javascript:alert(1))", "", None, None),
    ]
    text = org_views.former_markdown(former, "nb")
    lines = text.splitlines()
    assert lines[0] == "- Oslo Medtech"
    assert lines[1].startswith("    - navnebytte august 2017 – [a\\.example](https://a.example/x)")
    assert "\\*NHT\\*" in lines[2]  # quotes are escaped
    assert lines[-1].startswith("Også skrevet slik i kildene") and "](javascript" not in lines[-1]


def test_the_index_finds_every_organisation_and_only_its_rows(tables: Tables) -> None:
    index = org_views.build_org_index(tables)
    assert set(index.spans) == set(tables.label_events["org_id"].dropna())
    for org_id in ("gce-node", "norway-health-tech"):
        rows = org_views.org_records(index, org_id)
        expected = tables.label_events[tables.label_events["org_id"] == org_id]
        assert sorted(rows["record_id"]) == sorted(expected["record_id"])
    assert org_views.org_records(index, "nobody").empty


def test_an_empty_register_has_an_empty_index(tables: Tables) -> None:
    empty = type(tables)(**{**tables.__dict__, "label_events": tables.label_events.iloc[0:0]})
    assert org_views.build_org_index(empty).spans == {}
