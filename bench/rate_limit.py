"""The proxy's limit on new sessions: a hall of phones passes, one client hammering gets 429.

Run: `.venv/bin/python -m bench.rate_limit [--phones 300] [--spread 10] [--hammer 2000]` (or `make bench-rate-limit`).
It starts the app (warmed, as `make run` does) behind deploy/nginx.conf.template on 127.0.0.1, then at the
same time: `--phones` readers open a session each within `--spread` seconds, all from one address
(127.0.0.2: a hall on one Wi-Fi behind one public IP), while one client (127.0.0.3) opens `--hammer`
sessions as fast as it can. Linux routes all of 127.0.0.0/8 to the loopback interface, so each client binds
its own source address and nginx keys the limit on it as it would on a real client's. A phone's session is
the websocket handshake (the limit sees only the connect); it is closed at once. Loopback only, every wait has
a deadline, everything stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import websockets
from websockets.typing import Origin, Subprotocol

from bench.nginx import proxy_server
from bench.servers import APP, streamlit_server

HALL, HAMMER = "127.0.0.2", "127.0.0.3"  # two clients, as nginx sees them
CONNECT_TIMEOUT_S = 30.0
HAMMER_CONCURRENCY = 50  # the hammering client's connections in flight at once
OK, FAILED = 101, 0  # "status" of an accepted handshake, and of one that failed without an HTTP answer


@dataclass(frozen=True)
class Result:
    """HTTP statuses of one client's handshakes (101 accepted, 429 limited, 0 no answer) and how long they took."""

    statuses: list[int]
    seconds: float

    @property
    def counts(self) -> Counter[int]:
        return Counter(self.statuses)

    def line(self, who: str) -> str:
        counts = self.counts
        rate = len(self.statuses) / self.seconds if self.seconds else float("nan")
        return (f"{who}: {len(self.statuses)} handshakes in {self.seconds:.1f} s ({rate:.0f}/s): "
                f"{counts[OK]} accepted, {counts[429]} refused with 429, "
                f"{len(self.statuses) - counts[OK] - counts[429]} other")  # fmt: skip


async def handshake(url: str, source: str) -> int:
    """Open a session's websocket at `url` (the proxy's base) from address `source`, close it; its HTTP status."""
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit(f"refusing to load {parts.hostname}: this test only targets the loopback interface")
    try:
        async with websockets.connect(
            url.replace("http://", "ws://", 1) + "/_stcore/stream",
            subprotocols=[Subprotocol("streamlit")],
            origin=Origin(url),
            open_timeout=CONNECT_TIMEOUT_S,
            local_addr=(source, 0),
        ):
            return OK
    except websockets.InvalidStatus as error:
        return int(error.response.status_code)
    except (TimeoutError, OSError, websockets.WebSocketException):
        return FAILED


async def hall(url: str, phones: int, spread_s: float, source: str = HALL) -> Result:
    """`phones` sessions opened one after another, evenly over `spread_s` seconds, from one address."""
    start = time.monotonic()

    async def phone(i: int) -> int:
        await asyncio.sleep(i * spread_s / phones)
        return await handshake(url, source)

    statuses = await asyncio.gather(*(phone(i) for i in range(phones)))
    return Result(list(statuses), time.monotonic() - start)


async def hammer(url: str, requests: int, source: str = HAMMER, concurrency: int = HAMMER_CONCURRENCY) -> Result:
    """`requests` sessions as fast as `concurrency` connections in flight allow, from one address."""
    start = time.monotonic()
    gate = asyncio.Semaphore(concurrency)

    async def one() -> int:
        async with gate:
            return await handshake(url, source)

    statuses = await asyncio.gather(*(one() for _ in range(requests)))
    return Result(list(statuses), time.monotonic() - start)


async def hall_and_hammer(url: str, phones: int, spread_s: float, requests: int) -> tuple[Result, Result]:
    """Both at once: the hammering client must not cost the hall a single session."""
    phone_result, hammer_result = await asyncio.gather(hall(url, phones, spread_s), hammer(url, requests))
    return phone_result, hammer_result


def report(results: Iterable[tuple[str, Result]]) -> str:
    return "\n".join(result.line(who) for who, result in results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--spread", type=float, default=10.0, help="seconds over which the phones arrive")
    parser.add_argument("--hammer", type=int, default=2000, help="sessions the hammering client asks for")
    args = parser.parse_args(argv)
    with streamlit_server(APP, timeout_s=180) as (app_url, _), proxy_server([urlsplit(app_url).port or 0]) as (url, _):
        phones, hammering = asyncio.run(hall_and_hammer(url, args.phones, args.spread, args.hammer))
    print(f"limit: deploy/nginx.conf.template (per client address); {args.phones} phones from {HALL}, "
          f"one client from {HAMMER}, at the same time")  # fmt: skip
    print(
        report([(f"hall of {args.phones} phones within {args.spread:.0f} s", phones), ("hammering client", hammering)])
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
