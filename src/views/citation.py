"""Copyable citations that credit the original sources first and this app second, and embed code.

Note that the app only compiles: the figures are Cluster Services' (the 2017 article) and the
label records come from ESCA's register and the clusters' own pages, so a citation names them
before it names Klyngekvalitet.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from datetime import date
from urllib.parse import urlparse

import pandas as pd

from src.facts.data import Tables
from src.facts.events import event_count
from src.text import formatting
from src.text.i18n import t, tn
from src.views import releases
from src.views.chart_view import ChartView
from src.views.references import join_words
from src.views.share import site_of

ESCA_SITE = "cluster-analysis.org"  # ESCA's benchmarking site, home of the public label register
MAX_LISTED_PAGES = 3  # more pages than this are summarised by website instead of listed
TOP_SITES = 4
EMBED_SCHEMES = ("http", "https")
EMBED_HEIGHT = 520  # a page without a measured height
HEIGHT_MESSAGE = "klyngekvalitet:height"  # the chart page's postMessage type (src/ui, `chart_alone`)
# Sets the iframe just before it to the height its page reports; only messages from that iframe (its window
# and origin) count. Fixed text: nothing from the chart, its title or its address is written into it.
EMBED_SCRIPT = (
    "<script>(function(){var f=document.currentScript.previousElementSibling;"
    "var o=new URL(f.src,location.href).origin;"
    'window.addEventListener("message",function(e){var d=e.data;'
    "if(e.source!==f.contentWindow||e.origin!==o||!d||d.type!==" + f'"{HEIGHT_MESSAGE}"' + ")return;"
    "var h=Math.ceil(Number(d.height));"
    'if(h>0&&h<20000)f.style.height=h+"px";});})();</script>'
)


def chart_citation(
    view: ChartView, lang: str, url: str, tables: Tables | None = None, today: date | None = None
) -> str:
    """Title and source line, the original publication(s) and pages, then this app with its address.

    Note that with `tables` a publication is cited in full (author, title, publisher, date, link);
    without, the source line (publisher, year, title, n, as-of) and the links carry the credit.
    """
    urls = list(dict.fromkeys(ref.url for ref in view.sources))
    publications = _publications(tables, urls)
    cited = set(publications["url"])
    pages = [u for u in urls if u not in cited]
    lines = [t("citation.chart", lang, title=view.text.title, source_line=view.text.source_line.rstrip("."))]
    lines += _publication_lines(publications, lang)
    lines += [pages_line(pages, lang)] if pages else []
    lines.append(app_line(lang, url, today))
    lines += release_lines(tables, lang)
    return "\n".join(lines)


def release_lines(tables: Tables | None, lang: str) -> list[str]:
    """The data release the figures come from, with the link to its kept files (none for unreleased data)."""
    return [releases.citation_line(tables.release, lang)] if tables is not None and tables.release else []


def dataset_citation(tables: Tables, lang: str, url: str, today: date | None = None) -> str:
    """The whole data set: the article in full, the label records and their pages, then this app."""
    app = t("app.name", lang)
    publications = _publications(tables, list(tables.sources["url"]))
    cited = set(publications["url"])
    pages = [u for u in _all_source_urls(tables) if u not in cited]
    return "\n".join(
        [
            t("citation.dataset", lang, app=app),
            *_publication_lines(publications, lang),
            tn(
                "citation.records",
                len(tables.label_events),
                lang,
                events=tn("count.label_events", event_count(tables.label_events), lang),
            ),
            pages_line(pages, lang),
            app_line(lang, url, today),
            *release_lines(tables, lang),
        ]
    )


def _all_source_urls(tables: Tables) -> list[str]:
    columns = [tables.figures["source_url"], tables.label_events["source_url"], tables.context_facts["source_url"]]
    return list(dict.fromkeys(str(u) for column in columns for u in column.dropna()))


def _publications(tables: Tables | None, urls: list[str]) -> pd.DataFrame:
    """The rows of the publication list whose link is among `urls`, in the list's order."""
    if tables is None:
        return pd.DataFrame(columns=["url"])
    return tables.sources[tables.sources["url"].isin(urls)]


def _publication_lines(publications: pd.DataFrame, lang: str) -> list[str]:
    return [
        t(
            "citation.publication",
            lang,
            author=row.author,
            title=row.title,
            publisher=row.publisher,
            date=formatting.day(row.published, lang),
            url=row.url,
        )
        for row in publications.itertuples()
    ]


def pages_line(urls: list[str], lang: str) -> str:
    """A few pages listed by link; many summarised by website, busiest first, ESCA named as such."""
    if len(urls) <= MAX_LISTED_PAGES:
        return t("citation.pages", lang, urls=", ".join(urls))
    sites = Counter(site_of(u) for u in urls)
    top = [
        t("citation.site_count", lang, site=_site_name(s, lang), count=formatting.number(n, lang))
        for s, n in _busiest(sites.items())
    ]
    return tn(
        "citation.pages_many", len(urls), lang, sites=tn("count.websites", len(sites), lang), top=join_words(top, lang)
    )


def _busiest(counts: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(counts, key=lambda item: (-item[1], item[0]))[:TOP_SITES]


def _site_name(site: str, lang: str) -> str:
    return t("citation.esca", lang, site=site) if site == ESCA_SITE else site


def app_line(lang: str, url: str, today: date | None = None) -> str:
    """'Sammenstilt i Klyngekvalitet, <url>, hentet <date>.'"""
    when = formatting.day(today or date.today(), lang)
    return t("citation.app", lang, app=t("app.name", lang), url=url, date=when)


def embed_snippet(url_with_params: str, title: str, height: int = EMBED_HEIGHT) -> str:
    """An `<iframe>` for a web page, with the address and title escaped for an HTML attribute, and a script.

    Note that escaping cannot make a `javascript:` address safe, so only http(s) is accepted.
    The iframe starts at `height` (the registry's `Embed.start`: it fits the chart at a phone's and a
    desktop's width); the few
    lines of script after it (fixed text, `EMBED_SCRIPT`) then follow the height the chart page
    reports by `postMessage`, as responsive embeds do, so a tall chart never scrolls inside its frame.
    """
    if urlparse(url_with_params).scheme.lower() not in EMBED_SCHEMES:
        raise ValueError("an embedded chart needs an http(s) address")
    src = html.escape(url_with_params, quote=True)
    label = html.escape(title, quote=True)
    return (
        f'<iframe src="{src}" title="{label}" loading="lazy" width="100%" height="{int(height)}" '
        f'style="border:0"></iframe>{EMBED_SCRIPT}'
    )
