"""Hostile names are shown as text and neutralised in downloads."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from src.text.text_safety import escape_markdown, markdown_link, safe_url
from src.views.downloads import UTF8_BOM, neutralise_formula, to_csv_bytes

HOSTILE = [
    "<script>alert(1)</script>",
    "**bold** _it_ [link](javascript:alert(1))",
    '=HYPERLINK("http://evil","x")',
    "# Heading",
    "![img](http://evil/x.png)",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_escaped_markdown_has_no_live_syntax(name: str) -> None:
    escaped = escape_markdown(name)
    for char in "<>[]()*_#!":
        assert escaped.count(char) == escaped.count("\\" + char)


def test_escaping_keeps_norwegian_letters() -> None:
    assert escape_markdown("Sjømatklyngen Senja – Ærlig Å") == "Sjømatklyngen Senja – Ærlig Å"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://gcenode.no/news", True),
        ("http://x.no/a?b=1", True),
        ("javascript:alert(1)", False),
        ("https://a.no/)x", False),
    ],
)
def test_safe_url(url: str, ok: bool) -> None:
    assert (safe_url(url) is not None) == ok


def test_markdown_link_drops_unsafe_targets() -> None:
    assert markdown_link("x", "javascript:alert(1)") == "x"
    assert markdown_link("x", "https://a.no") == "[x](https://a.no)"


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_prefixes_are_neutralised(prefix: str) -> None:
    assert neutralise_formula(prefix + "cmd|' /C calc'!A0") == "'" + prefix + "cmd|' /C calc'!A0"


def test_csv_has_bom_keeps_aeoeaa_and_round_trips() -> None:
    frame = pd.DataFrame({"name": ["Sjømatklyngen Senja", "=1+1", "Ærø Å"], "score": [94.0, 96.5, None]})
    data = to_csv_bytes(frame)
    assert data.startswith(UTF8_BOM.encode("utf-8"))
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back["name"]) == ["Sjømatklyngen Senja", "'=1+1", "Ærø Å"]
    assert back["score"].iloc[1] == 96.5
