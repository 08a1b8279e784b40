"""Publishing a new static edition under a reader's feet: deploy/publish_site.sh swaps the release nginx serves,
and a reader fetching pages in a loop meanwhile never gets an error or a page that is neither release's.

Note that the releases are two tiny sites (each page names its release and is long enough to take several
writes); the script is the one operators run, with `--from` so that it publishes them instead of building.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.nginx import static_server
from src.facts.paths import PROJECT_ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)"
)
SCRIPT = PROJECT_ROOT / "deploy" / "publish_site.sh"
PAGES = ("index.html", "levels/index.html", "en/index.html", "assets/site.css")
MIN_READS = 200  # requests across the swap, at least
PAUSE_S = 0.01  # between a reader's requests
DEADLINE_S = 20.0  # well above nginx's open_file_cache_valid (5 s), after which every worker serves the new files


def content(release: str, page: str) -> str:
    filler = f"<p>{release} · Klyngekvalitet</p>\n" * 3000  # ~100 kB: many writes per response
    return f"<!DOCTYPE html><html lang='nb'><title>{release} {page}</title><body>{filler}</body></html>\n"


@pytest.fixture
def workspace() -> Iterator[Path]:
    """A folder nginx's workers can read, with two built releases to publish and a site root to publish into."""
    folder = Path(tempfile.mkdtemp(prefix="kk-publish-"))
    folder.chmod(0o755)
    for release in ("A", "B", "C"):
        for page in PAGES:
            path = folder / "built" / release / page
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content(release, page), encoding="utf-8")
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield folder
    shutil.rmtree(folder)


def publish(workspace: Path, release: str, keep: int = 3) -> None:
    env = {**os.environ, "SITE_ROOT": str(workspace / "root"), "KEEP": str(keep), "PY": sys.executable}
    done = subprocess.run([str(SCRIPT), "--from", str(workspace / "built" / release)], env=env,
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_a_reader_never_sees_an_error_or_a_mixed_page_during_a_swap(workspace: Path) -> None:
    publish(workspace, "A")
    seen: list[tuple[str, int, str]] = []
    started = threading.Event()
    with static_server(workspace / "root" / "current") as (url, _):

        def read() -> None:
            """Pages in turn until at least MIN_READS and three whole rounds of the new release (or the deadline)."""
            deadline = time.monotonic() + DEADLINE_S
            while time.monotonic() < deadline and not (len(seen) >= MIN_READS and _settled(seen)):
                page = PAGES[len(seen) % len(PAGES)]
                status, body = get(f"{url}/{page.removesuffix('index.html')}")
                seen.append((page, status, body))
                if len(seen) == MIN_READS // 4:
                    started.set()  # the swap starts while the reader is busy
                time.sleep(PAUSE_S)

        reader = threading.Thread(target=read)
        reader.start()
        assert started.wait(DEADLINE_S)
        publish(workspace, "B")
        reader.join(DEADLINE_S + 5)
    errors = [(page, status) for page, status, _ in seen if status != 200]
    mixed = [page for page, _, body in seen if body not in (content("A", page), content("B", page))]
    assert not errors and not mixed, (errors, mixed)
    assert seen[0][2] == content("A", seen[0][0]) and _settled(seen), "the swap was never seen"
    assert len(seen) >= MIN_READS
    first_new = next(i for i, (page, _, body) in enumerate(seen) if body == content("B", page))
    print(f"{len(seen)} requests, the first from the new release at request {first_new}")  # with -s


def _settled(seen: list[tuple[str, int, str]]) -> bool:
    """The last three rounds of pages all came from release B."""
    last = seen[-3 * len(PAGES) :]
    return len(last) == 3 * len(PAGES) and all(body == content("B", page) for page, _, body in last)


def test_old_releases_are_pruned_and_the_live_one_kept(workspace: Path) -> None:
    for release in ("A", "B", "C"):
        publish(workspace, release, keep=2)
    root = workspace / "root"
    releases = sorted(path.name for path in (root / "releases").iterdir())
    assert len(releases) == 2
    assert (root / "current").is_symlink() and os.readlink(root / "current") == f"releases/{releases[-1]}"
    assert (root / "current" / "index.html").read_text(encoding="utf-8") == content("C", "index.html")
