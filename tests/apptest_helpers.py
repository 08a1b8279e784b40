"""Shared helpers for tests that run the app through Streamlit's AppTest."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from src.facts.paths import PROJECT_ROOT
from src.views import registry

APP = str(PROJECT_ROOT / "app.py")
TIMEOUT = 30


@pytest.fixture(autouse=True, scope="module")
def shared_caches() -> Iterator[None]:
    """The app's caches, emptied when a test module starts and when it ends; its tests share what is in between.

    Note that building the tables and views is most of a page's first run, and the app shares them
    read-only between sessions anyway: so a module's tests share them too, instead of rebuilding them
    for every test. A test that points the app at other or damaged data asks for `fresh_caches`.
    """
    _clear_caches()
    yield
    _clear_caches()


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """For a test that gives the app other data: it reads them anew, and nothing it read leaks into the next test."""
    _clear_caches()
    yield
    _clear_caches()


def _clear_caches() -> None:
    st.cache_resource.clear()
    st.cache_data.clear()


def plain(markdown: str) -> str:
    """Text as a reader sees it: Markdown escapes removed."""
    return markdown.replace("\\", "")


def open_page(page: str, **params: str) -> AppTest:
    """Start at app.py with these query parameters, switch to `page` and run it."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for name, value in params.items():
        at.query_params[name] = value
    at.switch_page(page)
    return at.run()


def open_tab(at: AppTest, label: str) -> AppTest:
    """Open the tab called `label` in every chart's tab row (the tabs build only their open tab) and rerun."""
    for key in [k for k in at.session_state if str(k).startswith("tabs_")]:
        at.session_state[key] = label
    return at.run()


def open_expander(at: AppTest, key: str) -> AppTest:
    """Open the folded section with widget key `key` (its content is built only once open) and rerun."""
    at.session_state[key] = True
    return at.run()


def count_view_builds(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts every chart view built from now on, by chart name (every renderer builds through the registry)."""
    builds: Counter[str] = Counter()
    for name, chart in list(registry.CHART_BY_ID.items()):

        def counted(*args: Any, _name: str = name, _build: Any = chart.build) -> Any:
            builds[_name] += 1
            return _build(*args)

        monkeypatch.setitem(registry.CHART_BY_ID, name, dataclasses.replace(chart, build=counted))
    return builds
