"""When a label expires: the date a record gives, else the award date plus the validity of its level and time.

The validity rules come from `data/sources/context_facts.csv` (row ids in the comments). Note that
every expiry the code works out itself is flagged in `valid_until_inferred`, so a page can say
"estimated" next to it; a record with neither a date nor a `valid_until` gets no expiry (NaT) and
is counted by `unknown_expiry_count`, never guessed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from src.facts.events import one_per_event
from src.text import formatting
from src.text.i18n import t

FIRST_BRONZE_YEARS = 2  # bronze_validity_first: "valid two years from month of interview"
BRONZE_RENEWAL_YEARS = 3  # bronze_renewal_extension: renewal "extends validity by three years"
SILVER_YEARS = 2  # silver_validity: first silver "valid for two years"
GOLD_YEARS_BEFORE_CUTOVER = 2  # gold_validity_2y, validity_2y_iperform: "gyldig i to år" (2016, 2017)
GOLD_YEARS_FROM_CUTOVER = 3  # gold_renewal_3y: "recertification, valid for three years" (2024)
GOLD_CUTOVER_YEAR = 2020  # ASSUMPTION: the sources show 2 years up to 2017-2019 and 3 years from 2021 on

EXPIRY = "expiry"
INFERRED = "valid_until_inferred"
EXPIRY_PRECISION = "expiry_precision"  # how precisely the expiry is known: the stated valid_until's, or the award's


def period_end(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """Last day of the period each date names: the day itself, the month's or the year's last day.

    Note that the sources store '2019-03' as 2019-03-01; the label of that month is valid to its end.
    """
    month_end = dates + pd.offsets.MonthEnd(0)
    year_end = dates + pd.offsets.YearEnd(0)
    out = dates.where(precisions.fillna("day").eq("day"), month_end)
    return out.where(~precisions.fillna("").eq("year"), year_end).astype(dates.dtype)


def validity_years(events: pd.DataFrame) -> pd.Series:
    """Years of validity that applied to each record's level and date (NA for an unknown level).

    Gold switched from 2 to 3 years; `GOLD_CUTOVER_YEAR` (2020) is an assumption drawn from the
    sources (2 years in 2016-2017 descriptions, 3 years in 2021-2024 renewals), not a published date.
    A bronze record is a renewal when its event says so.
    """
    bronze, gold = _is(events["level"], "bronze"), _is(events["level"], "gold")
    recent = events["date"].dt.year.ge(GOLD_CUTOVER_YEAR).fillna(False).to_numpy(bool)
    years = pd.Series(pd.NA, index=events.index, dtype="Int64")
    years[bronze] = FIRST_BRONZE_YEARS
    years[bronze & _is(events["event"], "renewed")] = BRONZE_RENEWAL_YEARS
    years[_is(events["level"], "silver")] = SILVER_YEARS
    years[gold] = GOLD_YEARS_BEFORE_CUTOVER
    years[gold & recent] = GOLD_YEARS_FROM_CUTOVER
    return years


def _is(column: pd.Series, value: str) -> np.ndarray:
    """Plain boolean mask (missing values are False)."""
    return column.eq(value).fillna(False).to_numpy(bool)


def _plus_years(starts: pd.Series, years: pd.Series) -> pd.Series:
    """`starts` moved on by a whole number of years each (29 February falls back to the 28th)."""
    out = pd.Series(pd.NaT, index=starts.index, dtype=starts.dtype)
    for n in years.dropna().unique():
        chosen = years.eq(n).fillna(False)
        out[chosen] = (starts[chosen] + pd.DateOffset(years=int(n))).astype(starts.dtype)
    return out


def _given_expiry(events: pd.DataFrame) -> pd.Series:
    """The `valid_until` a record states, read as the last day of the period it names."""
    precision = events.get("valid_until_precision", pd.Series("day", index=events.index))
    return period_end(events["valid_until"], precision)


def with_expiry(events: pd.DataFrame) -> pd.DataFrame:
    """`events` plus `expiry` (last valid day, NaT when unknown), `valid_until_inferred` (bool) and
    `expiry_precision` (day, month or year).

    A stated `valid_until` wins (register entries carry only that); otherwise the expiry is the end
    of the award's period (day, month or year as written) plus the validity of its level and time.
    The expiry is computed as a day (the period's last, so a label is never called expired too early),
    but it is only as precise as what it comes from: a label stated to run to '2021-12', or awarded in
    '2024', expires in December 2021 or in 2027, never on a day the sources do not give.
    """
    given = _given_expiry(events)
    start = period_end(events["date"], events["date_precision"])
    inferred = _plus_years(start, validity_years(events))
    use_inferred = given.isna() & inferred.notna()
    stated = events.get("valid_until_precision", pd.Series("day", index=events.index)).astype("object")
    precision = stated.where(~use_inferred, events["date_precision"].astype("object")).fillna("day")
    return events.assign(
        **{
            EXPIRY: given.where(~use_inferred, inferred),
            INFERRED: use_inferred.astype(bool),
            EXPIRY_PRECISION: precision.astype("string"),
        }
    )


def unknown_expiry_count(events: pd.DataFrame) -> int:
    """Label events whose expiry cannot be known: no row about them gives a date or a `valid_until`
    (reported, never guessed). Rows sharing an `event_key` count once."""
    return int(with_expiry(one_per_event(events))[EXPIRY].isna().sum())


def expiry_text(expiry: pd.Timestamp, inferred: bool, lang: str, precision: object = "day") -> str:
    """'30. april 2018 (beregnet)', or '2027 (beregnet)' for a label awarded in '2024': an expiry as the reader
    writes dates, as precise as what it comes from (`expiry_precision`), marked when worked out here."""
    if pd.isna(expiry):
        return "–"
    text = formatting.partial_date(expiry, str(precision) if isinstance(precision, str) else "day", lang)
    return t("validity.inferred", lang, date=text) if inferred else text


def expiry_phrase(expiry: pd.Timestamp, inferred: bool, lang: str, precision: object = "day") -> str:
    """The expiry inside a sentence: 'utløper i 2027 (beregnet)', 'expires in December 2021'; a day as `expiry_text`."""
    text = expiry_text(expiry, inferred, lang, precision)
    if pd.isna(expiry) or precision not in ("year", "month"):
        return text
    return t("validity.in_period", lang, when=text)
