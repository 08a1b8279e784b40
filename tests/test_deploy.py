"""The scale-out recipe: nginx keeps sessions sticky, upgrades websockets and listens on loopback only."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bench.nginx import render_proxy
from src.facts.paths import PROJECT_ROOT

TEMPLATE = (PROJECT_ROOT / "deploy" / "nginx.conf.template").read_text(encoding="utf-8")


def render(run_dir: Path, upstreams: list[int], proxy_port: int = 8600) -> str:
    return render_proxy(run_dir, upstreams, proxy_port)


def test_websockets_are_upgraded_and_sessions_sticky() -> None:
    assert "proxy_set_header Upgrade $http_upgrade;" in TEMPLATE
    assert "proxy_set_header Connection $connection_upgrade;" in TEMPLATE
    assert "hash $route_key consistent;" in TEMPLATE
    assert "kk_route=$route_key" in TEMPLATE


def test_listens_on_loopback_only() -> None:
    listens = [line.strip() for line in TEMPLATE.splitlines() if line.strip().startswith("listen")]
    assert listens == ["listen 127.0.0.1:${PROXY_PORT};"]


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)")
def test_rendered_config_passes_nginx_check(tmp_path: Path) -> None:
    for folder in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / folder).mkdir()
    config = tmp_path / "nginx.conf"
    config.write_text(render(tmp_path, [8610, 8611]), encoding="utf-8")
    done = subprocess.run(["nginx", "-t", "-c", str(config)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
