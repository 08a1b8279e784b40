"""`python -m src.site`: write the static edition to `site/` (every language), atomically.

Everything is written into a temporary folder beside the target and swapped in only when the
whole build succeeded, so a failed build leaves the previous site as it was.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import shutil
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
from jinja2 import Environment

from src.export import export
from src.export.catalog import CATALOG_FILE, catalog_ttl
from src.export.chart_package import chart_resources, table_resource
from src.export.press_kit import CHART_FOLDER, STORED_SUFFIXES, chart_file_set, press_kit_files, zip_name
from src.facts.data import Tables, load_tables
from src.facts.datapackage import PACKAGE_FILE, dumps, package, read_release, source_entries
from src.facts.errors import DataError
from src.facts.paths import PROJECT_ROOT, data_dir
from src.site import deck, org_pages, pages, sitemap, templating
from src.site import releases as site_releases
from src.site.content import ChartBlock, Link, Page, table_data
from src.site.svg import inline_svg, og_png
from src.text import formatting
from src.text.i18n import LANGUAGES, t
from src.text.languages import language
from src.views import registry, releases, share
from src.views.chart_table import display_table, header
from src.views.chart_view import ChartView, Quoted
from src.views.citation import chart_citation, dataset_citation
from src.views.downloads import to_csv_bytes
from src.views.url_state import lang_param

SITE_DIR = PROJECT_ROOT / "site"
SITE_URL_ENV = "KLYNGEKVALITET_SITE_URL"
STYLE = templating.STATIC / "site.css"
CSS_PATH = "assets/site.css"
FILES = "files"
OG = "og"
EXTENSIONS = tuple(export.CHART_FILE_LABELS)  # the six files the app's share tab offers
NARROW, WIDE = 340, 720  # px: a phone's column and a desktop's; the page shows the one that fits


def site_url() -> str:
    """The static edition's public address: $KLYNGEKVALITET_SITE_URL, else the app's own base URL."""
    return (os.environ.get(SITE_URL_ENV) or export.base_url()).strip().rstrip("/")


def app_link(app_url: str, view: ChartView) -> str:
    """The same chart in the app: its page with the view's pinned parameters (language, filters, the build day)."""
    return share.link(app_url, registry.CHART_BY_ID[view.chart_id].page_spec.url_path, view.params)


def page_app_link(app_url: str, slug: str, lang: str) -> str:
    return share.link(app_url, slug, lang_param(lang))


def quote_langs(view: ChartView, lang: str) -> dict[str, list[object]]:
    """The chart table's quote column with each row's language, when its rows carry one (`quote_lang`)."""
    if "quote_lang" not in view.table.columns or "quote" not in view.table.columns:
        return {}
    return {header("quote", lang): view.table["quote_lang"].tolist()}


@dataclass
class SiteMaker:
    """Draws each chart, writes its files and preview image into `root`, and remembers what it wrote."""

    root: Path
    tables: Tables
    lang: str
    today: date
    app_url: str
    kit: dict[str, bytes | str] = field(default_factory=dict)  # the press kit's files, shared with the charts
    written: list[str] = field(default_factory=list)
    previews: dict[str, str] = field(default_factory=dict)
    views: dict[str, ChartView | None] = field(default_factory=dict)
    resources: list[dict[str, object]] = field(default_factory=list)  # the published CSVs, for datapackage.json

    def view(self, chart_id: str) -> ChartView | None:
        """The chart with its app page's default filters, built once per build and language."""
        if chart_id not in self.views:
            self.views[chart_id] = pages.default_view(self.tables, chart_id, self.lang, self.today)
        return self.views[chart_id]

    def export_files(self, view: ChartView, citation: str, link: str) -> dict[str, bytes | str]:
        """The chart's six files (images, spreadsheet CSV and XLSX, ISO CSV and its metadata): the press kit's own
        files when it has them (the same bytes)."""
        as_of = export.chart_as_of(view, self.tables)
        names = {ext: export.file_name(view.chart_id, self.lang, as_of, ext, view.shown) for ext in EXTENSIONS}
        if all(f"{CHART_FOLDER}/{name}" in self.kit for name in names.values()):
            return {ext: self.kit[f"{CHART_FOLDER}/{name}"] for ext, name in names.items()}
        return chart_file_set(view, self.tables, self.lang, self.app_url, citation, link)

    def file(self, name: str, data: bytes | str) -> str:
        path = self.root / FILES / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.written.append(f"{FILES}/{name}")
        return f"{FILES}/{name}"

    def csv(self, name: str, frame: pd.DataFrame, title: str) -> str:
        """A table as the reader's CSV (`;` and decimal comma in Norwegian), described for `datapackage.json`."""
        path = self.file(name, to_csv_bytes(frame, self.lang))
        self.resources.append(table_resource(frame, title, self.lang, name))
        return path

    def preview(self, view: ChartView, svg: str | None = None) -> str:
        """The chart's 1200×630 link-preview image (made once per chart and language, from its exported SVG)."""
        if view.chart_id not in self.previews:
            name = f"{OG}/{view.chart_id}_{self.lang}.png"
            (self.root / OG).mkdir(exist_ok=True)
            drawn = svg or export.chart_svg(view, self.lang, self.app_url, self.tables.release)
            (self.root / name).write_bytes(og_png(drawn))
            self.previews[view.chart_id] = name
        return self.previews[view.chart_id]

    def small_chart(self, view: ChartView, explore: str) -> ChartBlock:
        """A chart drawn inline with its words, rows and sources, but without files or preview image.

        Note that the organisation pages have over a hundred charts: their files would multiply the
        build, and the app they link to («Utforsk interaktivt») makes them on request.
        """
        prefix = f"c-{view.chart_id}"
        return ChartBlock(
            chart_id=view.chart_id,
            title=view.text.title,
            subtitle=view.text.subtitle,
            source_line=view.text.source_line,
            description=view.text.description,
            svg_narrow=inline_svg(view, NARROW, f"{prefix}-n"),
            svg_wide=inline_svg(view, WIDE, f"{prefix}-w"),
            table=table_data(
                display_table(view, self.lang),
                self.lang,
                t("site.table_caption", self.lang, title=view.text.title),
                quote_langs(view, self.lang),
            ),
            quotes=tuple((Link(ref.where, ref.url), Quoted(ref.quote, ref.lang)) for ref in view.sources),
            downloads=(),
            explore=explore,
        )

    def chart(self, view: ChartView) -> ChartBlock:
        """The chart as `small_chart` draws it, with its six files and its link-preview image."""
        lang = self.lang
        as_of = export.chart_as_of(view, self.tables)
        explore = app_link(self.app_url, view)
        citation = chart_citation(view, lang, explore, self.tables, self.today)
        made = self.export_files(view, citation, explore)
        names = {ext: export.file_name(view.chart_id, lang, as_of, ext, view.shown) for ext in made}
        downloads = tuple(
            Link(t(export.CHART_FILE_LABELS[ext], lang), self.file(names[ext], made[ext])) for ext in made
        )
        self.resources += chart_resources(view, lang, names["csv"], names["iso.csv"])
        self.preview(view, str(made["svg"]))
        return dataclasses.replace(self.small_chart(view, explore), downloads=downloads)


@dataclass(frozen=True)
class Built:
    """What a build wrote: the pages (site-relative paths) and how long it took."""

    pages: list[str]
    seconds: float


def build_site(
    out: Path = SITE_DIR,
    tables: Tables | None = None,
    today: date | None = None,
    languages: tuple[str, ...] = LANGUAGES,
) -> Built:
    """Build every page in every language into a temporary folder, then swap it in for `out`."""
    start = time.perf_counter()
    tables = tables if tables is not None else load_tables()
    today = today or date.today()
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
    work.chmod(0o755)  # mkdtemp makes it private; a web server's workers must read it
    try:
        written = _write_all(work, tables, today, languages)
        swap(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Built(written, time.perf_counter() - start)


def swap(new: Path, out: Path) -> None:
    """Put `new` where `out` is: two renames on one file system, then the old copy is removed."""
    old = out.with_name(f".{out.name}-old-{os.getpid()}")
    if out.exists():
        out.rename(old)
    new.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _write_all(root: Path, tables: Tables, today: date, languages: tuple[str, ...]) -> list[str]:
    """Every language in its own thread: vl-convert draws outside Python's lock, so two cores both work."""
    (root / "assets").mkdir()
    shutil.copyfile(STYLE, root / CSS_PATH)
    export.warm_up()  # once, before the threads (it briefly changes the process environment)
    with ThreadPoolExecutor(max_workers=len(languages)) as pool:
        done = list(pool.map(lambda lang: _write_language(root, tables, today, lang, languages), languages))
    written = [path for paths, _ in done for path in paths]
    site_releases.write_releases(root, tables.release, languages)  # kept files, their pages, changes.xml
    write_package(root, [resource for _, resources in done for resource in resources], tables)
    (root / CATALOG_FILE).write_text(catalog_ttl(tables, site_url(), read_release(data_dir())), encoding="utf-8")
    sitemap.write(root, site_url(), written, today, languages)  # inside the new folder: swapped in with the pages
    return written


def write_package(root: Path, resources: list[dict[str, object]], tables: Tables) -> None:
    """`files/datapackage.json`: every CSV the edition publishes, with the current data release's version."""
    release = read_release(data_dir())
    version = str(release["version"]) if release.get("version") else None
    ordered = sorted(resources, key=lambda r: str(r["path"]))
    sources = source_entries(tables.sources.to_dict("records"))
    descriptor = package(ordered, version, homepage=f"{site_url()}/", sources=sources)
    (root / FILES / PACKAGE_FILE).write_text(dumps(descriptor), encoding="utf-8")


def _write_language(
    root: Path, tables: Tables, today: date, lang: str, languages: tuple[str, ...]
) -> tuple[list[str], list[dict[str, object]]]:
    """The language's pages (site-relative paths) and the CSVs it published (as data package resources)."""
    env = templating.environment()
    app_url, base = export.base_url(), site_url()
    written: list[str] = []
    maker = SiteMaker(root, tables, lang, today, app_url, dict(press_kit_files(tables, lang, app_url, today)))
    for page in _pages(tables, lang, today, maker, app_url):
        path = pages.page_path(page.slug, lang)
        og = maker.previews.get(page.og_chart) or maker.preview(_og_view(maker, page))
        html = _render(env, page, path, today, og_image=f"{base}/{og}", canonical=_canonical(base, path),
                       other=_other_language(page.slug, lang, languages),
                       app=page.app or page_app_link(app_url, page.slug or "", lang),
                       release=_release_footer(tables, lang))  # fmt: skip
        _write_page(root / path, html)
        written.append(path)
    write_not_found(root, env, today, lang, languages)
    return written, maker.resources


def _render(env: Environment, page: Page, path: str, today: date, **extra: object) -> str:
    """A page in the site's one template: its header, menu and footer around the page's blocks."""
    lang = page.lang
    nav = [(t(pages.NAV_KEYS[s], lang), pages.page_path(s, lang), s == page.slug) for s in pages.PAGE_SLUGS]
    return env.get_template("page.html.j2").render(
        page=page, path=path, css=CSS_PATH, base=site_url(), nav=nav, built=formatting.day(today, lang), lang=lang,
        **extra,
    )  # fmt: skip


def _write_page(target: Path, html: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")


def write_not_found(root: Path, env: Environment, today: date, lang: str, languages: tuple[str, ...]) -> None:
    """`404.html` of the language, which the static host shows for any missing address below the language's root.

    Note that it is served at whatever address was missing, so its links start from the site's own path (`root`)
    instead of its folder; it is not listed in the sitemap and asks not to be indexed.
    """
    path = pages.not_found_path(lang)
    other = [(code, language(code).name, pages.page_path("", code)) for code in languages if code != lang]
    html = _render(env, pages.not_found_page(lang), path, today, other=other,
                   app=page_app_link(export.base_url(), "", lang),
                   root=urlsplit(site_url()).path.rstrip("/") + "/", release=None)  # fmt: skip
    _write_page(root / path, html)


def _pages(tables: Tables, lang: str, today: date, maker: SiteMaker, app_url: str) -> list[Page]:
    built = [make(tables, lang, today, maker) for make in pages.SIMPLE_PAGES]
    kit = maker.file(zip_name(lang), zip_bytes(maker.kit))  # the app's file name, so one kit has one name
    citation = dataset_citation(tables, lang, app_url, today)
    sources = pages.sources_page(tables, lang, today, maker, kit, citation)
    changes = site_releases.changes_blocks(tables.release, lang)  # 'Hva er endret', computed from the releases
    built.append(dataclasses.replace(sources, blocks=[*sources.blocks, *changes]))
    deck_path = pages.page_path("", lang).replace("index.html", pages.STORY_FILE)
    (maker.root / deck_path).parent.mkdir(parents=True, exist_ok=True)
    (maker.root / deck_path).write_text(deck.story_html(tables, lang, app_url), encoding="utf-8")
    built.append(pages.story_page(tables, lang, today, maker, deck_path))
    built += org_pages.organisation_pages(tables, lang, today, maker, app_url)
    return built


def zip_bytes(files: dict[str, bytes | str]) -> bytes:
    """The press kit ZIP from its files (as `press_kit.press_kit_zip` packs them: images stored, text deflated)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            stored = name.endswith(STORED_SUFFIXES)
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _release_footer(tables: Tables, lang: str) -> tuple[str, str, str, str] | None:
    """(text, release page, changes page, Atom feed) for the footer: the release every figure on the page comes from."""
    if tables.release is None:
        return None
    text = t("release.site_footer", lang, version=tables.release.version, date=releases.built_day(tables.release, lang))
    version = tables.release.version
    return text, site_releases.page_of(version), pages.page_path("sources", lang), site_releases.feed_path(lang)


def _og_view(maker: SiteMaker, page: Page) -> ChartView:
    view = maker.view(page.og_chart) or maker.view("quality_index")
    if view is None:
        raise DataError([], hint="no chart has data for a link preview")
    return view


def _canonical(base: str, path: str) -> str:
    return f"{base}/{path.removesuffix('index.html')}"


def _other_language(slug: str, lang: str, languages: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(code, name, site-relative path) of the same page in each other language."""
    return [(code, language(code).name, pages.page_path(slug, code)) for code in languages if code != lang]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the static edition (every language) into a folder.")
    parser.add_argument("--out", type=Path, default=SITE_DIR, help="target folder (default: site/)")
    args = parser.parse_args(argv)
    try:
        built = build_site(args.out)
    except DataError as error:
        print(f"site not built, the previous one is kept: {error}", file=sys.stderr)
        return 1
    print(f"{len(built.pages)} pages written to {args.out} in {built.seconds:.1f} s")
    return 0
