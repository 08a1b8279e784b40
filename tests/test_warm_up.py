"""The warm-up builds at server start what every page's first run builds: the first readers build nothing of it.

Counted, never timed: chart views built through the registry, and entries added to any shared cache.
"""

from __future__ import annotations

from collections import Counter

import pytest
from streamlit.runtime.caching.cache_resource_api import _resource_caches

from src.facts.errors import DataError, Problem
from src.text.i18n import LANGUAGES
from src.ui import data, runtime, serve, warm_up
from src.views import registry

from .apptest_helpers import count_view_builds, open_page, shared_caches  # noqa: F401 (fixtures)

FIRST_VISITS = [  # every page as a first reader opens it (the organisation page from a link to one)
    (page.script, {"org": "gce-node"} if page.name == "organisation" else {})
    for page in registry.PAGES
    if page.name != "chart"
] + [(registry.PAGE_BY_NAME["chart"].script, {"chart": c.chart_id, **c.example}) for c in registry.CHARTS]


def cache_entries() -> Counter[str]:
    """Entries per shared cache (`st.cache_resource` function), as Streamlit's own statistics count them."""
    stats = _resource_caches.get_stats()
    return Counter(stat.cache_name for family in stats.values() for stat in family)


def test_the_warm_up_imports_what_the_page_scripts_import() -> None:
    names = warm_up.page_imports()
    assert "src.ui.org" in names and "src.ui.story" in names and "streamlit" in names


def test_the_first_session_of_every_page_in_every_language_builds_nothing_the_warm_up_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    builds = count_view_builds(monkeypatch)
    done = warm_up.warm_up()
    assert sum(builds.values()) > 0 and set(builds) >= {c.chart_id for c in registry.CHARTS}, builds
    assert [name for name, _ in done.steps][:2] == ["imports", "tables"]
    warmed = cache_entries()
    builds.clear()

    for lang in LANGUAGES:
        for page, params in FIRST_VISITS:
            at = open_page(page, **params, **({} if lang == "nb" else {"lang": lang}))
            assert not at.exception, (page, lang, at.exception)

    assert sum(builds.values()) == 0, f"first sessions built views the warm-up had not: {dict(builds)}"
    added = {name: n - warmed[name] for name, n in cache_entries().items() if n > warmed[name]}
    # The one thing a warm-up cannot know: the address readers use (the app's own, unless configured).
    assert set(added) <= {"src.ui.data._dataset_citation"}, f"first sessions filled caches left empty: {added}"


def test_damaged_data_stop_the_warm_up_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages tell the reader which file to rebuild; the warm-up must not fail the server start over it."""

    def damaged() -> None:
        raise DataError([Problem("label_events.parquet", None, None, "unreadable")])

    monkeypatch.setattr(data, "cached_tables", damaged)
    assert [name for name, _ in warm_up.warm_up().steps] == ["imports"]


def test_a_failed_warm_up_is_logged_and_the_server_starts_all_the_same(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        raise RuntimeError("a bug in the warm-up")

    monkeypatch.setattr(warm_up, "warm_up", broken)
    serve._warm(None)  # the launcher then settles the heap and reports ready: pages build on first use
    assert "warm-up failed; serving cold" in capsys.readouterr().err


def test_under_the_launcher_the_heap_is_settled_after_the_warm_up_not_by_a_page_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runtime, "_heap", {"settled": False, "held": False})
    runtime.hold_heap()
    runtime.settle_heap()  # what app.py calls after a reader's run during the warm-up
    assert runtime._heap["settled"] is False
    runtime.settle_heap(warm=True)
    assert runtime._heap["settled"] is True
