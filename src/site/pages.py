"""The static pages, in one language: the same content the app's pages show, with its default filters.

Each function returns a `Page` of blocks. Charts and files go through `Maker` (implemented by
`src.site.build`), which draws, writes and returns site-relative addresses; this module only
decides what goes on which page, reading every word and number from the shared `src` modules.
"""

from __future__ import annotations

import dataclasses
import hashlib
import posixpath
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, cast
from urllib.parse import parse_qs, urlsplit

import pandas as pd

from src.export.chart_package import table_file
from src.facts.data import Tables
from src.metrics import metrics
from src.site.content import Block, ChartBlock, Link, Page, TableData, plain, table_data
from src.text import formatting
from src.text.i18n import t, tn
from src.text.languages import language
from src.views import filters, org_views, register, registry, renewal, source_list, summaries
from src.views.chart_view import ChartView
from src.views.summaries import Card

STATIC_PAGES = tuple(page for page in registry.PAGES if page.static)
PAGE_SLUGS = tuple(page.static_slug for page in STATIC_PAGES)
NAV_KEYS = {page.static_slug: page.nav_key for page in STATIC_PAGES}
STORY_FILE = "story.html"
NOT_FOUND_FILE, NOT_FOUND_SLUG = "404.html", "404"
ORG_SLUG = "organisation"  # the index of organisations; each one's page is a folder below it (`org_pages`)
SAFE_FOLDER = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")


class Maker(Protocol):
    """Draws charts and writes files for the pages; returns what the page links to."""

    def chart(self, view: ChartView) -> ChartBlock: ...

    def view(self, chart_id: str) -> ChartView | None: ...

    def file(self, name: str, data: bytes | str) -> str: ...

    def csv(self, name: str, frame: pd.DataFrame, title: str) -> str: ...


def not_found_path(lang: str) -> str:
    """'404.html', 'en/404.html': the page the static host shows for a missing address under that language."""
    return page_path("", lang).replace("index.html", NOT_FOUND_FILE)


def not_found_page(lang: str) -> Page:
    """ "Not found", in the reader's language, with the way back: the start page and the organisations' index."""
    back = (
        Link(t("notfound.start", lang), page_path("", lang)),
        Link(t("notfound.orgs", lang), page_path(ORG_SLUG, lang)),
    )
    blocks = [Block("text", t("notfound.text", lang)), Block("links", items=back)]
    return Page(NOT_FOUND_SLUG, lang, t("notfound.title", lang), t("notfound.description", lang), "", blocks)


def page_path(slug: str, lang: str) -> str:
    """Where a page lives, relative to the site root: 'index.html', 'levels/index.html', 'en/levels/index.html'."""
    prefix = language(lang).path_prefix
    return f"{prefix}{slug}/index.html" if slug else f"{prefix}index.html"


def org_slug(org_id: str) -> str:
    """'organisation/gce-node': an organisation's page, in a folder named for its id.

    Note that the data only promise a lower-case id without spaces; any other id gets a folder name
    made of its safe letters and a hash, so no id can reach outside `organisation/` or break a link.
    """
    if SAFE_FOLDER.fullmatch(org_id):
        return f"{ORG_SLUG}/{org_id}"
    stem = re.sub(r"[^a-z0-9_-]+", "-", org_id.casefold()).strip("-_")[:60]
    digest = hashlib.sha256(org_id.encode("utf-8")).hexdigest()[:10]
    return f"{ORG_SLUG}/{stem}-{digest}" if stem else f"{ORG_SLUG}/{digest}"


def from_page(target: str, page: str) -> str:
    """`target` as linked from `page` (both site-relative): table cells hold finished addresses.

    (`build.relative` does the same for the templates; this module cannot import the build.)
    """
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def link_org_names(table: TableData, column: str, org_ids: Sequence[object], page: str, lang: str) -> TableData:
    """`table` with each cell of `column` a link, labelled as before, to its row's organisation page."""
    if column not in table.header:
        return table
    at = table.header.index(column)
    rows = tuple(
        (*row[:at], Link(str(row[at]), from_page(page_path(org_slug(str(o)), lang), page)), *row[at + 1 :])
        if isinstance(o, str) and o
        else row
        for row, o in zip(table.rows, org_ids, strict=True)
    )
    return dataclasses.replace(table, rows=rows)


def static_org_links(table: TableData, page: str, lang: str) -> TableData:
    """The app's organisation-page column ('organisation?org=…', shown as «Åpne») pointed at the static pages."""
    column = t("org.link.column", lang)
    if column not in table.header:
        return table
    at = table.header.index(column)
    ids = [parse_qs(urlsplit(str(row[at])).query).get(org_views.ORG_PARAM, [""])[0] for row in table.rows]
    linked = link_org_names(table, column, ids, page, lang)
    rows = tuple(
        (*row[:at], Link(t("org.link", lang), cell.href), *row[at + 1 :]) if isinstance(cell, Link) else row
        for row, cell in ((row, row[at]) for row in linked.rows)
    )
    return dataclasses.replace(linked, rows=rows)


def gold_score_links(tables: Tables, lang: str, today: date) -> list[Block]:
    """Links to the page of every organisation in the gold-score chart (as under the app's chart), if any."""
    shown = registry.defaults(registry.CHART_BY_ID["gold_scores"].param_spec(tables, today))
    countries, years = shown["countries"], shown["years"]
    scored = org_views.scored_organisations(tables, cast(tuple[str, ...], countries), cast(tuple[int, int], years))
    if not scored:
        return []
    links = tuple(Link(name, page_path(org_slug(org_id), lang)) for org_id, name in scored)
    return [Block("heading", t("org.links.gold", lang)), Block("links", items=links)]


def default_view(tables: Tables, chart_id: str, lang: str, today: date) -> ChartView | None:
    """A chart with the filters its app page opens with (the radar on `today`, the build day)."""
    return registry.build(chart_id, tables, {}, lang, today)


def _charts(tables: Tables, page: str, lang: str, today: date, maker: Maker) -> list[Block]:
    """The registry's charts of `page`, in its order (a chart without data says so)."""
    blocks = []
    for chart_id in (chart.chart_id for chart in registry.charts_on(page)):
        view = maker.view(chart_id)
        blocks.append(Block("chart", chart=maker.chart(view)) if view else Block("note", t("chart.no_data", lang)))
    return blocks


def overview(tables: Tables, lang: str, today: date, maker: Maker) -> Page:
    cards = summaries.cards(tables, lang)
    more = [Link(t(NAV_KEYS[s], lang), page_path(s, lang)) for s in PAGE_SLUGS if s]
    return Page("", lang, t("overview.title", lang), summaries.lead(tables, lang), "quality_index", [
        Block("text", summaries.lead(tables, lang)),
        Block("bullets", items=tuple(summaries.argument(tables, lang))),
        Block("heading", t("site.cards", lang)),
        Block("cards", items=tuple(cards)),
        Block("heading", t("overview.europe.heading", lang)),
        *_charts(tables, "overview", lang, today, maker),
        Block("heading", t("overview.more", lang)),
        Block("links", items=tuple(more)),
    ])  # fmt: skip


def comparison(tables: Tables, lang: str, today: date, maker: Maker) -> Page:
    blocks = [Block("text", t("comparison.lead", lang))]
    blocks += _charts(tables, "comparison", lang, today, maker)
    blocks.append(Block("note", t("comparison.no_bronze", lang)))
    return Page("comparison", lang, t("comparison.title", lang), t("comparison.lead", lang), "quality_index", blocks)


def follow_up(tables: Tables, lang: str, today: date, maker: Maker) -> Page:
    result = metrics.follow_up(tables.figures)
    pct = lambda share: formatting.percent(share, lang)  # noqa: E731
    interval = t("follow_up.interval", lang, rate=pct(result.rate), followed=result.followed_up, total=result.total,
                 low=pct(result.low), high=pct(result.high))  # fmt: skip
    blocks = [
        Block("text", plain(t("follow_up.lead", lang))),
        Block("cards", items=(Card(t("follow_up.rate", lang), pct(result.rate), interval, ""),)),
    ]
    if not result.is_consistent:
        blocks.append(Block("note", t("follow_up.inconsistent", lang, followed=result.followed_up,
                                      lapsed=result.lapsed, total=result.total)))  # fmt: skip
    blocks += _charts(tables, "follow_up", lang, today, maker)
    blocks.append(Block("note", plain(t("follow_up.definition", lang))))
    return Page("follow_up", lang, t("follow_up.title", lang), interval, "follow_up", blocks)


def levels(tables: Tables, lang: str, today: date, maker: Maker) -> Page:
    blocks = [
        Block("text", t("levels.lead", lang)),
        Block("note", register.coverage_text(register.coverage(tables), lang)),
    ]
    blocks += _charts(tables, "levels", lang, today, maker)
    blocks += gold_score_links(tables, lang, today)  # under the gold-score chart, as in the app
    return Page("levels", lang, t("levels.title", lang), t("levels.lead", lang), "level_distribution", blocks)


def renewal_page(tables: Tables, lang: str, today: date, maker: Maker) -> Page:
    computed = renewal.computed_follow_up(tables, lang, today)
    mine, article = renewal.shares(computed, metrics.follow_up(tables.figures), lang)
    months = filters.RADAR_MONTHS[2]  # the window the app's radar opens with
    radar = renewal.radar_tables(tables, today, months, lang)
    day = formatting.day(today, lang)
    blocks = [
        Block("text", t("renewal.lead", lang)),
        Block("heading", t("follow_up.computed.title", lang)),
        Block("text", plain(computed.definition)),
        Block(
            "cards",
            items=(
                Card(t("renewal.metric.computed", lang), mine, "", ""),
                Card(t("renewal.metric.article", lang), article, "", ""),
            ),
        ),
        Block("note", computed.coverage),
        Block("note", computed.comparison),
        Block("note", plain(t("follow_up.computed.partial_note", lang))),
        Block("table", table=table_data(computed.by_country, lang, t("follow_up.computed.title", lang))),
        Block("heading", t("radar.title", lang)),
        Block("note", t("site.as_of_build", lang, date=day)),
        *([Block("note", radar.records_end)] if radar.records_end else []),
        Block("text", t("radar.as_of_counts", lang, date=day, counts=radar.counts)),
        *_charts(tables, "renewal", lang, today, maker),
        Block("heading", tn("radar.window", months, lang)),
        Block("table", table=_radar_table(radar.due, tn("radar.window", months, lang), lang))
        if len(radar.due)
        else Block("note", t("radar.none", lang)),
        Block("heading", t("radar.all", lang)),
        Block("table", table=_radar_table(radar.board, t("radar.all", lang), lang)),
        *(Block("note", note) for note in [*renewal.validity_notes(tables, lang), radar.unknown_note]),
    ]
    return Page("renewal", lang, t("renewal.title", lang), t("renewal.lead", lang), "expiry_radar", blocks)


def _radar_table(frame: pd.DataFrame, caption: str, lang: str) -> TableData:
    """A radar table whose organisation-page column opens the static organisation pages."""
    return static_org_links(table_data(frame, lang, caption), page_path("renewal", lang), lang)


def register_page(tables: Tables, lang: str, today: date, maker: Maker) -> Page:
    spec = filters.register_page(tables)
    span = filters.year_span(spec)
    everything = register.filters_of(registry.defaults(spec))
    found = register.filter_records(tables, everything, span)
    records = register.display_table(found, lang)
    csv = maker.csv(f"klyngekvalitet_register_{lang}.csv", records, t("nav.register", lang))
    blocks = [
        Block("text", t("register.lead", lang)),
        Block("note", register.coverage_text(register.coverage(tables), lang)),
        Block("text", tn("site.records_all", len(records), lang)),
        Block("links", items=(Link(t("register.download", lang), csv),)),
        Block("table", table=_register_table(records, found["org_id"].tolist(), lang, found["quote_lang"].tolist())),
    ]
    return Page("register", lang, t("register.title", lang), t("register.lead", lang), "labels_per_year", blocks)


def _register_table(records: pd.DataFrame, org_ids: list[object], lang: str, quote_langs: list[object]) -> TableData:
    """The register's cells, each organisation's name a link to its static page."""
    table = table_data(records, lang, t("register.title", lang), {t("register.col.quote", lang): quote_langs})
    return link_org_names(table, t("register.col.organisation", lang), org_ids, page_path("register", lang), lang)


def sources_page(tables: Tables, lang: str, today: date, maker: Maker, press_kit: str, citation: str) -> Page:
    content = source_list.page_content(tables, lang)
    figure_langs = {t("sources.col.quote", lang): tables.figures["quote_lang"].tolist()}  # the tables' row order
    rename_langs = {t("sources.rename.quote", lang): tables.alias_sources["quote_lang"].tolist()}
    files = tuple(
        Link(
            item.label,
            maker.csv(
                table_file(lang, item.file_name), source_list.published_table(tables, name), t(f"table.{name}", lang)
            ),
        )
        for name, item in zip(source_list.DOWNLOAD_TABLES, content.downloads, strict=True)
    )
    blocks = [
        Block("text", t("sources.lead", lang)),
        Block("heading", t("sources.figures", lang)),
        Block("table", table=table_data(content.figures, lang, t("sources.figures", lang), figure_langs)),
        Block("heading", t("sources.publications", lang)),
        Block("table", table=table_data(content.publications, lang, t("sources.publications", lang))),
        Block("heading", t("sources.discrepancies", lang)),
        Block("note", t("sources.discrepancies.lead", lang)),
        *(Block("discrepancy", items=(item,), text=t("sources.disc.no_b", lang)) for item in content.discrepancies),
        Block("heading", t("sources.renames", lang)),
        Block("table", table=table_data(content.renames, lang, t("sources.renames", lang), rename_langs)),
        Block("heading", t("sources.dictionary", lang)),
        Block("table", table=table_data(content.dictionary, lang, t("sources.dictionary", lang))),
        Block("heading", t("sources.downloads", lang)),
        Block("text", t("export.dataset.heading", lang)),
        Block("pre", citation),
        Block("links", items=(Link(t("export.download.press_kit", lang), press_kit), *files)),
    ]
    return Page("sources", lang, t("sources.title", lang), t("sources.lead", lang), "quality_index", blocks)


def story_page(tables: Tables, lang: str, today: date, maker: Maker, deck: str) -> Page:
    """The story's landing page: what it is, how to step, the deck to open or carry on a USB stick."""
    blocks = [
        Block("text", t("site.story_help", lang)),
        Block("links", items=(Link(t("site.story_open", lang), deck), Link(t("site.story_download", lang), deck))),
    ]
    title = t("nav.story", lang)
    return Page("story", lang, title, t("site.story_help", lang), "quality_index", blocks)


PageBuilder = Callable[[Tables, str, date, Maker], Page]
SIMPLE_PAGES: tuple[PageBuilder, ...] = (overview, comparison, follow_up, levels, renewal_page, register_page)
