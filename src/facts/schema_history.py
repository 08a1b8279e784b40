"""How a source column of an older facts schema differed from today's, so a kept release is described as it was.

A kept release states its facts schema in its release.json (`schema`): 1 is the data before facts v2, as
`src/schemas.py` at git commit b843d50 validated it; 2 is facts v2 (git commit fc299bd) and today's. The data
package of a release (`src.facts.datapackage`) takes the fields from each file's own header, today's definition
for each column, and over it the entry here for the release's schema. Only real differences are listed:

- a column an older file lacks (release 1's `event_key`, release 2's `quote_lang`) is simply not described;
- a column whose old rule the old data also meets under today's keeps today's (release 1's `source_url` was
  checked only to start with http:// or https://; every value is also an absolute URI, today's rule);
- rules that span rows or files (`date` agrees with `date_precision`, rows sharing an `event_key` agree) cannot
  be stated in a Table Schema, then or now, and are left out.
"""

from __future__ import annotations

from typing import Any

EVENT_SCHEMA_1 = (
    "As in facts schema 1 (release 1): there was no event_key, so every awarded or renewed row was counted as a "
    "label event of its own, also where two sources reported the same award. Changed in schema 2 (release 2): "
    "rows reporting one award share an event_key and count once."
)
BASIS_SCHEMA_1 = (
    "As in facts schema 1 (release 1): required, every other spelling was joined to the organisation on a stated "
    "basis. Changed in schema 2 (release 2): a name a source states to be a rename (renamed_from) needs no basis, "
    "so the basis may be empty."
)

# schema → table → column → what replaces today's field definition (a `constraints` entry replaces them whole).
FIELD_CHANGES: dict[int, dict[str, dict[str, dict[str, Any]]]] = {
    1: {
        "label_records": {"event": {"description": EVENT_SCHEMA_1}},
        "aliases": {"basis": {"constraints": {"required": True}, "description": BASIS_SCHEMA_1}},
    },
}

# schema → table → catalog key of the table's description, where today's would say something untrue of it.
TABLE_DESCRIPTIONS: dict[int, dict[str, str]] = {
    1: {"label_records": "dp.table.label_records.description.schema1"},  # no event_key: rows were events
}


def field_as_in(schema: int | None, table: str, column: str, today: dict[str, Any] | None) -> dict[str, Any]:
    """The field `column` of `table` as facts schema `schema` had it (None: today's schema).

    Raises ValueError for a column neither today's schema nor this module describes: a data package
    must not publish a column it cannot say anything true about.
    """
    change = FIELD_CHANGES.get(schema or 0, {}).get(table, {}).get(column, {})
    if today is None and "type" not in change:
        raise ValueError(f"{table}: column {column!r} of facts schema {schema} is not described")
    return {**(today or {"name": column}), **change}


def table_description_key(schema: int | None, table: str) -> str:
    """The catalog key of `table`'s description as it holds for facts schema `schema`."""
    return TABLE_DESCRIPTIONS.get(schema or 0, {}).get(table, f"dp.table.{table}.description")
