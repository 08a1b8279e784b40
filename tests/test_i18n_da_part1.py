"""The Danish catalog of the four core modules (main, captions, export, facts) against its Norwegian original.

Note that Danish is written from the Norwegian, so the checks here catch what a translation most often
gets wrong and `tests/test_i18n.py` (which only sees `CATALOGS`) cannot yet: a key missing or out of
order, a placeholder lost or renamed, an English string copied in untranslated, and a Norwegian word
left behind (Danish and bokmål share most words, so the list below holds only bokmål forms that are
not Danish words).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from types import ModuleType

import pytest

from src.text import i18n, i18n_captions, i18n_export, i18n_facts

# (module, name of its dicts without the _NB/_EN/_DA suffix); the main module has bare NB/EN/DA.
MODULES: list[tuple[ModuleType, str]] = [
    (i18n, ""),
    (i18n_captions, "CAPTIONS_"),
    (i18n_export, "EXPORT_"),
    (i18n_facts, "FACTS_"),
]

# Danish values allowed to equal the English one, with the reason.
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
}

# Proper names that may hold Norwegian spellings; removed before looking for Norwegian words.
PROPER_NAMES = ("Innovasjon Norge",)

# Bokmål forms that are not Danish words, with the Danish form in the comment. Words the two languages
# share ("og", "ikke", "sølv", "kilde", "fornyet", "hvordan") would say nothing, so none are listed.
NORWEGIAN_WORDS = re.compile(
    r"\b("
    r"enn|av|mot|hadde|etter|deretter|noen"  # end af mod havde efter derefter nogen
    r"|hva|nå|slik|siste|ble|fikk"  # hvad nu sådan sidste blev fik
    r"|antall|utvalg\w*|rad|rader|fila|tabell|kjør|bronse"  # antal udvalg række tabel kør bronze
    r"|\w*merk\w*|\w*gull\w*|\w*poeng\w*|\w*sjon\w*|\w*øy\w*"  # mærke guld point -tion høj
    r"|\w*oppføring\w*|utløp\w*|\w*sertifis\w*"  # registrering udløb certificer
    r"|å|velg|bruker|nivå\w*|lenke\w*|nettsted\w*|forskjellig\w*"  # at vælg bruger niveau link websted forskellig
    r")\b",
    re.IGNORECASE,
)


def _catalogs(module: ModuleType, prefix: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    return tuple(getattr(module, f"{prefix}{lang}") for lang in ("NB", "EN", "DA"))


def _placeholders(text: str) -> Counter[str]:
    return Counter(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)


def _words(text: str) -> str:
    """The text a reader sees around the values: placeholders and proper names removed."""
    without = "".join(literal for literal, _, _, _ in string.Formatter().parse(text))
    for name in PROPER_NAMES:
        without = without.replace(name, "")
    return without


def _norwegian_words(text: str) -> list[str]:
    return [m.group(0) for m in NORWEGIAN_WORDS.finditer(_words(text))]


@pytest.mark.parametrize(("module", "prefix"), MODULES, ids=lambda v: getattr(v, "__name__", v))
def test_danish_has_the_norwegian_keys_in_order(module: ModuleType, prefix: str) -> None:
    nb, _, da = _catalogs(module, prefix)
    assert list(da) == list(nb)


@pytest.mark.parametrize(("module", "prefix"), MODULES, ids=lambda v: getattr(v, "__name__", v))
def test_danish_keeps_every_placeholder(module: ModuleType, prefix: str) -> None:
    nb, _, da = _catalogs(module, prefix)
    wrong = {key: (_placeholders(nb[key]), _placeholders(da[key])) for key in nb if key in da}
    assert {k: v for k, v in wrong.items() if v[0] != v[1]} == {}


@pytest.mark.parametrize(("module", "prefix"), MODULES, ids=lambda v: getattr(v, "__name__", v))
def test_danish_is_not_english_copied(module: ModuleType, prefix: str) -> None:
    _, en, da = _catalogs(module, prefix)
    copied = {
        key
        for key, value in da.items()
        if value == en[key] and re.search(r"[^\W\d_]", _words(value)) and key not in SAME_AS_ENGLISH
    }
    assert copied == set()


@pytest.mark.parametrize(("module", "prefix"), MODULES, ids=lambda v: getattr(v, "__name__", v))
def test_no_norwegian_word_left_in_danish(module: ModuleType, prefix: str) -> None:
    _, _, da = _catalogs(module, prefix)
    left = {key: _norwegian_words(value) for key, value in da.items()}
    assert {k: v for k, v in left.items() if v} == {}


@pytest.mark.parametrize(("module", "prefix"), MODULES, ids=lambda v: getattr(v, "__name__", v))
def test_danish_quotes_are_one_style(module: ModuleType, prefix: str) -> None:
    """Danish quotes here are »…« (as Danish newspapers print them), never the Norwegian «…» or English “…”."""
    _, _, da = _catalogs(module, prefix)
    wrong = {
        key
        for key, value in da.items()
        if set(value) & set("“”„") or "".join(re.findall("[«»]", value)) != "»«" * value.count("»")
    }
    assert wrong == set()


def test_the_norwegian_word_check_would_catch_the_norwegian_original() -> None:
    """The word list is meaningful only if most Norwegian sentences trip it (a list of shared words would not)."""
    sentences = [v for module, prefix in MODULES for v in _catalogs(module, prefix)[0].values() if v.count(" ") >= 5]
    caught = [v for v in sentences if _norwegian_words(v)]
    assert len(caught) >= 0.8 * len(sentences), f"only {len(caught)} of {len(sentences)}"


def test_allow_lists_name_real_keys() -> None:
    keys = {key for module, prefix in MODULES for key in _catalogs(module, prefix)[2]}
    assert set(SAME_AS_ENGLISH) <= keys
