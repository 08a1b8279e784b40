"""The static edition's organisation pages, their index and links, and sitemap.xml / robots.txt.

Built once per session with the other site tests (`tests.site_helpers.session_site`): one
organisation, one with gold scores, carries a hostile name, so every check here also runs on it.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections import deque
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from src.facts.data import Tables
from src.facts.schemas import COUNTRIES
from src.metrics import metrics
from src.site import build, pages, sitemap, templating
from src.site.build import Built
from src.site.org_pages import org_app_link
from src.site.svg import hide_empty_marks
from src.text import formatting
from src.text.i18n import LANGUAGES, t
from src.views import org_views, registry
from tests.site_helpers import HOSTILE, csv_cells, read_page, session_site, ungrouped

TODAY = date.today()
SITEMAP_NS = {"s": sitemap.URLSET, "x": sitemap.XHTML}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, tables: Tables) -> tuple[Path, Built, Tables]:
    return session_site(tmp_path_factory, tables, TODAY)


def org_ids(data: Tables) -> list[str]:
    return [str(i) for i in data.organisations["org_id"]]


def org_html(root: Path, org_id: str, lang: str) -> str:
    return (root / pages.page_path(pages.org_slug(org_id), lang)).read_text(encoding="utf-8")


def text_of(fragment: str) -> str:
    """What a reader sees of an HTML fragment: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def h1_of(page: str) -> str:
    found = re.findall(r"<h1>(.*?)</h1>", page, flags=re.S)
    assert len(found) == 1
    return text_of(found[0])


def escape(text: str) -> str:
    from markupsafe import escape as markup_escape

    return str(markup_escape(text))


# --- One page per organisation ------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_organisation_has_a_page_named_for_it(site: tuple[Path, Built, Tables], lang: str) -> None:
    """The name a reader searches for is the page's <title> and its <h1> (the hostile one as text)."""
    root, _, data = site
    names = dict(zip(data.organisations["org_id"], data.organisations["canonical_name"], strict=True))
    assert len(names) == 65
    for org_id, name in names.items():
        page = org_html(root, org_id, lang)
        reader = read_page(page)
        assert reader.title == f"{name} · {t('app.name', lang)}", org_id
        assert h1_of(page) == name, org_id
        assert next(a for tag, a in reader.tags if tag == "html")["lang"] == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_page_quotes_every_source_and_names_its_facts(site: tuple[Path, Built, Tables], lang: str) -> None:
    root, _, data = site
    for org_id in org_ids(data):
        profile = org_views.org_profile(data, org_id, lang)
        assert profile is not None
        page = org_html(root, org_id, lang)
        assert profile.sources, org_id
        for ref in profile.sources:
            assert f'<blockquote lang="{ref.lang}">{escape(ref.quote)}</blockquote>' in page, (org_id, ref.where)
            assert f'href="{escape(ref.url)}"' in page, (org_id, ref.url)
        for label, value in profile.facts:
            assert f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" in page, (org_id, label)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_renames_show_the_sentence_that_states_them(site: tuple[Path, Built, Tables], lang: str) -> None:
    root, _, data = site
    renames = data.alias_sources
    assert len(renames) > 0
    for r in renames.itertuples():
        page = org_html(root, str(r.org_id), lang)
        former = page.split('<ul class="former">', 1)
        assert len(former) == 2, r.org_id  # the renames are listed
        listed = former[1].split("</ul></li>\n</ul>", 1)[0]
        assert f"<strong>{escape(str(r.old_name))}</strong>" in listed
        assert f'<blockquote lang="{r.quote_lang}">{escape(str(r.source_quote))}</blockquote>' in listed
        assert f'href="{escape(str(r.source_url))}"' in listed
    unrenamed = next(i for i in org_ids(data) if i not in set(renames["org_id"]))
    assert escape(t("org.former.none", lang)) in org_html(root, unrenamed, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_status_is_the_build_day_and_says_so(site: tuple[Path, Built, Tables], lang: str) -> None:
    root, _, data = site
    day = formatting.day(TODAY, lang)
    last = data.label_events["date"].max()
    ended = escape(t("site.org.records_end", lang, last=str(last.year)))  # the last records give only a year
    for org_id in org_ids(data)[:10]:
        page = org_html(root, org_id, lang)
        assert f"<h2>{escape(t('site.org.status_title', lang, date=day))}</h2>" in page
        assert f"<p>{escape(org_views.status_on(data, org_id, TODAY, lang))}</p>" in page
        assert escape(t("site.org.status_built", lang)) in page
        assert (ended in page) == (pd.Timestamp(TODAY) > last)  # a later renewal would be missing, not absent


@pytest.mark.parametrize("lang", LANGUAGES)
def test_charts_are_the_apps_views_on_the_build_day(site: tuple[Path, Built, Tables], lang: str) -> None:
    """Timeline and scores: the table, takeaway, source line and text alternative of the app's own views."""
    root, _, data = site
    scored = 0
    for org_id in org_ids(data):
        reader = read_page(org_html(root, org_id, lang))
        views = {
            "org_timeline": registry.build("org_timeline", data, {"org": org_id, "on": TODAY}, lang, TODAY),
            "org_scores": registry.build("org_scores", data, {"org": org_id}, lang, TODAY),
        }
        assert list(reader.charts) == [chart_id for chart_id, view in views.items() if view is not None], org_id
        for chart_id, shown in reader.charts.items():
            view = views[chart_id]
            assert view is not None
            header, *rows = csv_cells(view, lang)  # the page's table says what the reader's CSV says
            assert shown["header"] == header
            assert [[ungrouped(cell, lang) for cell in row] for row in shown["rows"]] == rows  # type: ignore[union-attr]
            texts = shown["texts"]
            assert texts["takeaway"] == view.text.subtitle  # type: ignore[index]
            assert texts["source-line"] == view.text.source_line  # type: ignore[index]
            assert texts["alt"] == t("chart.text_alternative", lang, text=view.text.description)  # type: ignore[index]
        scored += "org_scores" in reader.charts
        if "org_scores" not in reader.charts:
            assert escape(t("org.no_scores", lang)) in org_html(root, org_id, lang)
    assert scored > 0


def test_explore_opens_the_organisation_in_the_app_on_the_build_day(site: tuple[Path, Built, Tables]) -> None:
    root, _, data = site
    for lang in LANGUAGES:
        org_id = org_ids(data)[0]
        links = re.findall(r'class="explore" href="([^"]+)"', org_html(root, org_id, lang))
        assert links and set(links) == {escape(org_app_link(build.export.base_url(), org_id, lang, TODAY))}
        parts = urlsplit(html.unescape(links[0]))
        query = parse_qs(parts.query)
        assert parts.path.endswith("/organisation")
        assert query["org"] == [org_id] and query["on"] == [TODAY.isoformat()]
        assert query.get("lang") == (None if lang == "nb" else [lang])
        footer = re.search(r'<footer class="site-footer">.*?<a href="([^"]+)"', org_html(root, org_id, lang), re.S)
        assert footer is not None and footer.group(1) == links[0]  # the footer's app link is this organisation too


def test_the_hostile_name_is_text_in_title_heading_index_and_charts(site: tuple[Path, Built, Tables]) -> None:
    root, _, data = site
    hostile = str(data.organisations.loc[data.organisations["canonical_name"] == HOSTILE, "org_id"].iloc[0])
    for lang in LANGUAGES:
        page = org_html(root, hostile, lang)
        assert "<script>alert" not in page and "<script" not in page
        assert f"<title>{escape(HOSTILE)} · " in page and f"<h1>{escape(HOSTILE)}</h1>" in page
        assert f'content="{escape(HOSTILE)}"' in page  # og:title and twitter:title
        assert page.count(escape(HOSTILE)) >= 6  # title, h1, meta tags, chart titles and their SVG <title>
        assert escape(HOSTILE) in (root / pages.page_path(pages.ORG_SLUG, lang)).read_text(encoding="utf-8")
        assert "org_scores" in read_page(page).charts  # the hostile organisation is one with scores


def test_folder_names_stay_inside_the_organisation_folder() -> None:
    assert pages.org_slug("gce-node") == "organisation/gce-node"
    for hostile in ("../../etc", "a/b", "Æ ø?#", "..", "x" * 500, "%2e%2e"):
        slug = pages.org_slug(hostile)
        folder = slug.removeprefix("organisation/")
        assert slug.startswith("organisation/") and re.fullmatch(r"[a-z0-9_-]{1,80}", folder), (hostile, slug)
    assert pages.org_slug("a/b") != pages.org_slug("a-b")  # a made-safe name never takes a real id's folder


# --- Links to the organisation pages ------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_lists_every_organisation_by_name(site: tuple[Path, Built, Tables], lang: str) -> None:
    root, _, data = site
    index = (root / pages.page_path(pages.ORG_SLUG, lang)).read_text(encoding="utf-8")
    listed = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', index.split('<ul class="links">', 1)[1])
    targets = [href.removesuffix("/index.html") for href, _ in listed]
    names = dict(zip(data.organisations["org_id"], data.organisations["canonical_name"], strict=True))
    assert sorted(targets) == sorted(pages.org_slug(i).removeprefix("organisation/") for i in names)
    labels = [html.unescape(label) for _, label in listed]
    by_name = sorted(names.values(), key=str.casefold)
    assert all(label.startswith(f"{name} (") for label, name in zip(labels, by_name, strict=True)), labels
    for r in data.alias_sources.itertuples():  # former names as the app's search results show them
        label = next(x for x in labels if x.startswith(f"{names[r.org_id]} ("))
        assert str(r.old_name) in label


@pytest.mark.parametrize("lang", LANGUAGES)
def test_register_names_link_to_their_pages(site: tuple[Path, Built, Tables], lang: str) -> None:
    root, _, data = site
    page = (root / pages.page_path("register", lang)).read_text(encoding="utf-8")
    linked = re.findall(r'<td><a href="\.\./(organisation/[^"]+/index\.html)">([^<]*)</a></td>', page)
    assert len(linked) == data.label_events["org_id"].notna().sum()
    names = data.organisations.set_index("org_id")["canonical_name"]
    wanted = [(pages.page_path(pages.org_slug(str(o)), "nb"), names[o]) for o in data.label_events["org_id"].dropna()]
    assert sorted((href, html.unescape(name)) for href, name in linked) == sorted(wanted)


def test_radar_and_gold_list_link_to_the_static_pages(site: tuple[Path, Built, Tables]) -> None:
    root, _, data = site
    for lang in LANGUAGES:
        renewal = (root / pages.page_path("renewal", lang)).read_text(encoding="utf-8")
        assert "organisation?org=" not in renewal  # no cell shows the app's relative address as text
        assert re.search(rf'<td><a href="\.\./organisation/[a-z0-9_-]+/index\.html">{t("org.link", lang)}</a>', renewal)
        levels = (root / pages.page_path("levels", lang)).read_text(encoding="utf-8")
        scored = org_views.scored_organisations(data, COUNTRIES, metrics.year_bounds(data.label_events))
        assert f"<h2>{escape(t('org.links.gold', lang))}</h2>" in levels
        for org_id, name in scored:
            target = pages.page_path(pages.org_slug(org_id), lang)
            href = templating.relative(target, pages.page_path("levels", lang))
            assert f'<a href="{href}">{escape(name)}</a>' in levels


def test_every_organisation_page_is_reachable_from_the_front_page(site: tuple[Path, Built, Tables]) -> None:
    """Following links only (as a crawler does), from each language's front page."""
    root, built, _ = site
    seen: set[Path] = set()
    queue = deque(root / pages.page_path("", lang) for lang in LANGUAGES)
    while queue:
        path = queue.popleft().resolve()
        if path in seen or path.suffix != ".html" or not path.is_file():
            continue
        seen.add(path)
        for _tag, attrs in read_page(path.read_text(encoding="utf-8")).tags:
            href = attrs.get("href", "")
            if href and not urlsplit(href).scheme and urlsplit(href).path:
                queue.append(path.parent / urlsplit(href).path)
    assert {(root / p).resolve() for p in built.pages} <= seen


# --- sitemap.xml and robots.txt -----------------------------------------------------------


def sitemap_entries(root: Path) -> list[ET.Element]:
    tree = ET.parse(root / sitemap.SITEMAP)
    assert tree.getroot().tag == f"{{{sitemap.URLSET}}}urlset"
    return tree.getroot().findall("s:url", SITEMAP_NS)


def test_the_sitemap_lists_every_page_at_its_public_address(site: tuple[Path, Built, Tables]) -> None:
    root, built, _ = site
    base = build.site_url()
    entries = sitemap_entries(root)
    files = set()
    for entry in entries:
        loc = entry.findtext("s:loc", namespaces=SITEMAP_NS) or ""
        assert loc.startswith(f"{base}/") and urlsplit(loc).scheme in {"http", "https"}
        path = loc.removeprefix(f"{base}/") + "index.html"
        assert (root / path).is_file(), loc
        files.add(path)
        assert entry.findtext("s:lastmod", namespaces=SITEMAP_NS) == TODAY.isoformat()
        alternates = {a.get("hreflang"): a.get("href") for a in entry.findall("x:link", SITEMAP_NS)}
        assert set(alternates) == set(LANGUAGES) and loc in alternates.values()
    built_pages = {str(p.relative_to(root)) for p in root.rglob("index.html")}
    built_pages -= {str(p.relative_to(root)) for p in (root / "data" / "releases").rglob("index.html")}  # kept files
    assert files == built_pages == set(built.pages)
    assert len(entries) == len(files)  # each page once


def test_robots_allows_everything_and_names_the_sitemap(site: tuple[Path, Built, Tables]) -> None:
    root, _, _ = site
    lines = (root / sitemap.ROBOTS).read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines and "Allow: /" in lines and not any(x.startswith("Disallow: /") for x in lines)
    assert f"Sitemap: {build.site_url()}/sitemap.xml" in lines


def test_the_sitemap_uses_the_static_editions_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(build.SITE_URL_ENV, "https://klynger.example.org/")
    xml = sitemap.sitemap_xml(build.site_url(), ["index.html", "en/organisation/a&b/index.html"], TODAY, LANGUAGES)
    assert "<loc>https://klynger.example.org/</loc>" in xml
    assert "<loc>https://klynger.example.org/en/organisation/a&amp;b/</loc>" in xml  # escaped as XML
    ET.fromstring(xml)
    assert sitemap.robots_txt("https://klynger.example.org").endswith(
        "Sitemap: https://klynger.example.org/sitemap.xml\n"
    )


def test_an_empty_chart_layer_is_hidden_from_screen_readers(site: tuple[Path, Built, Tables]) -> None:
    """Vega draws a layer without rows as a nameless graphics-symbol, which axe reports (svg-img-alt)."""
    empty = '<g class="mark-symbol role-mark layer_2_marks" role="graphics-symbol" aria-roledescription="x"/>'
    named = '<g role="graphics-symbol" aria-label="Gull"/>'
    assert hide_empty_marks(empty + named) == empty.replace('"/>', '" aria-hidden="true"/>') + named
    root, _, data = site
    for org_id in org_ids(data):
        for group in re.findall(r"<g [^>]*/>", org_html(root, org_id, "en")):
            assert 'role="graphics-symbol"' not in group or "aria-hidden" in group or "aria-label" in group, group
