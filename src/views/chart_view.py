"""A chart as a reader gets it: the chart, its words, the rows behind them and their sources.

`finish` captions a builder's chart (title, takeaway, source line, text alternative, locale) and
bundles it with its rows; renderers read only this type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import altair as alt
import pandas as pd
import pyarrow as pa

from src.metrics.metrics import COUNTRY_ORDER, LEVEL_ORDER
from src.views import charts
from src.views.charts import ChartText


@dataclass(frozen=True)
class SourceRef:
    """Where one number comes from: the file and row, the page, and the sentence that states it."""

    where: str
    url: str
    quote: str
    row: int
    lang: str  # the quote's own language (the data's quote_lang), so a page can mark it: nb, nn, da, en, sv, de


@dataclass(frozen=True)
class Quoted:
    """A sentence quoted from a source, with its language from the data (never guessed when shown)."""

    text: str
    lang: str


@dataclass(frozen=True)
class ChartView:
    """One chart as a reader gets it: the chart, its words, the rows behind it and their sources."""

    chart_id: str
    chart: alt.LayerChart
    text: ChartText
    table: pd.DataFrame
    sources: list[SourceRef] = field(default_factory=list)
    as_of: str | None = None  # ISO day (or year) the numbers hold for, when the view knows it
    items: tuple[str, ...] = ()  # the text alternative's items, one per row of `table`, in order
    n: dict[str, int] = field(default_factory=dict)  # the source line's n, by country code (or by what is counted)
    params: dict[str, str] = field(default_factory=dict)  # URL parameters that reopen this view (`registry.build`)

    @property
    def shown(self) -> str:
        """What the filters left, for file names: 'no-silver', 'no-dk_gold-silver_2013-2019' ('' when unfiltered)."""
        parts = []
        for column, order in (("country", COUNTRY_ORDER), ("level", LEVEL_ORDER)):
            if column in self.table.columns:
                present = set(self.table[column])
                parts.append("-".join(v.lower() for v in order if v in present))
        if "year" in self.table.columns and not self.table.empty:
            parts.append(f"{int(self.table['year'].min())}-{int(self.table['year'].max())}")
        return "_".join(p for p in parts if p)

    @cached_property
    def spec(self) -> dict[str, Any]:
        """The Vega-Lite spec, validated once (Altair's validation is the slow part of a rerun)."""
        return self.chart.to_dict()

    @cached_property
    def arrow_datasets(self) -> dict[str, bytes]:
        """The spec's inline datasets as Arrow IPC streams, serialised once.

        Note that a renderer that ships data as Arrow (Streamlit does) would otherwise rebuild a
        frame from the spec's rows and serialise it on every rerun: most of a chart's cost there.
        """
        return {name: _arrow_ipc(pd.DataFrame(rows)) for name, rows in self.spec.get("datasets", {}).items()}


def _arrow_ipc(frame: pd.DataFrame) -> bytes:
    """A frame as one Arrow IPC stream (with pandas metadata, as `pyarrow.Table.from_pandas` writes it)."""
    table = pa.Table.from_pandas(frame)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def finish(
    chart_id: str,
    chart: alt.LayerChart,
    text: ChartText,
    table: pd.DataFrame,
    lang: str,
    sources: list[SourceRef] | None = None,
    as_of: str | None = None,
    items: Sequence[str] = (),
    n: dict[str, int] | None = None,
) -> ChartView:
    """Caption the chart (title, source line, text alternative, locale) and bundle it with its rows and sources."""
    table = table.reset_index(drop=True)
    captioned = charts.captioned(chart, text, lang)
    return ChartView(chart_id, captioned, text, table, sources or [], as_of, tuple(items), dict(n or {}))
