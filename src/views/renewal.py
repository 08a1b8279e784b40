"""The renewal page's content: the follow-up computed from the records beside the article's, and the expiry radar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from src.facts.data import Tables
from src.facts.validity import EXPIRY, EXPIRY_PRECISION, INFERRED, expiry_text, period_end, unknown_expiry_count
from src.metrics import metrics, radar
from src.metrics.follow_up import FollowUpSummary, coverage_text, definition_text, follow_up_from_records
from src.metrics.metrics import FollowUp
from src.text import formatting
from src.text.i18n import t, tn
from src.views.org_views import org_link


@dataclass(frozen=True)
class ComputedFollowUp:
    """The recomputed figure and the words around it; never blended with the article's 24/55."""

    summary: FollowUpSummary
    definition: str
    coverage: str
    comparison: str
    by_country: pd.DataFrame


def computed_follow_up(tables: Tables, lang: str, as_of: date) -> ComputedFollowUp:
    """Follow-up from the public records as of `as_of`, with per-country rates for the reader."""
    _, summary = follow_up_from_records(tables.label_events, as_of=as_of)
    article = metrics.follow_up(tables.figures)
    followed, total = (formatting.number(n, lang) for n in (article.followed_up, article.total))
    comparison = t("follow_up.computed.compare_article", lang, article_followed=followed, article_total=total)
    return ComputedFollowUp(summary, definition_text(lang), coverage_text(summary, lang), comparison,
                            _rates_for_reader(summary.by_country, lang))  # fmt: skip


def _rates_for_reader(rates: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("radar.col.country", lang): [t(f"country.{c}", lang) for c in rates["country"]],
            t("renewal.col.followed", lang): [
                f"{k} / {n}" for k, n in zip(rates["followed_up"], rates["decided"], strict=True)
            ],
            t("renewal.col.rate", lang): [formatting.percent(r, lang) for r in rates["rate"]],
            t("renewal.col.interval", lang): [
                f"{formatting.percent(lo, lang)}–{formatting.percent(hi, lang)}"
                for lo, hi in zip(rates["low"], rates["high"], strict=True)
            ],
        }
    )


TABLE_MAX = 500  # rows a table shows; the counts above it always cover every organisation


@dataclass(frozen=True)
class RadarTables:
    """The radar for one day and window: status counts in words, the must-renew list and the full board."""

    counts: str
    due: pd.DataFrame
    board: pd.DataFrame
    due_total: int
    board_total: int
    unknown_note: str = ""  # what «Ukjent N» counts: the same N, in organisations, and the records behind it
    records_end: str = ""  # said when the chosen day is after the last dated record ('' otherwise)


def radar_tables(tables: Tables, on: date, months: int, lang: str) -> RadarTables:
    """Counts, the must-renew list (soonest first) and every organisation, each table cut at `TABLE_MAX` rows."""
    index = radar.index_for(tables.label_events)
    shown = radar.board(index, on, months)
    due = radar.due(shown)
    everyone = np.arange(len(shown.positions))
    by_status = radar.board_counts(shown)
    counts = " · ".join(
        t("radar.status_count", lang, status=t(f"radar.status.{s}", lang), count=formatting.number(n, lang))
        for s, n in by_status.items()
    )
    unknown_note = tn(
        "radar.unknown_note",
        unknown_expiry_count(tables.label_events),
        lang,
        status=t("radar.status.unknown", lang),
        orgs=formatting.number(by_status[radar.UNKNOWN], lang),
    )
    return RadarTables(
        counts,
        _reader_table(tables, radar.board_rows(index, shown, due, TABLE_MAX), lang),
        _reader_table(tables, radar.board_rows(index, shown, everyone, TABLE_MAX), lang),
        len(due),
        len(everyone),
        unknown_note,
        records_end_note(tables, on, lang),
    )


def records_end_note(tables: Tables, on: date, lang: str) -> str:
    """When the chosen day is after the last dated record: say the records end there ('' otherwise).

    Note that the radar opens on today, but the public records stop earlier: labels awarded or
    renewed since are missing, so 'expired' after that day may only mean 'not in the records'.
    """
    last = records_end(tables, on, lang)
    return t("radar.records_end", lang, last=last, on=formatting.day(on, lang)) if last else ""


def records_end(tables: Tables, on: date, lang: str) -> str:
    """The last dated record, written as precisely as its source ('2024', not 1 January 2024), when `on` is later.

    Note that a record dated '2024' covers the whole year: only a day after 31 December 2024 is past it.
    """
    events = tables.label_events.dropna(subset=["date"])
    if events.empty:
        return ""
    ends = period_end(events["date"], events["date_precision"])
    latest = events.loc[ends.idxmax()]
    if pd.Timestamp(on) <= ends.max():
        return ""
    return formatting.partial_date(latest["date"], latest["date_precision"], lang)


def _reader_table(tables: Tables, board: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Radar rows with the reader's column names and words; inferred expiries are marked."""
    names = tables.organisations.set_index("org_id")["canonical_name"]
    col = lambda key: t(f"radar.col.{key}", lang)  # noqa: E731
    return pd.DataFrame(
        {
            col("organisation"): board["org_id"].map(names),
            t("org.link.column", lang): [org_link(str(o), lang) for o in board["org_id"]],
            col("country"): [t(f"country.{c}", lang) for c in board["country"]],
            col("level"): [t(f"level.{v}", lang) for v in board["level"]],
            col("status"): [t(f"radar.status.{s}", lang) for s in board["status"]],
            col("expiry"): [
                expiry_text(d, inferred, lang, p)
                for d, inferred, p in zip(board[EXPIRY], board[INFERRED], board[EXPIRY_PRECISION], strict=True)
            ],
            col("record"): board["record_ids"],
        }
    )


def validity_notes(tables: Tables, lang: str) -> list[str]:
    """How expiries were inferred and the assumption behind gold's validity (the unknown ones: `RadarTables`)."""
    return [t("validity.inferred_note", lang), t("validity.gold_assumption", lang)]


def shares(computed: ComputedFollowUp, article: FollowUp, lang: str) -> tuple[str, str]:
    """('5 / 21 (23,8 %)', '24 / 55 (43,6 %)'): the computed and the quoted figure, side by side, never blended."""
    mine = computed.summary
    rate = formatting.percent(mine.rate, lang) if mine.decided else "–"
    quoted = formatting.percent(article.rate, lang)
    return f"{mine.followed_up} / {mine.decided} ({rate})", f"{article.followed_up} / {article.total} ({quoted})"
