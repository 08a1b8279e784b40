"""Babel extraction methods for the app's catalog keys (used by `pybabel extract` through babel.cfg).

The code asks for words by key: `t("org.counts", lang)`, `tn("radar.window", months, lang)`, and `N_("key")` marks
a key that is stored or built elsewhere (src/text/dynamic_keys.py lists those). Every key becomes one entry:

- msgctxt = the key (what the code asks for; unique, so two keys with the same English stay two entries);
- msgid = its English text (English is the source language translators read), msgid_plural = the English
  `other` form for a plural entry (`one` is the msgid);
- `#.` comments = the key's note in src/text/translator_notes.py, where a string is ambiguous.

Note that the code holds keys, not English, so the English comes from the English catalog:
src/text/locale/en/LC_MESSAGES/messages.po once the catalogs are gettext files (a new key's English is written
there first), the Python dicts (src/text/i18n*.py) before that. A key without English stops extraction.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import IO, Any

from src.text.translator_notes import note

ROOT = Path(__file__).resolve().parent.parent
EN_PO = ROOT / "src/text/locale/en/LC_MESSAGES/messages.po"
KEY_FUNCTIONS = ("t", "tn", "N_")  # t(key, …), tn(key, n, …), N_(key)
TEMPLATE_CALL = re.compile(r"""\bt\(\s*["']([a-z_]+(?:\.[A-Za-z0-9_]+)+)["']""")

Extracted = tuple[int, str, list[str], list[str]]  # (line, babel keyword, messages, comments)


@cache
def english() -> dict[str, str | tuple[str, str]]:
    """Every key's English: a text, or (one, other) for a plural entry."""
    if EN_PO.exists():
        from babel.messages.pofile import read_po

        with EN_PO.open("rb") as f:
            catalog = read_po(f)
        return {str(m.context): _text(m.string) for m in catalog if m.id and m.context}
    from src.text.i18n import CATALOGS
    from src.text.plural import Plural

    return {
        key: (value.forms().get("one", value.other), value.other) if isinstance(value, Plural) else value
        for key, value in CATALOGS["en"].items()
    }


def _text(string: object) -> str | tuple[str, str]:
    """A .po msgstr as `english` gives it: the text, or (one, other) from a plural entry's forms."""
    if isinstance(string, (list, tuple)):
        return str(string[0]), str(string[-1])
    return str(string)


def keys_in_python(source: str) -> Iterator[tuple[int, str]]:
    """(line, key) for each literal key given to t/tn/N_ (both keys of `t("a" if x else "b")`)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) in KEY_FUNCTIONS and node.args:
            for key in _literals(node.args[0]):
                yield node.lineno, key


def keys_in_template(source: str) -> Iterator[tuple[int, str]]:
    """(line, key) for each `t("key", …)` in a Jinja template."""
    for number, line in enumerate(source.splitlines(), 1):
        for match in TEMPLATE_CALL.finditer(line):
            yield number, match.group(1)


def extract_python(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any) -> Iterator[Extracted]:
    """Babel extraction method for Python files."""
    yield from _entries(keys_in_python(fileobj.read().decode("utf-8")), getattr(fileobj, "name", "?"))


def extract_templates(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any) -> Iterator[Extracted]:
    """Babel extraction method for the static edition's Jinja templates."""
    yield from _entries(keys_in_template(fileobj.read().decode("utf-8")), getattr(fileobj, "name", "?"))


def _entries(found: Iterator[tuple[int, str]], where: str) -> Iterator[Extracted]:
    texts = english()
    for line, key in found:
        if key not in texts:
            raise KeyError(f"{where}:{line}: key {key!r} has no English text (add it to the English catalog)")
        comment = note(key)
        comments = [comment] if comment else []
        text = texts[key]
        if isinstance(text, tuple):
            yield line, "npgettext", [key, text[0], text[1]], comments
        else:
            yield line, "pgettext", [key, text], comments


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _literals(arg: ast.expr) -> list[str]:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.IfExp):
        return _literals(arg.body) + _literals(arg.orelse)
    return []
