"""The renewal page's content: the follow-up computed from the records beside the article's, and the expiry radar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from src import formatting, metrics, radar
from src.data import Tables
from src.follow_up import FollowUpSummary, coverage_text, definition_text, follow_up_from_records
from src.i18n import t
from src.metrics import FollowUp
from src.validity import EXPIRY, INFERRED, unknown_expiry_count


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
    comparison = t("follow_up.computed.compare_article", lang, article_followed=article.followed_up,
                   article_total=article.total)  # fmt: skip
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


def radar_table(tables: Tables, on: date, months: int, lang: str, only_due: bool = False) -> pd.DataFrame:
    """Each organisation's latest label on day `on` and its status; inferred expiries are marked."""
    board = (
        radar.must_renew(tables.label_events, on, months) if only_due else radar.radar(tables.label_events, on, months)
    )
    names = tables.organisations.set_index("org_id")["canonical_name"]
    col = lambda key: t(f"radar.col.{key}", lang)  # noqa: E731
    return pd.DataFrame(
        {
            col("organisation"): board["org_id"].map(names),
            col("country"): [t(f"country.{c}", lang) for c in board["country"]],
            col("level"): [t(f"level.{v}", lang) for v in board["level"]],
            col("status"): [t(f"radar.status.{s}", lang) for s in board["status"]],
            col("expiry"): [
                _expiry_text(d, inferred, lang) for d, inferred in zip(board[EXPIRY], board[INFERRED], strict=True)
            ],
            col("record"): board["record_id"],
        }
    )


def _expiry_text(expiry: pd.Timestamp, inferred: bool, lang: str) -> str:
    if pd.isna(expiry):
        return "–"
    text = formatting.day(expiry, lang)
    return f"{text} ({t('validity.inferred', lang)})" if inferred else text


def radar_counts(tables: Tables, on: date, months: int, lang: str) -> str:
    """'Gyldig 12 · Utløper snart 3 · …' for the chosen day."""
    counts = radar.status_counts(radar.radar(tables.label_events, on, months))
    return " · ".join(f"{t(f'radar.status.{status}', lang)} {n}" for status, n in counts.items())


def validity_notes(tables: Tables, lang: str) -> list[str]:
    """How expiries were inferred, the assumption behind gold's validity, and how many are unknown."""
    return [
        t("validity.inferred_note", lang),
        t("validity.gold_assumption", lang),
        t("validity.unknown", lang, count=unknown_expiry_count(tables.label_events)),
    ]


def shares(computed: ComputedFollowUp, article: FollowUp, lang: str) -> tuple[str, str]:
    """('5 / 21 (23,8 %)', '24 / 55 (43,6 %)'): the computed and the quoted figure, side by side, never blended."""
    mine = computed.summary
    rate = formatting.percent(mine.rate, lang) if mine.decided else "–"
    quoted = formatting.percent(article.rate, lang)
    return f"{mine.followed_up} / {mine.decided} ({rate})", f"{article.followed_up} / {article.total} ({quoted})"
