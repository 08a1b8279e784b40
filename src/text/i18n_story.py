"""Text of the presenter's story mode, by key, in the same languages as `src.text.i18n` (merged there).

Note that these are only the words: every `{number}` is filled by `src.views.story.slides` from the data,
so no figure is ever typed in here.
"""

from __future__ import annotations

from src.text.plural import Plural

STORY_NB: dict[str, str | Plural] = {
    "nav.story": "Presentasjon",
    "story.counter": "{number} / {total}",
    "story.previous": "Forrige",
    "story.next": "Neste",
    "story.notes": "Talernotater",
    "story.present": "Presenter",
    "story.present.help": "Vis bare lysbildet (Esc avslutter)",
    "story.exit": "Avslutt presentasjon",
    "story.qr": "QR-kode",
    "story.qr.close": "Tilbake til lysbildet",
    "story.qr.title": "Følg med på mobilen",
    "story.qr.lead": "Skann koden eller skriv adressen:",
    "story.qr.alt": "QR-kode med adressen {url}",
    "story.qr.local": (
        "Denne adressen virker bare på denne maskinen. Sett KLYNGEKVALITET_BASE_URL til appens offentlige adresse."
    ),
    "story.qr.local.site": (
        "Denne adressen virker bare på denne maskinen. Sett KLYNGEKVALITET_SITE_URL til den statiske "
        "utgavens offentlige adresse."
    ),
    "story.keys": (
        "Taster: → PageDown mellomrom . neste · ← PageUp B forrige · Home/End første/siste · Q QR-kode · "
        "P presenter · Esc avslutt"
    ),
    "story.text_alternative": "Diagrammet i ord",
    "story.links": "Åpne kildene:",
    "story.source.row": "{file}, rad {rows}",
    "story.source.rows": "{file}, rad {rows}",
    "story.source.facts": "Kilde: {rows} (lenke til hver kilde i tabellen)",
    "story.source.article": "{source} · per {as_of} · {rows}",
    # 1 What the labels are
    "story.labels.title": "Hva er kvalitetsmerkene?",
    "story.labels.takeaway": (
        "Klyngeorganisasjoner kan få europeiske kvalitetsmerker på tre nivåer – bronse, sølv og gull – etter en "
        "vurdering fra ESCA. Artikkelen ({article_year}) sier at et merke er gyldig i bare {years} år; nyere kilder "
        "viser gullfornyelser som gjelder i {renewal} år ({renewal_as_of})."
    ),
    "story.labels.bronze": "Bronse: et benchmarkingintervju som dekker {indicators} indikatorer.",
    "story.labels.silver": "Sølv: en ny benchmarking og {areas} områder der organisasjonen har blitt bedre.",
    "story.labels.gold": "Gull: {indicators} kvalitetsindikatorer og minst {threshold} av poengsummen.",
    "story.labels.esca": "ESCA (European Secretariat for Cluster Analysis) har benchmarket klynger siden {start}.",
    "story.labels.note1": (
        "Merket måler klyngeorganisasjonen – hvordan klyngen er bygd opp, ledet og styrt – ikke bedriftene i den."
    ),
    "story.labels.note2": (
        "Et første bronse- eller sølvmerke gjelder i {years} år etter ESCAs regler, og det er regelen artikkelen "
        "bygger på. Fornyelser kan vare lenger: gullfornyelser fra {renewal_as_of} gjelder i {renewal} år."
    ),
    # 2 Quality index
    "story.index.title": "Norge og Danmark på kvalitetsindeksen",
    "story.index.takeaway": (
        "Norske klyngeorganisasjoner fikk {no} av 100 på kvalitetsindeksen, danske {dk} – {gap} poeng mer "
        "(n = {n_no} og {n_dk})."
    ),
    "story.index.note1": (
        "Indeksen bygger på benchmarkingsdata fra {n_no} norske og {n_dk} danske klynger, slik artikkelen oppgir den."
    ),
    "story.index.note2": (
        "Artikkelen oppgir ikke spredning eller usikkerhet. Med så små utvalg bør forskjellen på {gap} poeng "
        "presenteres som en tendens, ikke som et bevis."
    ),
    # 3 Gold and silver
    "story.counts.title": "Færre gull- og sølvmerker i Norge",
    "story.counts.takeaway": (
        "I {as_of} hadde Norge {no_gold} gyldige gullmerker og {no_silver} sølvmerker, Danmark {dk_gold} gull- og "
        "{dk_silver} sølvmerker."
    ),
    "story.counts.note1": "Tallene gjelder gyldige merker per {as_of}, slik artikkelen teller dem.",
    "story.counts.note2": "Artikkelen oppgir ikke antall bronsemerker, så bronse er ikke med her.",
    # 4 Follow-up
    "story.follow_up.title": "Få fulgte opp etter første benchmarking",
    "story.follow_up.takeaway": (
        "Av {total} norske klyngeorganisasjoner som tok første benchmarking, fornyet eller oppgraderte bare "
        "{followed} ({rate}); {lapsed} lot merket løpe ut."
    ),
    "story.follow_up.note1": "Andelen {rate} har et 95 % konfidensintervall (Wilson) fra {low} til {high}.",
    "story.follow_up.note2": (
        "«Fulgt opp» betyr det artikkelen sier: at organisasjonen fornyet eller oppgraderte sertifiseringen etter "
        "den første benchmarkingen."
    ),
    # 5 What happened next
    "story.next.title": "Hva skjedde etterpå?",
    "story.next.takeaway": (
        "I {date} fikk {organisation} Norges første sølvmerke, og offentlige kilder viser {labels} norske gullmerker "
        "tildelt eller fornyet fra {first} til {last} – flest i {peak_year} ({peak})."
    ),
    "story.next.note1": Plural(
        one="De offentlige kildene nevner gull for {count} norsk organisasjon. Det er et nedre anslag: oppføringene er det offentlige sider sier, ikke hele ESCA-registeret.",
        other="De offentlige kildene nevner gull for {count} norske organisasjoner. Det er et nedre anslag: oppføringene er det offentlige sider sier, ikke hele ESCA-registeret.",
    ),
    "story.next.note2": Plural(
        one="{count} norsk gullmerke mangler år i alle oppføringer og er ikke med i diagrammet. Disse tallene kommer fra andre kilder enn artikkelen og blandes ikke med artikkelens tall.",
        other="{count} norske gullmerker mangler år i alle oppføringer og er ikke med i diagrammet. Disse tallene kommer fra andre kilder enn artikkelen og blandes ikke med artikkelens tall.",
    ),
    # 6 Europe
    "story.europe.title": "Europeisk sammenheng",
    "story.europe.takeaway": "Gullklynger, slik kildene teller dem: {items}.",
    "story.europe.item": "{count} ({as_of})",
    "story.europe.col.as_of": "Per",
    "story.europe.col.what": "Hva som telles",
    "story.europe.col.value": "Tall, slik kilden skriver det",
    "story.europe.col.source": "Kilde",
    "story.europe.fact.eu_counts_2014": "Organisasjoner med bronse; med gull",
    "story.europe.fact.gold_count_2017_sep": "Gullklynger i Europa; i Danmark",
    "story.europe.fact.gold_count_2020": "Gullklynger",
    "story.europe.fact.label_counts_2023": "Bronse; sølv; gull (alle som har fått merket)",
    "story.europe.fact.gold_active_2024": "Klynger med gyldig gullmerke i verden",
    "story.europe.note1": (
        "Kildene teller ulikt: tallet fra {cumulative_as_of} gjelder alle som har fått et merke, mens {active} "
        "({active_as_of}) gjelder klynger med gyldig gullmerke."
    ),
    "story.europe.note2": (
        "Tallene står slik kildene skriver dem, med sine datoer. De kommer fra ulike nettsider, ikke fra "
        "ESCAs register på samme dag, så les dem ikke som en presis tidsserie."
    ),
    # 7 The message
    "story.message.title": "Budskapet: kvalitet er kontinuerlig arbeid",
    "story.message.takeaway": (
        "Artikkelen sa at et merke varer bare {years} år (nyere fornyelser: {renewal} år): bruk tilbakemeldingen til "
        "å bli bedre, og forny før det går ut – {lapsed} av {total} norske organisasjoner gjorde ikke det."
    ),
    "story.message.quotes": "Fra artikkelen:",
    "story.message.note1": "Avslutt med spørsmålet i artikkelens tittel: «{title}»",
    "story.message.note2": (
        "Neste steg for en klynge: planlegg neste benchmarking i god tid før merket går ut, og følg opp "
        "forbedringsområdene fra rapporten."
    ),
    "story.file_word": "presentasjon",
}

STORY_EN: dict[str, str | Plural] = {
    "nav.story": "Presentation",
    "story.counter": "{number} / {total}",
    "story.previous": "Previous",
    "story.next": "Next",
    "story.notes": "Speaker notes",
    "story.present": "Present",
    "story.present.help": "Show only the slide (Esc leaves)",
    "story.exit": "Leave presentation",
    "story.qr": "QR code",
    "story.qr.close": "Back to the slide",
    "story.qr.title": "Follow on your phone",
    "story.qr.lead": "Scan the code or type the address:",
    "story.qr.alt": "QR code with the address {url}",
    "story.qr.local": (
        "This address only works on this computer. Set KLYNGEKVALITET_BASE_URL to the app's public address."
    ),
    "story.qr.local.site": (
        "This address only works on this computer. Set KLYNGEKVALITET_SITE_URL to the static edition's public address."
    ),
    "story.keys": (
        "Keys: → PageDown Space . next · ← PageUp B previous · Home/End first/last · Q QR code · P present · Esc leave"
    ),
    "story.text_alternative": "The chart in words",
    "story.links": "Open the sources:",
    "story.source.row": "{file}, row {rows}",
    "story.source.rows": "{file}, rows {rows}",
    "story.source.facts": "Source: {rows} (a link to each source in the table)",
    "story.source.article": "{source} · as of {as_of} · {rows}",
    # 1 What the labels are
    "story.labels.title": "What are the quality labels?",
    "story.labels.takeaway": (
        "Cluster organisations can earn European quality labels at three levels – bronze, silver and gold – after an "
        "ESCA assessment. The article ({article_year}) says a label is valid for only {years} years; later sources "
        "show gold renewals valid for {renewal} years ({renewal_as_of})."
    ),
    "story.labels.bronze": "Bronze: a benchmarking interview covering {indicators} indicators.",
    "story.labels.silver": "Silver: a second benchmarking and {areas} areas in which the organisation has improved.",
    "story.labels.gold": "Gold: {indicators} quality indicators and at least {threshold} of the score.",
    "story.labels.esca": "ESCA (European Secretariat for Cluster Analysis) has benchmarked clusters since {start}.",
    "story.labels.note1": (
        "The label measures the cluster organisation – how the cluster is structured, managed and governed – not the "
        "companies in it."
    ),
    "story.labels.note2": (
        "A first bronze or silver label is valid for {years} years under ESCA's rules, and that is the rule the "
        "article builds on. Renewals can last longer: gold renewals from {renewal_as_of} are valid for {renewal} years."
    ),
    # 2 Quality index
    "story.index.title": "Norway and Denmark on the quality index",
    "story.index.takeaway": (
        "Norwegian cluster organisations scored {no} out of 100 on the quality index, Danish ones {dk} – {gap} points "
        "more (n = {n_no} and {n_dk})."
    ),
    "story.index.note1": (
        "The index is based on benchmarking data from {n_no} Norwegian and {n_dk} Danish clusters, as the article "
        "gives it."
    ),
    "story.index.note2": (
        "The article gives no spread or uncertainty. With samples this small, present the {gap}-point gap as a "
        "tendency, not as proof."
    ),
    # 3 Gold and silver
    "story.counts.title": "Fewer gold and silver labels in Norway",
    "story.counts.takeaway": (
        "In {as_of} Norway held {no_gold} valid gold labels and {no_silver} silver labels, Denmark {dk_gold} gold and "
        "{dk_silver} silver labels."
    ),
    "story.counts.note1": "The counts are of valid labels as of {as_of}, as the article counts them.",
    "story.counts.note2": "The article gives no count of bronze labels, so bronze is not shown here.",
    # 4 Follow-up
    "story.follow_up.title": "Few followed up after their first benchmarking",
    "story.follow_up.takeaway": (
        "Of {total} Norwegian cluster organisations that took a first benchmarking, only {followed} renewed or "
        "upgraded ({rate}); {lapsed} let the label lapse."
    ),
    "story.follow_up.note1": "The share of {rate} has a 95% confidence interval (Wilson) from {low} to {high}.",
    "story.follow_up.note2": (
        "“Followed up” means what the article says: the organisation renewed or upgraded its certification after the "
        "first benchmarking."
    ),
    # 5 What happened next
    "story.next.title": "What happened next?",
    "story.next.takeaway": (
        "In {date} {organisation} received Norway's first silver label, and public sources show {labels} Norwegian "
        "gold labels awarded or renewed from {first} to {last} – most in {peak_year} ({peak})."
    ),
    "story.next.note1": Plural(
        one="The public sources mention gold for {count} Norwegian organisation. That is a lower bound: the records are what public pages say, not the full ESCA register.",
        other="The public sources mention gold for {count} Norwegian organisations. That is a lower bound: the records are what public pages say, not the full ESCA register.",
    ),
    "story.next.note2": Plural(
        one="{count} Norwegian gold label has no year in any record and is left out of the chart. These counts come from other sources than the article and are never blended with the article's figures.",
        other="{count} Norwegian gold labels have no year in any record and are left out of the chart. These counts come from other sources than the article and are never blended with the article's figures.",
    ),
    # 6 Europe
    "story.europe.title": "The European context",
    "story.europe.takeaway": "Gold-labelled clusters, as the sources count them: {items}.",
    "story.europe.item": "{count} ({as_of})",
    "story.europe.col.as_of": "As of",
    "story.europe.col.what": "What is counted",
    "story.europe.col.value": "Figure, as the source writes it",
    "story.europe.col.source": "Source",
    "story.europe.fact.eu_counts_2014": "Organisations with bronze; with gold",
    "story.europe.fact.gold_count_2017_sep": "Gold clusters in Europe; in Denmark",
    "story.europe.fact.gold_count_2020": "Gold clusters",
    "story.europe.fact.label_counts_2023": "Bronze; silver; gold (all ever awarded)",
    "story.europe.fact.gold_active_2024": "Clusters with a valid gold label worldwide",
    "story.europe.note1": (
        "The sources count differently: the figure from {cumulative_as_of} covers everyone ever awarded a label, "
        "while {active} ({active_as_of}) counts clusters holding a valid gold label."
    ),
    "story.europe.note2": (
        "The figures are as the sources write them, with their dates. They come from different web pages, not from "
        "the ESCA register on one day, so do not read them as an exact time series."
    ),
    # 7 The message
    "story.message.title": "The message: quality is continuous work",
    "story.message.takeaway": (
        "The article said a label lasts only {years} years (recent renewals: {renewal} years): use the feedback "
        "to improve, and renew before it expires – {lapsed} of {total} Norwegian organisations did not."
    ),
    "story.message.quotes": "From the article (quoted in the original Norwegian):",
    "story.message.note1": "Close with the question in the article's title: “{title}”",
    "story.message.note2": (
        "Next step for a cluster: plan the next benchmarking well before the label expires, and follow up the "
        "improvement areas from the report."
    ),
    "story.file_word": "presentation",
}

STORY_DA: dict[str, str] = {
    "nav.story": "Præsentation",
    "story.counter": "{number} / {total}",
    "story.previous": "Forrige",
    "story.next": "Næste",
    "story.notes": "Talernoter",
    "story.present": "Præsentér",
    "story.present.help": "Vis kun diasset (Esc afslutter)",
    "story.exit": "Afslut præsentationen",
    "story.qr": "QR-kode",
    "story.qr.close": "Tilbage til diasset",
    "story.qr.title": "Følg med på mobilen",
    "story.qr.lead": "Scan koden, eller skriv adressen:",
    "story.qr.alt": "QR-kode med adressen {url}",
    "story.qr.local": (
        "Denne adresse virker kun på denne maskine. Sæt KLYNGEKVALITET_BASE_URL til appens offentlige adresse."
    ),
    "story.qr.local.site": (
        "Denne adresse virker kun på denne maskine. Sæt KLYNGEKVALITET_SITE_URL til den statiske "
        "udgaves offentlige adresse."
    ),
    "story.keys": (
        "Taster: → PageDown mellemrum . næste · ← PageUp B forrige · Home/End første/sidste · Q QR-kode · "
        "P præsentér · Esc afslut"
    ),
    "story.text_alternative": "Diagrammet i ord",
    "story.links": "Åbn kilderne:",
    "story.source.row": "{file}, række {rows}",
    "story.source.rows": "{file}, rækker {rows}",
    "story.source.facts": "Kilde: {rows} (link til hver kilde i tabellen)",
    "story.source.article": "{source} · pr. {as_of} · {rows}",
    # 1 What the labels are
    "story.labels.title": "Hvad er kvalitetsmærkerne?",
    "story.labels.takeaway": (
        "Klyngeorganisationer kan få europæiske kvalitetsmærker på tre niveauer – bronze, sølv og guld – efter en "
        "vurdering fra ESCA. Artiklen ({article_year}) siger, at et mærke kun gælder i {years} år; nyere kilder "
        "viser guldfornyelser, der gælder i {renewal} år ({renewal_as_of})."
    ),
    "story.labels.bronze": "Bronze: et benchmarkinginterview, der dækker {indicators} indikatorer.",
    "story.labels.silver": "Sølv: en ny benchmarking og {areas} områder, hvor organisationen er blevet bedre.",
    "story.labels.gold": "Guld: {indicators} kvalitetsindikatorer og mindst {threshold} af pointsummen.",
    "story.labels.esca": "ESCA (European Secretariat for Cluster Analysis) har benchmarket klynger siden {start}.",
    "story.labels.note1": (
        "Mærket måler klyngeorganisationen – hvordan klyngen er bygget op, ledet og styret – ikke virksomhederne i den."
    ),
    "story.labels.note2": (
        "Et første bronze- eller sølvmærke gælder i {years} år efter ESCA's regler, og det er den regel, artiklen "
        "bygger på. Fornyelser kan gælde længere: guldfornyelser fra {renewal_as_of} gælder i {renewal} år."
    ),
    # 2 Quality index
    "story.index.title": "Norge og Danmark på kvalitetsindekset",
    "story.index.takeaway": (
        "Norske klyngeorganisationer fik {no} ud af 100 på kvalitetsindekset, danske {dk} – {gap} point mere "
        "(n = {n_no} og {n_dk})."
    ),
    "story.index.note1": (
        "Indekset bygger på benchmarkingdata fra {n_no} norske og {n_dk} danske klynger, som artiklen angiver det."
    ),
    "story.index.note2": (
        "Artiklen angiver ikke spredning eller usikkerhed. Med så små stikprøver bør forskellen på {gap} point "
        "præsenteres som en tendens, ikke som et bevis."
    ),
    # 3 Gold and silver
    "story.counts.title": "Færre guld- og sølvmærker i Norge",
    "story.counts.takeaway": (
        "I {as_of} havde Norge {no_gold} gyldige guldmærker og {no_silver} sølvmærker, Danmark {dk_gold} guld- og "
        "{dk_silver} sølvmærker."
    ),
    "story.counts.note1": "Tallene gælder gyldige mærker pr. {as_of}, sådan som artiklen tæller dem.",
    "story.counts.note2": "Artiklen angiver ikke antallet af bronzemærker, så bronze er ikke med her.",
    # 4 Follow-up
    "story.follow_up.title": "Få fulgte op efter den første benchmarking",
    "story.follow_up.takeaway": (
        "Af {total} norske klyngeorganisationer, der blev benchmarket første gang, fornyede eller "
        "opgraderede kun {followed} ({rate}); {lapsed} lod mærket udløbe."
    ),
    "story.follow_up.note1": "Andelen på {rate} har et 95 %-konfidensinterval (Wilson) fra {low} til {high}.",
    "story.follow_up.note2": (
        "»Fulgt op« betyder det, artiklen siger: at organisationen fornyede eller opgraderede sin certificering efter "
        "den første benchmarking."
    ),
    # 5 What happened next
    "story.next.title": "Hvad skete der så?",
    "story.next.takeaway": (
        "I {date} fik {organisation} Norges første sølvmærke, og offentlige kilder viser {labels} norske guldmærker "
        "tildelt eller fornyet fra {first} til {last} – flest i {peak_year} ({peak})."
    ),
    "story.next.note1": (
        "De offentlige kilder nævner guld for {orgs} norske organisationer. Det er et nedre skøn: registreringerne er "
        "det, offentlige sider siger, ikke hele ESCA-registret."
    ),
    "story.next.note2": (
        "{undated} norske guldmærker mangler årstal i alle registreringer og er ikke med i diagrammet. Disse tal kommer fra andre "
        "kilder end artiklen og blandes ikke med artiklens tal."
    ),
    # 6 Europe
    "story.europe.title": "Den europæiske sammenhæng",
    "story.europe.takeaway": "Guldklynger, sådan som kilderne tæller dem: {items}.",
    "story.europe.item": "{count} ({as_of})",
    "story.europe.col.as_of": "Pr.",
    "story.europe.col.what": "Hvad der tælles",
    "story.europe.col.value": "Tal, som kilden skriver det",
    "story.europe.col.source": "Kilde",
    "story.europe.fact.eu_counts_2014": "Organisationer med bronze; med guld",
    "story.europe.fact.gold_count_2017_sep": "Guldklynger i Europa; i Danmark",
    "story.europe.fact.gold_count_2020": "Guldklynger",
    "story.europe.fact.label_counts_2023": "Bronze; sølv; guld (alle, der nogensinde har fået mærket)",
    "story.europe.fact.gold_active_2024": "Klynger med gyldigt guldmærke i verden",
    "story.europe.note1": (
        "Kilderne tæller forskelligt: tallet fra {cumulative_as_of} gælder alle, der har fået et mærke, mens {active} "
        "({active_as_of}) gælder klynger med gyldigt guldmærke."
    ),
    "story.europe.note2": (
        "Tallene står, som kilderne skriver dem, med deres datoer. De kommer fra forskellige websider, ikke fra "
        "ESCA's register på én og samme dag, så læs dem ikke som en præcis tidsserie."
    ),
    # 7 The message
    "story.message.title": "Budskabet: kvalitet er et løbende arbejde",
    "story.message.takeaway": (
        "Artiklen sagde, at et mærke kun gælder i {years} år (nyere fornyelser: {renewal} år): brug tilbagemeldingen til "
        "at blive bedre, og forny, før det udløber – {lapsed} af {total} norske organisationer gjorde det ikke."
    ),
    "story.message.quotes": "Fra artiklen (citeret på norsk):",
    "story.message.note1": "Afslut med spørgsmålet i artiklens titel: »{title}«",
    "story.message.note2": (
        "Næste skridt for en klynge: planlæg den næste benchmarking i god tid, før mærket udløber, og følg op på "
        "forbedringsområderne fra rapporten."
    ),
}
