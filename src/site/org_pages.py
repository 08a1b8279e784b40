"""One static page per organisation, in each language, and an index of them all.

A cluster manager or a journalist finds an organisation by searching its name, so each one gets an
address of its own (`organisation/<id>/`) with the name in its `<title>` and `<h1>`. The page shows
what the app's organisation page shows (`app_pages/organisation.py`) on the build day: name, former
names with the sentence behind each rename, country, sector, region, the label timeline, published
scores, the status on the build day and every source with its quote, all read from
`src.views.org_views`. Its charts are drawn inline like every other chart, but without the six
files and preview image (130 pages would multiply the build): the app has those one click away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from src.facts.data import Tables
from src.site.content import Block, ChartBlock, Link, Page
from src.site.pages import ORG_SLUG, Maker, org_slug, page_path
from src.text import formatting
from src.text.i18n import DEFAULT_LANG, t, tn
from src.views import org_views, registry, renewal, share
from src.views.chart_view import ChartView, Quoted
from src.views.org_views import FormerName, OrgProfile

OG_CHART = "level_distribution"  # the preview image of an organisation's page: the levels page's key chart


class OrgMaker(Maker, Protocol):
    """A `Maker` that can also draw a chart without its files (the organisation pages' small charts)."""

    def small_chart(self, view: ChartView, explore: str) -> ChartBlock: ...


@dataclass(frozen=True)
class Rename:
    """A former name and each public page that states the rename: (when, page link, the page's sentence)."""

    name: str
    stated: tuple[tuple[str, Link, str, Quoted], ...]  # the sentence before the link, the link, after it, the quote


def org_app_link(app_url: str, org_id: str, lang: str, day: date) -> str:
    """The organisation's page in the app, on the day this page shows (the app's own default is its today)."""
    params = {"org": org_id, "on": day.isoformat(), **({"lang": lang} if lang != DEFAULT_LANG else {})}
    return share.link(app_url, org_views.ORG_PAGE, params)


def organisation_pages(tables: Tables, lang: str, today: date, maker: OrgMaker, app_url: str) -> list[Page]:
    """The index of organisations, then one page per organisation in the data, in name order."""
    profiles = [p for p in map(lambda i: org_views.org_profile(tables, i, lang), _org_ids(tables)) if p]
    profiles.sort(key=lambda p: (p.name.casefold(), p.org_id))
    built = [org_page(tables, p, lang, today, maker, app_url) for p in profiles]
    return [index_page(profiles, tables, lang), *built]


def _org_ids(tables: Tables) -> list[str]:
    return [str(i) for i in tables.organisations["org_id"].dropna().unique()]


def index_page(profiles: list[OrgProfile], tables: Tables, lang: str) -> Page:
    """Every organisation by name (casefolded), with its country and the former names a page states."""
    items = tuple(Link(_index_label(p, tables, lang), page_path(org_slug(p.org_id), lang)) for p in profiles)
    lead = tn("site.orgs.lead", len(profiles), lang)
    blocks = [Block("text", lead), Block("links", items=items)]
    return Page(ORG_SLUG, lang, t("site.orgs.title", lang), lead, OG_CHART, blocks)


def _index_label(profile: OrgProfile, tables: Tables, lang: str) -> str:
    """'Norway Health Tech (Norge) – tidligere Oslo Medtech': the words of the app's search results."""
    country = _country(profile, tables, lang)
    former = list(dict.fromkeys(f.name for f in profile.former if f.url))
    if former:
        joined = org_views.join_words(former, lang)
        return t("org.search.former", lang, name=profile.name, country=country, former=joined)
    return t("org.search.result", lang, name=profile.name, country=country)


def _country(profile: OrgProfile, tables: Tables, lang: str) -> str:
    """The country as the profile names it; from the organisation table when it has no records."""
    known = dict(profile.facts).get(t("org.country", lang))
    if known:
        return known
    row = tables.organisations.loc[tables.organisations["org_id"] == profile.org_id, "country"]
    return t(f"country.{row.iloc[0]}", lang) if len(row) and row.iloc[0] in ("NO", "DK") else "–"


def org_page(tables: Tables, profile: OrgProfile, lang: str, today: date, maker: OrgMaker, app_url: str) -> Page:
    """One organisation's page: the app's organisation page with the status day fixed to the build day."""
    explore = org_app_link(app_url, profile.org_id, lang, today)
    status = org_views.status_on(tables, profile.org_id, today, lang)
    blocks = [
        Block("text", t("org.lead", lang)),
        *_facts(profile, lang),
        *_former(profile.former, lang),
        *_status(tables, status, lang, today, explore),
        *_charts(tables, profile.org_id, lang, today, maker, explore),
        Block("heading", t("org.sources.title", lang)),
        Block(
            "quotes", items=tuple((Link(ref.where, ref.url), Quoted(ref.quote, ref.lang)) for ref in profile.sources)
        ),
        Block("links", items=(Link(t("site.orgs.title", lang), page_path(ORG_SLUG, lang)),)),
    ]
    country = _country(profile, tables, lang)
    description = t("site.org.description", lang, name=profile.name, country=country, status=status)
    return Page(org_slug(profile.org_id), lang, profile.name, description, OG_CHART, blocks, app=explore)


def _facts(profile: OrgProfile, lang: str) -> list[Block]:
    counts = tn("org.counts", profile.records, lang, events=tn("count.label_events", profile.events, lang))
    return [Block("facts", items=tuple(profile.facts)), Block("text", counts)]


def _former(former: list[FormerName], lang: str) -> list[Block]:
    """Each renamed-from name once, with every page and sentence that states the rename; then other spellings."""
    renames = tuple(
        Rename(name, tuple(_stated(f, lang) for f in former if f.name == name and f.url))
        for name in dict.fromkeys(f.name for f in former if f.url)
    )
    blocks = [Block("heading", t("org.former.title", lang))]
    blocks.append(Block("former", items=renames) if renames else Block("note", t("org.former.none", lang)))
    spellings = org_views.spellings_sentence(former, lang)
    return [*blocks, Block("note", spellings)] if spellings else blocks


LINK_MARK = "\x00"  # where the link goes in a translated sentence (never in a text)


def _stated(former: FormerName, lang: str) -> tuple[str, Link, str, Quoted]:
    """One whole sentence around its link: the translation puts {link} where its language wants it."""
    url = str(former.url)
    before, after = t("site.org.renamed", lang, changed=former.changed or "–", link=LINK_MARK).split(LINK_MARK)
    return before, Link(share.site_of(url), url), after, Quoted(former.quote or "", former.lang or "")


def _status(tables: Tables, status: str, lang: str, today: date, explore: str) -> list[Block]:
    """The status on the build day, said to be that day, and that the records may end earlier."""
    return [
        Block("heading", t("site.org.status_title", lang, date=formatting.day(today, lang))),
        Block("text", status),
        Block("note", t("site.org.status_built", lang)),
        *_records_end(tables, today, lang),
        Block("explore", explore),
    ]


def _records_end(tables: Tables, today: date, lang: str) -> list[Block]:
    """When the build day is after the last dated record: a later renewal would be missing, not absent.

    (The radar's own note, `renewal.records_end_note`, speaks of the radar; this page has none.)
    """
    last = renewal.records_end(tables, today, lang)
    return [Block("note", t("site.org.records_end", lang, last=last))] if last else []


def _charts(tables: Tables, org_id: str, lang: str, today: date, maker: OrgMaker, explore: str) -> list[Block]:
    """The timeline on the build day and the published scores, or the app's sentence for each that is missing."""
    timeline = registry.build("org_timeline", tables, {"org": org_id, "on": today}, lang, today)
    scores = registry.build("org_scores", tables, {"org": org_id}, lang, today)
    drawn = lambda view: Block("chart", chart=maker.small_chart(view, explore))  # noqa: E731
    return [
        drawn(timeline) if timeline else Block("note", t("chart.no_data", lang)),
        drawn(scores) if scores else Block("note", t("org.no_scores", lang)),
    ]
