"""`sitemap.xml` and `robots.txt`: every page in every language at its public address, for search engines.

Note that the organisation pages are what a reader finds by searching a name, yet they sit two
links below the front page: the sitemap names each one (and its twin in the other language), so
a search engine need not find them by crawling. `robots.txt` only counts at the root of a host;
served under a path it is ignored, and the sitemap can still be submitted by its address.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from src.text.languages import DEFAULT_LANG, language

SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
URLSET = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def public_url(base: str, path: str) -> str:
    """A page's public address, the folder for an index page (as its canonical link says)."""
    return f"{base}/{path.removesuffix('index.html')}"


def language_of(path: str, languages: tuple[str, ...]) -> tuple[str, str]:
    """(language, path without its language folder): 'en/levels/index.html' → ('en', 'levels/index.html')."""
    for code in languages:
        prefix = language(code).path_prefix
        if prefix and path.startswith(prefix):
            return code, path.removeprefix(prefix)
    return DEFAULT_LANG, path


def sitemap_xml(base: str, paths: list[str], day: date, languages: tuple[str, ...]) -> str:
    """Every page with the build day as its last change and each language's version as an alternate."""
    twins: dict[str, dict[str, str]] = defaultdict(dict)
    for path in paths:
        lang, key = language_of(path, languages)
        twins[key][lang] = path
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{URLSET}" xmlns:xhtml="{XHTML}">']
    for path in sorted(paths):
        alternates = twins[language_of(path, languages)[1]]
        lines += ["<url>", f"<loc>{xml_escape(public_url(base, path))}</loc>", f"<lastmod>{day.isoformat()}</lastmod>"]
        lines += [_alternate(language(code).html_lang, public_url(base, to)) for code, to in sorted(alternates.items())]
        lines.append("</url>")
    return "\n".join([*lines, "</urlset>", ""])


def _alternate(hreflang: str, url: str) -> str:
    return f'<xhtml:link rel="alternate" hreflang={quoteattr(hreflang)} href={quoteattr(url)}/>'


def robots_txt(base: str) -> str:
    """Every crawler may read every page; the sitemap's address."""
    return f"User-agent: *\nAllow: /\nSitemap: {base}/{SITEMAP}\n"


def write(root: Path, base: str, paths: list[str], day: date, languages: tuple[str, ...]) -> None:
    """Both files at the root of the site being built."""
    (root / SITEMAP).write_text(sitemap_xml(base, paths, day, languages), encoding="utf-8")
    (root / ROBOTS).write_text(robots_txt(base), encoding="utf-8")
