"""The app's input widgets and small text blocks, labelled through the catalog."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import streamlit as st

from src.text.i18n import t
from src.text.text_safety import escape_markdown, quote_html
from src.ui.language import lang
from src.views import filters
from src.views.url_state import Choice, Param, Value


def choose_many(label_key: str, options: tuple[str, ...], value: Value, key: str, prefix: str) -> tuple[str, ...]:
    """Toggle buttons ("pills") for a few options, shown through the catalog (`prefix.option`).

    Note that pills wrap on a phone and show every choice at once, where a multiselect hides
    chosen values behind a fade and needs two taps per change.
    """
    language = lang()
    chosen = st.pills(
        t(label_key, language),
        list(options),
        selection_mode="multi",
        default=[o for o in options if o in cast(tuple[str, ...], value)],
        key=key,
        format_func=lambda o: t(f"{prefix}.{o}", language),
    )
    return tuple(o for o in options if o in (chosen or []))


def choose_codes(name: str, spec: Mapping[str, Param], state: Mapping[str, Value], page_key: str) -> tuple[str, ...]:
    """The page's `name` filter (countries, levels, events) as pills, in the words `filters.CODE_FILTER_WORDS` gives.

    Its widget key is `<page_key>_<name>` (`cmp_countries`), so each page keeps its own choice.
    """
    label_key, prefix = filters.CODE_FILTER_WORDS[name]
    return choose_many(label_key, cast(Choice, spec[name]).options, state[name], f"{page_key}_{name}", prefix)


def year_slider(value: Value, bounds: tuple[int, int], key: str) -> tuple[int, int]:
    low, high = st.slider(t("filter.years", lang()), bounds[0], bounds[1], value=tuple(value), key=key)  # type: ignore[arg-type]
    return int(low), int(high)


def folded(label: str, key: str) -> Any:
    """An expander whose content is built only once the reader opens it, else None.

    Note that a closed expander's elements still cost the browser their code and rendering
    before the page's first chart is drawn (bench/RESULTS.md); tracking its state avoids that.
    """
    box = st.expander(label, key=key, on_change="rerun")
    return box if box.open else None


def copyable(heading: str, text: str, syntax: str | None = None) -> None:
    """A heading and a text block with Streamlit's copy button."""
    st.markdown(f"**{escape_markdown(heading)}**")
    st.code(text, language=syntax, wrap_lines=True)


def metric_card(label: str, value: str, source: str, quote: str) -> None:
    """A key figure with its source right under it and the quoted sentence on hover."""
    st.metric(label, value, help=escape_markdown(quote), border=True)
    st.caption(escape_markdown(source))


def quote(text: str, language: str, lead: str = "") -> None:
    """A source's sentence as a block marked with its own language (the data's `quote_lang`), under `lead`
    (Markdown the caller has escaped: the link to the page), in one element so they stay together.

    Note that Markdown's `> quote` cannot carry `lang`; the text is HTML-escaped by `quote_html` first, so
    allowing HTML here lets through only the one tag made here.
    """
    block = quote_html(text, language)
    st.markdown(f"{lead}\n\n{block}" if lead else block, unsafe_allow_html=True)
