"""Chart words that depend on what the filters leave: titles, takeaways and items; merged into `src.text.i18n`.

Note that every sentence here names only what its `{placeholders}` are filled with, and the
comparative ones (`.compare`, `.gap`) are used by `src.views.chart_views` only when both sides are shown.
"""

from __future__ import annotations

from src.text.plural import Plural

CAPTIONS_NB: dict[str, str | Plural] = {
    # Valid labels (quoted, March 2017)
    "captions.counts.title.gold": "Gyldige gullmerker, {as_of}",
    "captions.counts.title.silver": "Gyldige sølvmerker, {as_of}",
    "captions.counts.title.gold_silver": "Gyldige gull- og sølvmerker, {as_of}",
    "captions.counts.single": "{country} hadde {items}.",
    "captions.counts.compare_all": (
        "{leader} hadde flere merker enn {other} på begge nivåene (gull {gold_high} mot {gold_low}, "
        "sølv {silver_high} mot {silver_low})."
    ),
    "captions.counts.n": "{count} merker ({country})",
    # Quality index
    "captions.index.single": "{country}: {value} på kvalitetsindeksen (n = {n}).",
    "captions.index.equal": "Norske og danske klyngeorganisasjoner scoret likt ({value}).",
    # Labels per year
    "captions.per_year.peak": Plural(
        one="Flest i {years} ({count} merke i utvalget).",
        other="Flest i {years} ({count} merker i utvalget).",
    ),
    "captions.per_year.item": "{year} {country} {level}: {count}",
    "captions.per_year.n": Plural(
        one="{count} merke; uten dato, ikke med: {undated}",
        other="{count} merker; uten dato, ikke med: {undated}",
    ),
    "captions.per_year.description": "Stolpediagram over merker per år: {items}.",
    # Gold scores
    "captions.scores.single": "Gull krever minst {threshold} % av poengsummen; den publiserte er {score} %.",
    "captions.scores.same": "Gull krever minst {threshold} % av poengsummen; alle de publiserte er {score} %.",
    "captions.scores.item": "{organisation} ({country}) {year}: {score} %",
    # Radar
    "captions.radar.shown": "Diagrammet viser de {shown} som utløper først av {total}; tabellen lister alle.",
    "captions.counts.gold": Plural(
        one="{count} gullmerke",
        other="{count} gullmerker",
    ),
    "captions.counts.silver": Plural(
        one="{count} sølvmerke",
        other="{count} sølvmerker",
    ),
    "captions.index.gap.NO": "Norske klyngeorganisasjoner scoret {gap} poeng høyere enn danske ({high} mot {low}).",
    "captions.index.gap.DK": "Danske klyngeorganisasjoner scoret {gap} poeng høyere enn norske ({high} mot {low}).",
    "captions.counts.compare.gold": "{leader} hadde flere gullmerker enn {other} ({high} mot {low}).",
    "captions.counts.equal.gold": "{first} og {second} hadde like mange gullmerker ({count}).",
    "captions.counts.compare.silver": "{leader} hadde flere sølvmerker enn {other} ({high} mot {low}).",
    "captions.counts.equal.silver": "{first} og {second} hadde like mange sølvmerker ({count}).",
}

CAPTIONS_EN: dict[str, str | Plural] = {
    "captions.counts.title.gold": "Valid gold labels, {as_of}",
    "captions.counts.title.silver": "Valid silver labels, {as_of}",
    "captions.counts.title.gold_silver": "Valid gold and silver labels, {as_of}",
    "captions.counts.single": "{country} had {items}.",
    "captions.counts.compare_all": (
        "{leader} had more labels than {other} at both levels (gold {gold_high} vs {gold_low}, "
        "silver {silver_high} vs {silver_low})."
    ),
    "captions.counts.n": "{count} labels ({country})",
    "captions.index.single": "{country}: {value} on the quality index (n = {n}).",
    "captions.index.equal": "Norwegian and Danish cluster organisations scored the same ({value}).",
    "captions.per_year.peak": Plural(
        one="Most in {years} ({count} label in the selection).",
        other="Most in {years} ({count} labels in the selection).",
    ),
    "captions.per_year.item": "{year} {country} {level}: {count}",
    "captions.per_year.n": Plural(
        one="{count} label; without a date, not included: {undated}",
        other="{count} labels; without a date, not included: {undated}",
    ),
    "captions.per_year.description": "Bar chart of labels per year: {items}.",
    "captions.scores.single": "Gold needs at least {threshold}% of the score; the published one is {score}%.",
    "captions.scores.same": "Gold needs at least {threshold}% of the score; every published one is {score}%.",
    "captions.scores.item": "{organisation} ({country}) {year}: {score}%",
    "captions.radar.shown": "The chart shows the {shown} expiring first of {total}; the table lists them all.",
    "captions.counts.gold": Plural(
        one="{count} gold label",
        other="{count} gold labels",
    ),
    "captions.counts.silver": Plural(
        one="{count} silver label",
        other="{count} silver labels",
    ),
    "captions.index.gap.NO": "Norwegian cluster organisations scored {gap} points higher than Danish ones ({high} vs {low}).",
    "captions.index.gap.DK": "Danish cluster organisations scored {gap} points higher than Norwegian ones ({high} vs {low}).",
    "captions.counts.compare.gold": "{leader} had more gold labels than {other} ({high} vs {low}).",
    "captions.counts.equal.gold": "{first} and {second} had as many gold labels ({count}).",
    "captions.counts.compare.silver": "{leader} had more silver labels than {other} ({high} vs {low}).",
    "captions.counts.equal.silver": "{first} and {second} had as many silver labels ({count}).",
}

CAPTIONS_DA: dict[str, str] = {
    # Valid labels (quoted, March 2017)
    "captions.counts.title.gold": "Gyldige guldmærker, {as_of}",
    "captions.counts.title.silver": "Gyldige sølvmærker, {as_of}",
    "captions.counts.title.gold_silver": "Gyldige guld- og sølvmærker, {as_of}",
    "captions.counts.single": "{country} havde {items}.",
    "captions.counts.compare_all": (
        "{leader} havde flere mærker end {other} på begge niveauer (guld {gold_high} mod {gold_low}, "
        "sølv {silver_high} mod {silver_low})."
    ),
    "captions.counts.n": "{count} mærker ({country})",
    # Quality index
    "captions.index.single": "{country}: {value} på kvalitetsindekset (n = {n}).",
    "captions.index.equal": "Norske og danske klyngeorganisationer scorede lige højt ({value}).",
    # Labels per year
    "captions.per_year.peak": "Flest i {years} ({count} mærker i udvalget).",
    "captions.per_year.item": "{year} {country} {level}: {count}",
    "captions.per_year.n": "{count} mærker; {undated} registreringer uden dato er ikke med",
    "captions.per_year.description": "Søjlediagram over mærker pr. år: {items}.",
    # Gold scores
    "captions.scores.single": "Guld kræver mindst {threshold} % af de mulige point; det offentliggjorte pointtal er {score} %.",
    "captions.scores.same": "Guld kræver mindst {threshold} % af de mulige point; alle de offentliggjorte pointtal er {score} %.",
    "captions.scores.item": "{organisation} ({country}) {year}: {score} %",
    # Radar
    "captions.radar.shown": "Diagrammet viser de {shown} af {total}, der udløber først; tabellen viser dem alle.",
}
