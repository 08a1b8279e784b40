"""Danish for the entries the gettext branch made plural or new (merge with the Danish catalogs, then delete).

Note that the Danish helpers translate the other keys; these are the ones whose shape changed here (a plural
entry, a whole sentence instead of fragments, a new count phrase), so Danish is written in the same shape.
Wire it as the LAST part of CATALOGS["da"] (`{**DA, …, **PLURAL_DA}`) so it wins over an older copy of a key.
"""

from __future__ import annotations

from src.text.plural import Plural

_COV = "Det er, hvad offentlige sider siger, ikke hele registret: tallene er et minimum."
_TRUNC = " Indsnævr filtrene, eller hent dem alle som CSV."
_PAGES = " på {sites}, blandt andet {top}. Alle links står under fanen »Kilder« og i datafilerne."
_UNKNOWN = "»{status}« ({orgs}) er organisationer, hvor ingen registrering kendt på dagen har dato eller udløbsdato."
_LEAD = " Hver har sin egen side med tidligere navne, mærker, gyldighed, point og alle kilder."
_N1 = " Det er et minimum: registreringerne er, hvad offentlige sider siger, ikke hele ESCA-registret."
_N2 = " Disse tal kommer fra andre kilder end artiklen og blandes ikke med artiklens tal."

PLURAL_DA: dict[str, str | Plural] = {
    # Count phrases inserted into longer sentences
    "count.label_events": Plural(one="{count} mærkehændelse", other="{count} mærkehændelser"),
    "count.organisations": Plural(one="{count} organisation", other="{count} organisationer"),
    "count.websites": Plural(one="{count} websted", other="{count} websteder"),
    # Level names in running text, and as nouns
    "level.word.bronze": "bronze",
    "level.word.silver": "sølv",
    "level.word.gold": "guld",
    "level.label.bronze": "bronzemærke",
    "level.label.silver": "sølvmærke",
    "level.label.gold": "guldmærke",
    # Sentences with a count
    "source.records": Plural(
        one="Kilde: {count} offentlig mærkeregistrering om {events} (ESCA-registret og klyngernes egne sider)",
        other="Kilde: {count} offentlige mærkeregistreringer om {events} (ESCA-registret og klyngernes egne sider)",
    ),
    "coverage.records": Plural(
        one="Bygger på {count} offentlig registrering, som beskriver {events}, om {orgs} (Norge {no}, Danmark {dk}). "
        + _COV,
        other="Bygger på {count} offentlige registreringer, som beskriver {events}, om {orgs} "
        "(Norge {no}, Danmark {dk}). " + _COV,
    ),
    "register.truncated": Plural(
        one="{count} registrering passer til filtrene; tabellen viser de {shown} første." + _TRUNC,
        other="{count} registreringer passer til filtrene; tabellen viser de {shown} første." + _TRUNC,
    ),
    "register.count_undated": Plural(
        one="Viser {shown} af {count} registrering; {undated} af dem har ingen dato.",
        other="Viser {shown} af {count} registreringer; {undated} af dem har ingen dato.",
    ),
    "story.next.note1": Plural(
        one="De offentlige kilder nævner guld for {count} norsk organisation." + _N1,
        other="De offentlige kilder nævner guld for {count} norske organisationer." + _N1,
    ),
    "story.next.note2": Plural(
        one="{count} norsk guldmærke mangler år i alle registreringer og er ikke med i diagrammet." + _N2,
        other="{count} norske guldmærker mangler år i alle registreringer og er ikke med i diagrammet." + _N2,
    ),
    "citation.pages_many": Plural(
        one="Kildesider: {count} offentlig side" + _PAGES, other="Kildesider: {count} offentlige sider" + _PAGES
    ),
    "citation.records": Plural(
        one="Mærkeregistreringer: {count} offentlig registrering om {events} fra ESCA-registret og klyngernes egne sider.",
        other="Mærkeregistreringer: {count} offentlige registreringer om {events} fra ESCA-registret og klyngernes "
        "egne sider.",
    ),
    "radar.unknown_note": Plural(
        one=_UNKNOWN
        + " I alt har {count} registrering hverken dato eller udløbsdato; udløbet er ukendt og er ikke gættet.",
        other=_UNKNOWN + " I alt har {count} registreringer hverken dato eller udløbsdato; deres udløb er ukendt og er "
        "ikke gættet.",
    ),
    "follow_up.computed.grace": Plural(
        one="Med {count} dags margin efter udløbsdatoen.", other="Med {count} dages margin efter udløbsdatoen."
    ),
    "radar.window": Plural(one="Udløber inden for {count} måned", other="Udløber inden for {count} måneder"),
    "radar.chart.subtitle": Plural(
        one="Gyldige: {valid}, udløber inden for {count} måned: {expiring}, udløbet den seneste måned: {lapsed}.",
        other="Gyldige: {valid}, udløber inden for {count} måneder: {expiring}, udløbet de seneste {count} måneder: "
        "{lapsed}.",
    ),
    "radar.chart.n": Plural(one="{count} organisation", other="{count} organisationer"),
    "radar.truncated": Plural(
        one="Tabellen viser {shown} af {count} organisation.", other="Tabellen viser {shown} af {count} organisationer."
    ),
    "radar.status_count": "{status} {count}",
    "radar.as_of_counts": "Status pr. {date}: {counts}",
    "captions.per_year.peak": Plural(
        one="Flest i {years} ({count} mærke i udvalget).", other="Flest i {years} ({count} mærker i udvalget)."
    ),
    "captions.per_year.n": Plural(
        one="{count} mærke; uden dato, ikke med: {undated}", other="{count} mærker; uden dato, ikke med: {undated}"
    ),
    "captions.counts.gold": Plural(one="{count} guldmærke", other="{count} guldmærker"),
    "captions.counts.silver": Plural(one="{count} sølvmærke", other="{count} sølvmærker"),
    "captions.counts.compare.gold": "{leader} havde flere guldmærker end {other} ({high} mod {low}).",
    "captions.counts.compare.silver": "{leader} havde flere sølvmærker end {other} ({high} mod {low}).",
    "captions.counts.equal.gold": "{first} og {second} havde lige mange guldmærker ({count}).",
    "captions.counts.equal.silver": "{first} og {second} havde lige mange sølvmærker ({count}).",
    "captions.index.gap.NO": "Norske klyngeorganisationer scorede {gap} point højere end danske ({high} mod {low}).",
    "captions.index.gap.DK": "Danske klyngeorganisationer scorede {gap} point højere end norske ({high} mod {low}).",
    "site.records_all": Plural(
        one="Den ene offentlige mærkeregistrering, med kilde.",
        other="Alle {count} offentlige mærkeregistreringer, hver med kilde.",
    ),
    "site.orgs.lead": Plural(
        one="Den ene klyngeorganisation i de offentlige mærkeregistreringer." + _LEAD.replace("Hver har", "Den har"),
        other="De {count} klyngeorganisationer i de offentlige mærkeregistreringer, efter navn." + _LEAD,
    ),
    "org.search.more": Plural(
        one="Viser det første træf. Skriv mere af navnet for at indsnævre søgningen.",
        other="Viser de {count} første træf. Skriv mere af navnet for at indsnævre søgningen.",
    ),
    "org.counts": Plural(one="{count} registrering om {events}", other="{count} registreringer om {events}"),
    "org.status.valid": "Pr. {date}: gyldigt {label}, udløber {expiry}.",
    "org.status.expiring": Plural(
        one="Pr. {date}: gyldigt {label}, men det udløber inden for {count} måned ({expiry}).",
        other="Pr. {date}: gyldigt {label}, men det udløber inden for {count} måneder ({expiry}).",
    ),
    "europe.source": Plural(
        one="Kilde: {count} tal fra offentlige sider (context_facts.csv) og artiklen",
        other="Kilde: {count} tal fra offentlige sider (context_facts.csv) og artiklen",
    ),
    "europe.n": Plural(
        one="{count} dateret tal (uden dato, ikke tegnet: {undated})",
        other="{count} daterede tal (uden dato, ikke tegnet: {undated})",
    ),
    "europe.point.norway": "Norge: {count}",
    "sources.disc.link_a": "Kilde A ({site})",
    "sources.disc.link_b": "Kilde B ({site})",
    "story.file_word": "praesentation",
    "site.org.renamed": "navneskift {changed}, ifølge {link}:",
    "validity.inferred": "{date} (beregnet)",
    "chart.bar_text": "{level}: {count}",
}
