"""Show text from the data as text: never as Markdown, HTML or a spreadsheet formula.

Note that Streamlit renders Markdown in captions and labels, so a name like
`[klikk](javascript:…)` or `**x**` must be escaped before it reaches one.
"""

from __future__ import annotations

import re

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~=$:])")
SAFE_URL = re.compile(r"^https?://[^\s<>\"'()]+$")


def escape_markdown(text: str) -> str:
    """Backslash-escape every Markdown/HTML-significant character, so it shows literally."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def safe_url(url: str) -> str | None:
    """The URL if it is a plain http(s) link that can sit inside a Markdown link, else None."""
    return url if SAFE_URL.match(url) else None


def markdown_link(label: str, url: str) -> str:
    """A Markdown link with an escaped label, or just the escaped label if the URL is not safe."""
    target = safe_url(url)
    return f"[{escape_markdown(label)}]({target})" if target else escape_markdown(label)
