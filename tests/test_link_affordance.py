"""Links look like links: underlined, in a link colour at ≥ 4.5:1 (WCAG 1.4.1, 1.4.3), in the app and the static site.

Streamlit draws `st.page_link` (the overview's "Utforsk videre" list, the register's search link,
the organisation search's results) like an entry of its page menu: plain dark text, nothing to
tell it from the words around it. The app's one stylesheet restyles them in the page body.
"""

from __future__ import annotations

import re

import pytest

from src.facts.paths import PROJECT_ROOT
from src.ui.language import APP_STYLE

from .colour_vision import contrast_ratio

AA = 4.5
WHITE = "#FFFFFF"
APP_CSS = APP_STYLE.read_text(encoding="utf-8")
SITE_CSS = (PROJECT_ROOT / "src" / "site" / "static" / "site.css").read_text(encoding="utf-8")
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
COMMENT = re.compile(r"/\*.*?\*/", re.S)
COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})\b")


def rules(css: str) -> list[tuple[str, str]]:
    """(selector, declarations) of each rule, comments dropped."""
    return [(selector.strip(), body) for selector, body in RULE.findall(COMMENT.sub("", css))]


def page_link_rules(css: str) -> list[tuple[str, str]]:
    """Rules for page links in the page body (not the menu, which is in the sidebar)."""
    return [(s, body) for s, body in rules(css) if "stPageLink-NavLink" in s and "stMain" in s]


def test_page_links_in_the_page_body_are_underlined_in_the_link_colour() -> None:
    found = page_link_rules(APP_CSS)
    assert found, "no rule styles st.page_link in the page body: it looks like plain text"
    body = " ".join(b for _, b in found)
    assert re.search(r"text-decoration(-line)?:\s*underline", body), found
    colours = COLOUR.findall(body)
    assert colours and all(contrast_ratio(c, WHITE) >= AA for c in colours), colours


def test_the_page_link_rule_reaches_the_text_streamlit_colours() -> None:
    """Streamlit colours the link's inner span and paragraph, not the `a`: the rule must reach them."""
    selectors = ",".join(s for s, _ in page_link_rules(APP_CSS))
    assert re.search(r"stPageLink-NavLink[^,]*\b(span|p)\b", selectors), selectors


@pytest.mark.parametrize("selector", ["a", ".links a", ".downloads a"])
def test_static_edition_links_keep_their_underline_and_colour(selector: str) -> None:
    """The static overview's "Utforsk videre" list (`.links`) and downloads: links as browsers draw them, in #0b5394."""
    for found, body in rules(SITE_CSS):
        if selector in [part.strip() for part in found.split(",")]:
            assert not re.search(r"text-decoration(-line)?:\s*none", body), (found, body)
    (link_colour,) = [COLOUR.findall(body)[0] for found, body in rules(SITE_CSS) if found == "a"]
    assert contrast_ratio(link_colour, WHITE) >= AA
