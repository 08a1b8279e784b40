"""Every piece of text a reader sees, by key. Norwegian (bokmål) is the default language.

Note that pages never hold prose: they ask `t("key", **values)`, so a second language is a
second dictionary with the same keys, and a test can check that no key is missing.
"""

from __future__ import annotations

from src.text.formatting import number
from src.text.i18n_captions import CAPTIONS_DA, CAPTIONS_EN, CAPTIONS_NB
from src.text.i18n_chrome import CHROME_DA, CHROME_EN, CHROME_NB
from src.text.i18n_datapackage import DATAPACKAGE_DA, DATAPACKAGE_EN, DATAPACKAGE_NB
from src.text.i18n_dates import DATES_DA, DATES_EN, DATES_NB
from src.text.i18n_dictionary import DICTIONARY_DA, DICTIONARY_EN, DICTIONARY_NB
from src.text.i18n_errors import ERRORS_DA, ERRORS_EN, ERRORS_NB
from src.text.i18n_export import EXPORT_DA, EXPORT_EN, EXPORT_NB
from src.text.i18n_facts import FACTS_DA, FACTS_EN, FACTS_NB
from src.text.i18n_files import FILES_DA, FILES_EN, FILES_NB
from src.text.i18n_org import ORG_DA, ORG_EN, ORG_NB
from src.text.i18n_plural_da import PLURAL_DA
from src.text.i18n_register import REGISTER_DA, REGISTER_EN, REGISTER_NB
from src.text.i18n_registry import REGISTRY_DA, REGISTRY_EN, REGISTRY_NB
from src.text.i18n_releases import RELEASES_DA, RELEASES_EN, RELEASES_NB
from src.text.i18n_schema_history import SCHEMA_HISTORY_DA, SCHEMA_HISTORY_EN, SCHEMA_HISTORY_NB
from src.text.i18n_site import SITE_DA, SITE_EN, SITE_NB
from src.text.i18n_story import STORY_DA, STORY_EN, STORY_NB
from src.text.languages import DEFAULT_LANG, LANGUAGES, language_names
from src.text.plural import Plural, category

NB: dict[str, str | Plural] = {
    # App and navigation
    "app.name": "Klyngekvalitet",
    "app.language": "Språk / Language",
    "nav.overview": "Oversikt",
    "nav.comparison": "Norge og Danmark",
    "nav.follow_up": "Oppfølging",
    "nav.levels": "Nivåer",
    "nav.register": "Register",
    "nav.sources": "Kilder og data",
    # Shared words
    "country.NO": "Norge",
    "country.DK": "Danmark",
    "country.EU": "Europa",
    "level.bronze": "Bronse",
    "level.silver": "Sølv",
    "level.gold": "Gull",
    "event.awarded": "Tildelt",
    "event.renewed": "Fornyet",
    "event.register_entry": "Registeroppføring",
    "stage.first_benchmarking": "Første benchmarking",
    "stage.renewed_or_upgraded": "Fornyet eller oppgradert",
    "stage.lapsed": "Lot merket løpe ut",
    "filter.countries": "Land",
    "filter.levels": "Nivå",
    "filter.events": "Hendelse",
    "filter.years": "År",
    "filter.search": "Søk i navn",
    "tab.chart": "Diagram",
    "tab.table": "Tabell",
    "tab.sources": "Kilder",
    "chart.text_alternative": "Tekstalternativ: {text}",
    "chart.no_data": "Ingen data for dette utvalget. Endre filtrene over.",
    "chart.open_full": "Åpne hele siden i {app}",
    "source.article": "Kilde: {publisher} ({year}), «{title}»",
    "source.records": Plural(
        one="Kilde: {count} offentlig merkeoppføring om {events} (ESCA-registeret og klyngenes egne sider)",
        other="Kilde: {count} offentlige merkeoppføringer om {events} (ESCA-registeret og klyngenes egne sider)",
    ),
    "source.line": "{source} · n = {n} · per {as_of}",
    "source.file_row": "{file}, rad {row} ({what})",
    "source.rows": "rad {rows}",
    "source.row": "rad {rows}",
    "source.link": "Åpne kilden",
    "url.notice": "Lenken hadde en ukjent verdi for «{param}» ({value}). Viser standardvalget i stedet.",
    "error.title": "Dataene kan ikke vises akkurat nå",
    "error.body": "Fila {files} mangler eller er skadet. Ingen tall vises før den er bygget på nytt.",
    "error.fix": "For den som drifter appen: kjør `{command}` i prosjektmappa.",
    "coverage.records": Plural(
        one="Bygger på {count} offentlig oppføring, som beskriver {events}, om {orgs} (Norge {no}, Danmark {dk}). Dette er det offentlige sider sier, ikke hele registeret: tellingene er et nedre anslag.",
        other="Bygger på {count} offentlige oppføringer, som beskriver {events}, om {orgs} (Norge {no}, Danmark {dk}). Dette er det offentlige sider sier, ikke hele registeret: tellingene er et nedre anslag.",
    ),
    # Overview
    "overview.title": "Mangler norske klynger fokus på kvalitet?",
    "overview.lead": (
        "Europeiske kvalitetsmerker for klyngeorganisasjoner – bronse, sølv og gull – tildeles av ESCA. "
        "Da artikkelen kom, gjaldt et merke i to år; nyere kilder viser fornyelser som gjelder i tre. En analyse fra {publisher} ({date}) sammenlignet Norge med Danmark."
    ),
    "overview.argument.1": (
        "Norske klyngeorganisasjoner scoret {no} av 100 på kvalitetsindeksen, mot {dk} for de danske "
        "({gap} poeng lavere; n = {n_no} og {n_dk})."
    ),
    "overview.argument.2": "Norge hadde {no_gold} gull- og {no_silver} sølvmerker, Danmark {dk_gold} og {dk_silver}.",
    "overview.argument.3": (
        "Bare {followed} av {total} norske organisasjoner ({rate}) fornyet eller oppgraderte merket etter første "
        "benchmarking; {lapsed} lot det løpe ut."
    ),
    "overview.metric.index_no": "Kvalitetsindeks Norge",
    "overview.metric.index_dk": "Kvalitetsindeks Danmark",
    "overview.metric.gold": "Gullmerker, Norge mot Danmark",
    "overview.metric.silver": "Sølvmerker, Norge mot Danmark",
    "overview.metric.follow_up": "Fulgte opp merket, Norge",
    "overview.metric.vs": "{a} mot {b}",
    "overview.metric.of": "{part} av {whole}",
    "overview.metric.source": "Kilde: {source}, {where}",
    "overview.more": "Utforsk videre",
    # Comparison
    "comparison.title": "Norge og Danmark",
    "comparison.lead": "Kvalitetsindeks og antall gyldige merker i mars 2017, slik artikkelen oppgir dem.",
    "comparison.index.title": "Kvalitetsindeks for klyngeorganisasjoner (0–100)",
    "comparison.index.description": "Stolpediagram over kvalitetsindeksen: {items}.",
    "comparison.index.item": "{country} {value} av 100 (n = {n})",
    "comparison.index.axis": "Kvalitetsindeks (0–100)",
    "comparison.counts.description": "Stolpediagram over gyldige merker: {items}.",
    "comparison.counts.item": "{country} {level} {count}",
    "comparison.counts.axis": "Antall organisasjoner med gyldig merke",
    "comparison.no_bronze": "Artikkelen oppgir ikke antall bronsemerker; bronse kan derfor ikke velges her.",
    # Follow-up
    "follow_up.title": "Oppfølging etter første benchmarking",
    "follow_up.lead": (
        "Et kvalitetsmerke varer i to år. Deretter må organisasjonen fornye det – eller ta steget til neste nivå."
    ),
    "follow_up.definition": (
        "**Fulgt opp** betyr her det artikkelen sier: at organisasjonen fornyet eller oppgraderte "
        "sertifiseringen etter den første selvevalueringen (benchmarkingen). De som ikke gjorde det, lot merket løpe ut."
    ),
    "follow_up.rate": "Andel som fulgte opp",
    "follow_up.interval": (
        "{rate} ({followed} av {total}). 95 % konfidensintervall (Wilson): {low}–{high}. Intervallet viser "
        "usikkerheten om de 55 ses som et utvalg av hvordan klynger flest oppfører seg."
    ),
    "follow_up.chart.title": "Hva skjedde etter første benchmarking? (Norge)",
    "follow_up.chart.subtitle": "Bare {followed} av {total} fornyet eller oppgraderte – {lapsed} lot merket løpe ut.",
    "follow_up.chart.description": "Stolpediagram: {items}.",
    "follow_up.chart.item": "{stage} {count}",
    "follow_up.chart.axis": "Antall norske klyngeorganisasjoner",
    "follow_up.inconsistent": "Merk: tallene i kilden summerer ikke ({followed} + {lapsed} ≠ {total}).",
    # Levels
    "levels.title": "Nivåer i de offentlige oppføringene",
    "levels.lead": (
        "Her telles merker fra offentlige kilder: ESCA-registeret og klyngenes egne nyhetssaker. "
        "Det gir et bilde av utviklingen etter 2017, men er ikke et fullstendig register."
    ),
    "levels.distribution.title": "Høyeste nivå per organisasjon i de offentlige oppføringene",
    "levels.distribution.subtitle": "Antall organisasjoner etter høyeste nivå de er nevnt med.",
    "levels.distribution.description": "Stolpediagram: {items}.",
    "levels.distribution.item": "{country}: {level} {count}",
    "levels.distribution.axis": "Antall organisasjoner",
    "levels.per_year.title": "Merker tildelt eller fornyet per år",
    "levels.per_year.axis": "Antall merker",
    "levels.scores.title": "Publiserte poengsummer for gullmerker",
    "levels.scores.subtitle": "Gull krever minst {threshold} % av poengsummen; de publiserte ligger mellom {low} og {high} %.",
    "levels.scores.description": "Punktdiagram over gullpoeng: {items}.",
    # Register
    "register.title": "Register over offentlige merkeoppføringer",
    "register.lead": "Hver rad er én offentlig kilde som nevner et merke. Klikk lenken for å lese kilden selv.",
    "register.truncated": Plural(
        one="{count} oppføring passer til filtrene; tabellen viser de {shown} første. Snevre inn filtrene, eller last ned alle som CSV.",
        other="{count} oppføringer passer til filtrene; tabellen viser de {shown} første. Snevre inn filtrene, eller last ned alle som CSV.",
    ),
    "register.download": "Last ned oppføringene som passer (CSV)",
    "register.col.organisation": "Organisasjon",
    "register.col.name_as_written": "Navn i kilden",
    "register.col.country": "Land",
    "register.col.level": "Nivå",
    "register.col.event": "Hendelse",
    "register.col.date": "Dato",
    "register.col.valid_until": "Gyldig til",
    "register.col.score": "Poeng (%)",
    "register.col.source": "Kilde",
    "register.col.quote": "Sitat",
    "register.col.record": "Oppføring",
    "register.record": "{record} (rad {row})",
    # Sources
    "sources.title": "Kilder og data",
    "sources.lead": "Alle tall i appen kan spores til en rad her og setningen som oppgir dem.",
    "sources.figures": "Tallene fra artikkelen",
    "sources.publications": "Publikasjoner",
    "sources.dictionary": "Dataordbok",
    "sources.discrepancies": "Kjente avvik mellom kildene",
    "sources.downloads": "Last ned dataene",
    "sources.download.label": "{table} (CSV)",
    "sources.col.figure": "Tall",
    "sources.col.country": "Land",
    "sources.col.value": "Verdi",
    "sources.pub.source_id": "Id",
    "sources.pub.title": "Tittel",
    "sources.pub.author": "Forfatter",
    "sources.pub.publisher": "Utgiver",
    "sources.pub.published": "Publisert",
    "sources.pub.url": "Lenke",
    "sources.col.quote": "Sitat",
    "sources.col.row": "Rad i kildefila",
    "sources.col.link": "Kilde",
    "sources.dict.table": "Tabell",
    "sources.dict.column": "Kolonne",
    "sources.dict.meaning": "Betydning",
    "table.figures": "Tall fra artikkelen",
    "table.label_events": "Merkeoppføringer",
    "table.organisations": "Organisasjoner",
    "table.context_facts": "Fakta om merkeordningen",
    "table.sources": "Publikasjoner",
    "count.label_events": Plural(
        one="{count} merkehendelse",
        other="{count} merkehendelser",
    ),
    "count.organisations": Plural(
        one="{count} organisasjon",
        other="{count} organisasjoner",
    ),
    "level.word.bronze": "bronse",
    "level.label.bronze": "bronsemerke",
    "level.word.silver": "sølv",
    "level.label.silver": "sølvmerke",
    "level.word.gold": "gull",
    "level.label.gold": "gullmerke",
    "count.websites": Plural(
        one="{count} nettsted",
        other="{count} nettsteder",
    ),
    "nav.chart": "Diagram",
    "chart.bar_text": "{level}: {count}",
}

EN: dict[str, str | Plural] = {
    # App and navigation
    "app.name": "Klyngekvalitet",
    "app.language": "Språk / Language",
    "nav.overview": "Overview",
    "nav.comparison": "Norway and Denmark",
    "nav.follow_up": "Follow-up",
    "nav.levels": "Levels",
    "nav.register": "Register",
    "nav.sources": "Sources and data",
    # Shared words
    "country.NO": "Norway",
    "country.DK": "Denmark",
    "country.EU": "Europe",
    "level.bronze": "Bronze",
    "level.silver": "Silver",
    "level.gold": "Gold",
    "event.awarded": "Awarded",
    "event.renewed": "Renewed",
    "event.register_entry": "Register entry",
    "stage.first_benchmarking": "First benchmarking",
    "stage.renewed_or_upgraded": "Renewed or upgraded",
    "stage.lapsed": "Let the label lapse",
    "filter.countries": "Country",
    "filter.levels": "Level",
    "filter.events": "Event",
    "filter.years": "Years",
    "filter.search": "Search names",
    "tab.chart": "Chart",
    "tab.table": "Table",
    "tab.sources": "Sources",
    "chart.text_alternative": "Text alternative: {text}",
    "chart.no_data": "No data for this selection. Change the filters above.",
    "chart.open_full": "Open the full page in {app}",
    "source.article": "Source: {publisher} ({year}), “{title}”",
    "source.records": Plural(
        one="Source: {count} public label record describing {events} (the ESCA register and the clusters' own pages)",
        other="Source: {count} public label records describing {events} (the ESCA register and the clusters' own pages)",
    ),
    "source.line": "{source} · n = {n} · as of {as_of}",
    "source.file_row": "{file}, row {row} ({what})",
    "source.rows": "rows {rows}",
    "source.row": "row {rows}",
    "source.link": "Open the source",
    "url.notice": "The link had an unknown value for “{param}” ({value}). Showing the default instead.",
    "error.title": "The data cannot be shown right now",
    "error.body": "The file {files} is missing or damaged. No figures are shown until it has been rebuilt.",
    "error.fix": "For whoever runs the app: run `{command}` in the project folder.",
    "coverage.records": Plural(
        one="Based on {count} public record, describing {events}, about {orgs} (Norway {no}, Denmark {dk}). This is what public pages say, not the full register: the counts are a lower bound.",
        other="Based on {count} public records, describing {events}, about {orgs} (Norway {no}, Denmark {dk}). This is what public pages say, not the full register: the counts are a lower bound.",
    ),
    # Overview
    "overview.title": "Do Norwegian clusters lack a focus on quality?",
    "overview.lead": (
        "European quality labels for cluster organisations – bronze, silver and gold – are awarded by ESCA. "
        "When the article appeared, a label lasted two years; later sources show renewals valid for three. An analysis by {publisher} ({date}) compared Norway with Denmark."
    ),
    "overview.argument.1": (
        "Norwegian cluster organisations scored {no} out of 100 on the quality index, against {dk} for the Danish "
        "({gap} points lower; n = {n_no} and {n_dk})."
    ),
    "overview.argument.2": "Norway had {no_gold} gold and {no_silver} silver labels, Denmark {dk_gold} and {dk_silver}.",
    "overview.argument.3": (
        "Only {followed} of {total} Norwegian organisations ({rate}) renewed or upgraded their label after the first "
        "benchmarking; {lapsed} let it lapse."
    ),
    "overview.metric.index_no": "Quality index, Norway",
    "overview.metric.index_dk": "Quality index, Denmark",
    "overview.metric.gold": "Gold labels, Norway vs Denmark",
    "overview.metric.silver": "Silver labels, Norway vs Denmark",
    "overview.metric.follow_up": "Followed up, Norway",
    "overview.metric.vs": "{a} vs {b}",
    "overview.metric.of": "{part} of {whole}",
    "overview.metric.source": "Source: {source}, {where}",
    "overview.more": "Explore further",
    # Comparison
    "comparison.title": "Norway and Denmark",
    "comparison.lead": "Quality index and number of valid labels in March 2017, as the article states them.",
    "comparison.index.title": "Quality index of cluster organisations (0–100)",
    "comparison.index.description": "Bar chart of the quality index: {items}.",
    "comparison.index.item": "{country} {value} out of 100 (n = {n})",
    "comparison.index.axis": "Quality index (0–100)",
    "comparison.counts.description": "Bar chart of valid labels: {items}.",
    "comparison.counts.item": "{country} {level} {count}",
    "comparison.counts.axis": "Organisations with a valid label",
    "comparison.no_bronze": "The article gives no count of bronze labels, so bronze cannot be chosen here.",
    # Follow-up
    "follow_up.title": "Follow-up after the first benchmarking",
    "follow_up.lead": "A quality label lasts two years. Then the organisation must renew it – or step up a level.",
    "follow_up.definition": (
        "**Followed up** means what the article says: the organisation renewed or upgraded its certification after "
        "the first self-assessment (the benchmarking). Those that did not, let the label lapse."
    ),
    "follow_up.rate": "Share that followed up",
    "follow_up.interval": (
        "{rate} ({followed} of {total}). 95% confidence interval (Wilson): {low}–{high}. The interval shows the "
        "uncertainty if the 55 are seen as a sample of how clusters in general behave."
    ),
    "follow_up.chart.title": "What happened after the first benchmarking? (Norway)",
    "follow_up.chart.subtitle": "Only {followed} of {total} renewed or upgraded – {lapsed} let the label lapse.",
    "follow_up.chart.description": "Bar chart: {items}.",
    "follow_up.chart.item": "{stage} {count}",
    "follow_up.chart.axis": "Norwegian cluster organisations",
    "follow_up.inconsistent": "Note: the source's figures do not add up ({followed} + {lapsed} ≠ {total}).",
    # Levels
    "levels.title": "Levels in the public records",
    "levels.lead": (
        "Labels counted from public sources: the ESCA register and the clusters' own news. They show what happened "
        "after 2017, but they are not a complete register."
    ),
    "levels.distribution.title": "Highest level per organisation in the public records",
    "levels.distribution.subtitle": "Organisations by the highest level they are mentioned with.",
    "levels.distribution.description": "Bar chart: {items}.",
    "levels.distribution.item": "{country}: {level} {count}",
    "levels.distribution.axis": "Organisations",
    "levels.per_year.title": "Labels awarded or renewed per year",
    "levels.per_year.axis": "Labels",
    "levels.scores.title": "Published scores of gold labels",
    "levels.scores.subtitle": "Gold needs at least {threshold}% of the score; the published ones range from {low} to {high}%.",
    "levels.scores.description": "Dot chart of gold scores: {items}.",
    # Register
    "register.title": "Register of public label records",
    "register.lead": "Each row is one public source that mentions a label. Follow the link to read the source yourself.",
    "register.truncated": Plural(
        one="{count} record matches the filters; the table shows the first {shown}. Narrow the filters, or download them all as CSV.",
        other="{count} records match the filters; the table shows the first {shown}. Narrow the filters, or download them all as CSV.",
    ),
    "register.download": "Download the matching records (CSV)",
    "register.col.organisation": "Organisation",
    "register.col.name_as_written": "Name in the source",
    "register.col.country": "Country",
    "register.col.level": "Level",
    "register.col.event": "Event",
    "register.col.date": "Date",
    "register.col.valid_until": "Valid until",
    "register.col.score": "Score (%)",
    "register.col.source": "Source",
    "register.col.quote": "Quote",
    "register.col.record": "Record",
    "register.record": "{record} (row {row})",
    # Sources
    "sources.title": "Sources and data",
    "sources.lead": "Every figure in the app can be traced to a row here and the sentence that states it.",
    "sources.figures": "The article's figures",
    "sources.publications": "Publications",
    "sources.dictionary": "Data dictionary",
    "sources.discrepancies": "Known differences between sources",
    "sources.downloads": "Download the data",
    "sources.download.label": "{table} (CSV)",
    "sources.col.figure": "Figure",
    "sources.col.country": "Country",
    "sources.col.value": "Value",
    "sources.pub.source_id": "Id",
    "sources.pub.title": "Title",
    "sources.pub.author": "Author",
    "sources.pub.publisher": "Publisher",
    "sources.pub.published": "Published",
    "sources.pub.url": "Link",
    "sources.col.quote": "Quote",
    "sources.col.row": "Row in the source file",
    "sources.col.link": "Source",
    "sources.dict.table": "Table",
    "sources.dict.column": "Column",
    "sources.dict.meaning": "Meaning",
    "table.figures": "Figures from the article",
    "table.label_events": "Label records",
    "table.organisations": "Organisations",
    "table.context_facts": "Facts about the labels",
    "table.sources": "Publications",
    "count.label_events": Plural(
        one="{count} label event",
        other="{count} label events",
    ),
    "count.organisations": Plural(
        one="{count} organisation",
        other="{count} organisations",
    ),
    "level.word.bronze": "bronze",
    "level.label.bronze": "bronze label",
    "level.word.silver": "silver",
    "level.label.silver": "silver label",
    "level.word.gold": "gold",
    "level.label.gold": "gold label",
    "count.websites": Plural(
        one="{count} website",
        other="{count} websites",
    ),
    "nav.chart": "Chart",
    "chart.bar_text": "{level}: {count}",
}

DA: dict[str, str] = {
    # App and navigation
    "app.name": "Klyngekvalitet",
    "app.language": "Sprog / Language",
    "nav.overview": "Overblik",
    "nav.comparison": "Norge og Danmark",
    "nav.follow_up": "Opfølgning",
    "nav.levels": "Niveauer",
    "nav.register": "Register",
    "nav.sources": "Kilder og data",
    # Shared words
    "country.NO": "Norge",
    "country.DK": "Danmark",
    "country.EU": "Europa",
    "level.bronze": "Bronze",
    "level.silver": "Sølv",
    "level.gold": "Guld",
    "event.awarded": "Tildelt",
    "event.renewed": "Fornyet",
    "event.register_entry": "Opført i registret",
    "stage.first_benchmarking": "Første benchmarking",
    "stage.renewed_or_upgraded": "Fornyet eller opgraderet",
    "stage.lapsed": "Lod mærket udløbe",
    "filter.countries": "Land",
    "filter.levels": "Niveau",
    "filter.events": "Hændelse",
    "filter.years": "År",
    "filter.search": "Søg i navne",
    "tab.chart": "Diagram",
    "tab.table": "Tabel",
    "tab.sources": "Kilder",
    "chart.text_alternative": "Tekstalternativ: {text}",
    "chart.no_data": "Ingen data for dette udvalg. Ændr filtrene ovenfor.",
    "chart.open_full": "Åbn hele siden i {app}",
    "nav.chart": "Diagram",
    "source.article": "Kilde: {publisher} ({year}), »{title}«",
    "source.records": (
        "Kilde: {count} offentlige registreringer af {events} mærkehændelser (ESCA-registret og klyngernes egne sider)"
    ),
    "source.line": "{source} · n = {n} · pr. {as_of}",
    "source.file_row": "{file}, række {row} ({what})",
    "source.rows": "rækker {rows}",
    "source.row": "række {rows}",
    "source.link": "Åbn kilden",
    "url.notice": "Linket havde en ukendt værdi for »{param}« ({value}). Viser standardvalget i stedet.",
    "error.title": "Dataene kan ikke vises lige nu",
    "error.body": "Filen {files} mangler eller er beskadiget. Der vises ingen tal, før den er bygget igen.",
    "error.fix": "Til den, der driver appen: kør `{command}` i projektmappen.",
    "coverage.records": (
        "Bygger på {records} offentlige registreringer, som beskriver {events} mærkehændelser, om {orgs} "
        "organisationer (Norge {no}, Danmark {dk}). "
        "Det er, hvad offentlige sider siger, ikke hele registret: tallene er en nedre grænse."
    ),
    # Overview
    "overview.title": "Mangler norske klynger fokus på kvalitet?",
    "overview.lead": (
        "Europæiske kvalitetsmærker for klyngeorganisationer – bronze, sølv og guld – tildeles af ESCA. "
        "Da artiklen udkom, gjaldt et mærke i to år; nyere kilder viser fornyelser, der gælder i tre. En analyse fra {publisher} ({date}) sammenlignede Norge med Danmark."
    ),
    "overview.argument.1": (
        "Norske klyngeorganisationer scorede {no} ud af 100 på kvalitetsindekset mod {dk} for de danske "
        "({gap} point lavere; n = {n_no} og {n_dk})."
    ),
    "overview.argument.2": "Norge havde {no_gold} guld- og {no_silver} sølvmærker, Danmark {dk_gold} og {dk_silver}.",
    "overview.argument.3": (
        "Kun {followed} af {total} norske organisationer ({rate}) fornyede eller opgraderede mærket efter den første "
        "benchmarking; {lapsed} lod det udløbe."
    ),
    "overview.metric.index_no": "Kvalitetsindeks Norge",
    "overview.metric.index_dk": "Kvalitetsindeks Danmark",
    "overview.metric.gold": "Guldmærker, Norge mod Danmark",
    "overview.metric.silver": "Sølvmærker, Norge mod Danmark",
    "overview.metric.follow_up": "Fulgte op på mærket, Norge",
    "overview.metric.vs": "{a} mod {b}",
    "overview.metric.of": "{part} af {whole}",
    "overview.metric.source": "Kilde: {source}, {where}",
    "overview.more": "Udforsk videre",
    # Comparison
    "comparison.title": "Norge og Danmark",
    "comparison.lead": "Kvalitetsindeks og antal gyldige mærker i marts 2017, som artiklen angiver dem.",
    "comparison.index.title": "Kvalitetsindeks for klyngeorganisationer (0–100)",
    "comparison.index.description": "Søjlediagram over kvalitetsindekset: {items}.",
    "comparison.index.item": "{country} {value} ud af 100 (n = {n})",
    "comparison.index.axis": "Kvalitetsindeks (0–100)",
    "comparison.counts.description": "Søjlediagram over gyldige mærker: {items}.",
    "comparison.counts.item": "{country} {level} {count}",
    "comparison.counts.axis": "Antal organisationer med gyldigt mærke",
    "comparison.no_bronze": "Artiklen oplyser ikke antallet af bronzemærker; bronze kan derfor ikke vælges her.",
    # Follow-up
    "follow_up.title": "Opfølgning efter første benchmarking",
    "follow_up.lead": (
        "Et kvalitetsmærke gælder i to år. Derefter skal organisationen forny det – eller tage skridtet op til næste niveau."
    ),
    "follow_up.definition": (
        "**Fulgt op** betyder her det, artiklen siger: at organisationen fornyede eller opgraderede "
        "certificeringen efter den første selvevaluering (benchmarkingen). De, der ikke gjorde det, lod mærket udløbe."
    ),
    "follow_up.rate": "Andel, der fulgte op",
    "follow_up.interval": (
        "{rate} ({followed} af {total}). 95 %-konfidensinterval (Wilson): {low}–{high}. Intervallet viser "
        "usikkerheden, hvis de 55 ses som en stikprøve af, hvordan klynger i almindelighed opfører sig."
    ),
    "follow_up.chart.title": "Hvad skete der efter den første benchmarking? (Norge)",
    "follow_up.chart.subtitle": "Kun {followed} af {total} fornyede eller opgraderede – {lapsed} lod mærket udløbe.",
    "follow_up.chart.description": "Søjlediagram: {items}.",
    "follow_up.chart.item": "{stage} {count}",
    "follow_up.chart.axis": "Antal norske klyngeorganisationer",
    "follow_up.inconsistent": "Bemærk: tallene i kilden går ikke op ({followed} + {lapsed} ≠ {total}).",
    # Levels
    "levels.title": "Niveauer i de offentlige registreringer",
    "levels.lead": (
        "Her tælles mærker fra offentlige kilder: ESCA-registret og klyngernes egne nyheder. "
        "Det giver et billede af udviklingen efter 2017, men er ikke et fuldstændigt register."
    ),
    "levels.distribution.title": "Højeste niveau pr. organisation i de offentlige registreringer",
    "levels.distribution.subtitle": "Antal organisationer efter det højeste niveau, de er nævnt med.",
    "levels.distribution.description": "Søjlediagram: {items}.",
    "levels.distribution.item": "{country}: {level} {count}",
    "levels.distribution.axis": "Antal organisationer",
    "levels.per_year.title": "Mærker tildelt eller fornyet pr. år",
    "levels.per_year.axis": "Antal mærker",
    "levels.scores.title": "Offentliggjorte pointtal for guldmærker",
    "levels.scores.subtitle": "Guld kræver mindst {threshold} % af de mulige point; de offentliggjorte ligger mellem {low} og {high} %.",
    "levels.scores.description": "Punktdiagram over guldpointtal: {items}.",
    # Register
    "register.title": "Register over offentlige registreringer af mærker",
    "register.lead": "Hver række er én offentlig kilde, der nævner et mærke. Klik på linket for selv at læse kilden.",
    "register.truncated": "{matched} registreringer passer til filtrene; tabellen viser de første {shown}. Indsnævr filtrene, eller download dem alle som CSV.",
    "register.download": "Download de registreringer, der passer (CSV)",
    "register.col.organisation": "Organisation",
    "register.col.name_as_written": "Navn i kilden",
    "register.col.country": "Land",
    "register.col.level": "Niveau",
    "register.col.event": "Hændelse",
    "register.col.date": "Dato",
    "register.col.valid_until": "Gyldig til",
    "register.col.score": "Pointtal (%)",
    "register.col.source": "Kilde",
    "register.col.quote": "Citat",
    "register.col.record": "Registrering",
    "register.record": "{record} (række {row})",
    # Sources
    "sources.title": "Kilder og data",
    "sources.lead": "Alle tal i appen kan spores til en række her og den sætning, der angiver dem.",
    "sources.figures": "Tallene fra artiklen",
    "sources.publications": "Publikationer",
    "sources.dictionary": "Dataordbog",
    "sources.discrepancies": "Kendte uoverensstemmelser mellem kilderne",
    "sources.downloads": "Download dataene",
    "sources.download.label": "{table} (CSV)",
    "sources.col.figure": "Tal",
    "sources.col.country": "Land",
    "sources.col.value": "Værdi",
    "sources.pub.source_id": "Id",
    "sources.pub.title": "Titel",
    "sources.pub.author": "Forfatter",
    "sources.pub.publisher": "Udgiver",
    "sources.pub.published": "Udgivet",
    "sources.pub.url": "Link",
    "sources.col.quote": "Citat",
    "sources.col.row": "Række i kildefilen",
    "sources.col.link": "Kilde",
    "sources.dict.table": "Tabel",
    "sources.dict.column": "Kolonne",
    "sources.dict.meaning": "Betydning",
    "table.figures": "Tal fra artiklen",
    "table.label_events": "Registreringer af mærker",
    "table.organisations": "Organisationer",
    "table.context_facts": "Fakta om mærkeordningen",
    "table.sources": "Publikationer",
}

Entry = str | Plural  # a sentence, or a sentence in every plural form (src/text/plural.py)

CATALOGS: dict[str, dict[str, Entry]] = {
    "nb": {
        **NB,
        **STORY_NB,
        **EXPORT_NB,
        **REGISTER_NB,
        **FACTS_NB,
        **CAPTIONS_NB,
        **FILES_NB,
        **SITE_NB,
        **ORG_NB,
        **REGISTRY_NB,
        **ERRORS_NB,
        **RELEASES_NB,
        **DATAPACKAGE_NB,
        **SCHEMA_HISTORY_NB,
        **DATES_NB,
        **CHROME_NB,
        **DICTIONARY_NB,
    },
    "en": {
        **EN,
        **STORY_EN,
        **EXPORT_EN,
        **REGISTER_EN,
        **FACTS_EN,
        **CAPTIONS_EN,
        **FILES_EN,
        **SITE_EN,
        **ORG_EN,
        **REGISTRY_EN,
        **ERRORS_EN,
        **RELEASES_EN,
        **DATAPACKAGE_EN,
        **SCHEMA_HISTORY_EN,
        **DATES_EN,
        **CHROME_EN,
        **DICTIONARY_EN,
    },
    "da": {
        **DA,
        **STORY_DA,
        **EXPORT_DA,
        **REGISTER_DA,
        **FACTS_DA,
        **CAPTIONS_DA,
        **FILES_DA,
        **SITE_DA,
        **ORG_DA,
        **REGISTRY_DA,
        **ERRORS_DA,
        **RELEASES_DA,
        **DATAPACKAGE_DA,
        **SCHEMA_HISTORY_DA,
        **DATES_DA,
        **CHROME_DA,
        **DICTIONARY_DA,
        **PLURAL_DA,  # the count sentences' plural forms and the keys the gettext change reworded
    },
}
if tuple(CATALOGS) != LANGUAGES:  # a language is one row in `languages.TABLE` and one catalog here
    raise RuntimeError(f"catalogs {tuple(CATALOGS)} do not match the language table {LANGUAGES}")
LANGUAGE_NAMES = language_names()  # each in its own language, for the switch


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from `values`.

    Note that a missing key raises KeyError instead of showing the raw key to a reader, and a plural entry
    raises TypeError: a count sentence needs `tn`, which knows the count.
    """
    entry = CATALOGS.get(lang, CATALOGS[DEFAULT_LANG])[key]
    if isinstance(entry, Plural):
        raise TypeError(f"{key} has plural forms: call tn({key!r}, n, ...)")
    return entry.format(**values) if values else entry


def tn(key: str, n: float, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The form of plural entry `key` that CLDR's rules choose for the count `n` in `lang`, filled from `values`.

    `{count}` is `n` written in the reader's language (formatting.number) unless `values` gives it. Note that a
    missing key, or a missing form of a key, raises KeyError, as `t` does.
    """
    entry = CATALOGS.get(lang, CATALOGS[DEFAULT_LANG])[key]
    if not isinstance(entry, Plural):
        raise TypeError(f"{key} has no plural forms: call t({key!r}, ...)")
    return entry.form(category(n, lang)).format(**{"count": number(n, lang), **values})
