"""The releases in the static edition: each kept release's files under `data/releases/<version>/` with a
page of its own, 'Hva er endret' on the sources page, and the Atom feed `changes.xml`.

Note that the kept files are copied as they are (the bytes a citation's link promised), so a link
in a news story keeps opening the rows the journalist saw after the next release.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, time
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree as ET

from src.facts.release import Release, releases
from src.metrics.release_counts import Comparison, history
from src.site import templating
from src.site.content import Block, Link, table_data
from src.text.i18n import DEFAULT_LANG, t
from src.views import changelog
from src.views.releases import CHANGES_FEED, built_day, release_path, release_url, site_root

ATOM = "http://www.w3.org/2005/Atom"
CHANGES_ANCHOR = "changes"
PAGE = "index.html"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@lru_cache(maxsize=4)
def kept_history(data_dir: Path, current: str) -> tuple[list[Release], list[Comparison]]:
    """The kept releases and each one against the one before (computed once per build and current release)."""
    kept = [r for r in releases(data_dir) if r.number <= int(current)]
    return kept, history(kept)


def history_of(current: Release | None) -> tuple[list[Release], list[Comparison]]:
    """`kept_history` for the tables' release; nothing for data without a release (a test's synthetic data)."""
    if current is None:
        return [], []
    return kept_history(current.path.parent.parent, current.version)


def page_of(version: str) -> str:
    """A release's page in the static edition, site-relative (a folder link resolves to it on any host)."""
    return release_path(version) + PAGE


def changes_blocks(current: Release | None, lang: str) -> list[Block]:
    """'Hva er endret' for the sources page: each release, newest first, with its note and two tables."""
    kept, comparisons = history_of(current)
    if not kept:
        return []
    blocks = [Block("heading", t("changes.heading", lang), items=(CHANGES_ANCHOR,)),
              Block("text", t("changes.intro", lang))]  # fmt: skip
    for entry in changelog.entries(kept, comparisons, lang):
        blocks += [Block("subheading", entry.heading, items=(entry.anchor,))]
        blocks += [Block("note", entry.note)] if entry.note else []
        blocks += [Block("text", entry.summary)] if entry.summary else []
        if not entry.records.empty:
            blocks.append(
                Block(
                    "table",
                    table=table_data(entry.records, lang, entry.records_caption),
                )
            )
        if not entry.counts.empty:
            blocks.append(
                Block(
                    "table",
                    table=table_data(entry.counts, lang, entry.counts_caption),
                )
            )
        blocks += [Block("note", entry.counts_note)] if entry.counts_note else []
        blocks.append(Block("links", items=(_files_link(entry.release, lang),)))
    return blocks


def _files_link(kept: Release, lang: str) -> Link:
    label = f"{t('release.page_title', lang, version=kept.version)}: {t('release.files', lang)}"
    return Link(label, page_of(kept.version))


def write_releases(root: Path, current: Release | None, languages: tuple[str, ...]) -> list[str]:
    """Copy every kept release into `root/data/releases/`, write each one's page and the feed; return their paths."""
    kept, comparisons = history_of(current)
    written: list[str] = []
    for item in kept:
        target = root / release_path(item.version)
        shutil.copytree(item.path, target)
        files = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
        html = templating.render("release.html.j2", release=item, files=files, languages=languages,
                                 path=page_of(item.version), css="assets/site.css", sources_page="sources/index.html",
                                 anchor=f"release-{item.version}", day=built_day)  # fmt: skip
        (target / PAGE).write_text(html, encoding="utf-8")
        written.append(page_of(item.version))
    for lang in languages if kept else ():
        (root / feed_path(lang)).parent.mkdir(parents=True, exist_ok=True)
        (root / feed_path(lang)).write_text(atom_feed(kept, comparisons, lang), encoding="utf-8")
        written.append(feed_path(lang))
    return written


def feed_path(lang: str) -> str:
    """changes.xml beside the language's front page: `changes.xml`, `en/changes.xml`."""
    return CHANGES_FEED if lang == DEFAULT_LANG else f"{lang}/{CHANGES_FEED}"


def atom_feed(kept: list[Release], comparisons: list[Comparison], lang: str = DEFAULT_LANG) -> str:
    """changes.xml: one entry per kept release (newest first) with its summary, note and changed counts."""
    root = site_root()
    home = root if lang == DEFAULT_LANG else f"{root}/{lang}"
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: lang})
    entries = changelog.entries(kept, comparisons, lang)
    _text(feed, "title", t("changes.feed_title", lang))
    _text(feed, "id", f"{home}/{CHANGES_FEED}")
    _text(feed, "updated", _stamp(kept[-1]))
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": f"{home}/{CHANGES_FEED}"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": f"{home}/sources/#{CHANGES_ANCHOR}"})
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", t("app.name", lang))
    for entry in entries:
        item = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(item, "title", entry.heading)
        _text(item, "id", release_url(entry.release.version, root))
        _text(item, "updated", _stamp(entry.release))
        ET.SubElement(item, f"{{{ATOM}}}link", {"rel": "alternate", "href": release_url(entry.release.version, root)})
        lines = [entry.summary, entry.note, *_count_lines(entry), entry.counts_note]
        _text(item, "summary", "\n".join(line for line in lines if line))
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _count_lines(entry: changelog.Entry) -> list[str]:
    return [" · ".join(str(v) for v in row) for row in entry.counts.itertuples(index=False, name=None)]


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _stamp(kept: Release) -> str:
    """The release's day as an Atom timestamp (midnight UTC: a release is dated to the day)."""
    day = datetime.fromisoformat(kept.built).date()
    return datetime.combine(day, time(0, 0), tzinfo=UTC).isoformat().replace("+00:00", "Z")
