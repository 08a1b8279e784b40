"""Text of the computed follow-up and the expiry radar, by key; merged into `src.text.i18n`."""

from __future__ import annotations

from src.text.plural import Plural

REGISTER_NB: dict[str, str | Plural] = {
    "radar.unknown_note": Plural(
        one="«{status}» ({orgs}) er organisasjoner der ingen oppføring kjent på dagen har dato eller utløpsdato. I alt har {count} oppføring verken dato eller utløpsdato; utløpet er ukjent og er ikke gjettet.",
        other="«{status}» ({orgs}) er organisasjoner der ingen oppføring kjent på dagen har dato eller utløpsdato. I alt har {count} oppføringer verken dato eller utløpsdato; utløpet deres er ukjent og er ikke gjettet.",
    ),
    "radar.records_end": (
        "De offentlige oppføringene går til og med {last}. Radaren viser {on}, så merker tildelt eller fornyet "
        "senere mangler: «Utløpt» kan da bety at en fornyelse ikke står i oppføringene."
    ),
    "register.undated": "Ta med oppføringer uten dato (de kan ikke plasseres i noe år)",
    "register.count_undated": Plural(
        one="Viser {shown} av {count} oppføring; {undated} av dem har ingen dato.",
        other="Viser {shown} av {count} oppføringer; {undated} av dem har ingen dato.",
    ),
    "nav.renewal": "Fornyelse",
    "renewal.title": "Fornyelse: hvem fulgte opp, og hvem må fornye?",
    "renewal.lead": "Her beregnes oppfølgingen fra de offentlige oppføringene, og utløpsradaren viser hvem som må fornye.",
    "renewal.metric.computed": "Fulgte opp, beregnet fra oppføringene",
    "renewal.metric.article": "Fulgte opp, ifølge artikkelen (Norge)",
    "renewal.col.followed": "Fulgte opp / avgjort",
    "renewal.col.rate": "Andel",
    "renewal.col.interval": "95 % intervall",
    "radar.date": "Dato",
    "radar.months": "Måneder fram",
    "radar.all": "Alle organisasjoner på radaren",
    "follow_up.computed.title": "Oppfølging beregnet fra de offentlige oppføringene",
    "follow_up.computed.definition": (
        "En organisasjons første merke regnes som fulgt opp når organisasjonen har et senere merke – fornyet, "
        "oppgradert eller på et lavere nivå – datert senest den dagen det første merket gikk ut."
    ),
    "follow_up.computed.grace": Plural(
        one="Med {count} dags slingringsmonn etter utløpsdatoen.",
        other="Med {count} dagers slingringsmonn etter utløpsdatoen.",
    ),
    "follow_up.computed.coverage": (
        "Beregnet fra {n} organisasjoner i de offentlige oppføringene: {followed} fulgte opp ({rate}, 95 % "
        "intervall {low}–{high}). {undated} organisasjoner er utelatt fordi en dato som trengs for å avgjøre, "
        "mangler, og {pending} hadde fortsatt gyldig første merke per {as_of}."
    ),
    "follow_up.computed.compare_article": (
        "Artikkelen oppgir {article_followed} av {article_total}; de offentlige oppføringene er ufullstendige, "
        "så tallene er ikke direkte sammenlignbare."
    ),
    "follow_up.computed.partial_note": (
        "«Lot merket løpe ut» betyr her at de offentlige oppføringene ikke viser noe senere merke i tide. Oppføringene "
        "er ufullstendige, så andelen som fulgte opp er et nedre anslag."
    ),
    "validity.inferred": "{date} (beregnet)",
    "validity.inferred_note": (
        "Utløpsdatoer merket «beregnet» står ikke i kilden: de er tildelingsdato pluss gyldigheten for nivået "
        "(bronse 2 år første gang og 3 år ved fornyelse, sølv 2 år, gull 2 år før 2020 og 3 år fra 2020)."
    ),
    "validity.gold_assumption": (
        "At gull gikk fra 2 til 3 års gyldighet i 2020 er en antakelse: eldre kilder sier 2 år, nyere fornyelser 3 år."
    ),
    "radar.title": "Utløpsradar",
    "radar.window": Plural(
        one="Utløper innen {count} måned",
        other="Utløper innen {count} måneder",
    ),
    "radar.none": "Ingen merker utløper i dette tidsrommet.",
    "radar.status.valid": "Gyldig",
    "radar.status.expiring": "Utløper snart",
    "radar.status.expired": "Utløpt",
    "radar.status.unknown": "Ukjent",
    "radar.col.organisation": "Organisasjon",
    "radar.col.country": "Land",
    "radar.col.level": "Nivå",
    "radar.col.status": "Status",
    "radar.col.expiry": "Utløper",
    "radar.col.record": "Oppføring",
    "radar.chart.title": "Hvem har merke, og hvem må fornye? Status per {date}",
    "radar.chart.subtitle": Plural(
        one="Gyldige: {valid}, utløper innen {count} måned: {expiring}, utløpt den siste måneden: {lapsed}.",
        other="Gyldige: {valid}, utløper innen {count} måneder: {expiring}, utløpt de siste {count} månedene: {lapsed}.",
    ),
    "radar.chart.legend": "Status",
    "radar.chart.item": "{organisation}: {level}, {status}, utløper {expiry}",
    "radar.chart.description": "Tidslinje over merker som er gyldige eller nylig utløpt per {date}. Linjen går fra datoen til utløpet, punktet står ved utløpet: {items}.",
    "radar.chart.n": Plural(
        one="{count} organisasjon",
        other="{count} organisasjoner",
    ),
    "radar.truncated": Plural(
        one="Tabellen viser {shown} av {count} organisasjon.",
        other="Tabellen viser {shown} av {count} organisasjoner.",
    ),
    "radar.status_count": "{status} {count}",
    "radar.as_of_counts": "Status per {date}: {counts}",
}

REGISTER_EN: dict[str, str | Plural] = {
    "radar.unknown_note": Plural(
        one="“{status}” ({orgs}) are organisations none of whose records known on the day has a date or an expiry date. In all, {count} record has neither a date nor an expiry date; its expiry is unknown, not guessed.",
        other="“{status}” ({orgs}) are organisations none of whose records known on the day has a date or an expiry date. In all, {count} records have neither a date nor an expiry date; their expiry is unknown, not guessed.",
    ),
    "radar.records_end": (
        "The public records run to {last}. The radar shows {on}, so labels awarded or renewed later are "
        "missing: “Expired” may then mean that a renewal is not in the records."
    ),
    "register.undated": "Include records without a date (they cannot be placed in any year)",
    "register.count_undated": Plural(
        one="Showing {shown} of {count} record; without a date: {undated}.",
        other="Showing {shown} of {count} records; without a date: {undated}.",
    ),
    "nav.renewal": "Renewal",
    "renewal.title": "Renewal: who followed up, and who must renew?",
    "renewal.lead": "The follow-up computed from the public records, and an expiry radar showing who must renew.",
    "renewal.metric.computed": "Followed up, computed from the records",
    "renewal.metric.article": "Followed up, according to the article (Norway)",
    "renewal.col.followed": "Followed up / decided",
    "renewal.col.rate": "Share",
    "renewal.col.interval": "95% interval",
    "radar.date": "Date",
    "radar.months": "Months ahead",
    "radar.all": "Every organisation on the radar",
    "follow_up.computed.title": "Follow-up computed from the public records",
    "follow_up.computed.definition": (
        "An organisation's first label counts as followed up when the organisation has a later label – renewed, "
        "upgraded or at a lower level – dated no later than the day the first label expired."
    ),
    "follow_up.computed.grace": Plural(
        one="With a grace period of {count} day after the expiry date.",
        other="With a grace period of {count} days after the expiry date.",
    ),
    "follow_up.computed.coverage": (
        "Computed from {n} organisations in the public records: {followed} followed up ({rate}, 95% interval "
        "{low}–{high}). {undated} organisations are left out because a date needed for the verdict is missing, "
        "and {pending} still held a valid first label on {as_of}."
    ),
    "follow_up.computed.compare_article": (
        "The article gives {article_followed} of {article_total}; the public records are incomplete, so the figures "
        "are not directly comparable."
    ),
    "follow_up.computed.partial_note": (
        "“Let the label lapse” means here that the public records show no later label in time. The records are "
        "incomplete, so the share that followed up is a lower bound."
    ),
    "validity.inferred": "{date} (estimated)",
    "validity.inferred_note": (
        "Expiry dates marked “estimated” are not in the source: they are the award date plus the validity of the "
        "level (bronze 2 years first time and 3 years on renewal, silver 2 years, gold 2 years before 2020 and 3 "
        "years from 2020)."
    ),
    "validity.gold_assumption": (
        "That gold went from 2 to 3 years of validity in 2020 is an assumption: older sources say 2 years, recent "
        "renewals 3 years."
    ),
    "radar.title": "Expiry radar",
    "radar.window": Plural(
        one="Expiring within {count} month",
        other="Expiring within {count} months",
    ),
    "radar.none": "No labels expire in this period.",
    "radar.status.valid": "Valid",
    "radar.status.expiring": "Expiring soon",
    "radar.status.expired": "Expired",
    "radar.status.unknown": "Unknown",
    "radar.col.organisation": "Organisation",
    "radar.col.country": "Country",
    "radar.col.level": "Level",
    "radar.col.status": "Status",
    "radar.col.expiry": "Expires",
    "radar.col.record": "Record",
    "radar.chart.title": "Who holds a label, and who must renew? Status on {date}",
    "radar.chart.subtitle": Plural(
        one="Valid: {valid}, expiring within {count} month: {expiring}, lapsed in the last month: {lapsed}.",
        other="Valid: {valid}, expiring within {count} months: {expiring}, lapsed in the last {count} months: {lapsed}.",
    ),
    "radar.chart.legend": "Status",
    "radar.chart.item": "{organisation}: {level}, {status}, expires {expiry}",
    "radar.chart.description": "Timeline of labels valid or recently lapsed on {date}. The line runs from that day to the expiry, the dot marks the expiry: {items}.",
    "radar.chart.n": Plural(
        one="{count} organisation",
        other="{count} organisations",
    ),
    "radar.truncated": Plural(
        one="The table shows {shown} of {count} organisation.",
        other="The table shows {shown} of {count} organisations.",
    ),
    "radar.status_count": "{status} {count}",
    "radar.as_of_counts": "Status on {date}: {counts}",
}

REGISTER_DA: dict[str, str] = {
    "radar.unknown_note": (
        "»{status}« ({orgs}) er organisationer, hvor ingen registrering, der kendes på dagen, har dato eller "
        "udløbsdato. I alt har {records} registreringer hverken dato eller udløbsdato; deres udløb er ukendt og er ikke gættet."
    ),
    "radar.records_end": (
        "De offentlige registreringer går til og med {last}. Radaren viser {on}, så mærker, der er tildelt eller "
        "fornyet senere, mangler: »Udløbet« kan da betyde, at en fornyelse ikke står i registreringerne."
    ),
    "register.undated": "Medtag registreringer uden dato (de kan ikke placeres i noget år)",
    "register.count_undated": "Viser {shown} af {total} registreringer; {undated} af dem har ingen dato.",
    "nav.renewal": "Fornyelse",
    "renewal.title": "Fornyelse: hvem fulgte op, og hvem skal forny?",
    "renewal.lead": "Her beregnes opfølgningen ud fra de offentlige registreringer, og udløbsradaren viser, hvem der skal forny.",
    "renewal.metric.computed": "Fulgte op, beregnet ud fra registreringerne",
    "renewal.metric.article": "Fulgte op, ifølge artiklen (Norge)",
    "renewal.col.followed": "Fulgte op / afgjort",
    "renewal.col.rate": "Andel",
    "renewal.col.interval": "95 %-interval",
    "radar.date": "Dato",
    "radar.months": "Måneder frem",
    "radar.all": "Alle organisationer på radaren",
    "follow_up.computed.title": "Opfølgning beregnet ud fra de offentlige registreringer",
    "follow_up.computed.definition": (
        "En organisations første mærke regnes som fulgt op, når organisationen har et senere mærke – fornyet, "
        "opgraderet eller på et lavere niveau – dateret senest den dag, det første mærke udløb."
    ),
    "follow_up.computed.grace": "Med en margen på {days} dage efter udløbsdatoen.",
    "follow_up.computed.coverage": (
        "Beregnet ud fra {n} organisationer i de offentlige registreringer: {followed} fulgte op ({rate}, 95 %-"
        "interval {low}–{high}). {undated} organisationer er udeladt, fordi en dato, der skal til for at afgøre det, "
        "mangler, og {pending} havde stadig et gyldigt første mærke pr. {as_of}."
    ),
    "follow_up.computed.compare_article": (
        "Artiklen angiver {article_followed} af {article_total}; de offentlige registreringer er ufuldstændige, "
        "så tallene kan ikke sammenlignes direkte."
    ),
    "follow_up.computed.partial_note": (
        "»Lod mærket udløbe« betyder her, at de offentlige registreringer ikke viser noget senere mærke i tide. "
        "Registreringerne er ufuldstændige, så andelen, der fulgte op, er et nedre skøn."
    ),
    "validity.inferred": "beregnet",
    "validity.inferred_note": (
        "Udløbsdatoer markeret »beregnet« står ikke i kilden: de er tildelingsdatoen plus gyldigheden for niveauet "
        "(bronze 2 år første gang og 3 år ved fornyelse, sølv 2 år, guld 2 år før 2020 og 3 år fra 2020)."
    ),
    "validity.gold_assumption": (
        "At guld gik fra 2 til 3 års gyldighed i 2020, er en antagelse: ældre kilder siger 2 år, nyere fornyelser 3 år."
    ),
    "radar.title": "Udløbsradar",
    "radar.window": "Udløber inden for {months} måneder",
    "radar.none": "Ingen mærker udløber i denne periode.",
    "radar.status.valid": "Gyldigt",
    "radar.status.expiring": "Udløber snart",
    "radar.status.expired": "Udløbet",
    "radar.status.unknown": "Ukendt",
    "radar.col.organisation": "Organisation",
    "radar.col.country": "Land",
    "radar.col.level": "Niveau",
    "radar.col.status": "Status",
    "radar.col.expiry": "Udløber",
    "radar.col.record": "Registrering",
    "radar.chart.title": "Hvem har et mærke, og hvem skal forny? Status pr. {date}",
    "radar.chart.subtitle": "{valid} gyldige, {expiring} udløber inden for {months} måneder, {lapsed} udløbet inden for de seneste {months} måneder.",
    "radar.chart.legend": "Status",
    "radar.chart.item": "{organisation}: {level}, {status}, udløber {expiry}",
    "radar.chart.description": "Tidslinje over mærker, der er gyldige eller for nylig udløbet pr. {date}. Linjen går fra datoen til udløbet, punktet står ved udløbet: {items}.",
    "radar.chart.n": "{count} organisationer",
    "radar.truncated": "Tabellen viser {shown} af {total} organisationer.",
}
