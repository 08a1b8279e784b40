"""One organisation: who it is, what its labels were, when each was valid, and what every source says.

Note that the records are found through an index built once per data set (organisation id → its
rows, expiries already worked out), so opening a page reads a handful of rows, not a million.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from urllib.parse import urlencode

import numpy as np
import pandas as pd

from src.facts import memo, organisations
from src.facts.data import Tables
from src.facts.events import event_ids, one_per_event
from src.facts.validity import EXPIRY, EXPIRY_PRECISION, INFERRED, expiry_phrase, expiry_text, with_expiry
from src.metrics import radar
from src.metrics.metrics import LEVEL_ORDER
from src.text import formatting
from src.text.i18n import t, tn
from src.text.languages import language
from src.text.text_safety import escape_markdown, markdown_link, quote_inline
from src.views import org_charts
from src.views.chart_view import ChartView, SourceRef, finish
from src.views.chart_views import GOLD_THRESHOLD_FACT
from src.views.charts import ChartText
from src.views.references import join_words, records_line, refs_of_records, refs_of_rows
from src.views.url_state import lang_param

ORG_PAGE = "organisation"
ORG_PARAM = "org"
# What each chart draws: only these columns go into its spec (fewer to convert, less to send to the browser).
TIMELINE_COLUMNS = ["start", "end", "level", "level_label", "event_label", "date_label", "expiry_label", "on_day",
                    INFERRED]  # fmt: skip
SCORE_COLUMNS = ["day", "score", "score_label", "date_label", "level_label"]


def org_link(org_id: str, lang: str) -> str:
    """'organisation?org=gce-node' (plus the language when not Norwegian): relative, so it works under any base path."""
    params = {ORG_PARAM: org_id, **lang_param(lang)}
    return f"{ORG_PAGE}?{urlencode(params)}"


@dataclass(frozen=True)
class OrgIndex:
    """The records sorted by organisation with their expiries, and where each organisation's rows are."""

    events: pd.DataFrame
    spans: dict[str, tuple[int, int]]
    names: dict[str, str]


def build_org_index(tables: Tables) -> OrgIndex:
    """Sort once, remember each organisation's slice (the sort is stable, so rows keep their record order).

    Note that every row is kept (the radar's index has one row per event): the page lists every source.
    """
    ev = with_expiry(tables.label_events.dropna(subset=["org_id"]))
    ev = ev.sort_values("org_id", kind="stable").reset_index(drop=True)
    ids = ev["org_id"].to_numpy(dtype=object)
    edges = np.flatnonzero(ids[1:] != ids[:-1]) + 1 if len(ids) else np.zeros(0, np.int64)
    starts, stops = np.append(0, edges), np.append(edges, len(ids))
    pairs = zip(starts, stops, strict=True) if len(ids) else iter(())
    spans = {str(ids[a]): (int(a), int(b)) for a, b in pairs if pd.notna(ids[a])}
    orgs = tables.organisations
    names = dict(zip(orgs["org_id"].astype(str), orgs["canonical_name"].fillna("").astype(str), strict=True))
    return OrgIndex(ev, spans, names)


_INDEXES: list[tuple[Tables, OrgIndex]] = []
_INDEXES_KEPT = 4


def index_for(tables: Tables) -> OrgIndex:
    """`build_org_index(tables)`, kept for the last few data sets seen.

    Note that the key is the tables' identity: data are read once and never changed in place.
    """
    return memo.by_identity(_INDEXES, tables, build_org_index, _INDEXES_KEPT)


def org_records(index: OrgIndex, org_id: str) -> pd.DataFrame:
    """One organisation's records (with `expiry` and `valid_until_inferred`); empty when the id is unknown."""
    start, stop = index.spans.get(org_id, (0, 0))
    return index.events.iloc[start:stop]


def label_events(records: pd.DataFrame) -> pd.DataFrame:
    """One row per label event (`src.facts.events.one_per_event`), its expiry worked out from the combined row.

    Note that the expiry is recomputed after combining: the event takes the most precise date and
    the `valid_until` any of its pages states, so its expiry can differ from each row's own.
    """
    combined = one_per_event(records.drop(columns=[EXPIRY, INFERRED, EXPIRY_PRECISION], errors="ignore"))
    return with_expiry(combined).assign(event_id=event_ids(combined).to_numpy()).reset_index(drop=True)


# --- The organisation's facts -------------------------------------------------------------------


@dataclass(frozen=True)
class FormerName:
    """A name the organisation had, and the public page and sentence that say so (when the data have one)."""

    name: str
    changed: str
    url: str | None
    quote: str | None
    lang: str | None = None  # the quote's language (alias_sources.csv's quote_lang)


@dataclass(frozen=True)
class OrgProfile:
    """What the page says about one organisation, in the reader's language."""

    org_id: str
    name: str
    facts: list[tuple[str, str]]  # (label, value), only what is known
    former: list[FormerName]
    sources: list[SourceRef]
    records: int
    events: int


def org_profile(tables: Tables, org_id: str, lang: str) -> OrgProfile | None:
    """Name, former names with their basis, country/sector/region and every source; None for an unknown id."""
    index = index_for(tables)
    if org_id not in index.names:
        return None
    records = org_records(index, org_id)
    facts = [(t("org.country", lang), t(f"country.{records['country'].iloc[0]}", lang))] if len(records) else []
    for column in ("sector", "region"):
        value = _first_known(records[column]) if column in records else None
        if value:
            facts.append((t(f"org.{column}", lang), value))
    return OrgProfile(
        org_id,
        index.names[org_id],
        facts,
        former_names(tables, org_id, records, lang),
        source_refs(records, tables, org_id, lang),
        len(records),
        int(event_ids(records).nunique()),
    )


def _first_known(column: pd.Series) -> str | None:
    known = column.dropna()
    return str(known.iloc[0]) if len(known) else None


def former_names(tables: Tables, org_id: str, records: pd.DataFrame, lang: str) -> list[FormerName]:
    """Every other name: renames a public page states (with page and sentence, oldest first), then the
    other ways the records write the name (no page states those as renames, so they carry no basis)."""
    current_name = index_for(tables).names.get(org_id, "")
    out = [
        FormerName(
            str(r.old_name),
            _changed(r.changed, r.changed_precision, lang),
            str(r.source_url),
            str(r.source_quote),
            str(r.quote_lang),
        )
        for r in organisations.former_names(tables, org_id).itertuples()
    ]
    stated = {f.name for f in out} | {current_name}
    written = records["name_as_written"].dropna().astype(str).unique()
    return out + [FormerName(n, "", None, None) for n in written if n not in stated]


def _changed(day: object, precision: object, lang: str) -> str:
    if day is None or pd.isna(day):
        return ""
    return formatting.partial_date(pd.Timestamp(day), str(precision) if isinstance(precision, str) else "day", lang)


def former_markdown(former: list[FormerName], lang: str) -> str:
    """The former names as a Markdown list, each name once, with every page and sentence that states the rename.

    Every text from the data is escaped, so a name or quote is shown as written, never as Markdown.
    """
    lines: list[str] = []
    spellings = [f.name for f in former if not f.url]
    for name in dict.fromkeys(f.name for f in former if f.url):
        stated = [f for f in former if f.name == name and f.url]
        lines.append(f"- {escape_markdown(name)}")
        for f in stated:
            url = str(f.url)
            where = markdown_link(url.split("/")[2] if "://" in url else url, url)
            changed, quote = escape_markdown(f.changed or "–"), quote_inline(f.quote or "", f.lang or "")
            lines.append("    - " + t("org.former.stated", lang, link=where, changed=changed, quote=quote))
    if not lines:
        lines.append(escape_markdown(t("org.former.none", lang)))
    if spellings:
        lines.append("\n" + escape_markdown(spellings_sentence(former, lang)))
    return "\n".join(lines)


def spellings_sentence(former: list[FormerName], lang: str) -> str:
    """'Også skrevet slik i kildene: «A» og «B».' for the names no page states as renames ('' when none)."""
    spellings = [f.name for f in former if not f.url]
    if not spellings:
        return ""
    opening, closing = language(lang).quotes
    names = join_words([f"{opening}{n}{closing}" for n in spellings], lang)
    return t("org.spellings", lang, names=names)


def source_refs(records: pd.DataFrame, tables: Tables, org_id: str, lang: str) -> list[SourceRef]:
    """Every page that says something about the organisation, with its sentence: records first, then renames."""
    refs = refs_of_rows(records.sort_values("source_row"), lang)
    for r in organisations.former_names(tables, org_id).itertuples():
        where = t("source.file_row", lang, file="alias_sources.csv", row=r.source_row, what=r.old_name)
        refs.append(SourceRef(where, str(r.source_url), str(r.source_quote), int(r.source_row), str(r.quote_lang)))
    return refs


# --- Status on a chosen day ---------------------------------------------------------------------


def status_on(tables: Tables, org_id: str, on: date, lang: str) -> str:
    """'Per 28. mars 2017: gyldig gullmerke, utløper 30. april 2018 (beregnet).' — or why no status can be given."""
    records = org_records(index_for(tables), org_id)
    placeable = records["date"].notna() | records[EXPIRY].notna()  # a label with neither cannot be placed in time
    known = records[placeable & ~(records["date"] > pd.Timestamp(on)).fillna(False)]
    day = formatting.day(on, lang)
    if known.empty:
        if placeable.any():  # dated labels exist, all of them later than the day
            return t("org.status.none_yet", lang, date=day)
        level = t(f"level.word.{records.loc[~placeable, 'level'].iloc[0]}", lang)
        return t("org.status.unknown", lang, date=day, level=level)
    latest = radar.latest_labels(known.drop(columns=[EXPIRY, INFERRED, EXPIRY_PRECISION])).iloc[0]
    status = radar.statuses(pd.Series([latest[EXPIRY]]), on, radar.MUST_RENEW_MONTHS).iloc[0]
    words = {"level": t(f"level.word.{latest['level']}", lang), "label": t(f"level.label.{latest['level']}", lang)}
    said = expiry_text if status == radar.EXPIRING else expiry_phrase  # '(2027 (beregnet))', 'utløper i 2027'
    expiry = said(latest[EXPIRY], bool(latest[INFERRED]), lang, latest[EXPIRY_PRECISION])
    if status in (radar.VALID, radar.EXPIRING) and pd.isna(latest["date"]):
        status = "undated"  # the radar counts it as held, but no source says since when
    if status == radar.EXPIRING:
        return tn("org.status.expiring", radar.MUST_RENEW_MONTHS, lang, date=day, label=words["label"], expiry=expiry)
    return t(f"org.status.{status}", lang, date=day, expiry=expiry, **words)


# --- Charts -------------------------------------------------------------------------------------


def _event_frame(records: pd.DataFrame, on: date, lang: str) -> pd.DataFrame:
    """One row per event with what the timeline draws: start and expiry as ISO days, status on `on`, words."""
    events = label_events(records)
    day = pd.Timestamp(on)
    started = ~(events["date"] > day).fillna(False)  # as on the radar: an undated label counts as held until it expires
    valid = started & (events[EXPIRY] >= day).fillna(False)
    return events.assign(
        start=events["date"].dt.strftime("%Y-%m-%d"),
        end=events[EXPIRY].dt.strftime("%Y-%m-%d"),
        level_label=[t(f"level.{v}", lang) for v in events["level"]],
        event_label=[t(f"event.{v}", lang) for v in events["event"]],
        date_label=[
            formatting.partial_date(d, p, lang) for d, p in zip(events["date"], events["date_precision"], strict=True)
        ],
        expiry_label=[
            expiry_text(d, bool(i), lang, p)
            for d, i, p in zip(events[EXPIRY], events[INFERRED], events[EXPIRY_PRECISION], strict=True)
        ],
        expiry_phrase=[
            expiry_phrase(d, bool(i), lang, p)
            for d, i, p in zip(events[EXPIRY], events[INFERRED], events[EXPIRY_PRECISION], strict=True)
        ],
        on_day=np.where(valid, t("org.timeline.valid_on", lang), t("org.timeline.not_valid_on", lang)),
        valid_on_day=valid.to_numpy(bool),
    )


def timeline_view(tables: Tables, org_id: str, on: date, lang: str) -> ChartView | None:
    """The organisation's label events by level: a bar from award to expiry (dashed where the expiry is estimated)."""
    fmt = partial(formatting.number, lang=lang)
    index = index_for(tables)
    records = org_records(index, org_id)
    if records.empty:
        return None
    data = _event_frame(records, on, lang)
    drawn = data[data["start"].notna() | data["end"].notna()]
    if drawn.empty:
        return None
    name = index.names[org_id]
    day = formatting.day(on, lang)
    undrawn = len(data) - len(drawn)
    valid = int(drawn["valid_on_day"].sum())
    subtitle = t("org.timeline.subtitle", lang, events=fmt(len(drawn)), valid=fmt(valid), date=day)
    if undrawn:
        subtitle += " " + t("org.timeline.undrawn", lang, count=fmt(undrawn))
    items = [
        t("org.timeline.item", lang, level=lv, event=ev, date=d or "–", expiry=ex)
        for lv, ev, d, ex in drawn[["level_label", "event_label", "date_label", "expiry_phrase"]].itertuples(
            index=False
        )
    ]
    text = ChartText(
        title=t("org.timeline.title", lang, name=name),
        subtitle=subtitle,
        source_line=records_line(tables, t("org.timeline.n", lang, count=fmt(len(drawn))), lang),
        description=t("org.timeline.description", lang, name=name, date=day, items=join_words(items, lang)),
    )
    levels = [lv for lv in LEVEL_ORDER[::-1] if lv in set(drawn["level"])]
    chart = org_charts.timeline(drawn[TIMELINE_COLUMNS], on=on.isoformat(), levels=levels,
                                legend=t("org.timeline.legend", lang))  # fmt: skip
    table = drawn[["event_id", "level", "event", "start", "end", INFERRED, "valid_on_day", "score_pct", "record_ids"]]
    ends = [formatting.iso_partial(d, p) for d, p in zip(drawn[EXPIRY], drawn[EXPIRY_PRECISION], strict=True)]
    table = table.assign(start=_iso_dates(drawn), end=ends)  # as precise as the source: '2015', not 2015-01-01
    refs = _refs_for(records, set(", ".join(drawn["record_ids"]).split(", ")), lang)
    return finish("org_timeline", chart, text, table.reset_index(drop=True), lang, refs, as_of=on.isoformat())


def _iso_dates(events: pd.DataFrame) -> list[str]:
    """Each event's date in ISO form, as precise as its source says."""
    return [formatting.iso_partial(d, p) for d, p in zip(events["date"], events["date_precision"], strict=True)]


def _refs_for(records: pd.DataFrame, record_ids: set[str], lang: str) -> list[SourceRef]:
    return refs_of_records(records, record_ids, lang)


def scores_view(tables: Tables, org_id: str, lang: str) -> ChartView | None:
    """The organisation's published scores over time, with the gold threshold drawn; None when none is published."""
    index = index_for(tables)
    records = org_records(index, org_id)
    if not records["score_pct"].notna().any():
        return None  # most organisations: no score to draw, so no events to combine
    scored = label_events(records)
    scored = scored[scored["score_pct"].notna() & scored["date"].notna()]
    if scored.empty:
        return None
    name = index.names[org_id]
    threshold = float(tables.context_facts.set_index("fact_id").loc[GOLD_THRESHOLD_FACT, "value"])
    data = scored.assign(
        day=scored["date"].dt.strftime("%Y-%m-%d"),
        score=scored["score_pct"].astype("float64"),
        score_label=[formatting.number(s, lang) for s in scored["score_pct"]],
        date_label=[
            formatting.partial_date(d, p, lang) for d, p in zip(scored["date"], scored["date_precision"], strict=True)
        ],
        level_label=[t(f"level.{v}", lang) for v in scored["level"]],
    )
    items = [
        t("org.scores.item", lang, date=d, score=s, level=t(f"level.word.{lvl}", lang))
        for d, s, lvl in data[["date_label", "score_label", "level"]].itertuples(index=False)
    ]
    text = ChartText(
        title=t("org.scores.title", lang, name=name),
        subtitle=t("org.scores.subtitle", lang, threshold=formatting.number(threshold, lang)),
        source_line=records_line(tables, t("org.scores.n", lang, count=formatting.number(len(data), lang)), lang),
        description=t("org.scores.description", lang, name=name, items=join_words(items, lang)),
    )
    chart = org_charts.scores(data[SCORE_COLUMNS], threshold=threshold, axis_title=t("org.scores.axis", lang))
    table = data[["day", "level", "event", "score", "record_ids"]].assign(day=_iso_dates(data)).reset_index(drop=True)
    refs = _refs_for(records, set(", ".join(data["record_ids"]).split(", ")), lang)
    return finish("org_scores", chart, text, table, lang, refs)


def scored_organisations(tables: Tables, countries: tuple[str, ...], years: tuple[int, int]) -> list[tuple[str, str]]:
    """(org_id, name) of every organisation in the gold-score chart for these filters, in name order."""
    ev = tables.label_events
    chosen = ev["level"].eq("gold") & ev["score_pct"].notna() & ev["country"].isin(countries)
    chosen &= ev["year"].between(years[0], years[1]).fillna(False)
    ids = ev.loc[chosen.fillna(False).to_numpy(bool), "org_id"].dropna().unique()
    names = index_for(tables).names
    return sorted(((str(i), names.get(str(i), str(i))) for i in ids), key=lambda pair: pair[1].casefold())
