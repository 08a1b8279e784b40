"""Text of the export toolkit (downloads, citation, embed, press kit), by key; merged into `src.text.i18n`.

Note that keys here start with `export.`, `citation.` or `press_kit.`, so they can never shadow
a key of the main catalog when the dictionaries are merged.
"""

from __future__ import annotations

from src.text.plural import Plural

EXPORT_NB: dict[str, str | Plural] = {
    # Inside the exported image and files
    "export.footer": "Diagram: {app} · {url}",
    "export.sheet.data": "Data",
    "export.sheet.source": "Kilde",
    "export.field.title": "Tittel",
    "export.field.source_line": "Kildelinje",
    "export.field.as_of": "Per dato",
    "export.field.citation": "Slik siterer du",
    "export.field.where": "Hvor (fil og rad)",
    "export.field.url": "Lenke",
    "export.field.quote": "Sitat",
    # Buttons and headings for the toolkit on each chart
    "export.heading": "Last ned og del",
    "export.download.png": "Bilde (PNG)",
    "export.download.svg": "Vektorbilde (SVG)",
    "export.download.csv": "Data (CSV)",
    "export.download.xlsx": "Data (Excel)",
    "export.download.press_kit": "Pressepakke (ZIP): alle diagrammer, data og kilder",
    "export.citation.heading": "Slik siterer du",
    "export.embed.heading": "Bygg inn på en nettside",
    "export.link.heading": "Lenke til denne visningen",
    "export.dataset.heading": "Slik siterer du datasettet",
    # Citations
    "citation.chart": "«{title}». {source_line}.",
    "citation.publication": "Originalkilde: {author}: «{title}». {publisher}, {date}. {url}",
    "citation.pages": "Kildesider: {urls}",
    "citation.pages_many": Plural(
        one="Kildesider: {count} offentlig side på {sites}, blant annet {top}. Alle lenkene står i fanen «Kilder» og i datafilene.",
        other="Kildesider: {count} offentlige sider på {sites}, blant annet {top}. Alle lenkene står i fanen «Kilder» og i datafilene.",
    ),
    "citation.site_count": "{count} fra {site}",
    "citation.esca": "ESCA-registeret ({site})",
    "citation.app": "Sammenstilt i {app}, {url}, hentet {date}.",
    "citation.dataset": (
        "{app}: data om europeiske kvalitetsmerker (Cluster Excellence) for norske og danske klyngeorganisasjoner."
    ),
    "citation.records": Plural(
        one="Merkeoppføringer: {count} offentlig oppføring om {events} fra ESCA-registeret og klyngenes egne sider.",
        other="Merkeoppføringer: {count} offentlige oppføringer om {events} fra ESCA-registeret og klyngenes egne sider.",
    ),
    # Press kit
    "press_kit.citation_title": "Slik siterer du Klyngekvalitet",
    "press_kit.dataset": "Hele datasettet",
    "press_kit.charts": "Diagrammene",
    "press_kit.dictionary_title": "Dataordbok: hva hver kolonne betyr",
    "press_kit.dictionary_note": (
        "Datafilene (data/) og programmererfilene (charts/…iso.csv) bruker kolonnenavnene under; lesefilene "
        "(charts/…csv og .xlsx) har overskrifter på norsk, vist i parentes. Norske CSV-filer bruker semikolon og "
        "desimalkomma, engelske komma og punktum."
    ),
}

EXPORT_EN: dict[str, str | Plural] = {
    # Inside the exported image and files
    "export.footer": "Chart: {app} · {url}",
    "export.sheet.data": "Data",
    "export.sheet.source": "Source",
    "export.field.title": "Title",
    "export.field.source_line": "Source line",
    "export.field.as_of": "As of",
    "export.field.citation": "How to cite",
    "export.field.where": "Where (file and row)",
    "export.field.url": "Link",
    "export.field.quote": "Quote",
    # Buttons and headings for the toolkit on each chart
    "export.heading": "Download and share",
    "export.download.png": "Image (PNG)",
    "export.download.svg": "Vector image (SVG)",
    "export.download.csv": "Data (CSV)",
    "export.download.xlsx": "Data (Excel)",
    "export.download.press_kit": "Press kit (ZIP): every chart, the data and the sources",
    "export.citation.heading": "How to cite",
    "export.embed.heading": "Embed on a web page",
    "export.link.heading": "Link to this view",
    "export.dataset.heading": "How to cite the data set",
    # Citations
    "citation.chart": "“{title}”. {source_line}.",
    "citation.publication": "Original source: {author}: “{title}”. {publisher}, {date}. {url}",
    "citation.pages": "Source pages: {urls}",
    "citation.pages_many": Plural(
        one="Source pages: {count} public page on {sites}, among them {top}. Every link is listed in the “Sources” tab and in the data files.",
        other="Source pages: {count} public pages on {sites}, among them {top}. Every link is listed in the “Sources” tab and in the data files.",
    ),
    "citation.site_count": "{count} from {site}",
    "citation.esca": "the ESCA register ({site})",
    "citation.app": "Compiled in {app}, {url}, retrieved {date}.",
    "citation.dataset": (
        "{app}: data on the European Cluster Excellence labels of Norwegian and Danish cluster organisations."
    ),
    "citation.records": Plural(
        one="Label records: {count} public record describing {events}, from the ESCA register and the clusters' own pages.",
        other="Label records: {count} public records describing {events}, from the ESCA register and the clusters' own pages.",
    ),
    # Press kit
    "press_kit.citation_title": "How to cite Klyngekvalitet",
    "press_kit.dataset": "The whole data set",
    "press_kit.charts": "The charts",
    "press_kit.dictionary_title": "Data dictionary: what each column means",
    "press_kit.dictionary_note": (
        "The data files (data/) and the programmers' files (charts/…iso.csv) use the column names below; the "
        "reader's files (charts/…csv and .xlsx) have English headers, shown in brackets. Norwegian CSV files use "
        "semicolons and decimal commas, English ones commas and points."
    ),
}

EXPORT_DA: dict[str, str] = {
    # Inside the exported image and files
    "export.footer": "Diagram: {app} · {url}",
    "export.sheet.data": "Data",
    "export.sheet.source": "Kilde",
    "export.field.title": "Titel",
    "export.field.source_line": "Kildelinje",
    "export.field.as_of": "Opgjort pr.",
    "export.field.citation": "Kildehenvisning",
    "export.field.where": "Hvor (fil og række)",
    "export.field.url": "Link",
    "export.field.quote": "Citat",
    # Buttons and headings for the toolkit on each chart
    "export.heading": "Download og del",
    "export.download.png": "Billede (PNG)",
    "export.download.svg": "Vektorbillede (SVG)",
    "export.download.csv": "Data (CSV)",
    "export.download.xlsx": "Data (Excel)",
    "export.download.press_kit": "Pressekit (ZIP): alle diagrammer, data og kilder",
    "export.citation.heading": "Sådan angiver du kilden",
    "export.embed.heading": "Indlejr på en hjemmeside",
    "export.link.heading": "Link til denne visning",
    "export.dataset.heading": "Sådan angiver du datasættet som kilde",
    # Citations
    "citation.chart": "»{title}«. {source_line}.",
    "citation.publication": "Originalkilde: {author}: »{title}«. {publisher}, {date}. {url}",
    "citation.pages": "Kildesider: {urls}",
    "citation.pages_many": (
        "Kildesider: {count} offentlige sider på {sites} websteder, blandt andet {top}. "
        "Alle links står under fanen »Kilder« og i datafilerne."
    ),
    "citation.site_count": "{count} fra {site}",
    "citation.esca": "ESCA-registret ({site})",
    "citation.app": "Sammenstillet i {app}, {url}, hentet {date}.",
    "citation.dataset": (
        "{app}: data om europæiske kvalitetsmærker (Cluster Excellence) for norske og danske klyngeorganisationer."
    ),
    "citation.records": (
        "Registreringer af mærker: {count} offentlige registreringer af {events} mærkehændelser fra ESCA-registret og "
        "klyngernes egne sider."
    ),
    # Press kit
    "press_kit.citation_title": "Sådan angiver du Klyngekvalitet som kilde",
    "press_kit.dataset": "Hele datasættet",
    "press_kit.charts": "Diagrammerne",
    "press_kit.dictionary_title": "Dataordbog: hvad hver kolonne betyder",
    "press_kit.dictionary_note": (
        "Datafilerne (data/) og programmørfilerne (charts/…iso.csv) bruger kolonnenavnene nedenfor; læsefilerne "
        "(charts/…csv og .xlsx) har overskrifter på dansk, vist i parentes. Danske og norske CSV-filer bruger "
        "semikolon og decimalkomma, engelske komma og punktum."
    ),
}
