"""The reader's language and the page's head: `?lang=`, the switch, `<title>` and `<html lang>`."""

from __future__ import annotations

import json

import streamlit as st

from src.facts.paths import PROJECT_ROOT
from src.text.i18n import DEFAULT_LANG, LANGUAGE_NAMES, LANGUAGES, t
from src.text.languages import language as language_of
from src.text.text_safety import escape_markdown
from src.ui import address
from src.views.url_state import LANG_PARAM

LANG_KEY = "lang"
APP_STYLE = PROJECT_ROOT / "src" / "static" / "app.css"
CHROME_SCRIPT = PROJECT_ROOT / "src" / "static" / "chrome_labels.js"
# catalog keys `chrome.<name>` of the Streamlit controls that `chrome_labels.js` relabels
CHROME_LABELS = ("skip", "sidebar_collapse", "sidebar_expand", "date_choose", "date_clear")


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
    It also starts the run's bookkeeping of which page the address bar shows (`src.ui.address`).
    """
    address.start_run()
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
    (the language is one of `LANGUAGES`, never reader input) sets `lang` for screen readers and hyphenation,
    and hands the catalog's words for Streamlit's own skip link and sidebar buttons to `chrome_labels.js`.
    """
    st.set_page_config(page_title=f"{page_title} · {t('app.name', language)}")
    st.html(
        f'{lang_script(language)}{_app_style()}<span class="kk-document-language"></span>', unsafe_allow_javascript=True
    )


def lang_script(language: str) -> str:
    """The one-line `<script>` that sets `<html lang>` and the words for Streamlit's own controls: fixed text per
    language, so the proxy's Content-Security-Policy can allow it by its hash (`src.ui.csp`) instead of allowing
    every inline script."""
    language = language if language in LANGUAGES else DEFAULT_LANG
    code = json.dumps(language_of(language).html_lang)
    labels = json.dumps({key: t(f"chrome.{key}", language) for key in CHROME_LABELS}).replace("</", "<\\/")
    return f"<script>document.documentElement.lang = {code}; window.kkChromeLabels = {labels};</script>"


def chrome_script() -> str:
    """The script that relabels Streamlit's own controls with the words `lang_script` set (hashed for the CSP)."""
    return f"<script>{CHROME_SCRIPT.read_text(encoding='utf-8')}</script>"


@st.cache_resource(show_spinner=False)
def _app_style() -> str:
    """The stylesheet as a `<style>` element and the script that relabels Streamlit's own controls (it reads the
    words the head's first script sets), read once per process (one element per page, not one per chart)."""
    style = APP_STYLE.read_text(encoding="utf-8")
    return f"<style>{style}</style>{chrome_script()}"


def date_format(lang: str) -> str:
    """The date picker's pattern in the reader's language ('DD.MM.YYYY' in nb and da, 'DD/MM/YYYY' in en)."""
    return language_of(lang).date_input_format


def _switch_language() -> None:
    chosen = st.session_state.get("lang_switch") or lang()
    st.session_state[LANG_KEY] = chosen
    st.query_params[LANG_PARAM] = chosen


def language_switch() -> None:
    """Norsk | English | Dansk, one click away at the top of every page (the names from the language table)."""
    st.segmented_control(
        t("app.language", lang()),
        list(LANGUAGES),
        default=lang(),
        format_func=lambda code: LANGUAGE_NAMES.get(code, code),
        key="lang_switch",
        on_change=_switch_language,
        label_visibility="collapsed",
    )
