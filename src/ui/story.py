"""The story page's Streamlit parts: clicker keys, presentation mode, the slide's CSS and the join QR code.

Note that what is shown comes from `src.views.story` and `src.export.join`; this module only decides how the
page reacts: which slide a key press or a button asks for, whether the QR code is up, and
whether the browser opened the page embedded (`?embed=true`, Streamlit's own chrome-free mode).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from src import ui
from src.export import join
from src.facts.paths import PROJECT_ROOT
from src.text.i18n import t
from src.text.text_safety import escape_markdown
from src.views.chart_views import ChartView
from src.views.story import navigation, slides

STATIC = PROJECT_ROOT / "src" / "static"
STYLE = (STATIC / "story.css").read_text(encoding="utf-8")
KEYS_JS = (STATIC / "story_keys.js").read_text(encoding="utf-8")
KEYS_CSS = """
button {
  font: inherit; font-size: 1rem; line-height: 1.6; min-height: 2.5rem; padding: 0.25rem 0.75rem; cursor: pointer;
  color: var(--st-text-color, #1f2328); background: var(--st-background-color, #fff);
  border: 1px solid rgba(49, 51, 63, 0.45); border-radius: 0.5rem;
}
button:hover { border-color: var(--st-primary-color, #0b5394); color: var(--st-primary-color, #0b5394); }
button:focus-visible { outline: 2px solid var(--st-primary-color, #0b5394); outline-offset: 2px; }
"""
# Presenting: the slide starts at the top, and Streamlit's empty (transparent, 60 px) header band goes, so it
# cannot sit over the slide's buttons and catch their clicks.
PRESENTING_STYLE = """
[data-testid="stMainBlockContainer"] { padding-top: 0.75rem; }
[data-testid="stHeader"] { display: none; }
"""
PAGE = "story"
KEYS_KEY = "story_keys"
SEQ_KEY = "story:seq"  # the last key press the server handled, echoed to the browser
QR_KEY = "story:qr"

_keys = st.components.v2.component("klyngekvalitet.story_keys", js=KEYS_JS, css=KEYS_CSS)


def presenting() -> bool:
    """True when the browser opened the page with `?embed=true` (Streamlit hides its header and toolbar)."""
    return bool(st.context.is_embedded)


def style() -> None:
    """The slide's CSS (type and chart box sized from the window); tighter top margin when presenting."""
    extra = PRESENTING_STYLE if presenting() else ""
    st.html(f"<style>{STYLE}\n{extra}</style>")


def slide_view(chart: slides.ChartRef) -> ChartView | None:
    """The slide's chart view from the app's view cache: the slide's source line and the drawing share one build."""
    return ui.view(chart.name, *chart.args)


def current_slide() -> int:
    """The slide in the address bar; `?slide=99` is read as the last slide, not refused."""
    raw = st.query_params.get(navigation.SLIDE_PARAM)
    clamped = navigation.clamped_param(raw)
    if clamped is not None and clamped != raw:
        st.query_params[navigation.SLIDE_PARAM] = clamped
    spec = navigation.url_spec()
    number = navigation.slide_number(ui.url_values(spec, PAGE)[navigation.SLIDE_PARAM])
    ui.sync_url(navigation.url_value(number), spec, PAGE)
    return number


def _show(number: int) -> None:
    ui.sync_url(navigation.url_value(number), navigation.url_spec(), PAGE)


def step(delta: int) -> None:
    """Button callback: one slide on from the slide shown now (read at click time, so never stale)."""
    now = navigation.shown_slide(st.query_params.get(navigation.SLIDE_PARAM))
    _show(min(max(now + delta, navigation.FIRST_SLIDE), slides.SLIDE_COUNT))


def _result(name: str) -> Any:
    result = st.session_state.get(KEYS_KEY)
    return result.get(name) if isinstance(result, dict) else getattr(result, name, None)


def _on_go() -> None:
    """Key press callback: show the slide the browser asked for and remember which press that was."""
    value = _result("go")
    now = navigation.shown_slide(st.query_params.get(navigation.SLIDE_PARAM))
    _show(navigation.requested_slide(value, now))
    seq = value.get("seq") if isinstance(value, dict) else None
    if isinstance(seq, int) and not isinstance(seq, bool):
        st.session_state[SEQ_KEY] = max(seq, int(st.session_state.get(SEQ_KEY, 0)))


def toggle_qr() -> None:
    st.session_state[QR_KEY] = not qr_open()


def qr_open() -> bool:
    return bool(st.session_state.get(QR_KEY, False))


def keys(number: int, lang: str) -> None:
    """The key handler (PageDown/PageUp, Space, arrows, B/period, Home/End, Q, P, Esc) and the present button."""
    data = {
        "slide": number,
        "total": slides.SLIDE_COUNT,
        "seq": int(st.session_state.get(SEQ_KEY, 0)),
        "presenting": presenting(),
        "qr": qr_open(),
        "present_label": t("story.present", lang),
        "present_help": t("story.present.help", lang),
        "exit_label": t("story.exit", lang),
    }
    _keys(key=KEYS_KEY, data=data, on_go_change=_on_go, on_qr_change=toggle_qr, width="content")


def join_panel(lang: str, slide: slides.Slide) -> None:
    """The QR code and the address in large type, in place of the slide: the slide's static page, else the app."""
    url = join.audience_url(ui.app_root(PAGE), slide.chart.name if slide.chart else None, lang)
    with st.container(key="story_join"):
        st.title(t("story.qr.title", lang), anchor=False)
        code, words = st.columns([2, 3], gap="large", vertical_alignment="center")
        with code:
            st.image(join.qr_svg(url), alt=t("story.qr.alt", lang, url=url), width="stretch")
        with words:
            st.markdown(escape_markdown(t("story.qr.lead", lang)))
            with st.container(key="story_join_address"):
                st.markdown(f"`{url}`" if "`" not in url else escape_markdown(url))
            if join.is_local(url):
                st.warning(t("story.qr.local.site" if join.published_site() else "story.qr.local", lang), icon="⚠️")
