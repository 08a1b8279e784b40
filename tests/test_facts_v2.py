"""The shipped v2 facts: events counted once, renames with their public sentence, discrepancies shown.

Expected values are read off `data/sources/*.csv` with the csv module (a different reader than the
build's pandas), or by hand from the rows named in the comments.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from src.facts.data import Tables
from src.facts.events import event_count
from src.facts.organisations import former_names, org_ids_by_name
from src.metrics import metrics, radar
from src.text.i18n import CATALOGS
from src.views import register, source_list

from .apptest_helpers import open_page, plain
from .conftest import DATA_DIR


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / "sources" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_shipped_records_hold_99_events_in_101_rows(tables: Tables) -> None:
    rows = _csv("label_records.csv")
    keyed = Counter(r["event_key"] for r in rows if r["event_key"])
    expected = len(keyed) + sum(1 for r in rows if not r["event_key"])
    assert (len(rows), expected) == (101, 99)  # two keys have two rows each: NODE's 2012 gold, Eyde's first gold
    assert sorted(k for k, n in keyed.items() if n > 1) == ["eyde-cluster-gold-first", "gce-node-gold-2012"]
    assert event_count(tables.label_events) == expected
    assert register.coverage(tables)["events"] == expected
    assert int(tables.organisations["event_count"].sum()) == expected


def test_norways_2012_gold_is_one_label(tables: Tables) -> None:
    """Rows 24 and 25 both report NCE NODE's gold of April 2012; no other Norwegian gold is dated 2012."""
    per_year = metrics.labels_per_year(tables.label_events, ["NO"], ["gold"], (2012, 2012))
    assert per_year[["year", "labels", "record_ids"]].values.tolist() == [[2012, 1, "lr-024, lr-025"]]


def test_eydes_first_gold_takes_the_year_from_one_page_and_the_expiry_from_the_other(tables: Tables) -> None:
    """Row 47 dates it 2019; row 48 (no date) says it expires December 2021. In March 2017 it did not exist."""
    early = radar.radar(tables.label_events, date(2017, 3, 28))
    assert "eyde-cluster" not in set(early["org_id"])
    later = radar.radar(tables.label_events, date(2020, 6, 1)).set_index("org_id").loc["eyde-cluster"]
    assert (later["record_ids"], later["expiry"], later["status"]) == (
        "lr-047, lr-048",
        pd.Timestamp("2021-12-31"),
        "valid",
    )
    assert not later["valid_until_inferred"]


def test_every_rename_has_its_page_and_sentence(tables: Tables) -> None:
    shipped = _csv("alias_sources.csv")
    table = tables.alias_sources
    assert list(table["source_quote"]) == [r["source_quote"] for r in shipped]
    assert list(table["source_url"]) == [r["source_url"] for r in shipped]
    orgs = tables.organisations.set_index("org_id")
    assert orgs.loc["necia", ["canonical_name", "former_names"]].tolist() == ["NECIA", "VIKEN Teknologiklynge"]
    assert orgs.loc["marcod", ["canonical_name", "aliases", "former_names"]].tolist() == ["MARCOD", "Marcod", ""]


def test_former_names_with_basis_per_organisation(tables: Tables) -> None:
    nht = former_names(tables, "norway-health-tech")
    # two pages state Oslo Medtech -> Norway Health Tech (alias_sources.csv rows 3 and 4)
    assert list(nht["old_name"]) == ["Oslo Medtech", "Oslo Medtech"]
    assert list(nht["source_row"]) == [4, 3]  # '2017' (read as 1 January) sorts before '2017-08'
    assert set(nht["source_url"]) == {
        r["source_url"] for r in _csv("alias_sources.csv") if r["old_name"] == "Oslo Medtech"
    }
    necia = former_names(tables, "necia").iloc[0]
    assert (necia["old_name"], necia["changed"], necia["changed_precision"]) == (
        "VIKEN Teknologiklynge",
        pd.Timestamp("2024-03-04"),
        "day",
    )
    assert former_names(tables, "eyde-cluster").empty  # no page in alias_sources.csv states Arena Eyde -> Eyde
    assert former_names(tables, "no-such-org").empty


def test_names_lead_to_one_organisation(tables: Tables) -> None:
    names = org_ids_by_name(tables)
    assert names["oslo medtech"] == names["norway health tech"] == "norway-health-tech"
    assert names["viken teknologiklynge"] == "necia"
    assert names["marcod"] == "marcod"


def test_every_discrepancy_is_translated_in_both_languages() -> None:
    for row in _csv("discrepancies.csv"):
        for lang in ("nb", "en"):
            for field in ("about", "statement"):
                assert f"discrepancy.{row['discrepancy_id']}.{field}" in CATALOGS[lang]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_discrepancies_keep_both_quotes_verbatim(tables: Tables, lang: str) -> None:
    shipped = _csv("discrepancies.csv")
    table = source_list.discrepancies_table(tables, lang)
    assert list(table.iloc[:, 2]) == [r["quote_a"] for r in shipped]
    assert list(table.iloc[:, 3]) == [r["source_a_url"] for r in shipped]
    one_sided = [i for i, r in enumerate(shipped) if not r["source_b_url"]]
    assert one_sided == [4]  # the quality index is only in the article
    assert table.iloc[4, 4] == CATALOGS[lang]["sources.disc.no_b"]
    assert table.iloc[0, 4] == shipped[0]["quote_b"]


def test_discrepancy_statement_is_in_the_readers_language(tables: Tables) -> None:
    nb = source_list.discrepancies_table(tables, "nb").iloc[:, 1]
    assert nb.iloc[0].startswith("Artikkelen sier at organisasjoner er benchmarket siden 2012")
    assert "63,6" in nb.iloc[4]


def test_a_discrepancy_the_catalog_does_not_know_is_shown_in_the_datas_words(tables: Tables) -> None:
    extra = tables.discrepancies.assign(discrepancy_id=["brand_new", *tables.discrepancies["discrepancy_id"][1:]])
    table = source_list.discrepancies_table(Tables(**{**tables.__dict__, "discrepancies": extra}), "nb")
    assert table.iloc[0, 1] == _csv("discrepancies.csv")[0]["statement"]


def test_sources_page_shows_discrepancies_and_renames() -> None:
    at = open_page("app_pages/sources.py", lang="en")
    assert not at.exception
    headers = [h.value for h in (*at.header, *at.subheader)]  # sections are h2 (st.header) under the h1
    assert "Known differences between sources" in headers and "Renames and their sources" in headers
    text = plain(" ".join(m.value for m in at.markdown))
    for row in _csv("discrepancies.csv"):
        for quote, url in ((row["quote_a"], row["source_a_url"]), (row["quote_b"], row["source_b_url"])):
            assert quote.replace("\n", " ") in text and url in text
    assert "One source only: this is stated in no other source." in [c.value for c in at.caption]
    frames = [d.value for d in at.dataframe]
    old_names = {n for f in frames if "Former name" in f.columns for n in f["Former name"]}
    assert "VIKEN Teknologiklynge" in old_names


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_discrepancy_blocks_carry_both_pages(tables: Tables, lang: str) -> None:
    blocks = source_list.discrepancies(tables, lang)
    shipped = _csv("discrepancies.csv")
    assert [len(b.sides) for b in blocks] == [2 if r["source_b_url"] else 1 for r in shipped]
    assert blocks[0].sides[0].quote == shipped[0]["quote_a"]
    assert blocks[0].sides[1].url == shipped[0]["source_b_url"]
    assert [b.only_one_source for b in blocks] == [False, False, False, False, True]


def test_v2_build_writes_the_new_tables(data_copy: Path) -> None:
    from src.facts.build import build

    tables = build(data_copy)
    assert len(tables["alias_sources"]) == len(_csv("alias_sources.csv")) == 6
    assert len(tables["discrepancies"]) == len(_csv("discrepancies.csv")) == 5
    events = tables["label_events"]
    assert events["event_key"].isna().sum() == sum(
        1 for r in _csv("label_records.csv") if r["event"] == "register_entry"
    )


def test_register_lists_every_row_and_marks_rows_of_one_event(tables: Tables) -> None:
    index = register.build_index(tables)
    chosen = register.RegisterFilters(
        ("NO", "DK"), ("bronze", "silver", "gold"), ("awarded", "renewed", "register_entry"), (2010, 2030), ""
    )
    view = register.register_view(tables, index, chosen, (2010, 2030), "en")
    assert view.matched == view.total == 101
    same = view.table["Same event"]
    assert same.iloc[22] == same.iloc[23] == "gce-node-gold-2012 (2 records)"  # rows 24 and 25 of the CSV
    assert same.iloc[28] == "nce-subsea-gold-awarded-2013"  # row 30: an event told by one record
    assert same.iloc[0] == ""  # row 2: a register entry has no event key
