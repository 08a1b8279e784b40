"""The chart-alone page inside someone else's page: it tells the embedding page how tall it is."""

from __future__ import annotations

import json

import streamlit as st

from src.views import citation

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
    st.html(height_script(chart_id), unsafe_allow_javascript=True)


def height_script(chart_id: str) -> str:
    """The height reporter of one chart: fixed text per chart, so the proxy's Content-Security-Policy allows each
    by its hash (`src.ui.csp`)."""
    return _HEIGHT_SCRIPT % (json.dumps(chart_id).replace("<", "\\u003c"), json.dumps(citation.HEIGHT_MESSAGE))
