"""nginx serving the static edition (and, optionally, proxying an app) on a free loopback port; stops by itself."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from bench.servers import ROOT, free_port

TEMPLATE = ROOT / "deploy" / "site.nginx.conf.template"
TEMP_FOLDERS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
STOP_TIMEOUT_S = 5.0


def render(run_dir: Path, site_dir: Path, proxy_port: int, app_port: int, app_name: str = "app") -> str:
    """The deploy template with its placeholders filled (as `envsubst` does in deploy/serve_site.sh)."""
    values = {"RUN_DIR": str(run_dir), "SITE_DIR": str(site_dir), "PROXY_PORT": str(proxy_port),
              "APP_PORT": str(app_port), "APP_NAME": app_name, "APP_PATH": f"/{app_name}"}  # fmt: skip
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace("${" + name + "}", value)
    return text


@contextlib.contextmanager
def static_server(site_dir: Path, app_port: int | None = None) -> Iterator[tuple[str, int]]:
    """(base URL, nginx master pid) serving `site_dir`; `/app/` goes to `app_port` (a closed port if None)."""
    with tempfile.TemporaryDirectory(prefix="kk-nginx-") as folder:
        run_dir = Path(folder)
        for name in TEMP_FOLDERS:
            (run_dir / name).mkdir()
        port = free_port()
        config = run_dir / "nginx.conf"
        config.write_text(render(run_dir, site_dir, port, app_port or free_port()), encoding="utf-8")
        subprocess.run(["nginx", "-c", str(config)], check=True, capture_output=True)
        pid = int((run_dir / "nginx.pid").read_text().strip())
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_for(url)
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
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url + "/", timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
