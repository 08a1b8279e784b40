"""Bounded load test: 100 sessions open the app within 10 s on 127.0.0.1, through Streamlit's own websocket protocol.

Run: `.venv/bin/python -m bench.load_test [--sessions 100] [--spread 10] [--url http://127.0.0.1:PORT]`.
Without --url it starts its own server (as `make run` does: warmed by `src.ui.serve`, used once healthy)
and kills it at the end. Each session connects, asks for its first page (rotating over every page of the
menu, the organisation page as a link to one opens it, rounds in turn in each language), and counts as
complete when the server reports the script run finished without an exception. Every wait has a
deadline; the test stops by itself. Loopback only.

Cold start (`--cold 3`): three runs, each on fresh servers: a bare one-line page under the app's
`.streamlit/config.toml`, then the app, whose first burst is measured from the moment its health check
says ready, then a second burst on the same server (warm). `--no-warm-up` starts the app with plain
`streamlit run app.py` instead (healthy at once, cold: the numbers before the launcher).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.typing import Origin, Subprotocol

from bench.servers import APP, BARE_PAGE, rss_mb, streamlit_server
from src.text.languages import DEFAULT_LANG, LANGUAGES

PAGES = (  # (page, query string) as a first visit opens it
    ("", ""),
    ("comparison", ""),
    ("follow_up", ""),
    ("levels", ""),
    ("register", ""),
    ("renewal", ""),
    ("organisation", "org=gce-node"),
    ("sources", ""),
    ("story", ""),
)
LANGS = tuple("" if code == DEFAULT_LANG else f"lang={code}" for code in LANGUAGES)  # rounds of pages per language
SESSION_TIMEOUT_S = 120.0
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Outcome:
    seconds: float
    ok: bool
    error: str = ""


def visit(i: int) -> tuple[str, str]:
    """(page, query string) of the i-th session: pages in turn, rounds in turn in each language."""
    page, query = PAGES[i % len(PAGES)]
    lang = LANGS[(i // len(PAGES)) % len(LANGS)]
    return page, "&".join(part for part in (query, lang) if part)


def _first_page_msg(page: str, query: str) -> bytes:
    msg = BackMsg()
    msg.rerun_script.query_string = query
    msg.rerun_script.page_name = page
    return msg.SerializeToString()


def _exception_in(msg: ForwardMsg) -> str:
    if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
        element = msg.delta.new_element
        if element.WhichOneof("type") == "exception":
            return element.exception.message or "exception"
    return ""


async def one_session(ws_url: str, origin: str, page: str, query: str = "") -> Outcome:
    """Connect, run the first page, wait for 'script finished'; (seconds, ok, error)."""
    start = time.monotonic()
    try:
        async with (
            asyncio.timeout(SESSION_TIMEOUT_S),
            websockets.connect(
                ws_url,
                subprotocols=[Subprotocol("streamlit")],
                origin=Origin(origin),
                max_size=None,
                open_timeout=SESSION_TIMEOUT_S,  # a busy server is slow to answer the handshake; browsers wait too
            ) as ws,
        ):
            await ws.send(_first_page_msg(page, query))
            while True:
                msg = ForwardMsg()
                msg.ParseFromString(await ws.recv())
                if error := _exception_in(msg):
                    return Outcome(time.monotonic() - start, False, error)
                if msg.WhichOneof("type") == "script_finished":
                    ok = msg.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY
                    return Outcome(time.monotonic() - start, ok, "" if ok else f"status {msg.script_finished}")
    except (TimeoutError, OSError, websockets.WebSocketException) as error:
        return Outcome(time.monotonic() - start, False, type(error).__name__)


async def sample_server(pid: int, stop: asyncio.Event, samples: list[tuple[float, float]]) -> None:
    """(RSS MB, CPU %) every 0.2 s from /proc while the load runs."""
    ticks = 100  # USER_HZ on Linux
    last_cpu, last_t = _cpu_seconds(pid, ticks), time.monotonic()
    while not stop.is_set():
        await asyncio.sleep(0.2)
        cpu, now = _cpu_seconds(pid, ticks), time.monotonic()
        samples.append((rss_mb(pid), 100 * (cpu - last_cpu) / (now - last_t)))
        last_cpu, last_t = cpu, now


def _cpu_seconds(pid: int, ticks: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks


async def load(url: str, pid: int, sessions: int, spread_s: float) -> tuple[list[Outcome], list[tuple[float, float]]]:
    host = urlsplit(url).hostname or ""
    if host not in LOOPBACK:
        raise SystemExit(f"refusing to load {host}: this test only targets the loopback interface")
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    stop = asyncio.Event()
    samples: list[tuple[float, float]] = []
    sampler = asyncio.create_task(sample_server(pid, stop, samples))

    async def delayed(i: int) -> Outcome:
        await asyncio.sleep(i * spread_s / sessions)
        return await one_session(ws_url, url, *visit(i))

    outcomes = await asyncio.gather(*(delayed(i) for i in range(sessions)))
    stop.set()
    await sampler
    return list(outcomes), samples


@contextlib.contextmanager
def target(url: str | None, pid: int | None, warm_up: bool = True) -> Iterator[tuple[str, int]]:
    if url and pid:
        yield url, pid
        return
    with streamlit_server(APP, warm_up=warm_up) as server:
        yield server


def p95_of(times: list[float]) -> float:
    return times[min(len(times) - 1, int(0.95 * len(times)))] if times else float("nan")


def report(outcomes: list[Outcome], samples: list[tuple[float, float]], sessions: int, spread: float) -> str:
    times = sorted(o.seconds * 1000 for o in outcomes if o.ok)
    errors = [o.error for o in outcomes if not o.ok]
    p95 = p95_of(times)
    pages = ", ".join((p or "overview") + (f"?{q}" if q else "") for p, q in PAGES)
    lines = [
        f"sessions: {sessions} opened within {spread:.0f} s (pages rotated: {pages}; "
        f"rounds in turn in {', '.join(LANGUAGES)})",
        f"errors: {len(errors)}" + (f" ({', '.join(sorted(set(errors)))})" if errors else ""),
        f"time to complete page: median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, max {times[-1]:.0f} ms"
        if times
        else "no page completed",
        f"server peak RSS: {max(s[0] for s in samples):.0f} MB; peak CPU: {max(s[1] for s in samples):.0f} % "
        f"(100 % = one core)"
        if samples
        else "no server samples",
    ]
    return "\n".join(lines)


def summary(name: str, ready_s: float | None, outcomes: list[Outcome]) -> tuple[str, float, float]:
    """One row of the cold-start table, and its median and p95 in ms."""
    times = sorted(o.seconds * 1000 for o in outcomes if o.ok)
    errors = len(outcomes) - len(times)
    median = statistics.median(times) if times else float("nan")
    p95, worst = p95_of(times), (times[-1] if times else float("nan"))
    ready = f"{ready_s:.1f}" if ready_s is not None else "-"
    return f"{name:<24} {ready:>7} {median:>10.0f} {p95:>8.0f} {worst:>8.0f} {errors:>6}", median, p95


def cold_runs(runs: int, sessions: int, spread: float, warm_up: bool) -> str:
    """`runs` times: a fresh bare page server, then a fresh app server's first and second burst."""
    how = "warmed by src.ui.serve" if warm_up else "plain streamlit run, no warm-up"
    lines = [
        f"{sessions} sessions within {spread:.0f} s per burst; fresh servers per run; the app {how}",
        f"{'run / target':<24} {'ready s':>7} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'errors':>6}",
    ]
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_PAGE, encoding="utf-8")
        for run in range(1, runs + 1):
            began = time.monotonic()
            with streamlit_server(bare) as (url, pid):
                ready = time.monotonic() - began
                outcomes, _ = asyncio.run(load(url, pid, sessions, spread))
            row, bare_median, bare_p95 = summary(f"{run} bare page", ready, outcomes)
            lines.append(row)
            began = time.monotonic()
            with streamlit_server(APP, timeout_s=120, warm_up=warm_up) as (url, pid):
                ready = time.monotonic() - began
                first, _ = asyncio.run(load(url, pid, sessions, spread))
                second, _ = asyncio.run(load(url, pid, sessions, spread))
            row, median, p95 = summary(f"{run} app, first burst", ready, first)
            lines.append(row + f"   × bare: median {median / bare_median:.1f}, p95 {p95 / bare_p95:.1f}")
            row, median, p95 = summary(f"{run} app, second burst", None, second)
            lines.append(row + f"   × bare: median {median / bare_median:.1f}, p95 {p95 / bare_p95:.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--spread", type=float, default=10.0, help="seconds over which sessions start")
    parser.add_argument("--url", help="an already running server on 127.0.0.1 (then also --pid)")
    parser.add_argument("--pid", type=int, help="that server's process id, for memory and CPU")
    parser.add_argument("--cold", type=int, metavar="RUNS", help="cold-start mode: RUNS runs on fresh servers")
    parser.add_argument("--no-warm-up", action="store_true", help="start the app with plain streamlit run")
    args = parser.parse_args(argv)
    if args.cold:
        print(cold_runs(args.cold, args.sessions, args.spread, not args.no_warm_up))
        return 0
    with target(args.url, args.pid, not args.no_warm_up) as (url, pid):
        outcomes, samples = asyncio.run(load(url, pid, args.sessions, args.spread))
    print(report(outcomes, samples, args.sessions, args.spread))
    return 0


if __name__ == "__main__":
    sys.exit(main())
