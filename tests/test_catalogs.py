"""What a translator needs to hear: every entry translated, placeholders and plural forms right, the .pot current.

The first tests read `CATALOGS` (src/text/i18n.py), which holds the same entries before the move to gettext
(the Python dicts) and after it (the compiled .po files), so they hold in both. Tests marked "gettext files"
read the .po/.pot files themselves and are skipped while the catalogs are still Python dicts.

For a translator: `pytest tests/test_catalogs.py -q` names each missing entry, wrong placeholder, missing
plural form and fuzzy entry with its language and key (msgctxt).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from babel.messages.pofile import read_po

from src.facts.paths import PROJECT_ROOT
from src.text import catalogs, dynamic_keys
from src.text.i18n import CATALOGS, t, tn
from src.text.plural import Plural, categories, category, plural_forms_header

SOURCE = "en"  # the source language: msgid is the English text
PLACEHOLDER = re.compile(r"\{(\w*)")
POT = catalogs.LOCALE_DIR / "messages.pot"
gettext_files = pytest.mark.skipif(not POT.exists(), reason="the catalogs are still Python dicts")


def _forms(entry: str | Plural) -> list[str]:
    return list(entry.forms().values()) if isinstance(entry, Plural) else [entry]


def _placeholders(entry: str | Plural) -> list[set[str]]:
    return [set(PLACEHOLDER.findall(form)) for form in _forms(entry)]


# --- Every language against the source (dicts or .po) ---------------------------------------------------


@pytest.mark.parametrize("lang", list(CATALOGS))
def test_every_entry_is_translated(lang: str) -> None:
    missing = sorted(set(CATALOGS[SOURCE]) - set(CATALOGS[lang]))
    extra = sorted(set(CATALOGS[lang]) - set(CATALOGS[SOURCE]))
    empty = sorted(key for key, entry in CATALOGS[lang].items() if not all(f.strip() for f in _forms(entry)))
    assert not missing, f"{lang}: not translated: {missing}"
    assert not extra, f"{lang}: not in the source language: {extra}"
    assert not empty, f"{lang}: empty: {empty}"


@pytest.mark.parametrize("lang", list(CATALOGS))
def test_placeholders_match_the_source(lang: str) -> None:
    """Each form uses only the source's placeholders, and together the forms use all of them.

    Note that a form may leave out `{count}` ('one match' for 1): the word can say the number.
    """
    wrong = []
    for key, source in CATALOGS[SOURCE].items():
        if key not in CATALOGS[lang]:
            continue
        allowed = set().union(*_placeholders(source))
        found = _placeholders(CATALOGS[lang][key])
        if any(names - allowed for names in found) or allowed - {"count"} - set().union(*found):
            wrong.append(f"{key}: {sorted(allowed)} in the source, {[sorted(f) for f in found]} here")
    assert not wrong, f"{lang}: " + "; ".join(wrong)


@pytest.mark.parametrize("lang", list(CATALOGS))
def test_plural_entries_have_the_forms_the_language_needs(lang: str) -> None:
    """A plural entry gives each CLDR category the language uses (nb/en/da: one, other) and no other."""
    wrong = []
    for key, source in CATALOGS[SOURCE].items():
        entry = CATALOGS[lang].get(key)
        if entry is None:
            continue
        if isinstance(source, Plural) != isinstance(entry, Plural):
            wrong.append(f"{key}: plural in one language, not in the other")
        elif isinstance(entry, Plural) and tuple(entry.forms()) != categories(lang):
            wrong.append(f"{key}: forms {tuple(entry.forms())}, the language needs {categories(lang)}")
    assert not wrong, f"{lang}: " + "; ".join(wrong)


# --- Plural choice by CLDR rules -------------------------------------------------------------------------


def test_a_count_of_one_takes_the_singular() -> None:
    assert tn("radar.window", 1, "nb") == "Utløper innen 1 måned"
    assert tn("radar.window", 6, "nb") == "Utløper innen 6 måneder"
    assert tn("captions.per_year.peak", 1, "en", years="2019") == "Most in 2019 (1 label in the selection)."
    assert tn("org.counts", 1, "nb", events=tn("count.label_events", 1, "nb")) == "1 oppføring om 1 merkehendelse"


def test_counts_are_written_in_the_readers_language() -> None:
    assert tn("site.records_all", 1234, "nb") == "Alle 1\u00a0234 offentlige merkeoppføringer, hver med kilde."
    assert tn("site.records_all", 1234, "en") == "All 1,234 public label records, each with its source."


def test_plural_categories_come_from_cldr_not_from_n_equals_one() -> None:
    assert category(1, "en") == "one" and category(0, "en") == "other" and category(1.5, "en") == "other"
    assert category(22, "pl") == "few" and category(25, "pl") == "many"  # what `n == 1` cannot say
    assert categories("pl") == ("one", "few", "many", "other") and categories("ja") == ("other",)
    assert plural_forms_header("nb") == "nplurals=2; plural=(((n == 1)) ? 0 : 1);"


def test_wrong_calls_fail_loudly() -> None:
    with pytest.raises(KeyError):
        t("no.such.key")
    with pytest.raises(KeyError):
        tn("no.such.key", 2)
    with pytest.raises(TypeError):
        t("radar.window", "nb")  # a count sentence needs its count
    with pytest.raises(TypeError):
        tn("app.name", 2)


# --- What the code asks for ------------------------------------------------------------------------------


def _extract(output: Path) -> dict[str, tuple[object, list[str], list[str]]]:
    command = [sys.executable, "-m", "babel.messages.frontend", "extract", *_extract_options(), "-o", str(output), "."]
    subprocess.run(command, cwd=PROJECT_ROOT, check=True, capture_output=True)
    return _entries(output)


def _extract_options() -> tuple[str, ...]:
    sys.path.insert(0, str(PROJECT_ROOT / "tools"))
    from migrate_catalogs import EXTRACT_OPTIONS

    return EXTRACT_OPTIONS


def _entries(path: Path) -> dict[str, tuple[object, list[str], list[str]]]:
    with path.open("rb") as f:
        catalog = read_po(f)
    return {
        str(m.context): (m.id, sorted({file for file, _ in m.locations}), list(m.auto_comments))
        for m in catalog
        if m.id
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[object, list[str], list[str]]]:
    return _extract(tmp_path_factory.mktemp("pot") / "messages.pot")


def test_extraction_finds_exactly_the_catalogs_keys(extracted: dict[str, tuple[object, list[str], list[str]]]) -> None:
    """No key the code asks for is missing from the catalogs, and no entry is one the code never asks for."""
    unused = sorted(set(CATALOGS[SOURCE]) - set(extracted))
    missing = sorted(set(extracted) - set(CATALOGS[SOURCE]))
    assert not unused, f"in the catalogs, never asked for: {unused}"
    assert not missing, f"asked for, not in the catalogs: {missing}"


def test_every_key_listed_for_extraction_is_still_made_in_the_code() -> None:
    """src/text/dynamic_keys.py lists keys the code builds; each must still be a literal or a built prefix."""
    literals: set[str] = set()
    prefixes: set[str] = set()
    files = [PROJECT_ROOT / "app.py", *PROJECT_ROOT.glob("app_pages/*.py"), *PROJECT_ROOT.glob("src/**/*.py")]
    for path in files:
        if path.parent.name == "text":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
                if re.fullmatch(r"[a-z_]+(\.[a-z_]+)*", node.value):  # a code prefix: codes="radar.status"
                    prefixes.add(node.value + ".")
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(str(node.values[0].value))
    stale = [
        key
        for key in dynamic_keys.KEYS
        if key not in literals and not any(key.startswith(p) for p in prefixes if p.endswith(".") or "." in p)
    ]
    assert not stale, f"listed in src/text/dynamic_keys.py, made nowhere: {stale}"


@gettext_files
def test_the_committed_pot_is_what_extraction_gives(
    extracted: dict[str, tuple[object, list[str], list[str]]],
) -> None:
    """Run `make pot` when this fails: the code asks for other keys than the .pot lists (or in other files)."""
    assert _entries(POT) == extracted


# --- The gettext files themselves ------------------------------------------------------------------------


@gettext_files
@pytest.mark.parametrize("lang", catalogs.languages())
def test_po_files_have_no_fuzzy_entries_and_cldr_plural_forms(lang: str) -> None:
    with catalogs.po_file(lang).open("rb") as f:
        catalog = read_po(f)
    assert catalog.num_plurals == len(categories(lang)), f"{lang}: Plural-Forms should be {plural_forms_header(lang)}"
    fuzzy = sorted(str(m.context) for m in catalog if m.id and m.fuzzy)
    assert not fuzzy, f"{lang}: fuzzy (check the translation, then remove the 'fuzzy' flag): {fuzzy}"
    short = sorted(str(m.context) for m in catalog if m.pluralizable and len(m.string) != len(categories(lang)))
    assert not short, f"{lang}: plural entries without {len(categories(lang))} forms: {short}"


@gettext_files
@pytest.mark.parametrize("lang", catalogs.languages())
def test_po_files_cover_the_pot(lang: str) -> None:
    pot = set(_entries(POT))
    with catalogs.po_file(lang).open("rb") as f:
        po = {str(m.context) for m in read_po(f) if m.id}
    assert pot == po, f"{lang}: run `make update` (missing: {sorted(pot - po)}, obsolete: {sorted(po - pot)})"


# --- Numbers enter a sentence already written for the language -------------------------------------------

YEAR_PLACEHOLDERS = {"year", "first", "last", "start", "peak_year", "article_year", "renewal_as_of", "row"}


class _Sentinel(str):
    """A catalog text that records every raw number given to it (years and file row numbers are names, not counts)."""

    key = ""
    raw: ClassVar[set[tuple[str, str]]] = set()

    @classmethod
    def of(cls, key: str, text: str) -> _Sentinel:
        sentinel = cls(text)
        sentinel.key = key
        return sentinel

    def format(self, *args: object, **values: object) -> str:
        for name, value in values.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool) and name not in YEAR_PLACEHOLDERS:
                _Sentinel.raw.add((self.key, name))
        return str.format(self, *args, **values)


def _sentinel(key: str, entry: str | Plural) -> str | Plural:
    if isinstance(entry, Plural):
        return Plural(**{category: _Sentinel.of(key, form) for category, form in entry.forms().items()})
    return _Sentinel.of(key, entry)


def test_numbers_reach_sentences_formatted_by_babel(monkeypatch: pytest.MonkeyPatch) -> None:
    """A raw 1234 would read '1234' where Norwegian writes '1 234' and English '1,234': every count is formatted.

    Every text is swapped for one that notes a raw int or float; then every chart, slide, radar, follow-up note,
    coverage note and a few organisation pages are built in every language (fresh tables: nothing cached).
    """
    from src.facts.data import load_tables
    from src.views import org_views, register, registry, renewal
    from src.views.story import slides

    for lang in list(CATALOGS):
        monkeypatch.setitem(CATALOGS, lang, {key: _sentinel(key, entry) for key, entry in CATALOGS[lang].items()})
    _Sentinel.raw.clear()
    tables, day = load_tables(), date(2024, 6, 1)
    for lang in CATALOGS:
        for chart in registry.CHARTS:
            registry.build(chart.chart_id, tables, dict(chart.example), lang, day)
        for number in range(1, slides.SLIDE_COUNT + 1):
            slides.build_slide(tables, number, lang)
        renewal.radar_tables(tables, day, 6, lang)
        renewal.computed_follow_up(tables, lang, day)
        register.coverage_text(register.coverage(tables), lang)
        for org_id in list(tables.organisations["org_id"])[:8]:
            org_views.org_profile(tables, org_id, lang)
            org_views.status_on(tables, org_id, day, lang)
            org_views.timeline_view(tables, org_id, day, lang)
            org_views.scores_view(tables, org_id, lang)
    assert not _Sentinel.raw, f"raw numbers (format them with src.text.formatting): {sorted(_Sentinel.raw)}"
