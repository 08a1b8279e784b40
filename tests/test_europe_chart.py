"""The Europe label-counts chart as a first-class chart: its words, its text alternative and its files."""

from __future__ import annotations

import dataclasses
import html
import re

import pytest
import vl_convert as vlc

from src.facts import europe
from src.facts.data import Tables
from src.views import chart_table, registry
from src.views import chart_views as views


def test_registered_with_the_press_kit_charts() -> None:
    assert registry.CHART_BY_ID["europe_labels"].build is views.europe_view


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_one_item_per_row_naming_its_count_and_date(tables: Tables, lang: str) -> None:
    view = views.europe_view(tables, lang)
    assert view is not None
    data = europe.europe_counts(tables.context_facts, tables.figures, lang)
    assert len(view.items) == len(view.table) == len(data)
    for item, row in zip(view.items, data.itertuples(index=False), strict=True):
        assert row.count_label in item and row.date_label in item and row.series_label in item
    assert view.text.description.count(views.join_words(list(view.items), lang)) == 1


def test_levels_column_holds_what_the_title_names(tables: Tables) -> None:
    view = views.europe_view(tables, "en")
    assert view is not None
    rows = view.table.set_index("fact_id")
    assert rows.loc["benchmarked_2017", "level"] == "all"
    assert rows.loc[europe.NORWAY_GOLD_FIGURE, "level"] == "gold"
    assert set(view.table["level"]) == {"all", "bronze", "silver", "gold"}


def test_takeaway_dates_are_no_finer_than_a_month(tables: Tables) -> None:
    """A takeaway names months (the table has the years), never a day of the month the table does not hold."""
    view = views.europe_view(tables, "en")
    assert view is not None
    assert view.text.subtitle.startswith("Norway had 6 valid gold labels (March 2017); in Europe 86 clusters held gold")
    assert "28" not in view.text.subtitle
    nb = views.europe_view(tables, "nb")
    assert nb is not None
    assert nb.text.subtitle.startswith("Norge hadde 6 gyldige gullmerker (mars 2017)")


def test_without_norways_row_the_title_does_not_name_norway(tables: Tables) -> None:
    figures = tables.figures[tables.figures["figure_id"] != europe.NORWAY_GOLD_FIGURE]
    view = views.europe_view(dataclasses.replace(tables, figures=figures), "en")
    assert view is not None
    assert "Norway" not in view.text.title and "Norway" not in view.text.subtitle
    assert "norway_gold" not in set(view.table["series"])


def test_reader_file_names_series_and_levels_in_the_readers_language(tables: Tables) -> None:
    view = views.europe_view(tables, "nb")
    assert view is not None
    frame = chart_table.reader_table(view, "nb")
    assert "Hva som telles" in frame.columns and "Kildefil" in frame.columns
    assert "Norge, gyldige gull" in set(frame["Hva som telles"])
    assert "Alle nivåer" in set(frame["Nivå"])


def point_label_boxes(svg: str, labels: set[str]) -> list[tuple[str, float, float, float, float]]:
    """(text, left, right, top, bottom) of each drawn point label, its width estimated at 0.6 em per character."""
    boxes = []
    for attrs, text in re.findall(r"<text([^>]*)>([^<]*)</text>", svg):
        text = html.unescape(text)
        if text not in labels:
            continue
        x, y = (float(v) for v in re.search(r"translate\(([-\d.]+),([-\d.]+)\)", attrs).groups())  # type: ignore[union-attr]
        if x < 0:
            continue  # an axis label ('3' on the count axis), left of the plot
        size = float(re.search(r'font-size="([\d.]+)px"', attrs).group(1))  # type: ignore[union-attr]
        width = 0.6 * size * len(text)
        anchor = re.search(r'text-anchor="(\w+)"', attrs)
        left = x - width if anchor and anchor.group(1) == "end" else x
        boxes.append((text, left, left + width, y - size, y))
    return boxes


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("width", [340, 720, 1100])
def test_point_labels_do_not_run_into_each_other(tables: Tables, lang: str, width: int) -> None:
    """The finding: '137' ran into 'over 120' on a phone.

    A label left of its point now sits above it, one to the right below it.
    """
    view = views.europe_view(tables, lang)
    assert view is not None
    spec = {**view.spec, "width": width, "autosize": {"type": "fit-x", "contains": "padding"}}
    labels = {str(row["point_label"]) for rows in view.spec["datasets"].values() for row in rows}
    boxes = point_label_boxes(vlc.vegalite_to_svg(spec), labels)
    assert len(boxes) == len(view.table)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = min(a[2], b[2]) - max(a[1], b[1]) > 1 and min(a[4], b[4]) - max(a[3], b[3]) > 1
            assert not overlap, (a, b)
