"""Text about label events, former names and known discrepancies between sources; merged into `src.text.i18n`.

Note that the `discrepancy.<id>.*` keys translate `about` and `statement` of
`data/sources/discrepancies.csv` by its `discrepancy_id`; the quotes are shown verbatim.
"""

from __future__ import annotations

FACTS_NB: dict[str, str] = {
    "register.col.event_key": "Samme hendelse",
    "register.event_shared": "{event} ({rows} oppføringer)",
    "register.events_note": (
        "Oppføringer med samme verdi i «Samme hendelse» beskriver én tildeling eller fornyelse; "
        "den telles én gang i diagrammene."
    ),
    "sources.discrepancies.lead": "Der kildene sier forskjellige ting, viser vi begge sitatene i stedet for å velge.",
    "sources.disc.about": "Gjelder",
    "sources.disc.statement": "Forskjellen",
    "sources.disc.quote_a": "Sitat A",
    "sources.disc.link_a": "Kilde A ({site})",
    "sources.disc.quote_b": "Sitat B",
    "sources.disc.link_b": "Kilde B ({site})",
    "sources.disc.no_b": "Bare én kilde: dette står ikke i noen annen kilde.",
    "sources.renames": "Navnebytter og kildene for dem",
    "sources.rename.old": "Tidligere navn",
    "sources.rename.new": "Nytt navn",
    "sources.rename.changed": "Når",
    "sources.rename.quote": "Sitat",
    "sources.rename.link": "Kilde",
    "table.alias_sources": "Navnebytter",
    "table.discrepancies": "Kjente forskjeller mellom kildene",
    "discrepancy.labels_since.about": "Når merkingen startet",
    "discrepancy.labels_since.statement": (
        "Artikkelen sier at organisasjoner er benchmarket siden 2012; ESCA-registeret viser benchmarkinger "
        "siden november 2010."
    ),
    "discrepancy.gold_validity.about": "Hvor lenge et gullmerke gjelder",
    "discrepancy.gold_validity.statement": (
        "Eldre kilder sier at et gullmerke gjelder i to år; nyere resertifiseringer gjelder i tre år."
    ),
    "discrepancy.norway_health_tech_first_gold.about": "Oslo Medtech / Norway Health Tech",
    "discrepancy.norway_health_tech_first_gold.statement": (
        "Innovasjon Norge meldte Oslo Medtechs første gullmerke i 2016; en senere artikkel sier at Norway "
        "Health Tech fikk gull første gang i 2018."
    ),
    "discrepancy.gce_node_fifth_score.about": "GCE NODEs femte evaluering",
    "discrepancy.gce_node_fifth_score.statement": (
        "GCE NODEs femte evaluering oppgis én gang som foreløpige 96 poeng og én gang som 95 poeng; "
        "oppføringene beholder 95."
    ),
    "discrepancy.quality_index_only_in_article.about": "Kvalitetsindeksen",
    "discrepancy.quality_index_only_in_article.statement": (
        "Kvalitetsindeksen (63,6 for Norge, 67,2 for Danmark) er ikke publisert andre steder enn i artikkelen."
    ),
}

FACTS_EN: dict[str, str] = {
    "register.col.event_key": "Same event",
    "register.event_shared": "{event} ({rows} records)",
    "register.events_note": (
        "Records with the same value under “Same event” describe one award or renewal; the charts count it once."
    ),
    "sources.discrepancies.lead": "Where sources disagree, we show both quotes instead of choosing one.",
    "sources.disc.about": "About",
    "sources.disc.statement": "The difference",
    "sources.disc.quote_a": "Quote A",
    "sources.disc.link_a": "Source A ({site})",
    "sources.disc.quote_b": "Quote B",
    "sources.disc.link_b": "Source B ({site})",
    "sources.disc.no_b": "One source only: this is stated in no other source.",
    "sources.renames": "Renames and their sources",
    "sources.rename.old": "Former name",
    "sources.rename.new": "New name",
    "sources.rename.changed": "When",
    "sources.rename.quote": "Quote",
    "sources.rename.link": "Source",
    "table.alias_sources": "Renames",
    "table.discrepancies": "Known differences between sources",
    "discrepancy.labels_since.about": "When labelling started",
    "discrepancy.labels_since.statement": (
        "The article says organisations have been benchmarked since 2012; the ESCA register lists benchmarkings "
        "since November 2010."
    ),
    "discrepancy.gold_validity.about": "How long a gold label is valid",
    "discrepancy.gold_validity.statement": (
        "Older sources give two years for a gold label; recent re-certifications are valid for three years."
    ),
    "discrepancy.norway_health_tech_first_gold.about": "Oslo Medtech / Norway Health Tech",
    "discrepancy.norway_health_tech_first_gold.statement": (
        "Innovation Norway reported Oslo Medtech's first gold in 2016; a later article says Norway Health Tech "
        "first got gold in 2018."
    ),
    "discrepancy.gce_node_fifth_score.about": "GCE NODE's fifth evaluation",
    "discrepancy.gce_node_fifth_score.statement": (
        "GCE NODE's fifth evaluation is reported once as a preliminary 96 points and once as 95 points; the "
        "records keep the 95."
    ),
    "discrepancy.quality_index_only_in_article.about": "The quality index",
    "discrepancy.quality_index_only_in_article.statement": (
        "The quality index (63.6 for Norway, 67.2 for Denmark) is published nowhere but in the article."
    ),
}

FACTS_DA: dict[str, str] = {
    "register.col.event_key": "Samme hændelse",
    "register.event_shared": "{event} ({rows} registreringer)",
    "register.events_note": (
        "Registreringer med samme værdi i »Samme hændelse« beskriver én tildeling eller fornyelse; "
        "den tælles én gang i diagrammerne."
    ),
    "sources.discrepancies.lead": "Hvor kilderne siger forskellige ting, viser vi begge citater i stedet for at vælge.",
    "sources.disc.about": "Vedrører",
    "sources.disc.statement": "Forskellen",
    "sources.disc.quote_a": "Citat A",
    "sources.disc.link_a": "Kilde A",
    "sources.disc.quote_b": "Citat B",
    "sources.disc.link_b": "Kilde B",
    "sources.disc.no_b": "Kun én kilde: dette står ikke i nogen anden kilde.",
    "sources.renames": "Navneskift og kilderne til dem",
    "sources.rename.old": "Tidligere navn",
    "sources.rename.new": "Nyt navn",
    "sources.rename.changed": "Hvornår",
    "sources.rename.quote": "Citat",
    "sources.rename.link": "Kilde",
    "table.alias_sources": "Navneskift",
    "table.discrepancies": "Kendte forskelle mellem kilderne",
    "discrepancy.labels_since.about": "Hvornår mærkningen begyndte",
    "discrepancy.labels_since.statement": (
        "Artiklen siger, at organisationer er blevet benchmarket siden 2012; ESCA-registret viser benchmarkinger "
        "siden november 2010."
    ),
    "discrepancy.gold_validity.about": "Hvor længe et guldmærke gælder",
    "discrepancy.gold_validity.statement": (
        "Ældre kilder siger, at et guldmærke gælder i to år; nyere recertificeringer gælder i tre år."
    ),
    "discrepancy.norway_health_tech_first_gold.about": "Oslo Medtech / Norway Health Tech",
    "discrepancy.norway_health_tech_first_gold.statement": (
        "Innovasjon Norge meddelte Oslo Medtechs første guldmærke i 2016; en senere artikel siger, at Norway "
        "Health Tech fik guld første gang i 2018."
    ),
    "discrepancy.gce_node_fifth_score.about": "GCE NODEs femte evaluering",
    "discrepancy.gce_node_fifth_score.statement": (
        "GCE NODEs femte evaluering angives én gang som foreløbige 96 point og én gang som 95 point; "
        "registreringerne beholder 95."
    ),
    "discrepancy.quality_index_only_in_article.about": "Kvalitetsindekset",
    "discrepancy.quality_index_only_in_article.statement": (
        "Kvalitetsindekset (63,6 for Norge, 67,2 for Danmark) er ikke offentliggjort andre steder end i artiklen."
    ),
}
