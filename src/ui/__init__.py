"""The Streamlit renderer: the only package that talks to Streamlit.

Note that everything decided here is *how* to show; *what* to show comes from `src.views` (its
registry says which charts a page has and what they honour), so the logic stays testable without
Streamlit. The modules, by concern: `runtime` (the process), `language` (language and page head),
`data` (caches shared by sessions), `url_sync` (filters in the address bar), `widgets`, `tables`,
`charts` (the chart block and the chart alone), `share_panel` (files, citations, press kit, deck),
`org` and `story` (those pages' own parts). The pages use the names below.
"""

from src.ui.charts import app_root, chart_alone, chart_block, chart_tabs, draw_chart, tab_key
from src.ui.data import (
    article_follow_up,
    chart_params,
    chart_view,
    computed_follow_up,
    dataset_citation,
    overview,
    page_params,
    radar_tables,
    register_coverage,
    register_csv,
    register_csv_name,
    register_view,
    sources_page,
    tables,
    validity_notes,
    view,
)
from src.ui.language import date_format, lang, language_switch, page_head, resolve_lang
from src.ui.not_found import extra_pages as not_found_pages
from src.ui.runtime import settle_heap
from src.ui.share_panel import press_kit, press_kit_button, story_deck, story_deck_name
from src.ui.tables import counted_table, discrepancy, link_columns, register_table, safe_table, small_table
from src.ui.url_sync import sync_url, url_values
from src.ui.widgets import choose_codes, copyable, folded, metric_card, quote, year_slider

__all__ = [
    "app_root",
    "article_follow_up",
    "chart_alone",
    "chart_block",
    "chart_params",
    "chart_tabs",
    "chart_view",
    "choose_codes",
    "computed_follow_up",
    "copyable",
    "counted_table",
    "dataset_citation",
    "date_format",
    "discrepancy",
    "draw_chart",
    "folded",
    "lang",
    "language_switch",
    "link_columns",
    "metric_card",
    "not_found_pages",
    "overview",
    "page_head",
    "page_params",
    "press_kit",
    "press_kit_button",
    "quote",
    "radar_tables",
    "register_coverage",
    "register_csv",
    "register_csv_name",
    "register_table",
    "register_view",
    "resolve_lang",
    "safe_table",
    "settle_heap",
    "small_table",
    "sources_page",
    "story_deck",
    "story_deck_name",
    "sync_url",
    "tab_key",
    "tables",
    "url_values",
    "validity_notes",
    "view",
    "year_slider",
]
