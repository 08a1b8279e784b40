"""The launcher (`python -m src.ui.serve`): not ready until warm, and its first readers build nothing it built.

A real server on a loopback port. Its warm-up is held behind a file the test creates, so "not ready"
is seen for certain, not by timing; every wait has a deadline and the server is stopped at the end.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

from bench.load_test import PAGES, Outcome, one_session, visit
from src.facts.paths import PROJECT_ROOT
from src.ui import serve

DEADLINE_S = 120.0
BUILT_AFTER = "view built after the warm-up:"
# The server, with its warm-up waiting for a file, and every chart view built after the warm-up logged.
CHILD = f"""
import dataclasses, sys, time
from pathlib import Path
from src.ui import serve, warm_up
from src.views import registry

gate, real = Path(sys.argv[1]), warm_up.warm_up

def counted(chart):
    def build(*args, _build=chart.build, _name=chart.chart_id):
        print("{BUILT_AFTER}", _name, file=sys.stderr, flush=True)
        return _build(*args)
    return build

def held(*args, **kwargs):
    while not gate.exists():
        time.sleep(0.05)
    done = real(*args, **kwargs)
    for name, chart in list(registry.CHART_BY_ID.items()):
        registry.CHART_BY_ID[name] = dataclasses.replace(chart, build=counted(chart))
    return done

warm_up.warm_up = held
serve.main(sys.argv[2:])
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _health(url: str) -> tuple[int, str] | None:
    """(status, body) of the health check, or None while nothing answers."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as response:
            return response.status, response.read().decode().strip()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode().strip()
    except OSError:
        return None


def _wait(url: str, process: subprocess.Popen[bytes], wanted: set[int]) -> tuple[int, str]:
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline and process.poll() is None:
        answer = _health(url)
        if answer is not None and answer[0] in wanted:
            return answer
        time.sleep(0.1)
    pytest.fail(f"no health answer in {wanted} within {DEADLINE_S:.0f} s (exit code {process.poll()})")


@pytest.fixture
def held_server(tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[bytes], Path]]:
    """(URL, gate file, process, log) of a launcher whose warm-up starts when the gate file exists."""
    port, gate, log_path = _free_port(), tmp_path / "warm", tmp_path / "server.log"
    command = [sys.executable, "-c", CHILD, str(gate), "--server.port", str(port), "--server.address", "127.0.0.1",
               "--server.headless", "true"]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)  # fmt: skip
    try:
        yield f"http://127.0.0.1:{port}", gate, process, log_path
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if process.poll() is not None:
                break
            os.killpg(process.pid, sig)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                continue


def test_the_warm_up_is_repeated_just_after_midnight_when_the_pages_defaults_change_day() -> None:
    assert serve.seconds_to_midnight(datetime(2026, 12, 2, 23, 59, 30)) == 30
    assert serve.seconds_to_midnight(datetime(2026, 12, 31, 0, 0, 0)) == 24 * 3600


def test_a_fresh_server_is_not_ready_until_warm_and_its_first_readers_build_nothing_it_built(
    held_server: tuple[str, Path, subprocess.Popen[bytes], Path],
) -> None:
    url, gate, process, log = held_server
    for _ in range(3):  # answering, but held before its warm-up: not ready, however often asked
        assert _wait(url, process, {200, 503}) == (503, serve.WARMING_UP)
    gate.touch()
    assert _wait(url, process, {200}) == (200, "ok")
    assert "Klyngekvalitet: warm in" in log.read_text(errors="replace")

    async def first_readers() -> list[Outcome]:  # every page once in each language, as bench.load_test visits them
        stream = url.replace("http://", "ws://") + "/_stcore/stream"
        return list(await asyncio.gather(*(one_session(stream, url, *visit(i)) for i in range(2 * len(PAGES)))))

    # in a thread of its own: the browser suite's Playwright keeps an event loop running in this one
    with ThreadPoolExecutor(max_workers=1) as pool:
        outcomes = pool.submit(asyncio.run, first_readers()).result()
    assert all(o.ok for o in outcomes), outcomes
    built = [line for line in log.read_text(errors="replace").splitlines() if BUILT_AFTER in line]
    assert not built, built
