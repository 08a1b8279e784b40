"""The text catalog: every key the code asks for exists, and no text is empty."""

from __future__ import annotations

import re
from pathlib import Path

from src.facts.paths import PROJECT_ROOT
from src.text.i18n import CATALOGS, t, tn

LITERAL_KEY = re.compile(r"""\btn?\(\s*["']([a-z_]+(?:\.[a-z0-9_]+)+)["']""")


def _code_files() -> list[Path]:
    return [*PROJECT_ROOT.glob("src/**/*.py"), *PROJECT_ROOT.glob("app_pages/*.py"), PROJECT_ROOT / "app.py"]


def test_every_literal_key_in_the_code_exists() -> None:
    used = {key for path in _code_files() for key in LITERAL_KEY.findall(path.read_text(encoding="utf-8"))}
    assert len(used) > 50
    for lang, catalog in CATALOGS.items():
        assert not used - set(catalog), f"{lang}: missing {sorted(used - set(catalog))}"


def test_placeholders_are_filled() -> None:
    """(Every language has every key, no empty text, missing keys raise: tests/test_catalogs.py.)"""
    assert t("source.link", "nb") == "Åpne kilden"
    assert (
        tn("register.count_undated", 98, "nb", shown="3", undated="0")
        == "Viser 3 av 98 oppføringer; 0 av dem har ingen dato."
    )


def test_every_category_in_the_data_has_a_name(tables) -> None:  # type: ignore[no-untyped-def]
    keys = (
        {f"country.{c}" for c in tables.figures["country"]}
        | {f"country.{c}" for c in tables.label_events["country"]}
        | {f"level.{v}" for v in tables.label_events["level"]}
        | {f"event.{v}" for v in tables.label_events["event"]}
        | {f"stage.{s}" for s in ("first_benchmarking", "renewed_or_upgraded", "lapsed")}
    )
    for catalog in CATALOGS.values():
        assert keys <= set(catalog)
