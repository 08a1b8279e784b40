"""Chart colours stay distinguishable for colour-blind readers, and text meets WCAG contrast."""

from __future__ import annotations

import itertools
import tomllib

import pytest

from src.facts.paths import PROJECT_ROOT
from src.views import charts

from .colour_vision import MACHADO_2009, ciede2000, contrast_ratio, hex_to_rgb, simulate, to_lab

PALETTES = {
    "countries": charts.COUNTRY_COLORS,
    "levels": charts.LEVEL_COLORS,
    "stages": charts.STAGE_COLORS,
    "statuses": charts.STATUS_COLORS,
}
MIN_DIFFERENCE = 10.0  # CIEDE2000: clearly different at a glance (2.3 is barely noticeable)
VISION = ["normal", *MACHADO_2009]


# Reference pairs from Sharma, Wu & Dalal (2005), Table 1, to show the distance function itself is right.
@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ],
)
def test_ciede2000_reference_values(lab1: tuple, lab2: tuple, expected: float) -> None:
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-3)


def test_simulation_changes_red_green_but_keeps_grey() -> None:
    grey = simulate("#777777", "deuteranopia")
    assert all(abs(c - grey[0]) < 0.01 for c in grey)
    assert ciede2000(to_lab(hex_to_rgb("#FF0000")), to_lab(hex_to_rgb("#00B000"))) > 50
    assert ciede2000(to_lab(simulate("#FF0000", "deuteranopia")), to_lab(simulate("#00B000", "deuteranopia"))) < 50


@pytest.mark.parametrize("vision", VISION)
@pytest.mark.parametrize("palette", list(PALETTES))
def test_palette_stays_distinguishable(palette: str, vision: str) -> None:
    colours = PALETTES[palette]
    seen = {name: to_lab(hex_to_rgb(c) if vision == "normal" else simulate(c, vision)) for name, c in colours.items()}
    for (a, lab_a), (b, lab_b) in itertools.combinations(seen.items(), 2):
        assert ciede2000(lab_a, lab_b) >= MIN_DIFFERENCE, f"{palette}: {a} vs {b} under {vision}"


def test_chart_source_text_contrast() -> None:
    assert contrast_ratio(charts.SOURCE_COLOR, "#FFFFFF") >= 4.5


def test_theme_text_contrast() -> None:
    theme = tomllib.loads((PROJECT_ROOT / ".streamlit/config.toml").read_text(encoding="utf-8"))["theme"]
    assert contrast_ratio(theme["textColor"], theme["backgroundColor"]) >= 4.5
    assert contrast_ratio(theme["textColor"], theme["secondaryBackgroundColor"]) >= 4.5
    assert contrast_ratio("#FFFFFF", theme["primaryColor"]) >= 4.5  # text on selected pills and buttons
