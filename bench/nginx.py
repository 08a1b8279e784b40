"""nginx on a free loopback port, from the deploy templates: the static edition (optionally proxying an app),
or the app's replicas behind the scale-out proxy. Stops by itself."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.servers import free_port
from deploy.render_nginx import TEMPLATES, fill

TEMPLATE = TEMPLATES["site"]
PROXY_TEMPLATE = TEMPLATES["proxy"]
TEMP_FOLDERS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
STOP_TIMEOUT_S = 5.0


def render(run_dir: Path, site_dir: Path, proxy_port: int, app_port: int, app_name: str = "app", **extra: str) -> str:
    """The static host's config (as deploy/serve_site.sh renders it)."""
    values = {"RUN_DIR": str(run_dir), "SITE_DIR": str(site_dir), "PROXY_PORT": str(proxy_port),
              "APP_PORT": str(app_port), "APP_NAME": app_name, "APP_PATH": f"/{app_name}", **extra}  # fmt: skip
    return fill(TEMPLATE, values)


def render_proxy(run_dir: Path, upstreams: list[int], proxy_port: int, **extra: str) -> str:
    """The scale-out proxy's config (as deploy/scale_out.sh renders it)."""
    servers = "".join(f"        server 127.0.0.1:{port};\n" for port in upstreams)
    values = {"RUN_DIR": str(run_dir), "PROXY_PORT": str(proxy_port), "UPSTREAMS": servers, **extra}
    return fill(PROXY_TEMPLATE, values)


@contextlib.contextmanager
def static_server(site_dir: Path, app_port: int | None = None, **extra: str) -> Iterator[tuple[str, int]]:
    """(base URL, nginx master pid) serving `site_dir`; `/app/` goes to `app_port` (a closed port if None)."""
    app = app_port or free_port()
    with _nginx(lambda run_dir, port: render(run_dir, site_dir, port, app, **extra)) as server:
        yield server


def loopback_k8s_site(config: str, run_dir: Path, site_dir: Path, port: int) -> str:
    """The Kubernetes static pod's nginx.conf made runnable here: its files in `run_dir`, the pages from
    `site_dir`, loopback only; every rule (headers, policies, 404 pages) left as the pod runs it."""
    replaced = {"/tmp/": f"{run_dir}/", "error_log /dev/stderr": f"error_log {run_dir}/error.log",
                "listen 8080;": f"listen 127.0.0.1:{port};", "root /srv/site/public;": f"root {site_dir};"}  # fmt: skip
    for old, new in replaced.items():
        assert old in config, f"the pod's config has no {old!r}"
        config = config.replace(old, new)
    return config


@contextlib.contextmanager
def k8s_site_server(config: str, site_dir: Path) -> Iterator[tuple[str, int]]:
    """(base URL, nginx master pid) of the Kubernetes static pod's nginx `config`, serving `site_dir`."""
    with _nginx(lambda run_dir, port: loopback_k8s_site(config, run_dir, site_dir, port), "/healthz") as server:
        yield server


@contextlib.contextmanager
def proxy_server(upstreams: list[int], **extra: str) -> Iterator[tuple[str, int]]:
    """(base URL, nginx master pid) of the scale-out proxy in front of the app servers on `upstreams`."""
    with _nginx(lambda run_dir, port: render_proxy(run_dir, upstreams, port, **extra), "/_stcore/health") as server:
        yield server


@contextlib.contextmanager
def _nginx(config_of: Callable[[Path, int], str], ready_path: str = "/") -> Iterator[tuple[str, int]]:
    with tempfile.TemporaryDirectory(prefix="kk-nginx-") as folder:
        run_dir = Path(folder)
        for name in TEMP_FOLDERS:
            (run_dir / name).mkdir()
        port = free_port()
        config = run_dir / "nginx.conf"
        config.write_text(config_of(run_dir, port), encoding="utf-8")
        subprocess.run(["nginx", "-c", str(config)], check=True, capture_output=True)
        pid = int((run_dir / "nginx.pid").read_text().strip())
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_for(url + ready_path)
            yield url, pid
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)  # graceful: the master stops its workers
            deadline = time.monotonic() + STOP_TIMEOUT_S
            while _running(pid) and time.monotonic() < deadline:
                time.sleep(0.02)


def _running(pid: int) -> bool:
    """Whether `pid` still runs. An exited nginx master is nobody's child (it daemonised) and stays a zombie
    until PID 1 reaps it, which in a container can take seconds: a zombie has stopped, so it counts as gone."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _wait_for(url: str, timeout_s: float = 10) -> None:
    """Until nginx answers at `url` (any HTTP status counts: a 404 or 502 is nginx answering)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
