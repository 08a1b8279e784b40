"""Notes for translators, by key: written as `#.` comments above the entry in the .pot and every .po file.

Note that a note is here only where the text alone is ambiguous: a word that stands inside another sentence,
a file name, a column heading, a count phrase, a word whose case or grammar the sentence around it fixes.
"""

from __future__ import annotations

_COUNT_PHRASE = (
    "A count with its noun, inserted into a longer sentence (gettext chooses a plural form for one count only, "
    "so a sentence with two counts takes the second as this phrase). {count} is the number, already formatted."
)
_LEVEL_WORD = "The level's name inside running text, e.g. «siste merke (gull) utløp …»: write it in lower case."
_LEVEL_LABEL = "The label of this level as a noun inside a sentence: «gyldig gullmerke», «valid gold label»."
_COLUMN = "A column heading in a table and in the CSV/XLSX files: short, no full stop."
_NAV = "A page's name in the menu and in links to the page: one or two words."
_DICTIONARY = (
    "What a column of a published file means (the data dictionary). Codes, column and file names are the data's "
    "own (NO, exact, more_than, day, label_records.csv …): keep them as they are."
)

NOTES: dict[str, str] = {
    "count.label_events": _COUNT_PHRASE,
    "count.organisations": _COUNT_PHRASE,
    "count.websites": _COUNT_PHRASE,
    **{f"level.word.{level}": _LEVEL_WORD for level in ("bronze", "silver", "gold")},
    **{f"level.label.{level}": _LEVEL_LABEL for level in ("bronze", "silver", "gold")},
    "level.bronze": "The level's name on its own (a filter choice, a legend, a table cell): capitalised.",
    "level.silver": "The level's name on its own (a filter choice, a legend, a table cell): capitalised.",
    "level.gold": "The level's name on its own (a filter choice, a legend, a table cell): capitalised.",
    "story.file_word": "In the presentation's file name (klyngekvalitet_<word>_<lang>.html): lower case, no spaces.",
    "radar.status_count": "One status with its count in a list joined by « · »: «Gyldig 12 · Utløper snart 3».",
    "radar.as_of_counts": "{counts} is the list of statuses with their counts (radar.status_count).",
    "europe.point.norway": "A chart label next to Norway's point; {count} is the number as the source gives it.",
    "org.counts": "{events} is a count phrase (count.label_events), e.g. «3 merkehendelser».",
    "source.records": "{events} is a count phrase (count.label_events), e.g. «3 merkehendelser».",
    "citation.records": "{events} is a count phrase (count.label_events), e.g. «3 merkehendelser».",
    "coverage.records": "{events} and {orgs} are count phrases (count.label_events, count.organisations).",
    "citation.pages_many": "{sites} is a count phrase (count.websites); {top} lists the busiest websites.",
    "sources.disc.source_a": "The column of the differences table that holds the first source's link.",
    "sources.disc.source_b": "The column of the differences table that holds the second source's link.",
    "sources.disc.link_a": "A link to the first of two sources that disagree; {site} is its website's name.",
    "sources.disc.link_b": "A link to the second of two sources that disagree; {site} is its website's name.",
    "captions.counts.single": "{items} lists counts with their nouns (captions.counts.gold, captions.counts.silver).",
    "comparison.counts.item": "{level} is the level's name in running text (level.word.*).",
    "levels.distribution.item": "{level} is the level's name in running text (level.word.*).",
    "captions.per_year.item": "{level} is the level's name in running text (level.word.*).",
    "org.scores.item": "{level} is the level's name in running text (level.word.*).",
    "org.status.valid": "{label} is the label as a noun (level.label.*), e.g. «gullmerke».",
    "org.status.expiring": "{label} is the label as a noun (level.label.*); the count is the number of months.",
    "radar.chart.subtitle": "The count chosen for the plural form is the number of months in the window.",
    "register.count_undated": "The count chosen for the plural form is the number of records in all ({count}).",
    "radar.truncated": "The count chosen for the plural form is the number of organisations in all ({count}).",
    "nav.overview": _NAV,
    "nav.comparison": _NAV,
    "nav.follow_up": _NAV,
    "nav.levels": _NAV,
    "nav.register": _NAV,
    "nav.sources": _NAV,
    "nav.renewal": _NAV,
    "nav.organisation": _NAV,
    "nav.story": _NAV,
    "nav.chart": "The title of the page that shows one chart alone (not in the menu).",
    "site.org.renamed": "Before a quote from the source; {link} is the source's website, shown as a link.",
    "validity.inferred": "A date worked out from the rules, not stated by a source; {date} is already written.",
    "chart.bar_text": "The label on a bar: the level's name and its count (punctuation as your language writes it).",
    "app.language": "The label of the language switch, read by readers of every language: keep both languages.",
}

# Column headings: every files.col.* key is a heading in the chart tables and downloads.
COLUMN_PREFIXES = ("files.col.", "register.col.", "radar.col.", "sources.pub.", "story.europe.col.")


def note(key: str) -> str | None:
    """The note for `key`: its own, or the one its kind of key shares (column headings)."""
    if key.startswith("dictionary."):
        return NOTES.get(key) or _DICTIONARY
    return NOTES.get(key) or (_COLUMN if key.startswith(COLUMN_PREFIXES) else None)
