"""Filters in the address bar: round trips, and garbage falls back to the defaults with a notice."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from src.views.url_state import Choice, Count, Day, FreeText, YearRange, encode, parse

SPEC = {
    "countries": Choice(("NO", "DK"), ("NO", "DK")),
    "levels": Choice(("bronze", "silver", "gold"), ("bronze", "silver", "gold")),
    "years": YearRange(2012, 2024),
    "q": FreeText(),
    "on": Day(date(2012, 1, 1), date(2026, 11, 27), date(2026, 11, 27)),
    "months": Count(1, 24, 6),
}
DEFAULTS = {
    "countries": ("NO", "DK"),
    "levels": ("bronze", "silver", "gold"),
    "years": (2012, 2024),
    "q": "",
    "on": date(2026, 11, 27),
    "months": 6,
}


@pytest.mark.parametrize(
    ("params", "expected", "notices"),
    [
        ({}, DEFAULTS, []),
        ({"countries": "NO"}, {**DEFAULTS, "countries": ("NO",)}, []),
        ({"countries": ""}, {**DEFAULTS, "countries": ()}, []),
        ({"countries": "NO,NO"}, {**DEFAULTS, "countries": ("NO",)}, []),
        ({"countries": "SE"}, DEFAULTS, ["countries"]),
        ({"countries": "NO,<script>"}, DEFAULTS, ["countries"]),
        ({"years": "2013-2015"}, {**DEFAULTS, "years": (2013, 2015)}, []),
        ({"years": "2015-2013"}, DEFAULTS, ["years"]),
        ({"years": "1999-2015"}, DEFAULTS, ["years"]),
        ({"years": "2013"}, DEFAULTS, ["years"]),
        ({"q": "NODE"}, {**DEFAULTS, "q": "NODE"}, []),
        ({"q": "x" * 81}, DEFAULTS, ["q"]),
        ({"q": "a\x00b"}, {**DEFAULTS, "q": "ab"}, []),
        ({"unknown": "1", "embed": "true"}, DEFAULTS, []),
        ({"on": "2017-03-28"}, {**DEFAULTS, "on": date(2017, 3, 28)}, []),
        ({"on": "2012-01-01"}, {**DEFAULTS, "on": date(2012, 1, 1)}, []),
        ({"on": "2011-12-31"}, DEFAULTS, ["on"]),
        ({"on": "2026-11-28"}, DEFAULTS, ["on"]),
        ({"on": "2017-02-30"}, DEFAULTS, ["on"]),
        ({"on": "28.03.2017"}, DEFAULTS, ["on"]),
        ({"on": "2017-3-28"}, DEFAULTS, ["on"]),
        ({"months": "12"}, {**DEFAULTS, "months": 12}, []),
        ({"months": "0"}, DEFAULTS, ["months"]),
        ({"months": "25"}, DEFAULTS, ["months"]),
        ({"months": "-3"}, DEFAULTS, ["months"]),
        ({"months": "6.5"}, DEFAULTS, ["months"]),
        ({"months": "٣"}, DEFAULTS, ["months"]),  # a digit to \\d, not a digit in a link
        ({"years": "٢٠١٣-٢٠١٥"}, DEFAULTS, ["years"]),
    ],
)
def test_parse(params: dict[str, str], expected: dict[str, object], notices: list[str]) -> None:
    values, got_notices = parse(params, SPEC)
    assert values == expected
    assert [n.param for n in got_notices] == notices


def test_defaults_are_left_out_of_the_link() -> None:
    assert encode(DEFAULTS, SPEC) == {}
    assert encode({**DEFAULTS, "countries": ("DK", "NO")}, SPEC) == {}  # order does not matter
    assert encode({**DEFAULTS, "countries": ("NO",), "years": (2013, 2020)}, SPEC) == {
        "countries": "NO",
        "years": "2013-2020",
    }


states = st.fixed_dictionaries(
    {
        "countries": st.lists(st.sampled_from(["NO", "DK"]), unique=True).map(tuple),
        "levels": st.lists(st.sampled_from(["bronze", "silver", "gold"]), unique=True).map(tuple),
        "years": st.tuples(st.integers(2012, 2024), st.integers(2012, 2024)).map(lambda y: (min(y), max(y))),
        "q": st.text(alphabet=st.characters(min_codepoint=32, exclude_characters="\x7f"), max_size=80).map(str.strip),
        "on": st.dates(date(2012, 1, 1), date(2026, 11, 27)),
        "months": st.integers(1, 24),
    }
)


@given(states)
def test_state_to_link_to_state_is_identity(state: dict[str, object]) -> None:
    values, notices = parse(encode(state, SPEC), SPEC)  # type: ignore[arg-type]
    assert notices == []
    for name, value in state.items():
        if isinstance(SPEC[name], Choice):
            assert set(values[name]) == set(value)  # type: ignore[arg-type]
        else:
            assert values[name] == value


@given(st.dictionaries(st.sampled_from(["countries", "levels", "years", "on", "months"]), st.text(max_size=300)))
def test_garbage_gives_valid_values(params: dict[str, str]) -> None:
    values, notices = parse(params, SPEC)
    assert set(values["countries"]) <= {"NO", "DK"}  # type: ignore[arg-type]
    assert set(values["levels"]) <= {"bronze", "silver", "gold"}  # type: ignore[arg-type]
    low, high = values["years"]  # type: ignore[misc]
    assert 2012 <= low <= high <= 2024
    assert date(2012, 1, 1) <= values["on"] <= date(2026, 11, 27)  # type: ignore[operator]
    assert 1 <= values["months"] <= 24  # type: ignore[operator]
    for notice in notices:
        assert values[notice.param] == DEFAULTS[notice.param]
        assert len(notice.value) <= 40
