"""The Streamlit renderer (only `src.ui` talks to Streamlit): caching, URL sync and the shared renderers.

Note that everything decided here is *how* to show; *what* to show comes from `src.views`,
so the logic stays testable without Streamlit.
"""

from __future__ import annotations

import gc
import json
import os
import threading
from collections.abc import Callable, Hashable, Mapping
from datetime import date
from functools import partial
from typing import Any, cast

import pandas as pd
import streamlit as st

from src.export import chart_files, export
from src.export.press_kit import press_kit_zip, zip_name
from src.facts.data import Tables, load_tables
from src.facts.errors import DataError
from src.facts.paths import PROJECT_ROOT, REBUILD_COMMAND
from src.metrics import metrics
from src.site import deck
from src.text import formatting
from src.text.i18n import DEFAULT_LANG, LANGUAGES, t
from src.text.text_safety import escape_markdown, markdown_link
from src.views import citation, filters, register, renewal, share, source_list, summaries
from src.views.chart_views import VIEWS, ChartView
from src.views.downloads import to_csv_bytes
from src.views.filters import CHART_PAGES, ChartFilters, chart_filters
from src.views.org_views import ORG_VIEWS
from src.views.renewal import ComputedFollowUp
from src.views.summaries import Card
from src.views.url_state import Param, Value, encode, parse

ALL_VIEWS = {**VIEWS, **ORG_VIEWS}  # the organisation charts are per organisation, so not in the press kit
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LANG_PARAM = "lang"
LANG_KEY = "lang"
PRESS_KITS_KEPT = 8  # press kits kept in memory (about a megabyte each), oldest dropped first
LANGUAGE_NAMES = {"nb": "Norsk", "en": "English"}
APP_STYLE = PROJECT_ROOT / "src" / "static" / "app.css"


_heap = {"settled": False}
_HEAP_LOCK = threading.Lock()


def settle_heap() -> None:
    """Once per process, after the first run: take what it loaded out of the garbage collector's scans.

    Note that the modules, data and caches make about 185 000 long-lived objects; a full collection
    scanned them all in 110–200 ms and one ran on nearly every new session, stalling the server
    while readers waited (bench/gc_pauses.py). Frozen objects are still freed when no longer
    referenced; only a cycle among them would never be collected, and these live until exit anyway.
    """
    with _HEAP_LOCK:
        if _heap["settled"]:
            return
        _heap["settled"] = True
    gc.collect()
    gc.freeze()


def lang() -> str:
    """The reader's language: the address bar's `?lang=` if valid, else the session's choice."""
    raw = st.query_params.get(LANG_PARAM)
    if raw in LANGUAGES:
        return str(raw)
    value = st.session_state.get(LANG_KEY, DEFAULT_LANG)
    return value if value in LANGUAGES else DEFAULT_LANG


def resolve_lang() -> str:
    """Take the language from `?lang=`, else keep the session's; keep the address bar complete.

    Note that Streamlit drops query parameters when the reader switches page, so the session
    remembers the choice and writes it back, and a shared link always names its language.
    It also starts the run's bookkeeping for `sync_url` (which page the address bar shows).
    """
    _start_run()
    raw = st.query_params.get(LANG_PARAM)
    if raw in LANGUAGES:
        st.session_state[LANG_KEY] = raw
    current = lang()
    if raw is not None and raw not in LANGUAGES:
        st.info(t("url.notice", current, param=LANG_PARAM, value=escape_markdown(raw[:40])), icon="ℹ️")
    if current == DEFAULT_LANG:
        if LANG_PARAM in st.query_params:
            del st.query_params[LANG_PARAM]
    elif raw != current:
        st.query_params[LANG_PARAM] = current
    return current


def page_head(page_title: str, language: str) -> None:
    """The page's `<title>`, its document language and the app's one stylesheet, in one element per run.

    Note that Streamlit serves every page as `<html lang="en">` and titles the tab after the first
    `set_page_config`; so the title is set again once the page is known, and a one-line script
    (the language is one of `LANGUAGES`, never reader input) sets `lang` for screen readers and hyphenation.
    """
    st.set_page_config(page_title=f"{page_title} · {t('app.name', language)}")
    code = json.dumps(language if language in LANGUAGES else DEFAULT_LANG)
    script = f"<script>document.documentElement.lang = {code};</script>"
    st.html(f'{_app_style()}<span class="kk-document-language"></span>{script}', unsafe_allow_javascript=True)


@st.cache_resource(show_spinner=False)
def _app_style() -> str:
    """The stylesheet as a `<style>` element, read once per process (one element per page, not one per chart)."""
    return f"<style>{APP_STYLE.read_text(encoding='utf-8')}</style>"


def _switch_language() -> None:
    chosen = st.session_state.get("lang_switch") or lang()
    st.session_state[LANG_KEY] = chosen
    st.query_params[LANG_PARAM] = chosen


def language_switch() -> None:
    """Norsk | English, one click away at the top of every page."""
    st.segmented_control(
        t("app.language", lang()),
        list(LANGUAGES),
        default=lang(),
        format_func=lambda code: LANGUAGE_NAMES.get(code, code),
        key="lang_switch",
        on_change=_switch_language,
        label_visibility="collapsed",
    )


@st.cache_resource(show_spinner=False)
def _cached_tables() -> Tables:
    """Read the Parquet files once per server process; every session shares the frames read-only."""
    return load_tables()


def tables() -> Tables:
    """The data, or a friendly message (which file, how to rebuild) and a stop — never a traceback."""
    try:
        return _cached_tables()
    except DataError as error:
        st.error(f"**{t('error.title', lang())}**\n\n{t('error.body', lang(), files=', '.join(error.files))}")
        st.caption(t("error.fix", lang(), command=REBUILD_COMMAND))
        st.stop()
        raise  # unreachable: st.stop() ends the run


@st.cache_resource(show_spinner=False, max_entries=512)
def view(name: str, *args: Hashable) -> ChartView | None:
    """A chart view built once per filter combination and language, shared read-only by sessions.

    Note that arguments must be hashable (tuples, not lists): they are the cache key.
    """
    built = ALL_VIEWS[name](_cached_tables(), *args)
    if built is not None:
        _ = built.arrow_datasets  # validate and serialise now, inside the cache, not on every rerun
    return built


@st.cache_resource(show_spinner=False)
def article_follow_up() -> metrics.FollowUp:
    """The article's 24 of 55 with its interval, read from the figures once per process."""
    return metrics.follow_up(_cached_tables().figures)


@st.cache_resource(show_spinner=False, max_entries=8)
def overview(lang: str) -> tuple[str, list[str], list[Card]]:
    """The overview's lead, argument and key-figure cards, computed once per language."""
    tables = _cached_tables()
    return summaries.lead(tables, lang), summaries.argument(tables, lang), summaries.cards(tables, lang)


@st.cache_resource(show_spinner=False, max_entries=8)
def sources_page(lang_code: str) -> source_list.SourcesPage:
    """The sources page's tables, notes and downloads, built once per language."""
    return source_list.page_content(_cached_tables(), lang_code)


@st.cache_resource(show_spinner=False)
def levels_filters() -> dict[str, Param]:
    """The levels page's URL parameters (the year span reads every record, so once per process)."""
    return filters.levels_page(_cached_tables())


@st.cache_resource(show_spinner=False)
def register_filters() -> dict[str, Param]:
    """The register page's URL parameters, once per process."""
    return filters.register_page(_cached_tables())


@st.cache_resource(show_spinner=False)
def _register_index() -> register.RegisterIndex:
    """The register's filter columns as arrays, once per server process."""
    return register.build_index(_cached_tables())


@st.cache_resource(show_spinner=False)
def register_coverage() -> dict[str, int]:
    """Records and organisations per country, for the coverage notes (once per process)."""
    return register.coverage(_cached_tables())


@st.cache_resource(show_spinner=False, max_entries=128)
def register_view(
    chosen: register.RegisterFilters, full_years: tuple[int, int], lang_code: str
) -> register.RegisterView:
    """The register's rows for one set of filters (at most `register.MAX_ROWS`), shared by sessions."""
    return register.register_view(_cached_tables(), _register_index(), chosen, full_years, lang_code)


def register_csv(chosen: register.RegisterFilters, full_years: tuple[int, int], lang_code: str) -> bytes:
    """Every record matching the filters as CSV (built when the reader clicks, not cached)."""
    records = register.filter_records(_cached_tables(), chosen, full_years, _register_index())
    return to_csv_bytes(register.display_table(records, lang_code), lang_code)


@st.cache_resource(show_spinner=False, max_entries=8)
def computed_follow_up(lang_code: str, as_of: date) -> ComputedFollowUp:
    """The follow-up recomputed from the records, once per language and day."""
    return renewal.computed_follow_up(_cached_tables(), lang_code, as_of)


@st.cache_resource(show_spinner=False, max_entries=8)
def validity_notes(lang_code: str) -> list[str]:
    """How expiries are inferred and how many are unknown, once per language (it reads every record)."""
    return renewal.validity_notes(_cached_tables(), lang_code)


@st.cache_resource(show_spinner=False, max_entries=256)
def radar_tables(lang_code: str, on: date, months: int) -> renewal.RadarTables:
    """Status counts, the must-renew list and the full board for a day and window, shared by sessions."""
    return renewal.radar_tables(_cached_tables(), on, months, lang_code)


def url_values(spec: Mapping[str, Param], page: str) -> dict[str, Value]:
    """This page's filter values from the address bar, with a notice for each value ignored.

    Note that Streamlit empties the address bar when the reader switches page; coming back,
    the filters this session last used on `page` are restored instead of the defaults.
    `page` is the page's URL path, optionally with `:` and a sub-key (`chart:<id>`).
    """
    _own_params(page).update(spec)
    raw = {name: st.query_params[name] for name in spec if name in st.query_params}
    if not raw:
        raw = dict(st.session_state.get(_memory_key(page), {}))
    values, notices = parse(raw, spec)
    for notice in notices:
        st.info(t("url.notice", lang(), param=notice.param, value=escape_markdown(notice.value)), icon="ℹ️")
    return values


def _memory_key(page: str) -> str:
    return f"filters:{page}"


def sync_url(values: Mapping[str, Value], spec: Mapping[str, Param], page: str) -> None:
    """Write the current filters to the address bar (and the session) so a link reopens this view.

    Note that the address keeps only this page's parameters, `lang` and Streamlit's `embed`
    options (a parameter another page left is removed), and that it is written in one step
    (one history entry, not one per parameter).
    In the run that follows a switch from another page nothing is written: the browser still
    shows that page's address, and Streamlit would record the write as a history entry of that
    page (Back would open it with this page's filters). The remembered filters are shown all the
    same, and reach the address at this page's next run.
    """
    wanted = encode(values, spec)
    st.session_state[_memory_key(page)] = wanted
    if not _address_shows(page):
        return
    own = _own_params(page) | set(spec)
    current = {name: st.query_params.get_all(name) for name in st.query_params}
    target = {name: value for name, value in current.items() if name in own or name in KEPT_PARAMS}
    for name in spec:
        target.pop(name, None)
    target.update({name: [value] for name, value in wanted.items()})
    if target != current:
        st.query_params.from_dict(target)


# every page's, never removed by `sync_url` (Streamlit keeps `embed` and `embed_options` itself: st.query_params
# neither lists nor clears them)
KEPT_PARAMS = frozenset({LANG_PARAM})
_RUN_PAGE = "url:run_page"  # the page this run synced (`_PENDING` until it does); after the run, the address's page
_ADDRESS_PAGE = "url:address_page"  # the page the address bar showed when this run began (None: the first run)
_OWN_PARAMS = "url:own_params"  # the parameters each page read in this run, by page
_PENDING = ""


def _page_path(page: str) -> str:
    """'chart:quality_index' → 'chart': the page whose address it is."""
    return page.split(":", 1)[0]


def _start_run() -> None:
    """At the start of every full run (from `resolve_lang`): the previous run's page is the one in the address bar."""
    st.session_state[_ADDRESS_PAGE] = st.session_state.get(_RUN_PAGE)
    st.session_state[_RUN_PAGE] = _PENDING
    st.session_state[_OWN_PARAMS] = {}


def _address_shows(page: str) -> bool:
    """Whether the browser shows `page`'s address now, so that writing to it is recorded under `page`.

    Note that on the session's first run the address is the one the reader opened, and that in a widget
    callback (before `resolve_lang`) the run page is still the one on screen; this marks `page` as the run's.
    """
    path = _page_path(page)
    ran = st.session_state.get(_RUN_PAGE)
    shown = st.session_state.get(_ADDRESS_PAGE) if ran == _PENDING else ran
    st.session_state[_RUN_PAGE] = path
    return shown is None or shown == path


def _own_params(page: str) -> set[str]:
    """The names `page` has read from the address in this run (a chart's page reads `chart`, then its filters)."""
    by_page = st.session_state.setdefault(_OWN_PARAMS, {})
    return cast(set[str], by_page.setdefault(_page_path(page), set()))


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


def chart_block(view: ChartView | None) -> None:
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
            st.dataframe(view.table, hide_index=True, width="stretch")
    if tab_sources.open:
        with tab_sources:
            _sources_tab(view)
    if tab_share.open:
        with tab_share:
            share_panel(view)


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
        st.markdown(f"{escape_markdown(ref.where)}: {markdown_link(label, ref.url)}  \n> {escape_markdown(ref.quote)}")


def app_root(page_path: str) -> str:
    """The app's public address: the configured base URL if set, else the address the reader used."""
    if os.environ.get(export.BASE_URL_ENV):
        return export.base_url()
    return share.app_root(st.context.url, page_path, export.base_url())


def chart_filter_registry() -> dict[str, ChartFilters]:
    """Each chart's URL parameters, built once per day (they depend on the data, and the radar on today)."""
    return _chart_filter_registry(date.today())


@st.cache_resource(show_spinner=False, max_entries=2)
def _chart_filter_registry(today: date) -> dict[str, ChartFilters]:
    return chart_filters(_cached_tables(), today)


def _chart_links(view: ChartView, root: str) -> tuple[str, str]:
    """(link to the chart's page with the current filters, chart-only embed address)."""
    params = {name: str(st.query_params[name]) for name in st.query_params}
    page = CHART_PAGES[view.chart_id]
    chart_spec = chart_filter_registry()[view.chart_id].spec
    embed_params = {k: v for k, v in params.items() if k in chart_spec or k == LANG_PARAM}
    return share.link(root, page, params), share.embed_link(root, view.chart_id, embed_params)


def share_panel(view: ChartView) -> None:
    """Images and data built on click, a citation crediting the original sources, a link and an embed snippet."""
    language = lang()
    _start_export_engine()
    root = app_root(CHART_PAGES[view.chart_id])
    view_link, embed = _chart_links(view, root)
    key = (view.chart_id, view.text.description, view.text.source_line)
    as_of, chart_citation = _share_texts(view, key, view_link, language)
    files: list[tuple[str, str, Callable[[], bytes | str]]] = [  # built on click, in export.CHART_FILE_LABELS order
        ("png", "image/png", partial(export.chart_png, view, language, root)),
        ("svg", "image/svg+xml", partial(export.chart_svg, view, language, root)),
        ("csv", "text/csv", partial(export.chart_csv, view, language)),
        ("xlsx", XLSX_MIME, partial(export.chart_xlsx, view, language, chart_citation, as_of)),
        ("iso.csv", "text/csv", partial(chart_files.machine_csv, view)),
        (
            "metadata.json",
            "application/json",
            partial(chart_files.metadata_json, view, language, view_link, as_of, chart_citation),
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
    copyable(t("export.embed.heading", language), citation.embed_snippet(embed, view.text.title, view.chart_id))


@st.cache_resource(show_spinner=False, max_entries=1024)
def _share_texts(_view: ChartView, key: tuple[str, str, str], view_link: str, language: str) -> tuple[str, str]:
    """(as-of date, citation) of a chart, once per chart, filters, language and link.

    Note that `_view` is not hashed (Streamlit skips leading-underscore arguments); `key`, made of
    the chart id and its text (which change with filters and language), identifies it instead.
    """
    data = _cached_tables()
    return export.chart_as_of(_view, data), citation.chart_citation(_view, language, view_link, data)


@st.cache_resource(show_spinner=False, max_entries=16)
def dataset_citation(language: str, root: str) -> str:
    """How to cite the whole data set, once per language and address."""
    return citation.dataset_citation(_cached_tables(), language, root)


def copyable(heading: str, text: str, syntax: str | None = None) -> None:
    """A heading and a text block with Streamlit's copy button."""
    st.markdown(f"**{escape_markdown(heading)}**")
    st.code(text, language=syntax, wrap_lines=True)


@st.cache_resource(show_spinner=False)
def _start_export_engine() -> threading.Thread:
    """Start vl-convert in the background once per server, so the first image download is not the slow one."""
    thread = threading.Thread(target=export.warm_up, name="vl-convert-warm-up", daemon=True)
    thread.start()
    return thread


@st.cache_resource(show_spinner=False, max_entries=4)
def story_deck(language: str, root: str) -> bytes:
    """The story as one self-contained HTML file (opens offline, without Python), once per language and address."""
    return deck.story_html(_cached_tables(), language, root).encode("utf-8")


def story_deck_name(language: str) -> str:
    return f"klyngekvalitet_{t('nav.story', language).lower()}_{language}.html"


@st.cache_resource(show_spinner=False)
def _press_kits() -> dict[tuple[str, str], bytes]:
    """Press kits built so far, by language and address, shared by every reader (a kit is about a megabyte)."""
    return {}


def press_kit(language: str, root: str) -> bytes:
    """The press kit ZIP for a language and address: built once (with a progress bar), then shared."""
    kits = _press_kits()
    if (language, root) not in kits:
        bar = st.progress(0.0, text=t("files.building", language))

        def advance(done: int, total: int) -> None:
            bar.progress(done / total, text=t("files.building", language))

        while len(kits) >= PRESS_KITS_KEPT:  # the address comes from the reader's request: keep memory bounded
            kits.pop(next(iter(kits)))
        kits[(language, root)] = press_kit_zip(_cached_tables(), language, root, progress=advance)
        bar.empty()
    return kits[(language, root)]


def press_kit_button(language: str, root: str) -> None:
    """'Make the press kit' until it exists (building takes seconds, so the reader sees progress), then download."""
    ready = (language, root) in _press_kits()
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


def chart_alone(view: ChartView | None, home_page: str, chart_id: str | None = None) -> None:
    """Just the chart, its text alternative and a link to the full page: for embeds and shared chart links.

    Note that in an iframe the page reports its height to the embedding page (`report_height`).
    """
    report_height(chart_id or (view.chart_id if view is not None else ""))
    if view is None:
        st.info(t("chart.no_data", lang()))
        return
    draw_chart(view)
    st.caption(escape_markdown(t("chart.text_alternative", lang(), text=view.text.description)))
    st.page_link(f"app_pages/{home_page}.py", label=t("chart.open_full", lang(), app=t("app.name", lang())))


# Posts the content's height to the embedding page whenever it changes (the snippet's script sets the iframe to
# it). Streamlit draws the page inside fixed boxes (the body is 0 px high), so the observed box is the main block,
# re-found when Streamlit replaces it; `window.parent` is the embedding page, as st.html runs in the app's document.
_HEIGHT_SCRIPT = """<span class="kk-report-height"></span><script>(() => {
  if (window.parent === window || window.__kkHeight) return;
  window.__kkHeight = true;
  const chart = %s;
  let box = null, last = 0;
  const post = () => {
    const found = document.querySelector('[data-testid="stMainBlockContainer"]');
    if (found !== box) { if (box) watcher.unobserve(box); box = found; if (box) watcher.observe(box); }
    const height = Math.ceil(box ? box.getBoundingClientRect().height : document.documentElement.scrollHeight);
    if (height > 0 && height !== last) {
      last = height;
      window.parent.postMessage({type: %s, chart: chart, height: height}, "*");
    }
  };
  const watcher = new ResizeObserver(post);
  watcher.observe(document.body);
  const main = document.querySelector('[data-testid="stMain"]') || document.body;
  new MutationObserver(post).observe(main, {childList: true});
  post();
})();</script>"""


def report_height(chart_id: str) -> None:
    """In an iframe, tell the embedding page this page's height (`citation.HEIGHT_MESSAGE`), now and at each change.

    Note that the chart id is one of the registry's (checked by `url_values`) and is written as a JSON string.
    """
    code = _HEIGHT_SCRIPT % (json.dumps(chart_id).replace("<", "\\u003c"), json.dumps(citation.HEIGHT_MESSAGE))
    st.html(code, unsafe_allow_javascript=True)


def metric_card(label: str, value: str, source: str, quote: str) -> None:
    """A key figure with its source right under it and the quoted sentence on hover."""
    st.metric(label, value, help=escape_markdown(quote), border=True)
    st.caption(escape_markdown(source))


def counted_table(frame: pd.DataFrame, total: int, column_config: Mapping[str, Any] | None = None) -> None:
    """A table cut at a number of rows, saying so when `total` organisations did not all fit."""
    safe_table(frame, column_config)
    if total > len(frame):
        st.caption(t("radar.truncated", lang(), shown=len(frame), total=formatting.number(total, lang())))


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


def link_columns(names: list[str], lang_code: str) -> dict[str, Any]:
    """Column settings that show each of `names` as a link reading "Open the source"."""
    return {n: st.column_config.LinkColumn(n, display_text=t("source.link", lang_code)) for n in names}


def discrepancy(item: source_list.Discrepancy, lang_code: str) -> None:
    """One known difference: what it is about, the difference, then each page's link and its sentence."""
    st.markdown(f"**{escape_markdown(item.about)}**  \n{escape_markdown(item.statement)}")
    for side in item.sides:
        st.markdown(f"{markdown_link(side.label, side.url)}  \n> {escape_markdown(side.quote)}")
    if item.only_one_source:
        st.caption(t("sources.disc.no_b", lang_code))
