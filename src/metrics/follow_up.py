"""Follow-up recomputed from the label records, per organisation, with the rule written down once.

The rule (also in the catalog as `follow_up.computed.definition`):

    An organisation's first label counts as *followed up* when a later label of the same
    organisation is dated on or before the first label's expiry (plus `grace_days`).

Details, each a decision the article (24 of 55, "fornyet eller oppgradert") leaves open:

- *Organisation* means `org_id`, so a renamed organisation (NCE NODE → GCE NODE) counts once.
- *First label* is the organisation's earliest dated record. Its date is unknown, and the
  organisation is left out and counted as `undated`, when the records show an earlier label
  without a date: the earliest dated record is a renewal, another record expired before it, or
  an undated award sits at a lower level.
- *Label* means a label event: rows sharing an `event_key` (two pages reporting one award) are
  one label, dated as precisely as any of them and with the expiry any of them states.
- *Later label* is any award or renewal dated after the period of the first date (so an award
  reported as '2012-04' and '2012-04-18' without a shared key is still one label). A dated later record is
  compared by the first day it can mean ('2015' → 1 January 2015), the expiry by its last day.
- *Any level counts.* A downgrade (gold, then bronze) is a re-certification at a lower level,
  i.e. a renewal: the organisation did not let its label lapse, which is what the article's
  31 "har ikke fulgt opp … for å resertifisere seg" did not do. `follow_up_kind` says which of
  renewal / upgrade / downgrade it was, so a page can show downgrades apart.
- A verdict needs dates. Without a dated follow-up, an undated record that may be a later label
  (an undated renewal, an undated higher award, a later stated expiry) makes the organisation
  `undated` too (reason `later_label_undated`): it may have renewed in time, we cannot tell.
- An organisation whose first label was still valid on `as_of` and has no follow-up yet is
  `pending`: neither followed up nor lapsed, left out of the rate and counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from src.facts.events import RECORD_IDS, one_per_event
from src.facts.validity import EXPIRY, INFERRED, period_end, with_expiry
from src.metrics.metrics import LEVEL_ORDER, wilson_interval
from src.text import formatting
from src.text.i18n import t, tn

DEFAULT_GRACE_DAYS = 0
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVEL_ORDER)}
FOLLOWED_UP, LAPSED, PENDING, UNDATED = "followed_up", "lapsed", "pending", "undated"
DECIDED = (FOLLOWED_UP, LAPSED)
KIND_BY_SIGN = {-1: "downgrade", 0: "renewal", 1: "upgrade"}
ORG_COLUMNS = [
    "org_id",
    "country",
    "status",
    "followed_up",
    "first_record_id",
    "first_level",
    "first_date",
    "first_date_precision",
    "expiry",
    INFERRED,
    "follow_up_kind",
    "follow_up_record_id",
    "follow_up_date",
    "record_ids",
    "undated_reason",
]


@dataclass(frozen=True)
class FollowUpSummary:
    """The recomputed follow-up: overall rate with 95 % Wilson interval, cohorts, countries, coverage."""

    organisations: int
    decided: int
    followed_up: int
    rate: float
    low: float
    high: float
    undated: int
    pending: int
    grace_days: int
    as_of: date
    by_cohort: pd.DataFrame
    by_country: pd.DataFrame

    @property
    def lapsed(self) -> int:
        """First labels that expired without a later label."""
        return self.decided - self.followed_up


def _prepared(events: pd.DataFrame) -> pd.DataFrame:
    """One row per label event (rows sharing an `event_key` combined), with expiry, level rank and
    the last day of their date's period.

    Note that org ids become plain Python strings here: membership tests on Arrow-backed string
    indexes go through a Python list in pandas, which made this 3× slower at a million records.
    """
    ev = with_expiry(one_per_event(events))
    rank = ev["level"].map(LEVEL_RANK).astype("float64")
    return ev.assign(
        org_id=ev["org_id"].astype(object), rank=rank, date_end=period_end(ev["date"], ev["date_precision"])
    )


def _first_labels(ev: pd.DataFrame) -> pd.DataFrame:
    """Each organisation's earliest dated record (ties broken by record id)."""
    dated = ev[ev["date"].notna()].sort_values(["org_id", "date", "record_id"], kind="stable")
    return dated.drop_duplicates("org_id").set_index("org_id")


def _undated_reasons(ev: pd.DataFrame, first: pd.DataFrame, orgs: pd.Index) -> pd.Series:
    """Why an organisation's first label has no date (NA when it has one)."""
    reason = pd.Series(pd.NA, index=orgs, dtype="string")
    first_date = first["date"].reindex(orgs)
    reason[first_date.isna()] = "no_dated_label"
    reason[first["event"].reindex(orgs).eq("renewed").fillna(False)] = "first_award_undated"
    earliest_expiry = ev.groupby("org_id")[EXPIRY].min().reindex(orgs)
    reason[(earliest_expiry < first_date).fillna(False)] = "earlier_label_undated"
    undated_awards = ev[ev["date"].isna() & ev["event"].eq("awarded")]
    lowest = undated_awards.groupby("org_id")["rank"].min().reindex(orgs)
    reason[(lowest < first["rank"].reindex(orgs)).fillna(False)] = "lower_level_undated"
    return reason


def _follow_ups(ev: pd.DataFrame, first: pd.DataFrame, grace_days: int) -> pd.DataFrame:
    """Each organisation's earliest later label dated on or before the first expiry + grace."""
    keep = ["record_id", "date_end", "rank", EXPIRY]
    firsts = first[keep].add_suffix("_first")
    pairs = ev[ev["date"].notna()].merge(firsts, left_on="org_id", right_index=True).reset_index(drop=True)
    deadline = pairs[f"{EXPIRY}_first"] + pd.Timedelta(days=grace_days)
    later = pairs["date"] > pairs["date_end_first"]
    hits = pairs[later & (pairs["date"] <= deadline) & (pairs["record_id"] != pairs["record_id_first"])]
    hits = hits.sort_values(["org_id", "date", "record_id"], kind="stable").drop_duplicates("org_id")
    kind = np.sign(hits["rank"] - hits["rank_first"]).map(KIND_BY_SIGN)
    return hits.assign(kind=kind).set_index("org_id")[["record_id", RECORD_IDS, "date", "kind"]]


def _undated_later(ev: pd.DataFrame, first: pd.DataFrame) -> pd.Index:
    """Organisations with an undated record that may be a later label (so a lapse cannot be shown).

    That is an undated renewal, an undated award at a higher level, or an undated record whose
    stated expiry is later than the first label's.
    """
    firsts = first[["rank", EXPIRY]].add_suffix("_first")
    undated = ev[ev["date"].isna()].merge(firsts, left_on="org_id", right_index=True).reset_index(drop=True)
    later = (
        undated["event"].eq("renewed")
        | (undated["event"].eq("awarded") & (undated["rank"] > undated["rank_first"]))
        | (undated[EXPIRY] > undated[f"{EXPIRY}_first"])
    )
    return pd.Index(undated.loc[later.fillna(False), "org_id"].unique())


def _status(reason: pd.Series, first: pd.DataFrame, follow: pd.DataFrame, deadline: pd.Timestamp) -> pd.Series:
    """followed_up / lapsed / pending / undated for every organisation in `reason`'s index."""
    orgs = reason.index
    still_valid = (first[EXPIRY].reindex(orgs) >= deadline).fillna(False)
    status = pd.Series(np.where(still_valid, PENDING, LAPSED), index=orgs)
    status[orgs.isin(follow.index)] = FOLLOWED_UP
    status[reason.notna()] = UNDATED
    return status


def organisation_follow_up(
    events: pd.DataFrame, grace_days: int = DEFAULT_GRACE_DAYS, as_of: date | None = None
) -> pd.DataFrame:
    """One row per organisation: its first label, expiry, status and the records the verdict rests on."""
    ev = _prepared(events)
    first = _first_labels(ev)
    orgs = pd.Index(ev["org_id"].drop_duplicates().sort_values(), name="org_id")
    follow = _follow_ups(ev, first, grace_days)
    reason = _undated_reasons(ev, first, orgs)
    unsure = orgs.isin(_undated_later(ev, first)) & ~orgs.isin(follow.index) & reason.isna().to_numpy()
    reason[unsure] = "later_label_undated"
    cutoff = pd.Timestamp(as_of or date.today()) - pd.Timedelta(days=grace_days)
    status = _status(reason, first, follow, cutoff)
    return _assemble(ev, first, follow, status, reason)


def _assemble(
    ev: pd.DataFrame, first: pd.DataFrame, follow: pd.DataFrame, status: pd.Series, reason: pd.Series
) -> pd.DataFrame:
    """The per-organisation table in `ORG_COLUMNS` order."""
    orgs = status.index
    country = ev.drop_duplicates("org_id").set_index("org_id")["country"]
    f, g = first.reindex(orgs), follow.reindex(orgs)
    followed = pd.array(status.map({FOLLOWED_UP: True, LAPSED: False}), dtype="boolean")
    ids = f[RECORD_IDS].astype("string").str.cat(g[RECORD_IDS].astype("string"), sep=", ", na_rep="")
    out = pd.DataFrame(
        {
            "country": country.reindex(orgs),
            "status": status,
            "followed_up": followed,
            "first_record_id": f["record_id"],
            "first_level": f["level"],
            "first_date": f["date"],
            "first_date_precision": f["date_precision"],
            "expiry": f[EXPIRY],
            INFERRED: f[INFERRED].fillna(False).astype(bool),
            "follow_up_kind": g["kind"].astype("string"),
            "follow_up_record_id": g["record_id"],
            "follow_up_date": g["date"],
            "record_ids": ids.str.strip(", "),
            "undated_reason": reason,
        },
        index=orgs,
    )
    return out.reset_index().astype({"org_id": "string"})[ORG_COLUMNS]


def rate_table(per_org: pd.DataFrame, by: str | pd.Series) -> pd.DataFrame:
    """Followed up, decided, rate and 95 % Wilson interval per group of decided organisations."""
    decided = per_org[per_org["status"].isin(DECIDED)]
    keys = by if isinstance(by, str) else by[decided.index]
    grouped = decided.groupby(keys)["followed_up"].agg(followed_up="sum", decided="size").reset_index()
    intervals = [
        wilson_interval(int(k), int(n)) for k, n in zip(grouped["followed_up"], grouped["decided"], strict=True)
    ]
    return grouped.assign(
        followed_up=grouped["followed_up"].astype(int),
        rate=grouped["followed_up"] / grouped["decided"],
        low=[low for low, _ in intervals],
        high=[high for _, high in intervals],
    )


def summarise(
    per_org: pd.DataFrame, grace_days: int = DEFAULT_GRACE_DAYS, as_of: date | None = None
) -> FollowUpSummary:
    """The overall rate with its Wilson interval, by cohort (year of first label) and by country."""
    counts = per_org["status"].value_counts()
    followed, decided = int(counts.get(FOLLOWED_UP, 0)), int(counts.get(FOLLOWED_UP, 0) + counts.get(LAPSED, 0))
    low, high = wilson_interval(followed, decided) if decided else (float("nan"), float("nan"))
    cohort = per_org["first_date"].dt.year.rename("cohort")
    return FollowUpSummary(
        organisations=len(per_org),
        decided=decided,
        followed_up=followed,
        rate=followed / decided if decided else float("nan"),
        low=low,
        high=high,
        undated=int(counts.get(UNDATED, 0)),
        pending=int(counts.get(PENDING, 0)),
        grace_days=grace_days,
        as_of=as_of or date.today(),
        by_cohort=rate_table(per_org, cohort).astype({"cohort": "int64"}),
        by_country=rate_table(per_org, "country"),
    )


def follow_up_from_records(
    events: pd.DataFrame, grace_days: int = DEFAULT_GRACE_DAYS, as_of: date | None = None
) -> tuple[pd.DataFrame, FollowUpSummary]:
    """Per-organisation rows and their summary, in one call."""
    per_org = organisation_follow_up(events, grace_days, as_of)
    return per_org, summarise(per_org, grace_days, as_of)


def definition_text(lang: str, grace_days: int = DEFAULT_GRACE_DAYS) -> str:
    """The rule in words, in the reader's language (with the grace period when there is one)."""
    text = t("follow_up.computed.definition", lang)
    return text + " " + tn("follow_up.computed.grace", grace_days, lang) if grace_days else text


def coverage_text(summary: FollowUpSummary, lang: str) -> str:
    """'Computed from N organisations in the public records …', naming who was left out and why."""
    return t(
        "follow_up.computed.coverage",
        lang,
        n=formatting.number(summary.decided, lang),
        followed=formatting.number(summary.followed_up, lang),
        rate=formatting.percent(summary.rate, lang) if summary.decided else "–",
        low=formatting.percent(summary.low, lang) if summary.decided else "–",
        high=formatting.percent(summary.high, lang) if summary.decided else "–",
        undated=formatting.number(summary.undated, lang),
        pending=formatting.number(summary.pending, lang),
        as_of=formatting.day(summary.as_of, lang),
    )
