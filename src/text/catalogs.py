"""The compiled gettext catalogs (src/text/locale/<lang>/LC_MESSAGES/messages.mo), read into key → text.

Note that the code asks for words by key (the msgctxt), and gettext's own lookup needs the msgid (the English)
and falls back to it silently when a translation is missing. So each .mo is read whole into a dict by context:
a missing key raises KeyError, and a plural entry comes back as a `Plural` with its forms named by CLDR category
(gettext's Plural-Forms index i is the i-th of the language's CLDR categories: src/text/plural.py).

The .mo files are built from the .po files by `make catalogs` (pybabel compile), never committed; a missing or
stale one stops the app with the command that fixes it, rather than showing yesterday's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from babel.messages.mofile import read_mo

from src.text.plural import Plural, categories

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
FIRST = ("nb", "en")  # the language switch's order; other languages follow alphabetically

Entry = str | Plural


class CatalogsNotBuilt(RuntimeError):
    """A .mo file is missing or older than its .po."""


def po_file(lang: str, root: Path = LOCALE_DIR) -> Path:
    return root / lang / "LC_MESSAGES" / "messages.po"


def languages(root: Path = LOCALE_DIR) -> tuple[str, ...]:
    """Every language with a .po file: nb and en first, then the rest alphabetically."""
    found = sorted(p.parent.parent.name for p in root.glob("*/LC_MESSAGES/messages.po"))
    return tuple(sorted(found, key=lambda lang: (FIRST.index(lang) if lang in FIRST else len(FIRST), lang)))


def load(lang: str, root: Path = LOCALE_DIR) -> dict[str, Entry]:
    """Key → text (or Plural) for `lang`, from its compiled catalog."""
    po = po_file(lang, root)
    mo = po.with_suffix(".mo")
    if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
        raise CatalogsNotBuilt(f"{mo} is missing or older than {po.name}: run `make catalogs`")
    with mo.open("rb") as f:
        catalog = read_mo(f)
    names = categories(lang)
    entries: dict[str, Entry] = {}
    for message in catalog:
        if not message.id or not message.context:
            continue
        if isinstance(message.string, (list, tuple)):
            if not all(message.string):  # a form left untranslated: missing, as an untranslated text is
                continue
            entries[message.context] = Plural(**dict(zip(names, message.string, strict=True)))
        elif message.string:
            entries[message.context] = str(message.string)
    return entries


def load_all(langs: Sequence[str] | None = None, root: Path = LOCALE_DIR) -> dict[str, dict[str, Entry]]:
    """The catalogs of `langs` in that order (default: every language with a .po file), by language code."""
    found = tuple(langs) if langs is not None else languages(root)
    if not found:
        raise CatalogsNotBuilt(f"no .po files in {root}")
    missing = [lang for lang in found if not po_file(lang, root).exists()]
    if missing:
        raise CatalogsNotBuilt(f"no catalog for {missing}: add src/text/locale/<lang>/LC_MESSAGES/messages.po")
    return {lang: load(lang, root) for lang in found}
