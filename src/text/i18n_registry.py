"""Words the chart registry needs: headers of the newer table columns, codes as words, ignored-filter notes."""

from __future__ import annotations

REGISTRY_NB: dict[str, str] = {
    "files.col.event_id": "Hendelse",
    "files.col.event": "Hva som skjedde",
    "files.col.start": "Fra",
    "files.col.end": "Til",
    "files.col.valid_on_day": "Gyldig på dagen",
    "files.col.score": "Poengsum (%)",
    "files.col.quote": "Sitat fra kilden",
    "files.qualifier.exact": "nøyaktig",
    "files.qualifier.about": "omtrent",
    "files.qualifier.more_than": "mer enn",
    "chart.ignores.countries": "Viser begge land: dette diagrammet følger ikke landvalget.",
    "chart.ignores.levels": "Viser alle nivåer: dette diagrammet følger ikke nivåvalget.",
    "chart.ignores.years": "Viser alle år: dette diagrammet følger ikke årsvalget.",
    "chart.ignores.levels.index": "Kvalitetsindeksen gjelder hele landet, ikke ett nivå: nivåvalget gjelder merkene under.",
    "chart.ignores.on": "Viser alle publiserte poengsummer: dette diagrammet følger ikke valgt dag.",
    "chart.ignores.months": "Dette diagrammet følger ikke antall måneder.",
    "overview.europe.heading": "Norge i Europa",
    "country.short.NO": "N",
    "country.short.DK": "D",
}

REGISTRY_EN: dict[str, str] = {
    "files.col.event_id": "Event",
    "files.col.event": "What happened",
    "files.col.start": "From",
    "files.col.end": "To",
    "files.col.valid_on_day": "Valid on the day",
    "files.col.score": "Score (%)",
    "files.col.quote": "Quote from the source",
    "files.qualifier.exact": "exact",
    "files.qualifier.about": "about",
    "files.qualifier.more_than": "more than",
    "chart.ignores.countries": "Shows both countries: this chart does not follow the country choice.",
    "chart.ignores.levels": "Shows every level: this chart does not follow the level choice.",
    "chart.ignores.years": "Shows every year: this chart does not follow the year choice.",
    "chart.ignores.levels.index": "The quality index covers the whole country, not one level: the level choice applies to the labels below.",
    "chart.ignores.on": "Shows every published score: this chart does not follow the chosen day.",
    "chart.ignores.months": "This chart does not follow the number of months.",
    "overview.europe.heading": "Norway in Europe",
    "country.short.NO": "N",
    "country.short.DK": "D",
}
