"""Readers at once: the static edition through nginx beside the Streamlit floor and the app, in one run.

Run: `.venv/bin/python -m bench.static_burst [--skip-streamlit]`. It builds the static edition into
bench/out/site (timed), serves it with nginx (deploy/site.nginx.conf.template) on 127.0.0.1, and sends
a burst of readers: 100 and 1000 within 10 s. A static reader fetches a page (rotating over every page
in both languages) and its style sheet, gzip accepted, each on a new connection: a page is complete
when both have arrived. The Streamlit rows reuse `bench.load_test` (a bare one-line page, then the
app): complete when the script run has finished. Loopback only; every wait has a deadline. No asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from bench.load_test import load
from bench.nginx import static_server
from bench.servers import BARE_PAGE, ROOT, streamlit_server
from src.site import pages
from src.site.build import CSS_PATH, build_site
from src.text.i18n import LANGUAGES

OUT = ROOT / "bench" / "out" / "site"
READ_TIMEOUT_S = 60.0
BURSTS = ((100, 10.0), (1000, 10.0))


async def fetch(host: str, port: int, path: str) -> int:
    """GET `path` on a new connection (gzip accepted); the body's size, once the server has closed."""
    reader, writer = await asyncio.open_connection(host, port)
    request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n"
    writer.write(request.encode("ascii"))
    await writer.drain()
    data = await reader.read(-1)
    writer.close()
    status = data[9:12]
    if status != b"200":
        raise OSError(f"HTTP {status.decode(errors='replace')}")
    return len(data)


async def one_reader(url: str, path: str) -> tuple[float, bool]:
    parts = urlsplit(url)
    start = time.monotonic()
    try:
        async with asyncio.timeout(READ_TIMEOUT_S):
            await fetch(parts.hostname or "", parts.port or 80, path)
            await fetch(parts.hostname or "", parts.port or 80, "/" + CSS_PATH)
        return time.monotonic() - start, True
    except (TimeoutError, OSError):
        return time.monotonic() - start, False


async def burst(url: str, readers: int, spread_s: float) -> list[tuple[float, bool]]:
    paths = ["/" + pages.page_path(s, lang).removesuffix("index.html") for lang in LANGUAGES for s in pages.PAGE_SLUGS]

    async def delayed(i: int) -> tuple[float, bool]:
        await asyncio.sleep(i * spread_s / readers)
        return await one_reader(url, paths[i % len(paths)])

    return list(await asyncio.gather(*(delayed(i) for i in range(readers))))


def row(target: str, readers: int, spread: float, seconds: list[float], errors: int) -> str:
    times = sorted(s * 1000 for s in seconds)
    if not times:
        return f"{target:<34} {readers:>7} {spread:>6.0f} {'-':>10} {'-':>10} {errors:>6}"
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    return f"{target:<34} {readers:>7} {spread:>6.0f} {statistics.median(times):>10.1f} {p95:>10.1f} {errors:>6}"


def streamlit_rows(readers: int, spread: float) -> list[str]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_PAGE, encoding="utf-8")
        for name, script in (("Streamlit floor (bare page)", bare), ("the app (Streamlit)", ROOT / "app.py")):
            with streamlit_server(script) as (url, pid):
                outcomes, _ = asyncio.run(load(url, pid, readers, spread))
            ok = [o.seconds for o in outcomes if o.ok]
            rows.append(row(name, readers, spread, ok, len(outcomes) - len(ok)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--skip-streamlit", action="store_true", help="only the static rows")
    args = parser.parse_args(argv)
    resource.setrlimit(resource.RLIMIT_NOFILE, (8192, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
    before = os.times()
    built = build_site(OUT)
    cpu = (os.times().user - before.user) + (os.times().system - before.system)
    print(f"static build (both languages, {len(built.pages)} pages): {built.seconds:.1f} s wall, {cpu:.1f} s CPU")
    print(f"{'target':<34} {'readers':>7} {'in s':>6} {'median ms':>10} {'p95 ms':>10} {'errors':>6}")
    with static_server(OUT) as (url, _):
        asyncio.run(burst(url, 20, 1.0))  # warm the file cache; not counted
        for readers, spread in BURSTS:
            results = asyncio.run(burst(url, readers, spread))
            ok = [s for s, good in results if good]
            print(row("static pages through nginx", readers, spread, ok, len(results) - len(ok)), flush=True)
    if not args.skip_streamlit:
        for line in streamlit_rows(*BURSTS[0]):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
