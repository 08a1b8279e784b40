"""Every chart carries its title, source line (with n and as-of date) and text alternative in its spec."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from src.facts.data import Tables
from src.metrics import metrics
from src.views import chart_views as views
from src.views.chart_view import ChartView

BOTH = ["NO", "DK"]
ALL_LEVELS = list(metrics.LEVEL_ORDER)
VIEWS: dict[str, Callable[[Tables], ChartView | None]] = {
    "quality_index": lambda t: views.quality_index_view(t, BOTH, "nb"),
    "valid_labels": lambda t: views.valid_counts_view(t, BOTH, ["gold", "silver"], "nb"),
    "follow_up": lambda t: views.follow_up_view(t, "nb"),
    "level_distribution": lambda t: views.level_distribution_view(t, BOTH, ALL_LEVELS, "nb"),
    "labels_per_year": lambda t: views.labels_per_year_view(t, BOTH, ALL_LEVELS, (2012, 2024), "nb"),
    "gold_scores": lambda t: views.score_view(t, BOTH, ("gold",), (2012, 2024), "nb"),
}


def _spec(view: ChartView) -> dict:
    return view.chart.to_dict()


def _layer_fields(spec: dict, channel: str) -> set[str]:
    return {layer["encoding"][channel]["field"] for layer in spec["layer"] if channel in layer.get("encoding", {})}


@pytest.fixture(params=list(VIEWS))
def view(request: pytest.FixtureRequest, tables: Tables) -> ChartView:
    result = VIEWS[request.param](tables)
    assert result is not None
    return result


def test_spec_carries_title_source_n_and_date(view: ChartView) -> None:
    title = _spec(view)["title"]
    subtitle = " ".join(title["subtitle"])
    assert " ".join(title["text"]) == view.text.title
    assert "Kilde:" in subtitle
    assert re.search(r"n = \d", subtitle)
    assert re.search(r"per (\d{1,2}\. \w+ )?\d{4}", subtitle)


def test_spec_carries_the_text_alternative(view: ChartView) -> None:
    spec = _spec(view)
    assert spec["description"] == view.text.description
    assert len(view.text.description) > 20


def test_spec_uses_norwegian_number_locale(view: ChartView) -> None:
    assert _spec(view)["config"]["locale"]["number"]["decimal"] == ","


def test_table_behind_chart_is_not_empty(view: ChartView) -> None:
    assert not view.table.empty


def test_quality_index_encodings(tables: Tables) -> None:
    view = VIEWS["quality_index"](tables)
    assert view is not None
    spec = _spec(view)
    assert _layer_fields(spec, "x") == {"value"}
    assert _layer_fields(spec, "y") == {"country_label"}
    assert _layer_fields(spec, "text") == {"value_label"}
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == [0, 100]
    assert "Norge 63,6 av 100 (n = 28) og Danmark 67,2 av 100 (n = 29)" in view.text.description
    assert "3,6 poeng" in view.text.subtitle


def test_level_bars_are_labelled_so_colour_is_not_the_only_cue(tables: Tables) -> None:
    view = VIEWS["valid_labels"](tables)
    assert view is not None
    assert _layer_fields(_spec(view), "text") == {"bar_text"}
    assert set(view.chart.data["bar_text"]) == {"Gull: 6", "Sølv: 0", "Gull: 8", "Sølv: 6"}  # type: ignore[index]


def test_filters_change_the_data(tables: Tables) -> None:
    only_norway = views.quality_index_view(tables, ["NO"], "nb")
    assert only_norway is not None
    assert list(only_norway.table["country"]) == ["NO"]
    assert "Danmark" not in only_norway.text.description
    assert views.quality_index_view(tables, [], "nb") is None


def test_every_quoted_chart_names_its_source_rows(tables: Tables) -> None:
    for name in ("quality_index", "valid_labels", "follow_up"):
        view = VIEWS[name](tables)
        assert view is not None
        assert len(view.sources) == len(view.table)
        assert all(ref.url.startswith("http") and ref.quote for ref in view.sources)


def test_every_figure_has_a_source_and_a_quote(tables: Tables) -> None:
    figures = tables.figures
    assert figures["source_url"].str.startswith("http").all()
    assert (figures["quote"].str.len() > 10).all()
    assert figures["source_title"].notna().all()
