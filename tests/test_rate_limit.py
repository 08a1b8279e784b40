"""The proxy's limit on new sessions, against a running nginx on 127.0.0.1: a hall of phones behind one address
passes, one client hammering is refused with 429, and the hammering costs the hall nothing.

Note that the upstream is a bare websocket server (the limit is nginx's: a Streamlit app behind it would only
make the test slower); `make bench-rate-limit` runs the same clients against the real app. Each client binds
its own loopback address (all of 127.0.0.0/8 reaches nginx on 127.0.0.1), so the limit keys on the client's
address as in production.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import websockets
from websockets.asyncio.server import ServerConnection, serve

from bench.nginx import proxy_server, render_proxy
from bench.rate_limit import OK, hall_and_hammer
from bench.servers import free_port

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)"
)
PHONES, SPREAD_S, HAMMERING = 300, 3.0, 2000  # the hall arrives in a few seconds; the hammer as fast as it can
BURST, RATE = 400, 5  # the template's `burst` and `rate` (per second)


@contextlib.contextmanager
def websocket_upstream() -> Iterator[int]:
    """A websocket server on a free loopback port, in a thread of its own: it accepts and waits for the close."""
    port, ready, stop = free_port(), threading.Event(), threading.Event()

    async def session(connection: ServerConnection) -> None:
        with contextlib.suppress(websockets.ConnectionClosed):
            await connection.wait_closed()

    async def run() -> None:
        async with serve(session, "127.0.0.1", port, subprotocols=[websockets.Subprotocol("streamlit")]):
            ready.set()
            while not stop.is_set():
                await asyncio.sleep(0.05)

    thread = threading.Thread(target=asyncio.run, args=(run(),), daemon=True)
    thread.start()
    assert ready.wait(10), "the websocket upstream did not start"
    try:
        yield port
    finally:
        stop.set()
        thread.join(10)


def test_the_template_limits_sessions_with_these_numbers(tmp_path: Path) -> None:
    config = render_proxy(tmp_path, [8610], 8600)
    assert f"rate={RATE}r/s" in config and f"burst={BURST} nodelay" in config
    assert "limit_req_status 429;" in config


def test_a_hall_passes_and_a_hammering_client_gets_429() -> None:
    # the load runs in a thread of its own: after the browser suite, Playwright keeps an event loop running in this one
    with websocket_upstream() as port, proxy_server([port]) as (url, _), ThreadPoolExecutor(max_workers=1) as pool:
        phones, hammering = pool.submit(asyncio.run, hall_and_hammer(url, PHONES, SPREAD_S, HAMMERING)).result()
    print(phones.line("hall"), hammering.line("hammer"), sep="\n")  # the numbers, with -s
    assert phones.counts == {OK: PHONES}, phones.counts
    refused = hammering.counts[429]
    assert set(hammering.counts) <= {OK, 429}, hammering.counts
    # The burst passes, then the rate: the bound holds however fast this machine is.
    assert hammering.counts[OK] <= BURST + RATE * (hammering.seconds + 1), hammering.counts
    assert refused >= HAMMERING - BURST - RATE * (hammering.seconds + 1) > 0
