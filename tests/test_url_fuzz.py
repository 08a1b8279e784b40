"""Hostile and random query strings: every page's filters stay valid, and a notice names exactly what was ignored.

Two levels. The address-bar parser (`src.views.url_state.parse`) is fuzzed directly with hypothesis
against every page's parameter spec: that is where a link's values are judged, and it is fast, so
the random and hostile strings go there. FUZZ_EXAMPLES query strings per spec (default 25, so
`make test` stays quick; the hardening run is `FUZZ_EXAMPLES=1000 make unit`). Then each page is
opened a few times through AppTest with malformed and hostile values: it renders, and shows the
`url.notice` sentence for every value it ignored and for none other.
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Callable, Mapping
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from streamlit.testing.v1 import AppTest

from src.facts.data import Tables
from src.text.i18n import t
from src.text.text_safety import escape_markdown
from src.views import registry
from src.views.story import navigation
from src.views.url_state import MAX_PARAM_LENGTH, Choice, Count, Day, FreeText, OneOf, Param, Value, YearRange, parse
from tests.apptest_helpers import APP, TIMEOUT, shared_caches  # noqa: F401 (autouse fixture)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
TODAY = date.today()
MALICIOUS = [
    "<script>alert(1)</script>", "javascript:alert(1)", "'; DROP TABLE x; --", "=HYPERLINK(\"http://e\")",
    "../../etc/passwd", "%00", "\x00", "\u202e", "9" * 400, "NO,DK,SE", "NO,,DK", "2012-2024-2030", "-1", "0",
    "1e9", "[](x)", "a\tb\x1fc\x7f", "2017-02-30", "0001-01-01", "9999-12-31", "２０１７-03-28", "2017-03-28 ",
    " 6", "٣",
]  # fmt: skip
OTHER_PARAMS = ["lang", "embed", "x", "slide", "chart", "q"]  # names some page reads, or none
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
NOTICE_LENGTH = 40

# Every page's parameters, as the page builds them (the story's slide spec lives with the slides).
SPECS: dict[str, Callable[[Tables], Mapping[str, Param]]] = {
    **{p.name: (lambda tables, p=p: p.params(tables, TODAY)) for p in registry.PAGES if p.name != "chart"},
    "chart": lambda tables: registry.CHART_PARAM,
    "story": lambda tables: navigation.url_spec(),
}
for _chart in registry.CHARTS:
    SPECS[f"chart={_chart.chart_id}"] = lambda tables, chart=_chart: chart.param_spec(tables, TODAY)


# --- What a valid value is, said independently of the parser ------------------------------------------


def is_valid(raw: str, param: Param) -> bool:
    """Whether `raw` is a value `param` accepts, by the spec's own words (not by calling the parser)."""
    if len(raw) > MAX_PARAM_LENGTH:
        return False
    if isinstance(param, Choice):
        return all(item in param.options for item in raw.split(",") if item)
    if isinstance(param, OneOf):
        return raw in param.options
    if isinstance(param, YearRange):
        low, dash, high = raw[:4], raw[4:5], raw[5:]
        return (
            _digits(low + high) and dash == "-" and len(raw) == 9 and param.low <= int(low) <= int(high) <= param.high
        )
    if isinstance(param, Day):
        day = _iso_day(raw)
        return day is not None and param.low <= day <= param.high
    if isinstance(param, Count):
        return _digits(raw) and len(raw) <= 4 and param.low <= int(raw) <= param.high
    return len(CONTROL.sub("", raw).strip()) <= param.max_length


def _digits(text: str) -> bool:
    """ASCII digits only: a link's '٣' or '３' is not a number to us, though Python's int() would read it."""
    return text != "" and all(c in string.digits for c in text)


def _iso_day(raw: str) -> date | None:
    if not (len(raw) == 10 and raw[4] == raw[7] == "-" and _digits(raw[:4] + raw[5:7] + raw[8:])):
        return None
    try:
        return date(int(raw[:4]), int(raw[5:7]), int(raw[8:]))
    except ValueError:
        return None


def default(param: Param) -> Value:
    if isinstance(param, YearRange):
        return (param.low, param.high)
    return "" if isinstance(param, FreeText) else param.default


def read_as(raw: str, param: Param, value: Value) -> bool:
    """Whether `value` is what the valid `raw` says (a list in any order, duplicates once)."""
    if isinstance(param, Choice):
        return isinstance(value, tuple) and set(value) == {item for item in raw.split(",") if item}
    if isinstance(param, YearRange):
        return value == (int(raw[:4]), int(raw[5:]))
    if isinstance(param, Day):
        return value == _iso_day(raw)
    if isinstance(param, Count):
        return value == int(raw)
    if isinstance(param, FreeText):
        return value == CONTROL.sub("", raw).strip()
    return value == raw


def in_domain(value: Value, param: Param) -> bool:
    """Whether `value` is one the page can use: an allowed option, a span or day inside the bounds, short text."""
    if isinstance(param, Choice):
        return isinstance(value, tuple) and len(set(value)) == len(value) and set(value) <= set(param.options)
    if isinstance(param, OneOf):
        return value in param.options
    if isinstance(param, YearRange):
        return isinstance(value, tuple) and param.low <= value[0] <= value[1] <= param.high  # type: ignore[operator]
    if isinstance(param, Day):
        return isinstance(value, date) and param.low <= value <= param.high
    if isinstance(param, Count):
        return isinstance(value, int) and param.low <= value <= param.high
    return isinstance(value, str) and len(value) <= param.max_length and not CONTROL.search(value)


# --- Random and hostile query strings -------------------------------------------------------------------


def valid_raw(param: Param) -> hs.SearchStrategy[str]:
    """Values the parameter accepts, written as a link would write them."""
    if isinstance(param, Choice):
        return hs.lists(hs.sampled_from([*param.options, ""]), max_size=6).map(",".join)
    if isinstance(param, OneOf):
        return hs.sampled_from(param.options)
    if isinstance(param, YearRange):
        years = hs.integers(param.low, param.high)
        return hs.tuples(years, years).map(lambda y: f"{min(y)}-{max(y)}")
    if isinstance(param, Day):
        return hs.dates(param.low, param.high).map(date.isoformat)
    if isinstance(param, Count):
        return hs.integers(param.low, param.high).map(str)
    return hs.text(max_size=param.max_length)


def edges(param: Param) -> list[str]:
    """The values at and just past each bound: where an off-by-one in the parser would show."""
    too_long = "9" * (MAX_PARAM_LENGTH + 1)
    if isinstance(param, Choice):
        first = param.options[0]
        at_limit = first + "," * (MAX_PARAM_LENGTH - len(first))  # valid items (empty ones are skipped), 200 long
        return [too_long, at_limit, f"{at_limit},", ",".join(param.options), f"{first},", ","]
    if isinstance(param, YearRange):
        low, high = param.low, param.high
        return [too_long, f"{low}-{high}", f"{low - 1}-{high}", f"{low}-{high + 1}", f"{high}-{low}", f"{low}-{low}"]
    if isinstance(param, Day):
        days = [param.low, param.high, param.low - timedelta(days=1), param.high + timedelta(days=1)]
        return [too_long, *(day.isoformat() for day in days)]
    if isinstance(param, Count):
        return [too_long, *(str(n) for n in (param.low, param.high, param.low - 1, param.high + 1)), "0" * 5, "007"]
    if isinstance(param, FreeText):
        limit = param.max_length
        return ["a" * limit, "a" * (limit + 1), f" {'a' * limit}\x00 ", "a" * MAX_PARAM_LENGTH, too_long]
    return [too_long, *param.options, f"{param.options[0]} "]


def near_miss(param: Param) -> hs.SearchStrategy[str]:
    """Values that look right but are not: past the bounds, other separators, stray spaces or case."""
    misses: list[hs.SearchStrategy[str]] = [
        hs.sampled_from(edges(param)),
        valid_raw(param).map(lambda v: f" {v}"),
        valid_raw(param).map(str.upper),
        hs.integers(-100, 100_000).map(str),
        hs.dates().map(date.isoformat),
        hs.tuples(hs.integers(0, 9999), hs.integers(0, 9999)).map(lambda y: f"{y[0]:04d}-{y[1]:04d}"),
    ]
    if isinstance(param, Choice):
        misses.append(hs.lists(hs.sampled_from([*param.options, "SE", "no", "all"]), min_size=1).map(",".join))
    return hs.one_of(misses)


def raw_value(param: Param) -> hs.SearchStrategy[str]:
    hostile = hs.one_of(
        hs.sampled_from(MALICIOUS),
        hs.text(alphabet=string.printable + "æøåÆØÅ–«»", max_size=120),
        hs.text(max_size=MAX_PARAM_LENGTH + 20),
    )
    return hs.one_of(valid_raw(param), near_miss(param), hostile)


def queries(spec: Mapping[str, Param]) -> hs.SearchStrategy[dict[str, str]]:
    """Any subset of the page's parameters, each valid, nearly valid or hostile, plus parameters it does not read."""
    others = {name: raw_value(FreeText()) for name in OTHER_PARAMS if name not in spec}
    return hs.fixed_dictionaries({}, optional={**{n: raw_value(p) for n, p in spec.items()}, **others})


def assert_parsed_right(query: Mapping[str, str], spec: Mapping[str, Param]) -> None:
    """Every value valid, a given valid value read as written, and a notice for exactly each ignored one."""
    values, notices = parse(query, spec)
    ignored = [name for name, param in spec.items() if name in query and not is_valid(query[name], param)]
    assert [n.param for n in notices] == ignored, query  # one per ignored value, in the spec's order
    assert set(values) == set(spec)
    for name, param in spec.items():
        assert in_domain(values[name], param), (name, values[name])
        if name in query and name not in ignored:
            assert read_as(query[name], param, values[name]), (query[name], values[name])
        else:
            assert values[name] == default(param), (name, values[name])
    for notice in notices:
        assert len(notice.value) <= NOTICE_LENGTH and not CONTROL.search(notice.value)
        assert CONTROL.sub("", query[notice.param]).startswith(notice.value.removesuffix("…"))


@pytest.mark.parametrize("page", SPECS)
def test_every_hostile_and_edge_value_on_every_parameter(page: str, tables: Tables) -> None:
    """The fixed list, exhaustively: each hostile value and each bound on each parameter, alone and all at once."""
    spec = SPECS[page](tables)
    for name, param in spec.items():
        for raw in [*MALICIOUS, *edges(param)]:
            assert_parsed_right({name: raw}, spec)
    for raw in MALICIOUS:
        assert_parsed_right(dict.fromkeys([*spec, *OTHER_PARAMS], raw), spec)


@pytest.mark.parametrize("page", SPECS)
def test_any_query_string_gives_valid_filters_and_a_notice_per_ignored_value(page: str, tables: Tables) -> None:
    spec = SPECS[page](tables)

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(queries(spec))
    def check(query: dict[str, str]) -> None:
        assert_parsed_right(query, spec)

    check()


# --- A few runs of each page ----------------------------------------------------------------------------

PAGES = ["overview", "comparison", "follow_up", "levels", "register", "renewal", "sources", "story", "chart"]
PAGES.append("organisation")
SCRIPT = "<script>alert(1)</script>"
# For each kind of parameter, a value it must refuse (hostile where the kind allows it).
REFUSED: dict[type, str] = {
    Choice: f"NO,{SCRIPT}",
    OneOf: "javascript:alert(1)",
    YearRange: "2012-2024-2030",
    Day: "2017-02-30",
    Count: "1e9",
    FreeText: SCRIPT * 10,  # over the length any link value may have
}
PAGE_SPECS: dict[str, Callable[[Tables], Mapping[str, Param]]] = {
    **{page: SPECS[page] for page in PAGES if page in SPECS and page != "chart"},
    # a refused chart id shows the default chart, whose own filters are then read
    "chart": lambda tables: {**registry.CHART_PARAM, **registry.CHART_BY_ID["quality_index"].param_spec(tables, TODAY)},
    "chart=labels_per_year": SPECS["chart=labels_per_year"],
}


def run_page(page: str, query: Mapping[str, str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for name, value in query.items():
        at.query_params[name] = value
    at.switch_page(f"app_pages/{page.split('=')[0]}.py")
    at.run()
    assert not at.exception, (page, query, [e.value for e in at.exception])
    shown = " ".join(el.value for kind in ("markdown", "caption", "info", "title") for el in getattr(at, kind))
    assert SCRIPT not in shown and "<script>" not in shown
    return at


def url_notices(at: AppTest, lang: str) -> list[str]:
    """The notices about ignored link values on the page (other info boxes left out)."""
    opening = t("url.notice", lang, param="\x00", value="").split("\x00")[0]
    return [el.value for el in at.info if el.value.startswith(opening)]


@pytest.mark.parametrize("page", [*PAGES, "chart=labels_per_year"])
def test_refused_values_show_a_notice_for_each(page: str, tables: Tables) -> None:
    spec = PAGE_SPECS.get(page, lambda tables: {})(tables)
    query = {name: REFUSED[type(param)] for name, param in spec.items()}
    if page.startswith("chart="):
        query["chart"] = page.split("=")[1]
    query = {**query, "lang": "en", "x": '=HYPERLINK("http://e")'}
    _, notices = parse(query, spec)
    assert [n.param for n in notices] == list(spec)  # every value above is refused, so each has its notice
    expected = [t("url.notice", "en", param=n.param, value=escape_markdown(n.value)) for n in notices]
    assert url_notices(run_page(page, query), "en") == expected


@pytest.mark.parametrize("page", PAGES)
def test_a_refused_language_gets_its_notice_in_norwegian(page: str) -> None:
    query = {"lang": SCRIPT, "embed": "1e9", "x": "../../etc/passwd"}
    at = run_page(page, query)
    assert url_notices(at, "nb") == [t("url.notice", "nb", param="lang", value=escape_markdown(SCRIPT))]


def at_a_bound(param: Param) -> str:
    """A valid value at the edge of what the parameter allows: nothing chosen, a one-year span, the first day."""
    if isinstance(param, Choice):
        return ""
    if isinstance(param, OneOf):
        return param.options[-1]
    if isinstance(param, YearRange):
        return f"{param.high}-{param.high}"
    if isinstance(param, Day):
        return param.low.isoformat()
    if isinstance(param, Count):
        return str(param.high)
    return "**x** <b>[y](javascript:alert(1))"


@pytest.mark.parametrize("page", [page for page in PAGE_SPECS if page != "chart"])
def test_valid_values_at_their_bounds_render_without_a_notice(page: str, tables: Tables) -> None:
    spec = PAGE_SPECS[page](tables)
    query = {name: at_a_bound(param) for name, param in spec.items()}
    if page.startswith("chart="):
        query["chart"] = page.split("=")[1]
    assert all(is_valid(raw, spec[name]) for name, raw in query.items() if name in spec)
    assert url_notices(run_page(page, query), "nb") == []
