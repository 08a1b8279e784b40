"""What every column of every published file means, in both languages (the data dictionary).

Covers the five data-set tables (`klyngekvalitet_<table>.csv`) and the columns of the per-chart
files: the machine-readable `.csv` (these stable names) and the reader's CSV/Excel (the same
columns under the header `src.chart_files.header` gives them). A test checks that no column of
any file is left out.
"""

from __future__ import annotations

import pandas as pd

CHART_TABLE = "charts"

DICTIONARY_NB: dict[str, dict[str, str]] = {
    "figures": {
        "figure_id": "Stabil id for tallet",
        "topic": "Tema: comparison, follow_up, levels eller context",
        "country": "NO, DK eller EU (hele Europa)",
        "measure": "Hva som måles (f.eks. quality_index, valid_labels)",
        "category": "Underkategori (f.eks. gold, silver, renewed_or_upgraded)",
        "value": "Tallet slik kilden oppgir det",
        "qualifier": "exact, eller more_than når kilden sier «mer enn»",
        "unit": "Enhet (organisations, index_0_100, years …)",
        "sample_size": "Utvalgsstørrelse n der kilden oppgir den",
        "as_of": "Datoen tallet gjelder for (ISO, åååå-mm-dd)",
        "source_id": "Id for publikasjonen tallet står i (se sources)",
        "quote": "Setningen i kilden som oppgir tallet",
        "source_row": "Linjenummer i published_figures.csv",
        "source_title": "Tittelen på publikasjonen",
        "source_publisher": "Utgiveren av publikasjonen",
        "source_url": "Lenke til publikasjonen",
    },
    "label_events": {
        "record_id": "Stabil id (lr-NNN, der NNN er linjen i label_records.csv)",
        "org_id": "Organisasjonens stabile id; omdøpte organisasjoner har én id",
        "name_as_written": "Navnet slik kilden skrev det",
        "country": "NO eller DK",
        "level": "bronze, silver eller gold",
        "event": "awarded (tildelt), renewed (fornyet) eller register_entry (rad i ESCA-registeret)",
        "date": "Dato for hendelsen, så presis som kilden (se date_precision)",
        "date_precision": "day, month eller year; tom når kilden ikke oppgir dato",
        "year": "Året hendelsen skjedde; tomt når kilden ikke oppgir dato",
        "valid_until": "Gyldig til, der kilden oppgir det",
        "valid_until_precision": "day, month eller year for valid_until",
        "score_pct": "Publisert poengsum i prosent, der den finnes",
        "sector": "Bransje der kilden oppgir den",
        "region": "Region der kilden oppgir den",
        "source_url": "Siden som oppgir merket",
        "source_quote": "Setningen som oppgir det",
        "source_row": "Linjenummer i label_records.csv",
    },
    "organisations": {
        "org_id": "Stabil id",
        "canonical_name": "Navnet appen bruker",
        "aliases": "Andre navn organisasjonen står under i kildene",
        "country": "NO eller DK",
        "sector": "Bransje der kilden oppgir den",
        "region": "Region der kilden oppgir den",
        "record_count": "Antall offentlige oppføringer",
    },
    "context_facts": {
        "fact_id": "Stabil id for faktumet",
        "statement": "Hva faktumet sier, med egne ord",
        "value": "Verdien slik kilden skriver den (flere verdier skilles med «; »)",
        "unit": "Enhet for hver verdi, i samme rekkefølge",
        "as_of": "Datoen faktumet gjelder for, så presis som kilden",
        "source_url": "Siden som oppgir faktumet",
        "source_quote": "Setningen som oppgir det",
        "as_of_precision": "day, month eller year for as_of",
        "source_row": "Linjenummer i context_facts.csv",
    },
    "sources": {
        "source_id": "Stabil id for publikasjonen",
        "title": "Tittel",
        "author": "Forfatter",
        "publisher": "Utgiver",
        "url": "Lenke",
        "published": "Publiseringsdato (ISO)",
        "language": "Språket publikasjonen er skrevet på",
    },
    CHART_TABLE: {
        "country": "Land (NO, DK; i lesefilene: navnet)",
        "level": "Nivå (bronze, silver, gold; i lesefilene: navnet)",
        "value": "Kvalitetsindeks 0–100, slik artikkelen oppgir den",
        "sample_size": "Utvalgsstørrelse n",
        "count": "Antall (hele tall)",
        "figure_id": "Id for tallet i figures",
        "source_row": "Linjenummer i kildefila",
        "stage": "Trinn i oppfølgingen (første benchmarking, fornyet eller oppgradert, lot merket løpe ut)",
        "organisations": "Antall organisasjoner",
        "n": "Antall organisasjoner i landet i de offentlige oppføringene",
        "year": "År",
        "labels": "Antall merker tildelt eller fornyet",
        "record_ids": "Id-ene til oppføringene som telles (se label_events)",
        "organisation": "Organisasjonens navn",
        "score_pct": "Publisert poengsum i prosent",
        "threshold_pct": "Poengsummen gull krever, i prosent",
        "record_id": "Id for oppføringen (se label_events)",
        "status": "Status på dagen: gyldig, utløper snart eller utløpt",
        "expiry": "Når merket går ut (ISO-dato)",
        "valid_until_inferred": "Sann når utløpsdatoen er beregnet og ikke står i kilden",
    },
}

DICTIONARY_EN: dict[str, dict[str, str]] = {
    "figures": {
        "figure_id": "Stable id of the figure",
        "topic": "Topic: comparison, follow_up, levels or context",
        "country": "NO, DK or EU (all of Europe)",
        "measure": "What is measured (e.g. quality_index, valid_labels)",
        "category": "Subcategory (e.g. gold, silver, renewed_or_upgraded)",
        "value": "The figure as the source states it",
        "qualifier": "exact, or more_than when the source says “more than”",
        "unit": "Unit (organisations, index_0_100, years …)",
        "sample_size": "Sample size n where the source gives it",
        "as_of": "The date the figure holds for (ISO, yyyy-mm-dd)",
        "source_id": "Id of the publication stating the figure (see sources)",
        "quote": "The sentence in the source that states the figure",
        "source_row": "Line number in published_figures.csv",
        "source_title": "Title of the publication",
        "source_publisher": "Publisher of the publication",
        "source_url": "Link to the publication",
    },
    "label_events": {
        "record_id": "Stable id (lr-NNN, where NNN is the line in label_records.csv)",
        "org_id": "The organisation's stable id; renamed organisations keep one id",
        "name_as_written": "The name as the source wrote it",
        "country": "NO or DK",
        "level": "bronze, silver or gold",
        "event": "awarded, renewed or register_entry (a row in the ESCA register)",
        "date": "Date of the event, as precise as the source (see date_precision)",
        "date_precision": "day, month or year; empty when the source gives no date",
        "year": "The year of the event; empty when the source gives no date",
        "valid_until": "Valid until, where the source says",
        "valid_until_precision": "day, month or year for valid_until",
        "score_pct": "Published score in per cent, where there is one",
        "sector": "Industry, where the source gives it",
        "region": "Region, where the source gives it",
        "source_url": "The page that states the label",
        "source_quote": "The sentence that states it",
        "source_row": "Line number in label_records.csv",
    },
    "organisations": {
        "org_id": "Stable id",
        "canonical_name": "The name the app uses",
        "aliases": "Other names the organisation has in the sources",
        "country": "NO or DK",
        "sector": "Industry, where the source gives it",
        "region": "Region, where the source gives it",
        "record_count": "Number of public records",
    },
    "context_facts": {
        "fact_id": "Stable id of the fact",
        "statement": "What the fact says, in our words",
        "value": "The value as the source writes it (several values separated by “; ”)",
        "unit": "Unit of each value, in the same order",
        "as_of": "The date the fact holds for, as precise as the source",
        "source_url": "The page that states the fact",
        "source_quote": "The sentence that states it",
        "as_of_precision": "day, month or year for as_of",
        "source_row": "Line number in context_facts.csv",
    },
    "sources": {
        "source_id": "Stable id of the publication",
        "title": "Title",
        "author": "Author",
        "publisher": "Publisher",
        "url": "Link",
        "published": "Publication date (ISO)",
        "language": "The language the publication is written in",
    },
    CHART_TABLE: {
        "country": "Country (NO, DK; in the reader's files: its name)",
        "level": "Level (bronze, silver, gold; in the reader's files: its name)",
        "value": "Quality index 0–100, as the article states it",
        "sample_size": "Sample size n",
        "count": "Count (whole number)",
        "figure_id": "Id of the figure in figures",
        "source_row": "Line number in the source file",
        "stage": "Step of the follow-up (first benchmarking, renewed or upgraded, let the label lapse)",
        "organisations": "Number of organisations",
        "n": "Organisations of the country in the public records",
        "year": "Year",
        "labels": "Labels awarded or renewed",
        "record_ids": "Ids of the records counted (see label_events)",
        "organisation": "The organisation's name",
        "score_pct": "Published score in per cent",
        "threshold_pct": "The score gold requires, in per cent",
        "record_id": "Id of the record (see label_events)",
        "status": "Status on the day: valid, expiring soon or expired",
        "expiry": "When the label expires (ISO date)",
        "valid_until_inferred": "True when the expiry is computed, not stated by the source",
    },
}

DICTIONARIES = {"nb": DICTIONARY_NB, "en": DICTIONARY_EN}


def dictionary_frame(lang: str = "nb") -> pd.DataFrame:
    """The dictionary as a table: table, column, meaning, in `lang` (Norwegian for an unknown language)."""
    chosen = DICTIONARIES.get(lang, DICTIONARY_NB)
    rows = [(table, column, meaning) for table, columns in chosen.items() for column, meaning in columns.items()]
    return pd.DataFrame(rows, columns=["table", "column", "meaning"])
