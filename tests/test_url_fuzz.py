"""Hostile and random query strings on every page: no exception, the default view, a notice for what was ignored.

The number of examples per page is FUZZ_EXAMPLES (default 25, so `make test` stays quick); the
hardening run uses `FUZZ_EXAMPLES=1000 make unit`.
"""

from __future__ import annotations

import os
import string

import pytest
import streamlit as st
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from streamlit.testing.v1 import AppTest

from src.facts.paths import PROJECT_ROOT

APP = str(PROJECT_ROOT / "app.py")
PAGES = ["overview", "comparison", "follow_up", "levels", "register", "renewal", "sources", "story", "chart"]
PAGES.append("organisation")
PARAMS = ["countries", "levels", "events", "years", "q", "on", "months", "lang", "slide", "chart", "embed", "x", "org"]
MALICIOUS = [
    "<script>alert(1)</script>", "javascript:alert(1)", "'; DROP TABLE x; --", "=HYPERLINK(\"http://e\")",
    "../../etc/passwd", "%00", "\u202e", "9" * 400, "NO,DK,SE", "2012-2024-2030", "-1", "0", "1e9", "[](x)",
    "2017-02-30", "0001-01-01", "9999-12-31", "２０１７-03-28",
]  # fmt: skip
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))

values = hs.one_of(hs.sampled_from(MALICIOUS), hs.text(alphabet=string.printable + "æøåÆØÅ–«»", max_size=120))
queries = hs.dictionaries(hs.sampled_from(PARAMS), values, max_size=4)


@pytest.mark.parametrize("page", PAGES)
def test_any_query_string_gives_a_page_not_an_error(page: str) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(queries)
    def check(query: dict[str, str]) -> None:
        at = AppTest.from_file(APP, default_timeout=30)
        for name, value in query.items():
            at.query_params[name] = value
        at.switch_page(f"app_pages/{page}.py")
        at.run()
        assert not at.exception, (query, [e.value for e in at.exception])
        shown = " ".join(el.value for kind in ("markdown", "caption", "info", "title") for el in getattr(at, kind))
        assert "<script>" not in shown

    st.cache_resource.clear()
    check()
