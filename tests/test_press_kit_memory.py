"""The press kits kept in memory are bounded: the address in their key comes from the reader's request."""

from __future__ import annotations

import pytest

from src.ui import share_panel as ui


def test_press_kits_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui, "press_kit_zip", lambda *args, **kwargs: b"zip")
    monkeypatch.setattr(ui, "cached_tables", lambda: None)
    ui._press_kits().clear()
    roots = [f"http://host{i}.example" for i in range(3 * ui.PRESS_KITS_KEPT)]
    for root in roots:
        assert ui.press_kit("nb", root) == b"zip"
    kept = ui._press_kits()
    assert len(kept) == ui.PRESS_KITS_KEPT
    keys = {key[1:] for key in kept}  # (release, language, address)
    assert ("nb", roots[-1]) in keys and ("nb", roots[0]) not in keys
    kept.clear()
