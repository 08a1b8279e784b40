"""The theme and the one stylesheet give text WCAG AA contrast on both backgrounds; the stylesheet stays loadable."""

from __future__ import annotations

import re
import tomllib

import pytest

from src.facts.paths import PROJECT_ROOT
from src.ui.language import APP_STYLE

from .colour_vision import contrast_ratio

pytestmark = pytest.mark.a11y

AA = 4.5
THEME = tomllib.loads((PROJECT_ROOT / ".streamlit/config.toml").read_text(encoding="utf-8"))["theme"]
BACKGROUNDS = (THEME["backgroundColor"], THEME["secondaryBackgroundColor"])
CSS = APP_STYLE.read_text(encoding="utf-8")
TEXT_COLOURS = re.findall(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})\b", CSS)


def test_stylesheet_sets_text_colours() -> None:
    """Captions, quotes and caption links are recoloured here (otherwise the check below would check nothing)."""
    assert len(TEXT_COLOURS) >= 2, TEXT_COLOURS
    assert re.search(r"stCaptionContainer[^{]*\{[^}]*opacity:\s*1", CSS), "captions are still faded by opacity"


@pytest.mark.parametrize("background", BACKGROUNDS)
@pytest.mark.parametrize("colour", [*TEXT_COLOURS, THEME["linkColor"], THEME["textColor"]])
def test_text_colour_reaches_aa(colour: str, background: str) -> None:
    assert contrast_ratio(colour, background) >= AA, f"{colour} on {background}"


def test_stylesheet_has_no_angle_brackets() -> None:
    """Streamlit's HTML sanitizer drops a <style> whose text contains a tag: the whole stylesheet would vanish."""
    assert "<" not in CSS


def test_streamlit_fade_fails_and_ours_passes() -> None:
    """The audit's finding: Streamlit's faded caption (#797b7e, 4.24:1) fails; the stylesheet's replacement passes."""
    assert contrast_ratio("#797b7e", "#FFFFFF") < AA
    assert all(contrast_ratio(c, "#FFFFFF") >= AA for c in TEXT_COLOURS)
