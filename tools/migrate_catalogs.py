"""Write the gettext catalogs from the Python dicts: src/text/locale/messages.pot and one .po per language.

Run from the project root:

    python tools/migrate_catalogs.py            # check: exit 1 if a written file would change
    python tools/migrate_catalogs.py --write    # write en.po, extract the .pot, write every language's .po

Steps (each idempotent; the same dicts give byte-identical files):
1. English is the source language: en.po gets every key of the English dict as msgctxt, its text as msgid
   (`one` as msgid and `other` as msgid_plural for a plural entry) and as msgstr.
2. `pybabel extract` (babel.cfg, tools/extract_keys.py) writes the .pot from what the code asks for, the English
   from step 1 and the notes of src/text/translator_notes.py.
3. Every language in `src.text.i18n.CATALOGS` (nb, en, da, … any number) gets a .po from the .pot: its own
   texts as msgstr, plural forms in CLDR order with `Plural-Forms` from Babel's CLDR data. An English key that
   extraction does not see stops the tool (list it in src/text/dynamic_keys.py); a key only another language
   still has is reported and left out; a key missing in a language is written untranslated (msgstr "") so
   that tests/test_catalogs.py names it.

The conversion (the last step of moving from dicts to gettext; see tools/README.md):

    python tools/migrate_catalogs.py --write && python tools/migrate_catalogs.py --convert
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from src.text.plural import Plural, categories, plural_forms_header  # noqa: E402

LOCALE_DIR = ROOT / "src/text/locale"
POT = LOCALE_DIR / "messages.pot"
PROJECT = "Klyngekvalitet"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)  # header dates fixed, so a re-run changes nothing
EXTRACT_OPTIONS = ("-F", "babel.cfg", "--add-location=file", "--sort-output", "--no-wrap", f"--project={PROJECT}")


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"


def extract_command(output: Path) -> list[str]:
    """`pybabel extract` as the Makefile, this tool and the tests run it (from the project root)."""
    return [sys.executable, "-m", "babel.messages.frontend", "extract", *EXTRACT_OPTIONS, "-o", str(output), "."]


def extract(output: Path) -> Catalog:
    """Run extraction into `output` and return the template, with its header date fixed."""
    subprocess.run(extract_command(output), cwd=ROOT, check=True, capture_output=True)
    with output.open("rb") as f:
        template = read_po(f)
    template.creation_date = FIXED_DATE
    output.write_bytes(render(template))
    return template


def render(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=0, sort_output=True, include_lineno=False)
    return out.getvalue()


def language_catalog(lang: str, texts: Mapping[str, str | Plural], template: Catalog) -> Catalog:
    """A .po for `lang` from the template: its texts by msgctxt, Plural-Forms from CLDR."""
    catalog = Catalog(
        locale=lang, project=PROJECT, creation_date=FIXED_DATE, revision_date=FIXED_DATE, fuzzy=False
    )  # a fuzzy header would make `pybabel compile` skip the whole file
    catalog.mime_headers = [*catalog.mime_headers, ("Plural-Forms", plural_forms_header(lang))]
    catalog.language_team = f"{lang} <>"
    catalog.last_translator = "Klyngekvalitet"
    for message in template:
        if not message.id:
            continue
        text = texts.get(str(message.context))
        catalog.add(
            message.id,
            string=_msgstr(lang, text, message.pluralizable),
            locations=message.locations,
            auto_comments=message.auto_comments,
            context=message.context,
        )
    return catalog


def _msgstr(lang: str, text: str | Plural | None, plural: bool) -> str | tuple[str, ...]:
    if not plural:
        return text if isinstance(text, str) else ""
    if not isinstance(text, Plural):
        return tuple("" for _ in categories(lang))
    forms = text.forms()
    return tuple(forms.get(category, "") for category in categories(lang))


def english_catalog(texts: Mapping[str, str | Plural]) -> Catalog:
    """en.po written straight from the English dict: the source the extraction reads its msgids from."""
    catalog = Catalog(locale="en", project=PROJECT, creation_date=FIXED_DATE, revision_date=FIXED_DATE)
    catalog.mime_headers = [*catalog.mime_headers, ("Plural-Forms", plural_forms_header("en"))]
    for key, text in texts.items():
        if isinstance(text, Plural):
            one, other = text.forms().get("one", text.other), text.other
            catalog.add((one, other), string=(one, other), context=key)
        else:
            catalog.add(text, string=text, context=key)
    return catalog


def build(dicts: Mapping[str, Mapping[str, str | Plural]]) -> dict[Path, bytes]:
    """Every file's bytes: en.po (written first: extraction reads it), the .pot, each language's .po."""
    english = po_path("en")
    english.parent.mkdir(parents=True, exist_ok=True)
    previous = english.read_bytes() if english.exists() else None
    english.write_bytes(render(english_catalog(dicts["en"])))
    try:
        template = extract(POT)
    finally:
        if previous is None:
            english.unlink()
        else:
            english.write_bytes(previous)
    contexts = {str(m.context) for m in template if m.id}
    unseen = sorted(set(dicts["en"]) - contexts)
    if unseen:  # most likely built at run time (t(f"chrome.{key}")): dropping them would break the page
        raise SystemExit(
            f"extraction does not see {len(unseen)} keys of the English catalog: {', '.join(unseen)}. "
            "List each key the code builds in src/text/dynamic_keys.py (N_), delete the ones nothing uses, rerun."
        )
    for lang, texts in dicts.items():
        unused = sorted(set(texts) - contexts)
        if unused:
            print(f"{lang}: {len(unused)} keys no longer in the source language, left out: {', '.join(unused)}")
    files = {POT: POT.read_bytes()}
    files |= {po_path(lang): render(language_catalog(lang, texts, template)) for lang, texts in dicts.items()}
    return files


I18N = ROOT / "src/text/i18n.py"
RUNTIME_DOC = '''"""Every piece of text a reader sees, by key. Norwegian (bokmål) is the default language.

Note that pages never hold prose: they ask `t("key", lang, **values)` or, for a sentence with a count,
`tn("key", n, lang, **values)`. The words are gettext catalogs (src/text/locale/<lang>/LC_MESSAGES/messages.po,
msgctxt = the key), compiled by `make catalogs` and read by src/text/catalogs.py; a missing key raises KeyError.
"""'''


def convert() -> list[Path]:
    """Switch the runtime to the compiled catalogs: i18n.py keeps t/tn, loses the dicts; dict modules go.

    Returns the dict modules to delete. Refuses (SystemExit) when the .po files are missing or a module to
    delete holds anything but dicts.
    """
    if not POT.exists() or not po_path("en").exists():
        raise SystemExit("no catalogs yet: run `python tools/migrate_catalogs.py --write` first")
    source = I18N.read_text(encoding="utf-8")
    tree = ast.parse(source)
    catalogs = next(n for n in tree.body if _assigns(n) == "CATALOGS")
    assert isinstance(catalogs, (ast.Assign, ast.AnnAssign)) and isinstance(catalogs.value, ast.Dict)
    parts = {
        v.id
        for lang in catalogs.value.values
        if isinstance(lang, ast.Dict)
        for v in lang.values
        if isinstance(v, ast.Name)
    }
    drop: list[tuple[int, int]] = []
    modules: list[Path] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("src.text.i18n_"):
            drop.append((node.lineno, node.end_lineno or node.lineno))
            modules.append(ROOT / (str(node.module).replace(".", "/") + ".py"))
        elif _assigns(node) in parts:
            drop.append((node.lineno, node.end_lineno or node.lineno))
        elif isinstance(node, ast.Expr) and node is tree.body[0]:
            drop.append((node.lineno, node.end_lineno or node.lineno))  # the docstring, rewritten below
    # CATALOGS is loaded where it was built, from the language table when the module has one (LANGUAGES bound
    # before it: an import or an assignment), else from the .po files found (nb, en, then alphabetical).
    table = any("LANGUAGES" in _bound(node) for node in tree.body[: tree.body.index(catalogs)])
    loader = "catalogs.load_all(LANGUAGES)" if table else "catalogs.load_all()"
    lines = source.splitlines(keepends=True)
    replaced = {catalogs.lineno: f"CATALOGS: dict[str, dict[str, str | Plural]] = {loader}  # run `make catalogs`\n"}
    for start, end in sorted([*drop, (catalogs.lineno, catalogs.end_lineno or catalogs.lineno)], reverse=True):
        lines[start - 1 : end] = [replaced.get(start, "")]
    text = RUNTIME_DOC + "".join(lines).replace(
        "from __future__ import annotations\n",
        "from __future__ import annotations\n\nfrom src.text import catalogs\n",
        1,
    )
    I18N.write_text(re.sub(r"\n{3,}", "\n\n\n", text), encoding="utf-8")
    modules += [p for p in (ROOT / "src/text").glob("i18n_*.py") if p not in modules]  # e.g. i18n_plural_da.py
    for module in modules:
        _only_dicts(module)
    return modules


def _assigns(node: ast.stmt) -> str | None:
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    return None


def _bound(node: ast.stmt) -> set[str]:
    """Names a top-level statement binds (imports and assignments)."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return {alias.asname or alias.name for alias in node.names}
    name = _assigns(node)
    return {name} if name else set()


def _only_dicts(module: Path) -> None:
    """A dict module holds a docstring, imports and assignments of words, nothing else (so deleting loses no code)."""
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Expr, ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign)):
            continue
        raise SystemExit(f"{module} holds more than dicts (line {node.lineno}): move that code first")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the files (else only check them)")
    parser.add_argument("--convert", action="store_true", help="switch the runtime to the .po files, git rm the dicts")
    args = parser.parse_args()
    if args.convert:
        modules = convert()
        for module in modules:
            module.unlink()
        generated = [POT, *LOCALE_DIR.glob("*/LC_MESSAGES/*.po")]
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", "--fix", "--quiet", str(I18N)], cwd=ROOT, check=True)
        subprocess.run([*ruff, "format", "--quiet", str(I18N)], cwd=ROOT, check=True)
        git = ["git", "-C", str(ROOT)]
        subprocess.run([*git, "rm", "--quiet", "--cached", "--ignore-unmatch", *map(str, modules)], check=True)
        subprocess.run([*git, "add", *map(str, generated), str(I18N)], check=True)
        print(f"converted: {I18N.relative_to(ROOT)} reads the compiled catalogs; removed {len(modules)} dict modules")
        print("next: make catalogs, then the tests")
        return 0
    from src.text.i18n import CATALOGS  # the dicts (before the conversion; the compiled catalogs after it)

    pot_before = POT.read_bytes() if POT.exists() else None
    fresh = not LOCALE_DIR.exists()
    files = build(CATALOGS)
    changed = [
        path
        for path, data in files.items()
        if (path == POT and data != pot_before) or (path != POT and (not path.exists() or path.read_bytes() != data))
    ]
    if args.write:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        print(f"written: {', '.join(str(p.relative_to(ROOT)) for p in files)}")
        return 0
    if fresh:
        shutil.rmtree(LOCALE_DIR)  # a check leaves nothing behind
    elif pot_before is not None:
        POT.write_bytes(pot_before)
    else:
        POT.unlink()
    for path in changed:
        print(f"would change: {path.relative_to(ROOT)}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
