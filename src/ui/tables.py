"""Tables on a page: plain HTML tables for short finished text, the data grid for long ones."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from src.text import formatting
from src.text.i18n import t, tn
from src.text.text_safety import escape_markdown, markdown_link
from src.ui.language import lang
from src.ui.widgets import quote
from src.views import source_list


def counted_table(frame: pd.DataFrame, total: int, column_config: Mapping[str, Any] | None = None) -> None:
    """A table cut at a number of rows, saying so when `total` organisations did not all fit."""
    safe_table(frame, column_config)
    if total > len(frame):
        st.caption(tn("radar.truncated", total, lang(), shown=formatting.number(len(frame), lang())))


def register_table(frame: pd.DataFrame, lang_code: str) -> None:
    """The register grid: link and quote within the first 820 px (a 1280 px window with the sidebar open)."""
    col = lambda key: t(f"register.col.{key}", lang_code)  # noqa: E731
    config: dict[str, Any] = {
        col("organisation"): st.column_config.TextColumn(col("organisation"), width=170),
        col("level"): st.column_config.TextColumn(col("level"), width=60),
        col("date"): st.column_config.TextColumn(col("date"), width=90),
        col("source"): st.column_config.LinkColumn(col("source"), display_text=t("source.link", lang_code), width=118),
        col("quote"): st.column_config.TextColumn(col("quote"), width=340),
        t("org.link.column", lang_code): st.column_config.LinkColumn(
            t("org.link.column", lang_code), display_text=t("org.link", lang_code)
        ),
    }
    safe_table(frame, config)


def safe_table(frame: pd.DataFrame, column_config: Mapping[str, Any] | None = None) -> None:
    """A data table: cells are shown as plain text by the grid, never interpreted."""
    st.dataframe(frame, hide_index=True, width="stretch", column_config=column_config)


def small_table(frame: pd.DataFrame) -> None:
    """A short table of finished text as a plain HTML table (read by screen readers, printed whole).

    Note that `st.table` reads its cells as Markdown, so every cell and header is escaped; and
    that it needs no data-grid code in the browser, which `st.dataframe` loads (about 1.4 MB).
    """
    safe = frame.rename(columns=lambda c: escape_markdown(str(c))).map(lambda v: escape_markdown(str(v)))
    st.table(safe, hide_index=True)


def region_table(frame: pd.DataFrame, caption: str) -> None:
    """A table of finished text in a region a keyboard can scroll (Tab, then arrows), as the static edition has it.

    Note that a chart's table is wider than a phone: its box scrolls sideways, and WCAG asks that a
    scrolling box be reachable by keyboard, which `st.table`'s is not. Every header and cell is escaped
    here (st.html's sanitizer would drop a script, not show a name as text).
    """
    head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    label, text = html.escape(caption, quote=True), html.escape(caption)
    st.html(
        f'<p class="kk-table-caption" aria-hidden="true">{text}</p>'  # wraps on a phone; the table scrolls alone
        f'<div class="kk-table" tabindex="0" role="region" aria-label="{label}"><table>'
        f'<caption class="kk-sr-only">{text}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    )


def link_columns(names: list[str], lang_code: str) -> dict[str, Any]:
    """Column settings that show each of `names` as a link reading "Open the source"."""
    return {n: st.column_config.LinkColumn(n, display_text=t("source.link", lang_code)) for n in names}


def discrepancy(item: source_list.Discrepancy, lang_code: str) -> None:
    """One known difference: what it is about, the difference, then each page's link and its sentence."""
    st.markdown(f"**{escape_markdown(item.about)}**  \n{escape_markdown(item.statement)}")
    for side in item.sides:
        quote(side.quote, side.lang, lead=markdown_link(side.label, side.url))
    if item.only_one_source:
        st.caption(t("sources.disc.no_b", lang_code))
