"""Words for what Streamlit itself would show in English: the unknown-address page and its own controls.

Note that Streamlit answers a mistyped page address with an English "Page not found" box and labels
its skip link and sidebar buttons in English; the app answers the address with a page of its own
and relabels those controls (`src.ui.not_found`, `src.ui.language`). What it cannot reach is listed
in the README ("Streamlit's own English").
"""

from __future__ import annotations

CHROME_NB: dict[str, str] = {
    "notfound.title": "Fant ikke siden",
    "notfound.lead": "Adressen «/{path}» finnes ikke i Klyngekvalitet. Kanskje er den skrevet feil, eller siden er flyttet.",
    "notfound.pages": "Sidene i appen:",
    "chrome.skip": "Hopp til hovedinnholdet",
    "chrome.sidebar_collapse": "Skjul sidemenyen",
    "chrome.sidebar_expand": "Vis sidemenyen",
    "chrome.date_choose": "Velg dato",
    "chrome.date_clear": "Fjern datoen",
}
CHROME_EN: dict[str, str] = {
    "notfound.title": "Page not found",
    "notfound.lead": "There is no page “/{path}” in Klyngekvalitet. The address may be mistyped, or the page has moved.",
    "notfound.pages": "The app's pages:",
    "chrome.skip": "Skip to main content",
    "chrome.sidebar_collapse": "Collapse sidebar",
    "chrome.sidebar_expand": "Expand sidebar",
    "chrome.date_choose": "Choose date",
    "chrome.date_clear": "Clear date",
}
CHROME_DA: dict[str, str] = {
    "notfound.title": "Siden findes ikke",
    "notfound.lead": "Adressen »/{path}« findes ikke i Klyngekvalitet. Måske er den stavet forkert, eller siden er flyttet.",
    "notfound.pages": "Siderne i appen:",
    "chrome.skip": "Gå til hovedindholdet",
    "chrome.sidebar_collapse": "Skjul sidemenuen",
    "chrome.sidebar_expand": "Vis sidemenuen",
    "chrome.date_choose": "Vælg dato",
    "chrome.date_clear": "Fjern datoen",
}
