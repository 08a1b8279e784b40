"""Words of the static edition (`src.site`): page chrome, download labels, link to the app."""

from __future__ import annotations

from src.text.plural import Plural

SITE_NB: dict[str, str | Plural] = {
    "site.skip": "Hopp til innholdet",
    "site.menu": "Sider",
    "site.edition": "Statisk utgave, bygget {date}. Tallene er de samme som i appen.",
    "site.explore": "Utforsk interaktivt",
    "site.explore_app": "Åpne den interaktive appen",
    "site.downloads": "Last ned",
    "site.table_caption": "Dataene bak diagrammet: {title}",
    "site.sources_heading": "Kilder",
    "site.as_of_build": "Radaren viser stillingen per {date}, dagen denne siden ble bygget.",
    "site.cards": "Nøkkeltall",
    "site.story_download": "Presentasjonen som én fil (HTML, virker uten nett)",
    "site.story_help": "Bla med ← → , PageUp/PageDown eller mellomrom.",
    "site.story_open": "Åpne presentasjonen",
    "site.records_all": Plural(
        one="Den ene offentlige merkeoppføringen, med kilde.",
        other="Alle {count} offentlige merkeoppføringer, hver med kilde.",
    ),
    "site.source_link": "kilde",
    "site.footer": "{app} · data fra Cluster Services (2017), ESCA og klyngenes egne sider · ingen sporing, ingen eksterne ressurser.",
    "site.orgs.title": "Alle organisasjoner",
    "site.orgs.lead": Plural(
        one="Den ene klyngeorganisasjonen i de offentlige merkeoppføringene. Den har sin egen side med tidligere navn, merker, gyldighet, poeng og alle kilder.",
        other="De {count} klyngeorganisasjonene i de offentlige merkeoppføringene, etter navn. Hver har sin egen side med tidligere navn, merker, gyldighet, poeng og alle kilder.",
    ),
    "site.org.description": "{name} ({country}): merker, gyldighet og kilder. {status}",
    "site.org.renamed": "navnebytte {changed}, ifølge {link}:",
    "site.org.status_title": "Status per {date}",
    "site.org.status_built": "Dagen denne siden ble bygget. I appen kan du velge en annen dag.",
    "site.org.records_end": (
        "De offentlige oppføringene går til og med {last}. Et merke som er tildelt eller fornyet senere, står ikke her, "
        "så «ikke gyldig» kan bety at en fornyelse mangler i oppføringene."
    ),
}

SITE_EN: dict[str, str | Plural] = {
    "site.skip": "Skip to content",
    "site.menu": "Pages",
    "site.edition": "Static edition, built {date}. The numbers are the same as in the app.",
    "site.explore": "Explore interactively",
    "site.explore_app": "Open the interactive app",
    "site.downloads": "Download",
    "site.table_caption": "The data behind the chart: {title}",
    "site.sources_heading": "Sources",
    "site.as_of_build": "The radar shows the state on {date}, the day this page was built.",
    "site.cards": "Key figures",
    "site.story_download": "The presentation as one file (HTML, works offline)",
    "site.story_help": "Step with ← →, PageUp/PageDown or Space.",
    "site.story_open": "Open the presentation",
    "site.records_all": Plural(
        one="The one public label record, with its source.",
        other="All {count} public label records, each with its source.",
    ),
    "site.source_link": "source",
    "site.footer": "{app} · data from Cluster Services (2017), ESCA and the clusters' own pages · no tracking, no external resources.",
    "site.orgs.title": "All organisations",
    "site.orgs.lead": Plural(
        one="The one cluster organisation in the public label records. It has its own page with former names, labels, validity, scores and every source.",
        other="The {count} cluster organisations in the public label records, by name. Each has its own page with former names, labels, validity, scores and every source.",
    ),
    "site.org.description": "{name} ({country}): labels, validity and sources. {status}",
    "site.org.renamed": "renamed {changed}, according to {link}:",
    "site.org.status_title": "Status on {date}",
    "site.org.status_built": "The day this page was built. In the app you can choose another day.",
    "site.org.records_end": (
        "The public records run to {last}. A label awarded or renewed later is not in them, so “no valid label” "
        "may mean that a renewal is missing from the records."
    ),
}

SITE_DA: dict[str, str] = {
    "site.skip": "Spring til indholdet",
    "site.menu": "Sider",
    "site.edition": "Statisk udgave, bygget {date}. Tallene er de samme som i appen.",
    "site.explore": "Udforsk interaktivt",
    "site.explore_app": "Åbn den interaktive app",
    "site.downloads": "Hent filer",
    "site.table_caption": "Dataene bag diagrammet: {title}",
    "site.sources_heading": "Kilder",
    "site.as_of_build": "Radaren viser status pr. {date}, den dag denne side blev bygget.",
    "site.cards": "Nøgletal",
    "site.story_download": "Præsentationen som én fil (HTML, virker uden net)",
    "site.story_help": "Bladr med ← →, PageUp/PageDown eller mellemrumstasten.",
    "site.story_open": "Åbn præsentationen",
    "site.records_all": "Alle {count} offentlige registreringer af mærker, hver med sin kilde.",
    "site.source_link": "kilde",
    "site.footer": "{app} · data fra Cluster Services (2017), ESCA og klyngernes egne sider · ingen sporing, ingen eksterne ressourcer.",
    "site.orgs.title": "Alle organisationer",
    "site.orgs.lead": (
        "De {count} klyngeorganisationer i de offentlige registreringer af mærker, efter navn. Hver har sin egen side "
        "med tidligere navne, mærker, gyldighed, point og alle kilder."
    ),
    "site.org.description": "{name} ({country}): mærker, gyldighed og kilder. {status}",
    "site.org.renamed": "navneskift {changed}, ifølge",
    "site.org.status_title": "Status pr. {date}",
    "site.org.status_built": "Den dag denne side blev bygget. I appen kan du vælge en anden dag.",
    "site.org.records_end": (
        "De offentlige registreringer går til og med {last}. Et mærke, der er tildelt eller fornyet senere, står ikke "
        "her, så »intet gyldigt mærke« kan betyde, at en fornyelse mangler i registreringerne."
    ),
}
