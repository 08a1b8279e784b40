"""The Danish catalogs of six text modules (files, org, register, registry, site, story) against the Norwegian.

Norwegian bokmål is the original, so Danish must have exactly its keys, in its order, with the same
placeholders per key (a missing `{count}` would silently drop a number; an extra one raises at run time).

Two checks are about the words themselves, because a translation can pass every key test and still be wrong:

- A value identical to the English one is usually an untranslated string. Some are the same word in Danish
  ("Status", "Region", "Metadata (JSON)"); those are listed in `SAME_AS_EN` with the reason, and the list fails
  when an entry is no longer identical (so it cannot go stale). Values that are nothing but placeholders and
  punctuation ("{name} ({country})") are the same in every language and are not listed.
- Bokmål and Danish share most of their words ("og", "ikke", "hvis", "gyldig", "fornyelse"), so a word list of
  Norwegian in general would be useless. `NB_ONLY_WORDS` and `NB_ONLY_PARTS` hold only spellings that Danish never
  uses: "merke" (da "mærke"), "gull" (da "guld"), "bronse" (da "bronze"), "enn" (da "end"), "av" (da "af"),
  "etter" (da "efter"), "-sjon" (da "-tion"), "nivå" (da "niveau"), "poeng" (da "point"), "utløp" (da "udløb"),
  "øy" (da "øj", as in "nøyaktig"/"nøjagtig")… Two tests keep the list honest: every marker occurs in the
  Norwegian catalogs (each is a real difference between the two texts, not a guess), and run on the Norwegian
  itself the check flags at least 90 % of the sentences (so passing on the Danish means something).

Quotation marks: the Norwegian text uses «…»; the Danish uses »…« (the traditional Danish form in print, pointing
in), and never English “…”. The test checks that every Danish value quotes with »…« in pairs.
"""

from __future__ import annotations

import importlib
import re
import string
from collections import Counter

import pytest

MODULES = {
    "i18n_files": "FILES",
    "i18n_org": "ORG",
    "i18n_register": "REGISTER",
    "i18n_registry": "REGISTRY",
    "i18n_site": "SITE",
    "i18n_story": "STORY",
}

SAME_AS_EN = {
    "files.col.status": "'Status' is the Danish word too",
    "radar.col.status": "'Status' is the Danish word too",
    "radar.chart.legend": "'Status' is the Danish word too",
    "files.col.organisation": "'Organisation' is the Danish word too",
    "radar.col.organisation": "'Organisation' is the Danish word too",
    "nav.organisation": "'Organisation' is the Danish word too",
    "org.region": "'Region' is the Danish word too",
    "europe.series.bronze": "'Bronze' is the Danish spelling too",
    "country.short.NO": "the initial of Norge, as of Norway",
    "country.short.DK": "the initial of Danmark, as of Denmark",
    "files.dictionary.table": "a file's path, the same in every language",
    "files.download.metadata": "'Metadata' is the Danish word too, JSON is a format's name",
}

NB_ONLY_WORDS = ("enn", "av", "etter", "uten", "hva", "ble", "noe", "ut", "opp", "mer", "tall", "fikk", "hadde",
                 "gjelder", "slik", "sett", "les", "ulike", "kildene")  # fmt: skip
NB_ONLY_PARTS = ("merke", "gull", "bronse", "sjon", "nivå", "poeng", "utløp", "oppfør", "oppgi", "mellom", "øy",
                 "utgave", "ressurs", "tittel", "artikkel", "spørsmål", "avslutt", "pressepakk")  # fmt: skip

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_NB_ONLY = re.compile(
    r"\b(?:" + "|".join(NB_ONLY_WORDS) + r")\b|" + "|".join(NB_ONLY_PARTS), flags=re.IGNORECASE | re.UNICODE
)


def _catalogs(module: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The module's NB, EN and DA dicts."""
    mod = importlib.import_module(f"src.text.{module}")
    prefix = MODULES[module]
    return getattr(mod, f"{prefix}_NB"), getattr(mod, f"{prefix}_EN"), getattr(mod, f"{prefix}_DA")


def _fields(text: str) -> Counter[str]:
    """Placeholder names and how often each occurs."""
    return Counter(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def _prose(text: str) -> str:
    """The text without its placeholders (their names are code, not words)."""
    return _PLACEHOLDER.sub(" ", text)


@pytest.mark.parametrize("module", MODULES)
def test_danish_has_the_norwegian_keys_in_order(module: str) -> None:
    nb, _, da = _catalogs(module)
    assert list(da) == list(nb)


@pytest.mark.parametrize("module", MODULES)
def test_danish_has_the_same_placeholders(module: str) -> None:
    nb, _, da = _catalogs(module)
    wrong = {
        key: (dict(_fields(nb[key])), dict(_fields(da[key]))) for key in nb if _fields(nb[key]) != _fields(da[key])
    }
    assert not wrong


@pytest.mark.parametrize("module", MODULES)
def test_danish_is_not_english_left_untranslated(module: str) -> None:
    _, en, da = _catalogs(module)
    same = {key for key in en if da[key] == en[key] and re.search(r"[^\W\d_]", _prose(da[key]))}
    assert same - set(SAME_AS_EN) == set()


def test_the_same_as_english_list_is_current() -> None:
    english = {}
    danish = {}
    for module in MODULES:
        _, en, da = _catalogs(module)
        english.update(en)
        danish.update(da)
    assert {key for key in SAME_AS_EN if danish.get(key) != english.get(key)} == set()


@pytest.mark.parametrize("module", MODULES)
def test_no_norwegian_spelling_left(module: str) -> None:
    _, _, da = _catalogs(module)
    left = {key: _NB_ONLY.findall(_prose(value)) for key, value in da.items() if _NB_ONLY.search(_prose(value))}
    assert not left


def test_every_norwegian_marker_occurs_in_the_norwegian_text() -> None:
    norwegian = " ".join(_prose(value) for module in MODULES for value in _catalogs(module)[0].values()).lower()
    missing = [w for w in NB_ONLY_WORDS if not re.search(rf"\b{w}\b", norwegian)]
    missing += [p for p in NB_ONLY_PARTS if p not in norwegian]
    assert not missing


def test_the_word_check_would_catch_the_norwegian_text() -> None:
    """Run on the Norwegian itself, the check must flag nearly every sentence, or it proves little about the Danish."""
    sentences = [p for m in MODULES for v in _catalogs(m)[0].values() if len((p := _prose(v)).split()) >= 8]
    flagged = [p for p in sentences if _NB_ONLY.search(p)]
    assert len(flagged) >= 0.9 * len(sentences)


@pytest.mark.parametrize("module", MODULES)
def test_danish_quotes_with_guillemets_pointing_in(module: str) -> None:
    _, _, da = _catalogs(module)
    wrong = {
        key: value
        for key, value in da.items()
        if re.sub(r"[^«»“”„\"]", "", value) not in ("", "»«" * (value.count("»")))
    }
    assert not wrong
