"""Shared fixtures: the shipped tables, and a scratch copy of the data folder to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from src.facts.data import Tables, load_tables
from src.facts.paths import PROJECT_ROOT
from src.views import chart_views as views
from src.views.chart_view import ChartView

DATA_DIR = PROJECT_ROOT / "data"


@pytest.fixture(scope="session")
def tables() -> Tables:
    """The committed Parquet tables, read once."""
    return load_tables(DATA_DIR)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ (sources and Parquet) that a test may damage."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def quality_index(tables: Tables, lang: str) -> ChartView:
    """The quality-index chart with both countries (shared by the export and citation tests)."""
    view = views.quality_index_view(tables, ("NO", "DK"), lang)
    assert view is not None
    return view


def gold_scores(tables: Tables, lang: str) -> ChartView:
    """The gold-score chart over every year (the chart with the most text in it)."""
    view = views.score_view(tables, ("NO", "DK"), ("gold",), (2010, 2030), lang)
    assert view is not None
    return view
