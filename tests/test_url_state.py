"""Filters in the address bar: round trips, and garbage falls back to the defaults with a notice."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from src.url_state import Choice, FreeText, YearRange, encode, parse

SPEC = {
    "countries": Choice(("NO", "DK"), ("NO", "DK")),
    "levels": Choice(("bronze", "silver", "gold"), ("bronze", "silver", "gold")),
    "years": YearRange(2012, 2024),
    "q": FreeText(),
}
DEFAULTS = {"countries": ("NO", "DK"), "levels": ("bronze", "silver", "gold"), "years": (2012, 2024), "q": ""}


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


@given(st.dictionaries(st.sampled_from(["countries", "levels", "years"]), st.text(max_size=300)))
def test_garbage_gives_valid_values(params: dict[str, str]) -> None:
    values, notices = parse(params, SPEC)
    assert set(values["countries"]) <= {"NO", "DK"}  # type: ignore[arg-type]
    assert set(values["levels"]) <= {"bronze", "silver", "gold"}  # type: ignore[arg-type]
    low, high = values["years"]  # type: ignore[misc]
    assert 2012 <= low <= high <= 2024
    for notice in notices:
        assert values[notice.param] == DEFAULTS[notice.param]
        assert len(notice.value) <= 40
