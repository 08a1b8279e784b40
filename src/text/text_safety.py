"""Show text from the data as text: never as Markdown, HTML or a spreadsheet formula.

Note that Streamlit renders Markdown in captions and labels, so a name like
`[klikk](javascript:…)` or `**x**` must be escaped before it reaches one.
"""

from __future__ import annotations

import html
import re

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~=$:])")
SAFE_URL = re.compile(r"^https?://[^\s<>\"'()]+$")
LANG_CODE = re.compile(r"^[a-z]{2,3}$")  # an ISO 639 code as the data stores it (nb, da, en…)


def escape_markdown(text: str) -> str:
    """Backslash-escape every Markdown/HTML-significant character, so it shows literally."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def quote_html(text: str, lang: str) -> str:
    """A quoted sentence as `<blockquote lang="…">`, its text HTML-escaped (and `$` too, which Streamlit's
    Markdown would read as maths), so the block can go through `st.markdown(..., unsafe_allow_html=True)`
    and a screen reader reads it in its own language (WCAG 3.1.2). A malformed code is left out, never passed on.
    """
    attribute = f' lang="{lang}"' if LANG_CODE.match(lang) else ""
    body = html.escape(" ".join(text.split()), quote=True).replace("$", "&#36;")
    return f"<blockquote{attribute}>{body}</blockquote>"


def quote_inline(text: str, lang: str) -> str:
    """A quote inside a Markdown sentence: `<span lang="…">` around the Markdown-escaped text (escaping `<` keeps
    any tag in the text from being read as HTML, also where the Markdown allows HTML)."""
    attribute = f' lang="{lang}"' if LANG_CODE.match(lang) else ""
    return f"<span{attribute}>{escape_markdown(text)}</span>"


def safe_url(url: str) -> str | None:
    """The URL if it is a plain http(s) link that can sit inside a Markdown link, else None."""
    return url if SAFE_URL.match(url) else None


def markdown_link(label: str, url: str) -> str:
    """A Markdown link with an escaped label, or just the escaped label if the URL is not safe."""
    target = safe_url(url)
    return f"[{escape_markdown(label)}]({target})" if target else escape_markdown(label)
