"""Plural entries in the catalogs, chosen by CLDR plural rules (Babel), never by `n == 1`.

Note that languages differ in how many forms a count needs (Norwegian, English and Danish two, Polish four,
Arabic six) and in which numbers take which form; Babel's CLDR data knows, so the catalogs name the forms by
their CLDR categories (`one`, `other`, …) and the same order is what gettext's `Plural-Forms` index means.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from babel import Locale
from babel.plural import to_gettext

# CLDR's order of categories: gettext's plural index i is the i-th category of this order that a language uses.
CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@dataclass(frozen=True)
class Plural:
    """One sentence in every plural form a language needs, e.g. Plural(one="{count} merke", other="{count} merker")."""

    other: str
    one: str | None = None
    zero: str | None = None
    two: str | None = None
    few: str | None = None
    many: str | None = None

    def forms(self) -> dict[str, str]:
        """The forms given, by CLDR category, in CLDR order."""
        given = {f.name: getattr(self, f.name) for f in fields(self)}
        return {category: given[category] for category in CATEGORIES if given[category] is not None}

    def form(self, category: str) -> str:
        """The form for a CLDR category; a missing form raises KeyError (a translation is missing)."""
        return self.forms()[category]


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def category(n: float, lang: str) -> str:
    """The CLDR plural category of `n` in `lang` ('one', 'other', …)."""
    return str(_locale(lang).plural_form(n))


def categories(lang: str) -> tuple[str, ...]:
    """Every category `lang` uses, in gettext's index order (always ending in 'other')."""
    used = _locale(lang).plural_form.tags | {"other"}
    return tuple(c for c in CATEGORIES if c in used)


def plural_forms_header(lang: str) -> str:
    """The .po `Plural-Forms` header for `lang`, from CLDR: 'nplurals=2; plural=(((n == 1)) ? 0 : 1);'."""
    return to_gettext(_locale(lang).plural_form)
