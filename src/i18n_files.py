"""Words inside the downloaded files (column headers, yes/no, licence note) and their buttons; merged into `src.i18n`."""

from __future__ import annotations

FILES_NB: dict[str, str] = {
    "files.col.country": "Land",
    "files.col.level": "Nivå",
    "files.col.value": "Kvalitetsindeks (0–100)",
    "files.col.sample_size": "Utvalg (n)",
    "files.col.count": "Antall",
    "files.col.figure_id": "Tall-id",
    "files.col.source_row": "Rad i kildefila",
    "files.col.stage": "Trinn",
    "files.col.organisations": "Organisasjoner",
    "files.col.n": "Organisasjoner i landet (n)",
    "files.col.year": "År",
    "files.col.labels": "Merker",
    "files.col.record_ids": "Oppføringer",
    "files.col.organisation": "Organisasjon",
    "files.col.score_pct": "Poengsum (%)",
    "files.col.threshold_pct": "Gullgrense (%)",
    "files.col.record_id": "Oppføring",
    "files.col.status": "Status",
    "files.col.expiry": "Utløper",
    "files.col.valid_until_inferred": "Utløp beregnet",
    "source.open_site": "Åpne kilden ({site})",
    "files.yes": "ja",
    "files.no": "nei",
    "files.licence": (
        "Tallene er hentet fra kildene som er oppgitt, og kildene har sine rettigheter. Oppgi originalkilden og "
        "Klyngekvalitet når du bruker dem."
    ),
    "files.download.machine_csv": "Data for programmerere (CSV, ISO)",
    "files.download.metadata": "Metadata (JSON)",
    "files.press_kit_name": "pressepakke",
    "files.dictionary.charts": "Diagramfilene (charts/…csv og .xlsx; overskriftene i lesefilene står i parentes)",
    "files.dictionary.table": "{table} (data/klyngekvalitet_{table}.csv)",
    "files.dictionary.register": "Registeret (klyngekvalitet_register_{lang_code}.csv fra Register-siden)",
    "files.prepare_press_kit": "Lag pressepakke (ZIP): alle diagrammer, data og kilder",
    "files.building": "Lager pressepakken (alle diagrammer som bilder og data) …",
}

FILES_EN: dict[str, str] = {
    "files.col.country": "Country",
    "files.col.level": "Level",
    "files.col.value": "Quality index (0–100)",
    "files.col.sample_size": "Sample (n)",
    "files.col.count": "Count",
    "files.col.figure_id": "Figure id",
    "files.col.source_row": "Row in the source file",
    "files.col.stage": "Stage",
    "files.col.organisations": "Organisations",
    "files.col.n": "Organisations in the country (n)",
    "files.col.year": "Year",
    "files.col.labels": "Labels",
    "files.col.record_ids": "Records",
    "files.col.organisation": "Organisation",
    "files.col.score_pct": "Score (%)",
    "files.col.threshold_pct": "Gold threshold (%)",
    "files.col.record_id": "Record",
    "files.col.status": "Status",
    "files.col.expiry": "Expires",
    "files.col.valid_until_inferred": "Expiry computed",
    "source.open_site": "Open the source ({site})",
    "files.yes": "yes",
    "files.no": "no",
    "files.licence": (
        "The figures come from the sources named, which keep their rights. Credit the original source and "
        "Klyngekvalitet when you use them."
    ),
    "files.download.machine_csv": "Data for programmers (CSV, ISO)",
    "files.download.metadata": "Metadata (JSON)",
    "files.press_kit_name": "press-kit",
    "files.dictionary.charts": "The chart files (charts/…csv and .xlsx; the reader's headers in brackets)",
    "files.dictionary.table": "{table} (data/klyngekvalitet_{table}.csv)",
    "files.dictionary.register": "The register (klyngekvalitet_register_{lang_code}.csv from the Register page)",
    "files.prepare_press_kit": "Make the press kit (ZIP): every chart, the data and the sources",
    "files.building": "Building the press kit (every chart as images and data) …",
}
