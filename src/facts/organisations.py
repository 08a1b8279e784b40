"""Facts about one organisation that more than one page needs: its former names and what states them.

Note that a former name is only shown with its basis: the public page and the sentence from
`alias_sources.csv` that state the rename. A name the records merely write differently (case,
'&' for 'and', an English name) is an alias in `organisations.aliases`, not a former name.
"""

from __future__ import annotations

import pandas as pd

from src.facts.data import REQUIRED_COLUMNS, Tables

FORMER_NAME_COLUMNS = [c for c in REQUIRED_COLUMNS["alias_sources"] if c != "org_id"]


def former_names(tables: Tables, org_id: str) -> pd.DataFrame:
    """The organisation's former names, oldest change first, one row per page stating a rename
    (Oslo Medtech → Norway Health Tech is stated by two pages, so it has two rows)."""
    renames = tables.alias_sources
    chosen = renames[renames["org_id"] == org_id].sort_values(["changed", "source_row"], na_position="last")
    return chosen[FORMER_NAME_COLUMNS].reset_index(drop=True)


def org_ids_by_name(tables: Tables) -> dict[str, str]:
    """Every name an organisation goes by (canonical, aliases as written, former names), case-folded, to its id."""
    orgs = tables.organisations
    names: dict[str, str] = {}
    for org_id, canonical, aliases, former in orgs[["org_id", "canonical_name", "aliases", "former_names"]].itertuples(
        index=False
    ):
        for name in [canonical, *str(aliases or "").split(" | "), *str(former or "").split(" | ")]:
            if name:
                names.setdefault(name.casefold(), org_id)
    return names
