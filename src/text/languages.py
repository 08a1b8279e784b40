"""What differs between the app's languages, in one table: a fourth language is one row here plus one catalog.

Everything a renderer needs to know about a language besides its words lives in its `Language` row:
the Babel locale (numbers, dates, month and day names all come from CLDR through it), the name in the
language itself (for the switch), the spreadsheet dialect of its CSV files, the static edition's folder,
the Open Graph locale and the date picker's pattern. Code asks `language(code)` instead of comparing
`lang == "nb"`, so no renderer holds a per-language branch of its own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One language the app is written in, and how its readers write numbers, dates and files."""

    code: str  # the `?lang=` value and the catalog's key
    locale: str  # Babel/CLDR locale: numbers, dates, list joins, chart axes
    name: str  # the language's name in itself, for the language switch ("Dansk")
    html_lang: str  # `<html lang>` and `hreflang`
    og_locale: str  # Open Graph `og:locale`
    path_prefix: str  # the static edition's folder: "" at the root, "en/", "da/"
    csv_separator: str  # what the language's Excel expects: ";" where the decimal mark is a comma
    csv_decimal: str
    date_input_format: str  # Streamlit's date picker pattern (moment.js-like tokens)
    month_format: str  # Babel pattern for a date known to the month ("mars 2019")
    quotes: tuple[str, str]  # quotation marks around a name quoted in running text


NB = Language(
    code="nb", locale="nb_NO", name="Norsk", html_lang="nb", og_locale="nb_NO", path_prefix="",
    csv_separator=";", csv_decimal=",", date_input_format="DD.MM.YYYY", month_format="MMMM y", quotes=("«", "»"),
)  # fmt: skip
EN = Language(
    code="en", locale="en_GB", name="English", html_lang="en", og_locale="en_GB", path_prefix="en/",
    csv_separator=",", csv_decimal=".", date_input_format="DD/MM/YYYY", month_format="MMMM y", quotes=("“", "”"),
)  # fmt: skip
DA = Language(
    code="da", locale="da_DK", name="Dansk", html_lang="da", og_locale="da_DK", path_prefix="da/",
    csv_separator=";", csv_decimal=",", date_input_format="DD.MM.YYYY", month_format="MMMM y", quotes=("»", "«"),
)  # fmt: skip

TABLE: dict[str, Language] = {row.code: row for row in (NB, EN, DA)}
DEFAULT_LANG = NB.code
LANGUAGES: tuple[str, ...] = tuple(TABLE)
MACHINE_CSV = (",", ".")  # CSV for programs (no language): the RFC 4180 comma and a decimal point


def language(code: str | None) -> Language:
    """The row for `code`; an unknown or missing code gets the default language (Norwegian)."""
    return TABLE.get(code or "", TABLE[DEFAULT_LANG])


def language_names() -> dict[str, str]:
    """Each language's name in itself, for the switch: {"nb": "Norsk", "en": "English", "da": "Dansk"}."""
    return {row.code: row.name for row in TABLE.values()}
