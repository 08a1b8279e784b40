"""Every piece of text a reader sees, by key. Norwegian (bokmål) is the default language.

Note that pages never hold prose: they ask `t("key", lang, **values)` or, for a sentence with a count,
`tn("key", n, lang, **values)`. The words are gettext catalogs (src/text/locale/<lang>/LC_MESSAGES/messages.po,
msgctxt = the key), compiled by `make catalogs` and read by src/text/catalogs.py; a missing key raises KeyError.
"""

from __future__ import annotations

from src.text import catalogs
from src.text.formatting import number
from src.text.languages import DEFAULT_LANG, LANGUAGES, language_names
from src.text.plural import Plural, category

Entry = str | Plural  # a sentence, or a sentence in every plural form (src/text/plural.py)

CATALOGS: dict[str, dict[str, str | Plural]] = catalogs.load_all(LANGUAGES)  # run `make catalogs`
if tuple(CATALOGS) != LANGUAGES:  # a language is one row in `languages.TABLE` and one catalog here
    raise RuntimeError(f"catalogs {tuple(CATALOGS)} do not match the language table {LANGUAGES}")
LANGUAGE_NAMES = language_names()  # each in its own language, for the switch


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from `values`.

    Note that a missing key raises KeyError instead of showing the raw key to a reader, as does a placeholder
    left without a value (a sentence never reaches a reader with `{version}` in it), and a plural entry raises
    TypeError: a count sentence needs `tn`, which knows the count.
    """
    entry = CATALOGS.get(lang, CATALOGS[DEFAULT_LANG])[key]
    if isinstance(entry, Plural):
        raise TypeError(f"{key} has plural forms: call tn({key!r}, n, ...)")
    return entry.format(**values)


def tn(key: str, n: float, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The form of plural entry `key` that CLDR's rules choose for the count `n` in `lang`, filled from `values`.

    `{count}` is `n` written in the reader's language (formatting.number) unless `values` gives it. Note that a
    missing key, or a missing form of a key, raises KeyError, as `t` does.
    """
    entry = CATALOGS.get(lang, CATALOGS[DEFAULT_LANG])[key]
    if not isinstance(entry, Plural):
        raise TypeError(f"{key} has no plural forms: call t({key!r}, ...)")
    return entry.form(category(n, lang)).format(**{"count": number(n, lang), **values})
