"""Import label records from an ESCA register export or a label_records.csv-shaped file, safely.

    python -m src.facts.import_register FILE [--dry-run] [--data-dir DIR] [--country NO|DK] [--source-url URL]

Recipe, one module per step: `read` (CSV with comma or semicolon, UTF-8 with or without BOM or
Windows-1252; or XLSX) → `layouts` (map to the label_records.csv columns) → `check` (every row,
every problem reported at once) → `merge` (idempotently) → `write` (back up the old file, write
atomically, rebuild the Parquet tables); `cli` ties them together and reports.

Note that nothing is written unless every row passes: a reader never sees half an import. A row
is identified by organisation + level + event + date + valid_until + source_url, so importing the
same file twice changes nothing. Cells are stored as text exactly as given (a cell such as
`=HYPERLINK(…)` stays text; exports neutralise formulas), and every added row says in its
`source_quote` which file and row it came from and when.

`source_url` is the page a record was taken from. For an ESCA file that is `--source-url` (the
register's country page, required), never the `www` column: that is the cluster's own website,
label_records.csv has no column for it, so it is dropped. Were it stored as the source link, the
same register entry would get a new identity and re-importing the real list would add near-duplicates.
"""

from __future__ import annotations

from src.facts.import_register.check import map_file, normalise_date
from src.facts.import_register.cli import import_file, main, report
from src.facts.import_register.layouts import RECORD_COLUMNS, source_url_problem
from src.facts.import_register.merge import Outcome, merge_records
from src.facts.import_register.read import MAX_BYTES, read_raw
from src.facts.import_register.write import csv_bytes

__all__ = [
    "MAX_BYTES",
    "RECORD_COLUMNS",
    "Outcome",
    "csv_bytes",
    "import_file",
    "main",
    "map_file",
    "merge_records",
    "normalise_date",
    "read_raw",
    "report",
    "source_url_problem",
]
