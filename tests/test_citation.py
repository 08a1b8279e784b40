"""Citations credit the original sources before the app; embed code cannot be turned into markup."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest

from src.facts.data import Tables
from src.views import chart_views as views
from src.views import citation, registry

from .conftest import gold_scores, quality_index

APP_URL = "https://klynge.example.org/comparison"
TODAY = date(2026, 11, 27)
# The article, as the README and data/sources describe it: Cluster Services, 28 March 2017.
ARTICLE_URL = "http://www.i-perform.no/2017/03/28/2399/"
ARTICLE_TITLE = "Mangler norske klynger fokus på kontinuerlig kvalitetsutvikling?"
ARTICLE_AUTHOR = "Tor-Arne Bellika"
RETRIEVED = {"nb": "hentet 27. november 2026", "en": "retrieved 27 November 2026"}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_chart_citation_credits_the_article_then_the_app(tables: Tables, lang: str) -> None:
    text = citation.chart_citation(quality_index(tables, lang), lang, APP_URL, tables, today=TODAY)
    for expected in ("Cluster Services", "2017", ARTICLE_URL, ARTICLE_TITLE, ARTICLE_AUTHOR):
        assert expected in text
    assert text.index("Cluster Services") < text.index("Klyngekvalitet")
    *_, last, release = text.splitlines()  # the app's line, then the data release (tests/test_releases.py)
    assert "/data/releases/" in release
    assert "Klyngekvalitet" in last and APP_URL in last and RETRIEVED[lang] in last


def test_chart_citation_without_tables_still_names_the_article(tables: Tables) -> None:
    text = citation.chart_citation(quality_index(tables, "nb"), "nb", APP_URL, today=TODAY)
    assert "Cluster Services" in text and "2017" in text and ARTICLE_URL in text
    assert "n = 28 (Norge) og 29 (Danmark)" in text  # the article's sample sizes, via the source line


def test_chart_citation_includes_title_and_source_line(tables: Tables) -> None:
    view = quality_index(tables, "en")
    text = citation.chart_citation(view, "en", APP_URL, tables, today=TODAY)
    assert view.text.title in text and view.text.source_line in text


def test_record_chart_counts_its_pages_and_names_esca(tables: Tables) -> None:
    view = gold_scores(tables, "nb")
    pages = {ref.url for ref in view.sources}
    assert len(pages) > citation.MAX_LISTED_PAGES  # many pages: summarised, not listed
    text = citation.chart_citation(view, "nb", APP_URL, tables, today=TODAY)
    assert f"{len(pages)} offentlige sider" in text
    assert "ESCA" in text
    assert "http" not in text.split("Kildesider")[1].split("\n")[0]  # summarised by website, not by link


def test_few_pages_are_listed_by_link() -> None:
    urls = ["https://a.example/1", "https://b.example/2"]
    line = citation.pages_line(urls, "en")
    assert all(u in line for u in urls)


def test_busiest_sites_come_first() -> None:
    urls = [f"https://www.cluster-analysis.org/{i}" for i in range(5)] + ["https://gcenode.no/a", "https://x.no/b"]
    line = citation.pages_line(urls, "en")
    assert "7 public pages on 3 websites" in line
    assert line.index("cluster-analysis.org") < line.index("gcenode.no")
    assert "5 from the ESCA register" in line


def test_chart_without_source_rows_still_cites(tables: Tables) -> None:
    view = views.level_distribution_view(tables, ("NO", "DK"), ("bronze", "silver", "gold"), "en")
    assert view is not None and not view.sources
    text = citation.chart_citation(view, "en", APP_URL, tables, today=TODAY)
    assert view.text.source_line in text and RETRIEVED["en"] in text


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_dataset_citation(tables: Tables, lang: str) -> None:
    text = citation.dataset_citation(tables, lang, "https://klynge.example.org", today=TODAY)
    # README (v2): 101 public label records; two event keys are shared by two rows each
    # (gce-node-gold-2012, eyde-cluster-gold-first, read off label_records.csv), so 101 - 2 = 99 events.
    for expected in ("Cluster Services", "2017", ARTICLE_URL, ARTICLE_TITLE, ARTICLE_AUTHOR, "ESCA", "101", "99"):
        assert expected in text
    assert text.index(ARTICLE_URL) < text.index("https://klynge.example.org")
    assert RETRIEVED[lang] in text


def test_citations_differ_by_language(tables: Tables) -> None:
    nb = citation.dataset_citation(tables, "nb", APP_URL, today=TODAY)
    en = citation.dataset_citation(tables, "en", APP_URL, today=TODAY)
    assert nb != en and "hentet" in nb and "retrieved" in en


class IframeAttributes(HTMLParser):
    """Collects the tags and the attributes of the one iframe a snippet should contain."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "iframe":
            self.attrs = dict(attrs)


def parse(snippet: str) -> IframeAttributes:
    parser = IframeAttributes()
    parser.feed(snippet)
    return parser


def test_embed_snippet_shape() -> None:
    snippet = citation.embed_snippet("https://klynge.example.org/chart?chart=follow_up&lang=en", "Follow-up")
    parsed = parse(snippet)
    assert parsed.tags == ["iframe", "script"]
    assert parsed.attrs["src"] == "https://klynge.example.org/chart?chart=follow_up&lang=en"
    assert "&amp;lang=en" in snippet
    assert parsed.attrs["loading"] == "lazy" and parsed.attrs["width"] == "100%"
    assert parsed.attrs["height"] == "520" and parsed.attrs["style"] == "border:0"
    assert snippet.endswith("</iframe>" + citation.EMBED_SCRIPT)


def test_embed_snippet_starts_at_the_measured_height_and_follows_the_page() -> None:
    embed = registry.CHART_BY_ID["europe_labels"].embed
    snippet = citation.embed_snippet("https://klynge.example.org/chart?chart=europe_labels", "Europa", embed.start)
    assert parse(snippet).attrs["height"] == str(max(embed.phone, embed.wide))
    script = citation.EMBED_SCRIPT
    assert citation.HEIGHT_MESSAGE in script and "e.source!==f.contentWindow" in script and "e.origin!==o" in script


def test_embed_height_between_and_beyond_the_measured_widths() -> None:
    embed = registry.CHART_BY_ID["labels_per_year"].embed
    assert embed.height(320) == embed.phone
    assert embed.height(1920) == embed.wide
    assert embed.wide < embed.height(835) < embed.phone
    assert parse(citation.embed_snippet("https://k.example/", "t")).attrs["height"] == str(citation.EMBED_HEIGHT)


@pytest.mark.parametrize(
    "title",
    ['"><script>alert(1)</script>', "Tom & Jerry's «klynge»", "' onload='alert(1)"],
)
def test_embed_snippet_escapes_hostile_titles(title: str) -> None:
    snippet = citation.embed_snippet("https://klynge.example.org/?x=1", title)
    assert snippet.count("<script") == 1 and snippet.endswith("</iframe>" + citation.EMBED_SCRIPT)
    parsed = parse(snippet)
    assert parsed.tags == ["iframe", "script"]  # the snippet's own script, nothing from the title
    assert parsed.attrs["title"] == title  # the same text comes back, as text
    assert "onload" not in parsed.attrs


def test_embed_snippet_escapes_hostile_addresses() -> None:
    url = 'https://klynge.example.org/?q="><script>alert(1)</script>'
    parsed = parse(citation.embed_snippet(url, "t"))
    assert parsed.tags == ["iframe", "script"] and parsed.attrs["src"] == url


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x", ""])
def test_embed_snippet_refuses_other_schemes(url: str) -> None:
    with pytest.raises(ValueError):
        citation.embed_snippet(url, "t")
