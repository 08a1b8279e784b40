"""The releases in the static edition: kept files at a stable path, every citation's link resolves there,
'Hva er endret' on the sources page, and the Atom feed with one entry per kept release."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from src.facts import release
from src.facts.data import Tables
from src.site import pages
from src.site.build import Built
from src.site.releases import ATOM, feed_path
from src.text.i18n import LANGUAGES, t
from src.views.releases import site_root
from tests.site_helpers import read_page, session_site

from .conftest import DATA_DIR

TODAY = date.today()
RELEASE_LINK = re.compile(re.escape(site_root()) + r"/data/releases/(\d+)/")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, tables: Tables) -> tuple[Path, Built, Tables]:
    return session_site(tmp_path_factory, tables, TODAY)


def _resolves(root: Path, version: str) -> None:
    """The release's page and every file its release.json lists, as the kept release has them."""
    folder = root / "data" / "releases" / version
    assert (folder / "index.html").is_file(), version
    record = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    kept = release.release(DATA_DIR, version)
    for name in record["files"]:
        assert (folder / name).read_bytes() == (kept.path / name).read_bytes(), (version, name)


def test_every_citation_links_to_a_release_that_resolves(site: tuple[Path, Built, Tables]) -> None:
    root, _, data = site
    assert data.release is not None
    found: set[str] = set()
    texts = [p.read_text(encoding="utf-8") for p in root.rglob("*.html")]
    texts += [p.read_text(encoding="utf-8") for p in (root / "files").glob("*.metadata.json")]
    for text in texts:
        found |= set(RELEASE_LINK.findall(text))
    assert found == {data.release.version}  # the sources page's citation and every chart's metadata
    for kept in release.releases(DATA_DIR):
        _resolves(root, kept.version)  # older releases stay readable at the same path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_feed_has_an_entry_for_each_kept_release(site: tuple[Path, Built, Tables], lang: str) -> None:
    root, _, _ = site
    feed = ET.parse(root / feed_path(lang)).getroot()
    assert feed.tag == f"{{{ATOM}}}feed"
    entries = feed.findall(f"{{{ATOM}}}entry")
    kept = [r.version for r in release.releases(DATA_DIR)]
    ids = [e.findtext(f"{{{ATOM}}}id") for e in entries]
    assert ids == [f"{site_root()}/data/releases/{v}/" for v in reversed(kept)]
    for entry in entries:
        assert entry.findtext(f"{{{ATOM}}}title") and entry.findtext(f"{{{ATOM}}}updated")
    titles = [e.findtext(f"{{{ATOM}}}title") or "" for e in entries]
    assert titles[-1].startswith(t("release.page_title", lang, version="1").split()[0])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sources_page_says_what_changed_and_every_footer_names_the_release(
    site: tuple[Path, Built, Tables], lang: str
) -> None:
    root, _, data = site
    assert data.release is not None
    reader = read_page((root / pages.page_path("sources", lang)).read_text(encoding="utf-8"))
    assert {"changes", "release-1", "release-2", "release-3"} <= reader.ids
    footer = t("release.site_footer", lang, version="3", date="").split("(")[0].strip()
    for slug in pages.PAGE_SLUGS:
        assert footer in (root / pages.page_path(slug, lang)).read_text(encoding="utf-8"), slug
