"""The static edition's data package and catalogue entry: every published CSV described, and valid.

Shares the one static build of the test session (`tests.site_helpers.session_site`).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from frictionless import validate
from rdflib import Graph

from src.export.catalog import CATALOG_FILE
from src.facts.data import Tables
from src.site.build import FILES, Built
from src.views.downloads import csv_format
from tests.site_helpers import session_site
from tests.test_catalog import mandatory_problems

TODAY = date.today()  # as the other site tests: the session builds once, whichever asks first


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, tables: Tables) -> tuple[Path, Built, Tables]:
    return session_site(tmp_path_factory, tables, TODAY)


def _package(root: Path) -> dict[str, object]:
    return json.loads((root / FILES / "datapackage.json").read_text(encoding="utf-8"))


def test_every_published_csv_is_described(site: tuple[Path, Built, Tables]) -> None:
    root = site[0]
    described = {r["path"] for r in _package(root)["resources"]}  # type: ignore[index]
    published = {p.relative_to(root / FILES).as_posix() for p in (root / FILES).rglob("*.csv")}
    assert described == published and len(published) > 20
    sources = _package(root)["sources"]  # the publications, each with its licence as far as known: unknown
    assert [s["path"] for s in sources] == list(site[2].sources["url"]) and all(
        "unknown" in s["description"] for s in sources
    )  # type: ignore[index,union-attr]


def test_frictionless_validates_the_published_csvs(site: tuple[Path, Built, Tables]) -> None:
    report = validate(str(site[0] / FILES / "datapackage.json"))
    assert report.valid, report.flatten(["title", "message"])[:10]


def test_each_files_dialect_is_its_languages(site: tuple[Path, Built, Tables]) -> None:
    for resource in _package(site[0])["resources"]:  # type: ignore[union-attr]
        path = str(resource["path"])
        (lang,) = resource["i18n"]  # a published file is in one language
        assert f"_{lang}_" in path or f"_{lang}." in path or path.startswith(f"{lang}/"), path
        separator, decimal = csv_format(None if path.endswith(".iso.csv") else lang)
        assert resource["dialect"]["delimiter"] == separator, path
        numbers = [f for f in resource["schema"]["fields"] if f["type"] == "number"]
        assert all(f.get("decimalChar", ".") == decimal for f in numbers), path


def test_the_catalogue_is_published_and_complete(site: tuple[Path, Built, Tables]) -> None:
    graph = Graph().parse(site[0] / CATALOG_FILE, format="turtle")
    assert mandatory_problems(graph) == []


# --- Quotes keep their own language -----------------------------------------------------------

QUOTE_LANGS = {"nb", "nn", "da", "en", "sv", "de"}
BLOCKQUOTE_TAG = re.compile(r"<blockquote(?P<attrs>[^>]*)>")


def test_every_quote_element_has_its_language(site: tuple[Path, Built, Tables]) -> None:
    """Pages, organisation pages and the offline deck: no quote without `lang`, none with an unknown one."""
    quotes = 0
    for path in sorted(site[0].rglob("*.html")):
        for match in BLOCKQUOTE_TAG.finditer(path.read_text(encoding="utf-8")):
            lang = re.search(r'lang="([a-z]+)"', match["attrs"])
            assert lang and lang[1] in QUOTE_LANGS, (path, match[0])
            quotes += 1
    assert quotes > 100


def test_a_danish_quote_is_marked_danish(site: tuple[Path, Built, Tables]) -> None:
    root = site[0]
    page = (root / "organisation" / "biopeople" / "index.html").read_text(encoding="utf-8")
    assert '<blockquote lang="da">15/8/13 ... Biopeople, Danmarks innovationsnetværk' in page


def test_quote_cells_in_tables_carry_the_rows_language(site: tuple[Path, Built, Tables]) -> None:
    root, _, tables = site
    register = (root / "register" / "index.html").read_text(encoding="utf-8")
    cells = re.findall(r'<td lang="([a-z]+)">', register)
    assert sorted(cells) == sorted(tables.label_events["quote_lang"]) and "da" in cells
    sources = (root / "en" / "sources" / "index.html").read_text(encoding="utf-8")
    expected = len(tables.figures) + len(tables.alias_sources)
    assert len(re.findall(r'<td lang="(?:nb|en|da)">', sources)) == expected
