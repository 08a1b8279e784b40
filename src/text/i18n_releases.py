"""Words about data releases and the computed changelog ("Hva er endret"); merged into `src.text.i18n`.

Note that keys here start with `release.` or `changes.`. The Danish dictionary is wired when Danish lands.
"""

from __future__ import annotations

RELEASES_NB: dict[str, str] = {
    "release.name": "datautgivelse {version}",
    "release.citation": "Data: {app}, datautgivelse {version} ({date}). Kildefilene i denne utgivelsen: {url}",
    "release.image_footer": "Diagram: {app} · {url} · datautgivelse {version}",
    "release.field": "Datautgivelse",
    "release.site_footer": "Datautgivelse {version} ({date})",
    "release.files": "kildefilene",
    "release.page_title": "Datautgivelse {version}",
    "release.page_intro": (
        "Kildefilene slik de var i datautgivelse {version} av {app}, laget {date}. Lenker i sitater fra denne "
        "utgivelsen peker hit, så radene bak et tall kan leses også etter senere utgivelser."
    ),
    "release.hash": "Kildehash (SHA-256 over kildefilene)",
    "release.previous": "Forrige utgivelse: {version}",
    "release.first": "Den første utgivelsen.",
    "release.file_list": "Filer",
    "release.note": "Merknad",
    "changes.heading": "Hva er endret",
    "changes.intro": (
        "Hver datautgivelse sammenlignet med den forrige, beregnet fra kildefilene som er tatt vare på, ikke skrevet "
        "for hånd. Oppføringer følges mellom utgivelser på organisasjon, nivå, dato og kildelenke. Antallene er appens "
        "egne tall regnet på hver utgivelses data; oppfølgingen og fornyelsesradaren er regnet for dagen den nye "
        "utgivelsen kom, for begge utgivelsene."
    ),
    "changes.release": "Datautgivelse {version} ({date}) mot utgivelse {previous}",
    "changes.first": "Datautgivelse {version} ({date}): den første utgivelsen, ingenting å sammenligne med.",
    "changes.summary": (
        "Oppføringer lagt til: {added}. Fjernet: {removed}. Endret: {changed} (i {fields} felt). "
        "Nye kolonner: {columns}."
    ),
    "changes.none": "Ingen oppføring er lagt til, fjernet eller endret, og ingen av appens antall er endret.",
    "changes.records": "Oppføringer som er endret",
    "changes.counts": "Virkning på appens antall",
    "changes.counts_same": "Ingen av appens {count} antall er endret.",
    "changes.counts_rest": "De andre {count} antallene er uendret.",
    "changes.col.file": "Fil",
    "changes.col.change": "Endring",
    "changes.col.record": "Oppføring",
    "changes.col.field": "Felt",
    "changes.col.before": "Før",
    "changes.col.after": "Etter",
    "changes.col.source": "Kilde",
    "changes.col.rows": "Rad (før → etter)",
    "changes.col.count": "Antall",
    "changes.col.release": "Utgivelse {version}",
    "changes.col.difference": "Endring",
    "changes.kind.added": "lagt til",
    "changes.kind.removed": "fjernet",
    "changes.kind.changed": "endret",
    "changes.kind.column_added": "ny kolonne",
    "changes.kind.column_removed": "kolonne fjernet",
    "changes.measure.records": "Merkeoppføringer (rader)",
    "changes.measure.events": "Merkehendelser",
    "changes.measure.organisations": "Organisasjoner",
    "changes.measure.labels_per_year": "Merker per år: {year}, {country}",
    "changes.measure.undated": "Merkehendelser uten år: {country}",
    "changes.measure.highest_level": "Organisasjoner etter høyeste nivå: {country}, {level}",
    "changes.measure.follow_up": "Oppfølging beregnet fra oppføringene ({day}): {part}",
    "changes.measure.radar": "Fornyelsesradaren {day}: {part}",
    "changes.part.followed_up": "fulgt opp",
    "changes.part.lapsed": "lot merket løpe ut",
    "changes.part.pending": "ikke avgjort ennå",
    "changes.part.undated": "uten dato",
    "changes.part.valid": "gyldig",
    "changes.part.expiring": "utløper snart",
    "changes.part.expired": "utløpt",
    "changes.part.unknown": "ukjent utløp",
    "changes.feed_title": "Klyngekvalitet: hva er endret i dataene",
    "changes.feed_link": "Abonner på endringene (Atom)",
}

RELEASES_EN: dict[str, str] = {
    "release.name": "data release {version}",
    "release.citation": "Data: {app}, data release {version} ({date}). This release's source files: {url}",
    "release.image_footer": "Chart: {app} · {url} · data release {version}",
    "release.field": "Data release",
    "release.site_footer": "Data release {version} ({date})",
    "release.files": "source files",
    "release.page_title": "Data release {version}",
    "release.page_intro": (
        "The source files as they were in data release {version} of {app}, made {date}. Links in citations from "
        "this release point here, so the rows behind a figure stay readable after later releases."
    ),
    "release.hash": "Source hash (SHA-256 over the source files)",
    "release.previous": "Previous release: {version}",
    "release.first": "The first release.",
    "release.file_list": "Files",
    "release.note": "Note",
    "changes.heading": "What changed",
    "changes.intro": (
        "Each data release compared with the one before it, computed from the kept source files, not written by "
        "hand. Records are followed across releases by organisation, level, date and source link. The counts are "
        "the app's own, computed on each release's data; the follow-up and the expiry radar are computed for the "
        "day the newer release came out, for both releases."
    ),
    "changes.release": "Data release {version} ({date}) against release {previous}",
    "changes.first": "Data release {version} ({date}): the first release, nothing to compare with.",
    "changes.summary": (
        "Records added: {added}. Removed: {removed}. Changed: {changed} (in {fields} fields). New columns: {columns}."
    ),
    "changes.none": "No record was added, removed or changed, and none of the app's counts changed.",
    "changes.records": "Records that changed",
    "changes.counts": "Effect on the app's counts",
    "changes.counts_same": "None of the app's {count} counts changed.",
    "changes.counts_rest": "The other {count} counts are unchanged.",
    "changes.col.file": "File",
    "changes.col.change": "Change",
    "changes.col.record": "Record",
    "changes.col.field": "Field",
    "changes.col.before": "Before",
    "changes.col.after": "After",
    "changes.col.source": "Source",
    "changes.col.rows": "Row (before → after)",
    "changes.col.count": "Count",
    "changes.col.release": "Release {version}",
    "changes.col.difference": "Change",
    "changes.kind.added": "added",
    "changes.kind.removed": "removed",
    "changes.kind.changed": "changed",
    "changes.kind.column_added": "new column",
    "changes.kind.column_removed": "column removed",
    "changes.measure.records": "Label records (rows)",
    "changes.measure.events": "Label events",
    "changes.measure.organisations": "Organisations",
    "changes.measure.labels_per_year": "Labels per year: {year}, {country}",
    "changes.measure.undated": "Label events without a year: {country}",
    "changes.measure.highest_level": "Organisations by highest level: {country}, {level}",
    "changes.measure.follow_up": "Follow-up computed from the records ({day}): {part}",
    "changes.measure.radar": "Expiry radar {day}: {part}",
    "changes.part.followed_up": "followed up",
    "changes.part.lapsed": "let the label lapse",
    "changes.part.pending": "not decided yet",
    "changes.part.undated": "undated",
    "changes.part.valid": "valid",
    "changes.part.expiring": "expiring soon",
    "changes.part.expired": "expired",
    "changes.part.unknown": "expiry unknown",
    "changes.feed_title": "Klyngekvalitet: what changed in the data",
    "changes.feed_link": "Subscribe to the changes (Atom)",
}

RELEASES_DA: dict[str, str] = {
    "release.name": "dataudgivelse {version}",
    "release.citation": "Data: {app}, dataudgivelse {version} ({date}). Kildefilerne i denne udgivelse: {url}",
    "release.image_footer": "Diagram: {app} · {url} · dataudgivelse {version}",
    "release.field": "Dataudgivelse",
    "release.site_footer": "Dataudgivelse {version} ({date})",
    "release.files": "kildefilerne",
    "release.page_title": "Dataudgivelse {version}",
    "release.page_intro": (
        "Kildefilerne, som de var i dataudgivelse {version} af {app}, lavet {date}. Links i citater fra denne "
        "udgivelse peger hertil, så rækkerne bag et tal kan læses, også efter senere udgivelser."
    ),
    "release.hash": "Kildehash (SHA-256 over kildefilerne)",
    "release.previous": "Forrige udgivelse: {version}",
    "release.first": "Den første udgivelse.",
    "release.file_list": "Filer",
    "release.note": "Bemærkning",
    "changes.heading": "Hvad er ændret",
    "changes.intro": (
        "Hver dataudgivelse sammenlignet med den forrige, beregnet ud fra de gemte kildefiler, ikke skrevet i hånden. "
        "Registreringer følges mellem udgivelser på organisation, niveau, dato og kildelink. Tallene er appens egne, "
        "beregnet på hver udgivelses data; opfølgningen og fornyelsesradaren er beregnet for den dag, den nye "
        "udgivelse kom, for begge udgivelser."
    ),
    "changes.release": "Dataudgivelse {version} ({date}) mod udgivelse {previous}",
    "changes.first": "Dataudgivelse {version} ({date}): den første udgivelse, intet at sammenligne med.",
    "changes.summary": (
        "Registreringer tilføjet: {added}. Fjernet: {removed}. Ændret: {changed} (i {fields} felter). "
        "Nye kolonner: {columns}."
    ),
    "changes.none": "Ingen registrering er tilføjet, fjernet eller ændret, og ingen af appens tal er ændret.",
    "changes.records": "Registreringer, der er ændret",
    "changes.counts": "Virkning på appens tal",
    "changes.counts_same": "Ingen af appens {count} tal er ændret.",
    "changes.counts_rest": "De øvrige {count} tal er uændrede.",
    "changes.col.file": "Fil",
    "changes.col.change": "Ændring",
    "changes.col.record": "Registrering",
    "changes.col.field": "Felt",
    "changes.col.before": "Før",
    "changes.col.after": "Efter",
    "changes.col.source": "Kilde",
    "changes.col.rows": "Række (før → efter)",
    "changes.col.count": "Tal",
    "changes.col.release": "Udgivelse {version}",
    "changes.col.difference": "Ændring",
    "changes.kind.added": "tilføjet",
    "changes.kind.removed": "fjernet",
    "changes.kind.changed": "ændret",
    "changes.kind.column_added": "ny kolonne",
    "changes.kind.column_removed": "kolonne fjernet",
    "changes.measure.records": "Mærkeregistreringer (rækker)",
    "changes.measure.events": "Mærkehændelser",
    "changes.measure.organisations": "Klyngeorganisationer",
    "changes.measure.labels_per_year": "Mærker pr. år: {year}, {country}",
    "changes.measure.undated": "Mærkehændelser uden år: {country}",
    "changes.measure.highest_level": "Klyngeorganisationer efter højeste niveau: {country}, {level}",
    "changes.measure.follow_up": "Opfølgning beregnet ud fra registreringerne ({day}): {part}",
    "changes.measure.radar": "Fornyelsesradaren {day}: {part}",
    "changes.part.followed_up": "fulgt op",
    "changes.part.lapsed": "lod mærket udløbe",
    "changes.part.pending": "ikke afgjort endnu",
    "changes.part.undated": "uden dato",
    "changes.part.valid": "gyldigt",
    "changes.part.expiring": "udløber snart",
    "changes.part.expired": "udløbet",
    "changes.part.unknown": "ukendt udløb",
    "changes.feed_title": "Klyngekvalitet: hvad er ændret i dataene",
    "changes.feed_link": "Abonnér på ændringerne (Atom)",
}
