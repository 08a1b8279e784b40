// Streamlit's own controls in the reader's language: the skip link, the sidebar's and the date field's buttons.
//
// Streamlit 1.67 writes these in English and offers no setting for them. The page head sets
// `window.kkChromeLabels` on every run (in the reader's language); one observer per window puts the
// words in whenever Streamlit draws the controls again. React does not rewrite an unchanged
// attribute or text, so the words stay until the element is replaced, and then the observer runs.
(function () {
  const TARGETS = [
    ['[data-testid="stSkipToContent"]', "skip", "text"],
    ['[data-testid="stSidebarCollapseButton"] button', "sidebar_collapse", "aria-label"],
    ['[data-testid="stExpandSidebarButton"]', "sidebar_expand", "aria-label"],
    ['[data-testid="stDateInputCalendarButton"]', "date_choose", "aria-label"],
    ['[data-testid="stDateInputClearButton"]', "date_clear", "aria-label"],
  ];

  function relabel() {
    const labels = window.kkChromeLabels || {};
    for (const [selector, key, where] of TARGETS) {
      const word = labels[key];
      if (!word) continue;
      for (const element of document.querySelectorAll(selector)) {
        if (where === "text") {
          if (element.textContent !== word) element.textContent = word;
        } else if (element.getAttribute(where) !== word) {
          element.setAttribute(where, word);
        }
      }
    }
  }

  if (!window.kkChromeObserver) {
    window.kkChromeObserver = new MutationObserver(relabel);
    window.kkChromeObserver.observe(document.body, { childList: true, subtree: true });
  }
  relabel();
})();
