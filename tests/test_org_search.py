"""The organisation search: any name an organisation has had, casefolded, accents ignored, plain substrings."""

from __future__ import annotations

import pandas as pd
import pytest

from src.facts.data import Tables
from src.metrics import org_search
from src.metrics.org_search import build_index, normalise, search


def organisations(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """A small organisations table: (org_id, canonical_name, aliases ' | '-joined)."""
    return pd.DataFrame(
        {
            "org_id": [r[0] for r in rows],
            "canonical_name": [r[1] for r in rows],
            "aliases": [r[2] for r in rows],
            "country": ["NO"] * len(rows),
        }
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oslo Medtech", "oslo medtech"),
        ("Lønnsomme  Vinteropplevelser", "lonnsomme vinteropplevelser"),
        ("Ærlig Å", "aerlig a"),
        ("Café Société", "cafe societe"),
        ("STRASSE Straße", "strasse strasse"),
        ("tab\there\nnewline", "tab here newline"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_a_former_name_finds_the_organisation_and_says_which_name_matched(tables: Tables) -> None:
    matches, more = search(build_index(tables.organisations), "Oslo Medtech")
    assert [m.org_id for m in matches] == ["norway-health-tech"]
    assert matches[0].name == "Norway Health Tech" and matches[0].former == "Oslo Medtech"
    assert not more


@pytest.mark.parametrize("query", ["lonnsomme", "LØNNSOMME", "Lønnsomme", "  lønnsomme  "])
def test_search_ignores_case_accents_and_spaces(tables: Tables, query: str) -> None:
    matches, _ = search(build_index(tables.organisations), query)
    assert [m.org_id for m in matches] == ["arena-lonnsomme-vinteropplevelser"]


def test_current_name_match_names_no_former_name(tables: Tables) -> None:
    matches, _ = search(build_index(tables.organisations), "health tech")
    assert [(m.org_id, m.former) for m in matches] == [("norway-health-tech", None)]


def test_renames_from_the_sources_are_searchable_even_when_no_record_uses_them() -> None:
    index = build_index(
        organisations(("necia", "NECIA", "")),
        pd.DataFrame({"org_id": ["necia"], "old_name": ["VIKEN Teknologiklynge"]}),
    )
    matches, _ = search(index, "viken tekno")
    assert [(m.org_id, m.former) for m in matches] == [("necia", "VIKEN Teknologiklynge")]


def test_each_organisation_once_in_name_order_with_a_limit() -> None:
    orgs = organisations(
        ("b", "Beta Arena", "Arena Beta | Old Arena"),
        ("a", "Alpha Arena", ""),
        ("c", "Gamma", "Arena Gamma"),
        ("d", "Delta", ""),
    )
    index = build_index(orgs)
    matches, more = search(index, "arena", limit=10)
    assert [m.org_id for m in matches] == ["a", "b", "c"]  # alphabetical by current name, "b" only once
    assert not more
    two, more = search(index, "arena", limit=2)
    assert [m.org_id for m in two] == ["a", "b"] and more


def test_a_query_never_matches_across_two_names_or_two_organisations() -> None:
    index = build_index(organisations(("a", "Alpha", "Beta"), ("b", "Gamma", "")))
    assert search(index, "alpha beta")[0] == []
    assert search(index, "betagamma")[0] == []
    assert search(index, "a g")[0] == []


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_finds_nothing(tables: Tables, query: str) -> None:
    assert search(build_index(tables.organisations), query) == ([], False)


def test_hostile_text_is_just_text() -> None:
    hostile = '<script>alert(1)</script> =HYPERLINK("x")'
    index = build_index(organisations(("h", hostile, "")))
    assert [m.name for m in search(index, "<script>")[0]] == [hostile]
    assert search(index, "=hyperlink(")[0][0].org_id == "h"


def test_missing_aliases_and_empty_tables() -> None:
    orgs = organisations(("a", "Alpha", "")).assign(aliases=[pd.NA])
    assert org_search.split_names(pd.NA) == []
    assert [m.org_id for m in search(build_index(orgs), "alp")[0]] == ["a"]
    assert search(build_index(orgs.iloc[0:0]), "alp") == ([], False)


NAMES = ["Lønnsomme  VINTER-opplevelser", "Café Société", "STRASSE Straße", "tab\there\nnewline", "Ærlig Å",
         "Œuvre Łódź Đakovo", "  x\u00a0y ", "İstanbul", "ＦＵＬＬ width", "Arena | Heidner", ""]  # fmt: skip


def test_one_text_and_many_texts_are_normalised_alike() -> None:
    assert org_search.normalise_many(NAMES) == [normalise(n) for n in NAMES]
    assert org_search.normalise_many([]) == []
