"""The organisation page through AppTest: renders, the day changes the chart, hostile names, unknown ids, search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from src.facts.build import slugify
from src.facts.paths import DATA_DIR_ENV

from .apptest_helpers import fresh_caches, open_expander, open_page, open_tab, plain, shared_caches  # noqa: F401 (fixtures)
from .test_pages import HOSTILE_NAME, _add_hostile_record, chart_rows, chart_specs

PAGE = "app_pages/organisation.py"


def test_page_shows_the_organisation_with_its_charts_and_sources() -> None:
    at = open_page(PAGE, org="norway-health-tech", on="2017-03-28")
    assert not at.exception
    assert at.title[0].value == "Norway Health Tech"
    text = " ".join(plain(m.value) for m in at.markdown)
    assert "Oslo Medtech" in text  # the former name
    assert "innovasjonnorge.no" in text  # a source link with its quote
    specs = chart_specs(at)
    assert len(specs) == 2  # timeline and scores
    assert "Norway Health Tech" in " ".join(specs[0]["title"]["text"])
    assert any("28. mars 2017" in plain(i.value) for i in at.info)  # the status on the chosen day
    assert at.query_params["org"] == "norway-health-tech" and at.query_params["on"] == "2017-03-28"


def test_every_chart_shows_its_text_alternative() -> None:
    at = open_page(PAGE, org="gce-node")
    captions = " ".join(plain(c.value) for c in at.caption)
    for spec in chart_specs(at):
        assert f"Tekstalternativ: {spec['description']}" in captions


def test_changing_the_day_changes_the_chart_data_and_the_link() -> None:
    at = open_page(PAGE, org="gce-node", on="2013-01-01")
    before = chart_rows(at, 0).dropna(subset=["level"])
    at.date_input(key="org_on").set_value(date(2022, 6, 1)).run()
    after = chart_rows(at, 0).dropna(subset=["level"])
    assert list(before["on_day"]) != list(after["on_day"])
    assert at.query_params["on"] == "2022-06-01"
    assert any("1. juni 2022" in plain(i.value) for i in at.info)


def test_english_page() -> None:
    at = open_page(PAGE, org="gce-node", lang="en")
    assert not at.exception
    assert at.header[0].value == "Former names"
    assert "labels and validity" in " ".join(chart_specs(at)[0]["title"]["text"])


@pytest.mark.parametrize("org", ["no-such-org", "<script>alert(1)</script>", "x" * 300, "../../etc/passwd"])
def test_unknown_or_malformed_org_falls_back_to_the_search_with_a_notice(org: str) -> None:
    at = open_page(PAGE, org=org)
    assert not at.exception
    assert at.title[0].value == "Finn en organisasjon"
    assert any("ukjent verdi" in i.value or "ikke finnes" in i.value for i in at.info)
    assert not any("<script>" in i.value for i in at.info)
    assert not chart_specs(at)


def test_without_org_the_page_is_a_search_without_a_notice() -> None:
    at = open_page(PAGE)
    assert not at.exception
    assert at.title[0].value == "Finn en organisasjon"
    assert not at.info


def test_search_finds_a_former_name_and_links_to_the_page() -> None:
    at = open_page(PAGE)
    at.text_input(key="org_search").input("Oslo Medtech").run()
    links = at.get("page_link")
    assert len(links) == 1
    assert "Norway Health Tech" in links[0].proto.label and "Oslo Medtech" in links[0].proto.label
    assert links[0].proto.query_string == "org=norway-health-tech"


def test_search_says_when_nothing_matches() -> None:
    at = open_page(PAGE)
    at.text_input(key="org_search").input("[x](javascript:alert(1))").run()
    assert not at.get("page_link")
    assert any("Ingen organisasjon" in c.value and "](javascript" not in c.value for c in at.caption)


@pytest.mark.usefixtures("fresh_caches")  # other data than the shipped: read anew, leak nothing
def test_hostile_names_are_shown_as_text(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _add_hostile_record(data_copy)
    monkeypatch.setenv(DATA_DIR_ENV, str(data_copy))
    at = open_page(PAGE, org=slugify(HOSTILE_NAME))
    assert not at.exception
    assert plain(at.title[0].value) == HOSTILE_NAME
    for tab in ("Diagram", "Tabell", "Kilder", "Last ned og del"):
        at = open_tab(at, tab)
        assert not at.exception
        shown = [*at.caption, *at.markdown, *at.info, *at.title]
        assert all("<script>" not in el.value and "](javascript" not in el.value for el in shown)


def test_the_register_and_radar_tables_link_to_organisation_pages() -> None:
    at = open_page("app_pages/register.py")
    links = at.dataframe[0].value["Organisasjonsside"]
    assert "organisation?org=gce-node" in set(links)
    at = open_page("app_pages/renewal.py", on="2017-03-28", months="12", lang="en")
    assert all(str(link).startswith("organisation?org=") and str(link).endswith("&lang=en")
               for link in at.dataframe[0].value["Organisation page"])  # fmt: skip


def test_the_levels_page_links_each_scored_organisation() -> None:
    at = open_page("app_pages/levels.py", countries="NO")
    assert not at.get("page_link")  # folded away: built only once opened
    at = open_expander(at, "gold_score_links")
    queries = {link.proto.query_string for link in at.get("page_link")}
    assert "org=gce-node" in queries


def test_the_chart_only_view_shows_an_organisation_chart() -> None:
    at = open_page("app_pages/chart.py", chart="org_timeline", org="gce-node", on="2017-03-28")
    assert not at.exception
    assert "GCE NODE" in " ".join(chart_specs(at)[0]["title"]["text"])
    at = open_page("app_pages/chart.py", chart="org_timeline", org="nobody")
    assert not at.exception and not chart_specs(at)
