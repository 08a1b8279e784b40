"""A chart on a page: Chart | Table | Sources | Download and share, or the chart alone for embeds."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import streamlit as st

from src.export import export
from src.text.i18n import t
from src.text.text_safety import escape_markdown, markdown_link
from src.ui import data
from src.ui.embed import report_height
from src.ui.language import lang
from src.ui.share_panel import share_panel
from src.ui.tables import region_table
from src.ui.widgets import quote
from src.views import registry, share
from src.views.chart_table import display_table
from src.views.chart_view import ChartView
from src.views.url_state import Value


def chart_block(chart_id: str, values: Mapping[str, Value]) -> None:
    """The registry's chart for the reader's filters: a note for each filter it does not follow, then its tabs."""
    for note in data.filter_notes(chart_id):
        st.caption(escape_markdown(note))
    chart_tabs(data.chart_view(chart_id, values))


def chart_tabs(view: ChartView | None) -> None:
    """Chart | Table | Sources | Download and share, with the text alternative always visible under the chart.

    Note that the tabs track their state (`on_change="rerun"`) so only the open tab is built:
    the table, the sources and above all the share panel cost nothing until a reader asks.
    """
    if view is None:
        st.info(t("chart.no_data", lang()))
        return
    language = lang()
    labels = [
        t("tab.chart", language),
        t("tab.table", language),
        t("tab.sources", language),
        t("export.heading", language),
    ]
    tab_chart, tab_table, tab_sources, tab_share = st.tabs(labels, key=tab_key(view.chart_id), on_change="rerun")
    if tab_chart.open:
        with tab_chart:
            draw_chart(view)
            st.caption(escape_markdown(t("chart.text_alternative", language, text=view.text.description)))
    if tab_table.open:
        with tab_table:
            caption = t("site.table_caption", language, title=view.text.title)
            region_table(display_table(view, language), caption)  # the reader's CSV's words and numbers
    if tab_sources.open:
        with tab_sources:
            _sources_tab(view)
    if tab_share.open:
        with tab_share:
            share_panel(view, app_root(registry.CHART_BY_ID[view.chart_id].page_spec.url_path))


def draw_chart(view: ChartView, spec: Mapping[str, Any] | None = None, height: Any = "content") -> None:
    """The chart (or `spec`, a restyled copy of it), its rows handed over as the Arrow bytes made once per view.

    Note that the app's stylesheet removes Streamlit's own "Download as PNG" from the chart's toolbar:
    that image carries no credit line (see src/static/app.css); the credited one is in the share tab.
    `height="stretch"` fills the box around the chart (a slide's chart box is sized by CSS).
    """
    st.vega_lite_chart({**(spec or view.spec), "datasets": dict(view.arrow_datasets)}, width="stretch", height=height)


def tab_key(chart_id: str) -> str:
    """The widget key of a chart's tabs (tests open a tab by setting it)."""
    return f"tabs_{chart_id}"


def _sources_tab(view: ChartView) -> None:
    """Each number's file row as text, and a link labelled with the site it opens (the row is not the link)."""
    language = lang()
    st.caption(escape_markdown(view.text.source_line))
    for ref in view.sources:
        label = t("source.open_site", language, site=share.site_of(ref.url))
        quote(ref.quote, ref.lang, lead=f"{escape_markdown(ref.where)}: {markdown_link(label, ref.url)}")


def app_root(page_path: str) -> str:
    """The app's public address: the configured base URL if set, else the address the reader used."""
    if os.environ.get(export.BASE_URL_ENV):
        return export.base_url()
    return share.app_root(st.context.url, page_path, export.base_url())


def chart_alone(chart_id: str, values: Mapping[str, Value]) -> None:
    """Just the chart, its text alternative and a link to the full page: for embeds and shared chart links.

    Note that in an iframe the page reports its height to the embedding page (`src.ui.embed`).
    """
    report_height(chart_id)
    view = data.chart_view(chart_id, values)
    if view is None:
        st.info(t("chart.no_data", lang()))
        return
    draw_chart(view)
    st.caption(escape_markdown(t("chart.text_alternative", lang(), text=view.text.description)))
    page = registry.CHART_BY_ID[chart_id].page_spec
    st.page_link(page.script, label=t("chart.open_full", lang(), app=t("app.name", lang())))
