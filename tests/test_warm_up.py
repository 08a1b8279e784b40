"""The warm-up builds at server start what every page's first run builds: the first readers build nothing of it.

Counted, never timed: chart views built through the registry, and entries added to any shared cache.
"""

from __future__ import annotations

from collections import Counter

import pytest
from streamlit.runtime.caching.cache_resource_api import _resource_caches

from src.text.i18n import LANGUAGES
from src.ui import warm_up
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
    assert set(added) <= {"src.ui.data.dataset_citation"}, f"first sessions filled caches left empty: {added}"
