"""The app's server, warm before it says it is ready: `python -m src.ui.serve [options of streamlit run]`.

It runs `streamlit run app.py` with the options given, and in the same process a warm-up
(`src.ui.warm_up`): the imports, the tables and every page's default views in every language, then
the heap freeze (`settle_heap`). Until the warm-up is done, Streamlit's health check
`/_stcore/health` answers 503 "warming up": load balancers, container probes, `deploy/` and
Streamlit's own page (which polls it before it opens its websocket) wait instead of queueing behind
the first builds. A warm-up that fails is logged and the server becomes ready all the same (the
pages build lazily, as without the launcher). Just after each midnight it warms again, for the new day.

Note that Streamlit 1.67 decides health in `Runtime.is_ready_for_browser_connection` (an awaited
property the health route reads); the launcher wraps it, so nothing else of Streamlit changes.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Coroutine
from datetime import datetime, timedelta
from typing import Any

from streamlit.runtime import Runtime
from streamlit.web import cli

from src.facts.paths import PROJECT_ROOT
from src.ui import release, runtime

APP = PROJECT_ROOT / "app.py"
WARMING_UP = "warming up"
RELEASE_POLL_S = 5.0  # how often the launcher looks for a new data release (one stat of data/release.json)
READY = threading.Event()
_original_ready = Runtime.is_ready_for_browser_connection


def gate_health(ready: threading.Event = READY) -> None:
    """Make Streamlit's health check answer "not ready" until `ready` is set (and as before after that)."""

    async def _ready(runtime_: Runtime) -> tuple[bool, str]:
        ok, message = await _original_ready.fget(runtime_)  # type: ignore[attr-defined]
        if ok and not ready.is_set():
            return False, WARMING_UP
        return ok, message

    def ready_check(runtime_: Runtime) -> Coroutine[Any, Any, tuple[bool, str]]:
        return _ready(runtime_)

    Runtime.is_ready_for_browser_connection = property(ready_check)  # type: ignore[assignment,method-assign]


def warm_when_started(ready: threading.Event = READY) -> None:
    """Wait for Streamlit's runtime (so its configuration is read), warm the process, settle the heap, be ready.

    Then warm again just after every midnight: the pages' defaults name today (the radar's day, an
    organisation's status), so a server started the evening before a gathering is warm that morning too.
    """
    start = time.monotonic()
    while not Runtime.exists():
        time.sleep(0.02)
    try:
        _warm(start)
    finally:
        runtime.settle_heap(warm=True)
        ready.set()
    seen = release.published_version()
    while True:
        seen, why = wait_for_midnight_or_release(seen)
        _warm(None, why)


def wait_for_midnight_or_release(seen: str) -> tuple[str, str]:
    """Sleep until just after midnight or until data/release.json names another release than `seen`.

    Returns the release then current and why the wait ended; one `stat` per `RELEASE_POLL_S`.
    """
    midnight = time.monotonic() + seconds_to_midnight(datetime.now()) + 1
    while time.monotonic() < midnight:
        time.sleep(min(RELEASE_POLL_S, max(midnight - time.monotonic(), 0)))
        current = release.published_version()
        if current != seen:
            return current, f"for data release {current}"
    return seen, "for the new day"


def seconds_to_midnight(now: datetime) -> float:
    """Seconds from `now` (local time, as `date.today()` reads it) to the next midnight."""
    return (datetime.combine(now.date() + timedelta(days=1), datetime.min.time()) - now).total_seconds()


def _warm(launched: float | None, why: str = "for the new day") -> None:
    """Warm up and say so; `launched` is the launch's `time.monotonic()` (None: a new day's or release's warm-up)."""
    try:
        from src.ui import warm_up  # imported here: the page modules load in this thread, not before the server

        done = warm_up.warm_up()
        when = why if launched is None else f"ready {time.monotonic() - launched:.1f} s after launch"
        print(f"Klyngekvalitet: {done}; {when}", file=sys.stderr, flush=True)
    except Exception:  # a failed warm-up must not keep the app down: pages then build on first use
        print("Klyngekvalitet: warm-up failed; serving cold\n" + traceback.format_exc(), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> None:
    """`streamlit run app.py *argv`, warmed in-process and not ready until warm."""
    args = sys.argv[1:] if argv is None else argv
    runtime.hold_heap()
    gate_health()
    threading.Thread(target=warm_when_started, name="klyngekvalitet-warm-up", daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *args]
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    main()
