"""Files, citations and links to share: a chart's six files, the press kit and the story deck.

Every file is built when the reader clicks (or once per process, for the kit and the deck), never on a rerun.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

import streamlit as st

from src.export import chart_files, export
from src.export.press_kit import press_kit_zip, zip_name
from src.site import deck
from src.text.i18n import t
from src.ui.data import cached_tables, tables_of
from src.ui.language import lang
from src.ui.release import session_release
from src.ui.widgets import copyable
from src.views import citation, registry, share
from src.views.chart_view import ChartView

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PRESS_KITS_KEPT = 8  # press kits kept in memory (about a megabyte each), oldest dropped first


def chart_links(view: ChartView, root: str) -> tuple[str, str]:
    """(link to the chart's page, chart-only embed address), both pinned to what the view shows.

    Note that the view carries its parameters (filters, language, the day written out), so a
    link published today reopens the same numbers next month.
    """
    page = registry.CHART_BY_ID[view.chart_id].page_spec.url_path
    return share.link(root, page, view.params), share.embed_link(root, view.chart_id, view.params)


def share_panel(view: ChartView, root: str) -> None:
    """Images and data built on click, a citation crediting the original sources, a link and an embed snippet."""
    language = lang()
    _start_export_engine()
    view_link, embed = chart_links(view, root)
    key = (view.chart_id, view.text.description, view.text.source_line)
    as_of, chart_citation = _share_texts(view, key, view_link, language, session_release())
    release = cached_tables().release  # every file names the release its rows come from
    files: list[tuple[str, str, Callable[[], bytes | str]]] = [  # built on click, in export.CHART_FILE_LABELS order
        ("png", "image/png", partial(export.chart_png, view, language, root, release=release)),
        ("svg", "image/svg+xml", partial(export.chart_svg, view, language, root, release)),
        ("csv", "text/csv", partial(export.chart_csv, view, language)),
        ("xlsx", XLSX_MIME, partial(export.chart_xlsx, view, language, chart_citation, as_of, release)),
        ("iso.csv", "text/csv", partial(chart_files.machine_csv, view)),
        (
            "metadata.json",
            "application/json",
            partial(chart_files.metadata_json, view, language, view_link, as_of, chart_citation, release),
        ),
    ]
    for start in range(0, len(files), 2):  # two per row: readable labels on a phone and at 1280 px
        for column, (ext, mime, make) in zip(st.columns(2), files[start : start + 2], strict=True):
            with column:
                st.download_button(
                    t(export.CHART_FILE_LABELS[ext], language),
                    make,
                    file_name=export.file_name(view.chart_id, language, as_of, ext, view.shown),
                    mime=mime,
                    on_click="ignore",
                    key=f"download_{view.chart_id}_{ext}",
                )
    copyable(t("export.citation.heading", language), chart_citation)
    copyable(t("export.link.heading", language), view_link)
    # plain text: Streamlit's HTML token colours reach only 3.73:1 on the code background
    copyable(
        t("export.embed.heading", language),
        citation.embed_snippet(embed, view.text.title, registry.CHART_BY_ID[view.chart_id].embed.start),
    )


@st.cache_resource(show_spinner=False, max_entries=1024)
def _share_texts(
    _view: ChartView, key: tuple[str, str, str], view_link: str, language: str, release: str
) -> tuple[str, str]:
    """(as-of date, citation) of a chart, once per chart, filters, language, link and release.

    Note that `_view` is not hashed (Streamlit skips leading-underscore arguments); `key`, made of
    the chart id and its text (which change with filters and language), identifies it instead.
    """
    data = tables_of(release)
    return export.chart_as_of(_view, data), citation.chart_citation(_view, language, view_link, data)


@st.cache_resource(show_spinner=False)
def _start_export_engine() -> threading.Thread:
    """Start vl-convert in the background once per server, so the first image download is not the slow one."""
    thread = threading.Thread(target=export.warm_up, name="vl-convert-warm-up", daemon=True)
    thread.start()
    return thread


def story_deck(language: str, root: str) -> bytes:
    """The story as one self-contained HTML file (opens offline, without Python), once per language and address."""
    return _story_deck(session_release(), language, root)


@st.cache_resource(show_spinner=False, max_entries=4)
def _story_deck(release: str, language: str, root: str) -> bytes:
    return deck.story_html(tables_of(release), language, root).encode("utf-8")


def story_deck_name(language: str) -> str:
    return f"klyngekvalitet_{t('story.file_word', language)}_{language}.html"


@st.cache_resource(show_spinner=False)
def _press_kits() -> dict[tuple[str, str, str], bytes]:
    """Press kits built so far, by language and address, shared by every reader (a kit is about a megabyte)."""
    return {}


def press_kit(language: str, root: str) -> bytes:
    """The press kit ZIP for a language and address: built once (with a progress bar), then shared."""
    kits, key = _press_kits(), (session_release(), language, root)
    if key not in kits:
        bar = st.progress(0.0, text=t("files.building", language))

        def advance(done: int, total: int) -> None:
            bar.progress(done / total, text=t("files.building", language))

        while len(kits) >= PRESS_KITS_KEPT:  # the address comes from the reader's request: keep memory bounded
            kits.pop(next(iter(kits)))
        kits[key] = press_kit_zip(cached_tables(), language, root, progress=advance)
        bar.empty()
    return kits[key]


def press_kit_button(language: str, root: str) -> None:
    """'Make the press kit' until it exists (building takes seconds, so the reader sees progress), then download."""
    ready = (session_release(), language, root) in _press_kits()
    if not ready and not st.button(t("files.prepare_press_kit", language), type="primary", key="press_kit_make"):
        return
    st.download_button(
        t("export.download.press_kit", language),
        press_kit(language, root),
        file_name=zip_name(language),
        mime="application/zip",
        on_click="ignore",
        type="primary",
        key="press_kit",
    )
