"""The server freezes its long-lived objects once, so full garbage collections stop stalling new sessions."""

from __future__ import annotations

import gc

from src import ui
from src.facts.data import load_tables


def test_settle_heap_freezes_what_is_loaded_once_and_only_once() -> None:
    load_tables()
    ui.settle_heap()
    frozen = gc.get_freeze_count()
    assert frozen > 50_000  # the modules (Streamlit, pandas, Altair) and the data, at least
    later = [{"session": n} for n in range(1_000)]  # what later sessions create
    ui.settle_heap()
    assert gc.get_freeze_count() == frozen, "a second freeze would keep later sessions' cycles forever"
    del later


def test_a_full_collection_after_settling_no_longer_scans_the_frozen_objects() -> None:
    ui.settle_heap()
    frozen = gc.get_freeze_count()
    scanned = len(gc.get_objects())  # what a full collection walks: the frozen generation is left out
    assert scanned < frozen / 2, (scanned, frozen)
