"""The server process itself: what is done once per process, not per reader."""

from __future__ import annotations

import gc
import threading

_heap = {"settled": False}
_HEAP_LOCK = threading.Lock()


def settle_heap() -> None:
    """Once per process, after the first run: take what it loaded out of the garbage collector's scans.

    Note that the modules, data and caches make about 185 000 long-lived objects; a full collection
    scanned them all in 110–200 ms and one ran on nearly every new session, stalling the server
    while readers waited (bench/gc_pauses.py). Frozen objects are still freed when no longer
    referenced; only a cycle among them would never be collected, and these live until exit anyway.
    """
    with _HEAP_LOCK:
        if _heap["settled"]:
            return
        _heap["settled"] = True
    gc.collect()
    gc.freeze()
