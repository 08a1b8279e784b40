"""Words that keep a date as precise as its source inside a sentence; merged into `src.text.i18n`.

Note that a year or a month is a period, not a point: "utløper i 2027", "expires in December 2021"
(a day needs no preposition: "utløper 30. april 2018").
"""

from __future__ import annotations

DATES_NB: dict[str, str] = {
    "validity.in_period": "i {when}",
}

DATES_EN: dict[str, str] = {
    "validity.in_period": "in {when}",
}

DATES_DA: dict[str, str] = {
    "validity.in_period": "i {when}",
}
