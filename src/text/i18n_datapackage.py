"""Words of the data package (`datapackage.json`) and the catalogue entry (`catalog.ttl`); merged into `src.text.i18n`.

Note that a data package and a DCAT record carry every language at once (a portal picks one), so
`src.facts.datapackage` reads all three dicts, not only the reader's.
"""

from __future__ import annotations

DATAPACKAGE_NB: dict[str, str] = {
    "files.col.quote_lang": "Sitatets språk",
    "dp.title": "Klyngekvalitet: europeiske kvalitetsmerker for norske og danske klyngeorganisasjoner",
    "dp.description": (
        "Offentlige opplysninger om bronse-, sølv- og gullmerkene (European Cluster Excellence) til norske og danske "
        "klyngeorganisasjoner, med kilden og kildens egen setning ved hver rad. Datoer er så presise som kilden: "
        "«2024» betyr året 2024, ikke 1. januar. Lisens: tallene er hentet fra kildene som er oppgitt, og kildene "
        "har sine rettigheter; ingen kilde oppgir en lisens, så lisensen er ukjent. Oppgi originalkilden og "
        "Klyngekvalitet når du bruker dem."
    ),
    "dp.licence_unknown": "Lisens ukjent: kilden oppgir ingen lisens.",
    "dp.table.figures": "Publiserte tall",
    "dp.table.figures.description": "Tallene artikkelen oppgir, hvert med setningen som oppgir det. Én rad per tall.",
    "dp.table.sources": "Publikasjoner",
    "dp.table.sources.description": "Publikasjonene de publiserte tallene kommer fra. Én rad per publikasjon.",
    "dp.table.label_records": "Merkeopplysninger",
    "dp.table.label_records.description": (
        "Hver offentlige opplysning om et merke (tildeling, fornyelse eller registeroppføring), med side og setning. "
        "Rader med samme event_key beskriver samme merkehendelse: tell hendelser, ikke rader."
    ),
    "dp.table.context_facts": "Bakgrunnsfakta",
    "dp.table.context_facts.description": "Regler og tall om merkeordningen, hvert med side og setning.",
    "dp.table.alias_sources": "Navneendringer",
    "dp.table.alias_sources.description": "Sider som sier at en klyngeorganisasjon har byttet navn, med setningen.",
    "dp.table.discrepancies": "Kilder som er uenige",
    "dp.table.discrepancies.description": "Kjente forskjeller mellom kildene, med begge sidenes egne ord.",
    "dp.table.aliases": "Navn på samme organisasjon",
    "dp.table.aliases.description": "Hvilke skrivemåter som er samme organisasjon, og hvorfor.",
    "dp.chart.reader": "{title} (for regneark, på norsk)",
    "dp.chart.machine": "{title} (for programmerere: ISO-datoer, komma og desimalpunktum)",
    "dp.catalog.title": "Klyngekvalitet: datakatalog",
    "dp.catalog.description": "Datasettene bak Klyngekvalitet, en åpen app om kvalitetsmerker for klyngeorganisasjoner.",
    "dp.keywords": "klyngeorganisasjon; kvalitetsmerke; Cluster Excellence; innovasjon; næringsklynge",
}

DATAPACKAGE_EN: dict[str, str] = {
    "files.col.quote_lang": "Language of the quote",
    "dp.title": "Klyngekvalitet: European quality labels of Norwegian and Danish cluster organisations",
    "dp.description": (
        "Public statements about the bronze, silver and gold labels (European Cluster Excellence) of Norwegian and "
        "Danish cluster organisations, each row with its source page and the source's own sentence. Dates are as "
        "precise as the source: '2024' means the year 2024, not 1 January. Licence: the figures come from the "
        "sources named, which keep their rights; no source states a licence, so the licence is unknown. Credit the "
        "original source and Klyngekvalitet when you use them."
    ),
    "dp.licence_unknown": "Licence unknown: the source states none.",
    "dp.table.figures": "Published figures",
    "dp.table.figures.description": "The figures the article states, each with the sentence that states it. One row per figure.",
    "dp.table.sources": "Publications",
    "dp.table.sources.description": "The publications the published figures come from. One row per publication.",
    "dp.table.label_records": "Label records",
    "dp.table.label_records.description": (
        "Every public statement about a label (award, renewal or register entry), with page and sentence. Rows "
        "sharing an event_key describe one label event: count events, not rows."
    ),
    "dp.table.context_facts": "Context facts",
    "dp.table.context_facts.description": "Rules and figures about the labelling scheme, each with page and sentence.",
    "dp.table.alias_sources": "Renames",
    "dp.table.alias_sources.description": "Pages stating that a cluster organisation changed its name, with the sentence.",
    "dp.table.discrepancies": "Sources that disagree",
    "dp.table.discrepancies.description": "Known differences between sources, with both sides' own words.",
    "dp.table.aliases": "Names of one organisation",
    "dp.table.aliases.description": "Which spellings are the same organisation, and why.",
    "dp.chart.reader": "{title} (for spreadsheets, in English)",
    "dp.chart.machine": "{title} (for programmers: ISO dates, comma and decimal point)",
    "dp.catalog.title": "Klyngekvalitet: data catalogue",
    "dp.catalog.description": "The data sets behind Klyngekvalitet, an open app about quality labels of cluster organisations.",
    "dp.keywords": "cluster organisation; quality label; Cluster Excellence; innovation; business cluster",
}

DATAPACKAGE_DA: dict[str, str] = {
    "files.col.quote_lang": "Citatets sprog",
    "dp.title": "Klyngekvalitet: europæiske kvalitetsmærker for norske og danske klyngeorganisationer",
    "dp.description": (
        "Offentlige oplysninger om bronze-, sølv- og guldmærkerne (European Cluster Excellence) for norske og danske "
        "klyngeorganisationer, med kilden og kildens egen sætning ved hver række. Datoer er så præcise som kilden: "
        "»2024« betyder året 2024, ikke 1. januar. Licens: tallene stammer fra de angivne kilder, som har deres "
        "rettigheder; ingen kilde angiver en licens, så licensen er ukendt. Angiv den oprindelige kilde og "
        "Klyngekvalitet, når du bruger dem."
    ),
    "dp.licence_unknown": "Licens ukendt: kilden angiver ingen.",
    "dp.table.figures": "Offentliggjorte tal",
    "dp.table.figures.description": "Tallene, som artiklen angiver, hvert med den sætning, der angiver det. Én række pr. tal.",
    "dp.table.sources": "Publikationer",
    "dp.table.sources.description": "De publikationer, de offentliggjorte tal stammer fra. Én række pr. publikation.",
    "dp.table.label_records": "Mærkeoplysninger",
    "dp.table.label_records.description": (
        "Hver offentlig oplysning om et mærke (tildeling, fornyelse eller registrering), med side og sætning. "
        "Rækker med samme event_key beskriver samme mærkehændelse: tæl hændelser, ikke rækker."
    ),
    "dp.table.context_facts": "Baggrundsfakta",
    "dp.table.context_facts.description": "Regler og tal om mærkeordningen, hvert med side og sætning.",
    "dp.table.alias_sources": "Navneskift",
    "dp.table.alias_sources.description": "Sider, der siger, at en klyngeorganisation har skiftet navn, med sætningen.",
    "dp.table.discrepancies": "Kilder, der er uenige",
    "dp.table.discrepancies.description": "Kendte forskelle mellem kilderne, med begge siders egne ord.",
    "dp.table.aliases": "Navne på samme organisation",
    "dp.table.aliases.description": "Hvilke stavemåder der er samme organisation, og hvorfor.",
    "dp.chart.reader": "{title} (til regneark, på dansk)",
    "dp.chart.machine": "{title} (til programmører: ISO-datoer, komma og decimalpunktum)",
    "dp.catalog.title": "Klyngekvalitet: datakatalog",
    "dp.catalog.description": "Datasættene bag Klyngekvalitet, en åben app om kvalitetsmærker for klyngeorganisationer.",
    "dp.keywords": "klyngeorganisation; kvalitetsmærke; Cluster Excellence; innovation; erhvervsklynge",
}
