"""The Danish catalog's words against the Norwegian original and the English.

Note that `tests/test_catalogs.py` checks what any language needs (every entry translated, the same
placeholders, every plural form); this module checks what a Danish translation most often gets wrong and
those checks cannot see:

- A value identical to the English one is usually an untranslated string. Some are the same word in Danish
  ("Status", "Region", "Bronze"); `SAME_AS_ENGLISH` lists those with the reason, and fails when an entry is no
  longer identical (so the list cannot go stale).
- Bokmål and Danish share most words ("og", "ikke", "hvis", "gyldig", "fornyelse"), so a list of Norwegian
  words in general would be useless. `NORWEGIAN_ONLY` holds only bokmål spellings Danish never uses ("merke"/
  "mærke", "gull"/"guld", "enn"/"end", "av"/"af", "-sjon"/"-tion", "nivå"/"niveau", "øy"/"øj"…). Two tests keep
  it honest: every marker occurs in the Norwegian catalog, and run on the Norwegian itself the check flags at
  least 80 % of the longer sentences, so passing on the Danish means something.
- Quotation marks: Danish quotes with »…« (as Danish print does), never the Norwegian «…» or English “…”.
"""

from __future__ import annotations

import re
import string

import pytest

from src.text.i18n import CATALOGS
from src.text.plural import Plural

SAME_AS_ENGLISH: dict[str, str] = {
    "app.name": "the product's name (Norwegian on purpose, in every language)",
    "nav.register": "'Register' is the Danish word too",
    "level.bronze": "'Bronze' is the Danish spelling too",
    "register.col.organisation": "'Organisation' is the Danish spelling too",
    "sources.pub.source_id": "'Id' is the same abbreviation in Danish",
    "sources.pub.url": "'Link' is the Danish word too",
    "export.field.url": "'Link' is the Danish word too",
    "export.sheet.data": "'Data' is the Danish word too",
    "export.download.csv": "'Data' plus the format's name",
    "export.download.xlsx": "'Data' plus the format's name",
    "sources.download.label": "only a placeholder and the format's name",
    "discrepancy.norway_health_tech_first_gold.about": "two organisations' names",
    "files.col.status": "'Status' is the Danish word too",
    "radar.col.status": "'Status' is the Danish word too",
    "radar.chart.legend": "'Status' is the Danish word too",
    "files.col.organisation": "'Organisation' is the Danish word too",
    "radar.col.organisation": "'Organisation' is the Danish word too",
    "nav.organisation": "'Organisation' is the Danish word too",
    "org.region": "'Region' is the Danish word too",
    "europe.series.bronze": "'Bronze' is the Danish spelling too",
    "level.word.bronze": "'bronze' is the Danish spelling too",
    "country.short.NO": "the initial of Norge, as of Norway",
    "country.short.DK": "the initial of Danmark, as of Denmark",
    "files.dictionary.table": "a file's path, the same in every language",
    "files.download.metadata": "'Metadata' is the Danish word too, JSON is a format's name",
    "dictionary.sources.url": "'Link' is the Danish word too",
}

# Proper names that may hold Norwegian spellings; removed before looking for Norwegian words.
PROPER_NAMES = ("Innovasjon Norge", "Mangler norske klynger fokus på kontinuerlig kvalitetsutvikling?")

NORWEGIAN_ONLY = re.compile(
    r"\b("
    r"enn|av|mot|hadde|etter|deretter|noen|uten|hva|nå|slik|siste|ble|fikk|gjelder|ulike|kildene"
    r"|antall|utvalg\w*|rad|rader|fila|tabell|kjør|bronse|å|velg|bruker|lenke\w*|nettsted\w*|forskjellig\w*"
    r"|\w*merk\w*|\w*gull\w*|\w*poeng\w*|\w*sjon\w*|\w*øy\w*|\w*oppføring\w*|utløp\w*|\w*sertifis\w*|nivå\w*"
    r"|\w*artikkel\w*|\w*spørsmål\w*|\w*tittel\w*|\w*pressepakk\w*"
    r")\b",
    re.IGNORECASE,
)


def _texts(lang: str) -> dict[str, str]:
    """Every entry of `lang` as one text (a plural entry's forms joined), by key."""
    return {key: " | ".join(e.forms().values()) if isinstance(e, Plural) else e for key, e in CATALOGS[lang].items()}


def _words(text: str) -> str:
    """What a reader sees around the values: placeholders and proper names removed."""
    without = "".join(
        literal for literal, _, _, _ in string.Formatter().parse(text.replace("{{", "").replace("}}", ""))
    )
    for name in PROPER_NAMES:
        without = without.replace(name, "")
    return without


def _norwegian(text: str) -> list[str]:
    return [m.group(0) for m in NORWEGIAN_ONLY.finditer(_words(text))]


@pytest.fixture(scope="module")
def danish() -> dict[str, str]:
    assert "da" in CATALOGS, "Danish is one of the app's languages"
    return _texts("da")


def test_danish_is_not_english_copied(danish: dict[str, str]) -> None:
    english = _texts("en")
    copied = {
        key
        for key, value in danish.items()
        if value == english.get(key) and re.search(r"[^\W\d_]", _words(value)) and key not in SAME_AS_ENGLISH
    }
    assert copied == set()


def test_the_same_as_english_list_is_current(danish: dict[str, str]) -> None:
    english = _texts("en")
    assert {key for key in SAME_AS_ENGLISH if key in danish and danish[key] != english[key]} == set()


def test_no_norwegian_word_left_in_danish(danish: dict[str, str]) -> None:
    left = {key: _norwegian(value) for key, value in danish.items()}
    assert {key: words for key, words in left.items() if words} == {}


def test_the_norwegian_word_check_would_catch_the_norwegian_original() -> None:
    """The word list means something only if most Norwegian sentences trip it (shared words would not)."""
    sentences = [value for value in _texts("nb").values() if _words(value).count(" ") >= 5]
    caught = [value for value in sentences if _norwegian(value)]
    assert len(caught) >= 0.8 * len(sentences), f"only {len(caught)} of {len(sentences)}"


def test_danish_quotes_point_in(danish: dict[str, str]) -> None:
    """Danish quotes are »…«, never the Norwegian «…» or English “…” (the Norwegian title keeps its own)."""
    wrong = {
        key
        for key, value in danish.items()
        if set(value) & set("“”„") or "".join(re.findall("[«»]", value)) != "»«" * value.count("»")
    }
    assert wrong == set()
