"""The server process itself: what is done once per process, not per reader."""

from __future__ import annotations

import gc
import threading

_heap = {"settled": False, "held": False}
_HEAP_LOCK = threading.Lock()


def hold_heap() -> None:
    """Leave the heap alone until `settle_heap(warm=True)`: the launcher is still warming the process.

    Note that a reader who connects during the warm-up (not through a health check) runs a page,
    and that run's `settle_heap()` would otherwise freeze the heap with half the caches built.
    """
    with _HEAP_LOCK:
        _heap["held"] = True


def settle_heap(warm: bool = False) -> None:
    """Once per process, after the first run: take what it loaded out of the garbage collector's scans.

    Under the launcher (`src.ui.serve`) the moment is the end of the warm-up instead (`warm=True`).

    Note that the modules, data and caches make about 185 000 long-lived objects; a full collection
    scanned them all in 110–200 ms and one ran on nearly every new session, stalling the server
    while readers waited (bench/gc_pauses.py). Frozen objects are still freed when no longer
    referenced; only a cycle among them would never be collected, and these live until exit anyway.
    """
    with _HEAP_LOCK:
        if _heap["settled"] or (_heap["held"] and not warm):
            return
        _heap["settled"] = True
    gc.collect()
    gc.freeze()
