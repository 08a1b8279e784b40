"""What every column of the published tables means (the data dictionary on "Kilder og data")."""

from __future__ import annotations

import pandas as pd

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
        "as_of": "Datoen tallet gjelder for",
        "quote": "Setningen i kilden som oppgir tallet",
        "source_row": "Linjenummer i published_figures.csv",
    },
    "label_events": {
        "record_id": "Stabil id (lr-NNN, der NNN er linjen i label_records.csv)",
        "org_id": "Organisasjonens stabile id; omdøpte organisasjoner har én id",
        "name_as_written": "Navnet slik kilden skrev det",
        "level": "bronze, silver eller gold",
        "event": "awarded (tildelt), renewed (fornyet) eller register_entry (rad i ESCA-registeret)",
        "event_key": (
            "Hvilken tildeling eller fornyelse raden beskriver: rader med samme nøkkel er én hendelse og telles én "
            "gang; tom for rader i ESCA-registeret"
        ),
        "date": "Dato for hendelsen, så presis som kilden (se date_precision)",
        "date_precision": "day, month eller year; tom når kilden ikke oppgir dato",
        "valid_until": "Gyldig til, der kilden oppgir det",
        "score_pct": "Publisert poengsum i prosent, der den finnes",
        "source_url": "Siden som oppgir merket",
        "source_quote": "Setningen som oppgir det",
    },
    "organisations": {
        "org_id": "Stabil id",
        "canonical_name": "Navnet appen bruker",
        "aliases": "Andre navn organisasjonen står under i kildene",
        "former_names": "Tidligere navn som en offentlig side oppgir (se alias_sources)",
        "country": "NO eller DK",
        "sector": "Bransje der kilden oppgir den",
        "region": "Region der kilden oppgir den",
        "record_count": "Antall offentlige oppføringer (rader)",
        "event_count": "Antall merkehendelser (rader med samme event_key telles én gang)",
    },
    "alias_sources": {
        "org_id": "Organisasjonen som byttet navn",
        "old_name": "Tidligere navn",
        "new_name": "Nytt navn",
        "changed": "Når navnet ble byttet, så presist som kilden",
        "source_url": "Siden som oppgir navnebyttet",
        "source_quote": "Setningen som oppgir det",
    },
    "discrepancies": {
        "discrepancy_id": "Stabil id for forskjellen",
        "about": "Hva forskjellen gjelder",
        "statement": "Forskjellen med egne ord",
        "source_a_url": "Den ene siden",
        "quote_a": "Setningen på den ene siden",
        "source_b_url": "Den andre siden (tom når bare én kilde finnes)",
        "quote_b": "Setningen på den andre siden",
    },
}


def dictionary_frame() -> pd.DataFrame:
    """The dictionary as a table: table, column, meaning."""
    rows = [(table, column, meaning) for table, columns in DICTIONARY_NB.items() for column, meaning in columns.items()]
    return pd.DataFrame(rows, columns=["table", "column", "meaning"])
