"""The team server's Kubernetes manifests and container image, checked offline: each overlay
renders with ``kubectl kustomize``, every object validates against the Kubernetes schemas
(``kubernetes-validate``), and what the manifests promise holds against the real server."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import kubernetes_validate  # type: ignore[import-untyped]
import pytest
import yaml  # type: ignore[import-untyped]

from sync.server import ServerConfig, create_app
from sync.server.app import services_of
from sync.server.checkpoints import AUDIT_KEY_ENV
from sync.server.cli import BLOB_URL_ENV, DATABASE_URL_ENV, S3_ENDPOINT_URL_ENV, parser
from sync.server.s3store import BlobUrl

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "installers" / "k8s"
CONTAINERFILE = ROOT / "installers" / "server" / "Containerfile"
KUBERNETES_VERSION = "1.32.0"

pytestmark = pytest.mark.skipif(
    shutil.which("kubectl") is None,
    reason="kubectl is not installed: the Kubernetes manifests were NOT rendered or validated",
)

Manifest = dict[str, Any]


def render(overlay: str) -> list[Manifest]:
    done = subprocess.run(
        ["kubectl", "kustomize", str(K8S / "overlays" / overlay)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [doc for doc in yaml.safe_load_all(done.stdout) if doc]


def one(manifests: list[Manifest], kind: str, name: str | None = None) -> Manifest:
    found = [m for m in manifests if m["kind"] == kind and name in (None, m["metadata"]["name"])]
    assert len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}"
    return found[0]


def pod_spec(manifest: Manifest) -> Manifest:
    spec: Manifest = manifest["spec"]["template"]["spec"]
    return spec


@pytest.mark.parametrize("overlay", ["dev", "prod"])
def test_every_rendered_object_validates_against_the_kubernetes_schemas(overlay: str) -> None:
    manifests = render(overlay)
    for manifest in manifests:
        kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)
    assert not [m for m in manifests if m["kind"] == "Secret"], "secrets must not be rendered"


@pytest.mark.parametrize("overlay", ["dev", "prod"])
def test_every_container_runs_as_non_root_on_a_read_only_root_filesystem(overlay: str) -> None:
    workloads = [m for m in render(overlay) if m["kind"] in ("Deployment", "Job")]
    assert workloads
    for workload in workloads:
        spec = pod_spec(workload)
        assert spec["securityContext"]["runAsNonRoot"] is True
        assert spec["securityContext"]["runAsUser"] != 0
        for container in spec["containers"]:
            context = container["securityContext"]
            assert context["readOnlyRootFilesystem"] is True, container["name"]
            assert context["allowPrivilegeEscalation"] is False
            assert context["capabilities"]["drop"] == ["ALL"]
            mounts = {m["mountPath"] for m in container["volumeMounts"]}
            assert "/tmp" in mounts, "a read-only root needs a writable /tmp"
            # The arguments are ones the real command line accepts.
            args = parser().parse_args(container["args"])
            assert args.command in ("serve", "migrate")


def test_prod_runs_replicas_on_postgresql_from_an_existing_secret() -> None:
    manifests = render("prod")
    deployment = one(manifests, "Deployment", "convosphere-server")
    assert deployment["spec"]["replicas"] >= 2
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    server = pod_spec(deployment)["containers"][0]
    database = {e["name"]: e for e in server["env"]}[DATABASE_URL_ENV]
    assert database["valueFrom"]["secretKeyRef"] == {
        "name": "convosphere-server",
        "key": "database-url",
    }
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]

    pdb = one(manifests, "PodDisruptionBudget")
    assert pdb["spec"]["minAvailable"] >= 1
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    hpa = one(manifests, "HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert hpa["spec"]["minReplicas"] >= 2
    assert hpa["spec"]["maxReplicas"] > hpa["spec"]["minReplicas"]
    service = one(manifests, "Service")
    assert service["spec"]["selector"].items() <= pod_labels.items()
    env = {e["name"]: e for e in server["env"]}
    for name, key in [
        ("AWS_ACCESS_KEY_ID", "s3-access-key-id"),
        ("AWS_SECRET_ACCESS_KEY", "s3-secret-access-key"),
        (AUDIT_KEY_ENV, "audit-signing-key"),  # one key for every replica's checkpoints
    ]:
        reference = env[name]["valueFrom"]["secretKeyRef"]
        assert (reference["name"], reference["key"]) == ("convosphere-server", key)
    assert "optional" not in env[AUDIT_KEY_ENV]["valueFrom"]["secretKeyRef"]
    config_map = one(manifests, "ConfigMap")
    settings = {}
    for name in (BLOB_URL_ENV, S3_ENDPOINT_URL_ENV, "AWS_DEFAULT_REGION"):
        reference = env[name]["valueFrom"]["configMapKeyRef"]
        assert reference["name"] == config_map["metadata"]["name"]
        settings[name] = config_map["data"][reference["key"]]
    assert BlobUrl.parse(settings[BLOB_URL_ENV]).bucket, "blobs go to an S3 bucket"
    assert not [m for m in manifests if m["kind"] == "PersistentVolumeClaim"]
    assert "persistentVolumeClaim" not in str(pod_spec(deployment)["volumes"]), (
        "replicas share no volume: PostgreSQL and the bucket hold the state"
    )

    job = one(manifests, "Job", "convosphere-server-migrate")
    migrate = pod_spec(job)["containers"][0]
    assert parser().parse_args(migrate["args"]).command == "migrate"
    assert migrate["image"] == server["image"], "the Job must migrate to the rolled-out schema"
    assert {e["name"]: e for e in migrate["env"]}[DATABASE_URL_ENV] == database
    assert job["metadata"]["annotations"]["argocd.argoproj.io/hook"] == "PreSync"
    assert job["metadata"]["labels"]["app.kubernetes.io/name"] == "convosphere-server"
    # The Job is applied alone first (docs/server-deployment.md): it may need nothing else.
    assert "serviceAccountName" not in pod_spec(job)
    assert "persistentVolumeClaim" not in str(pod_spec(job)["volumes"])


def test_dev_is_one_replica_on_sqlite() -> None:
    manifests = render("dev")
    deployment = one(manifests, "Deployment")
    assert deployment["spec"]["replicas"] == 1
    assert deployment["spec"]["strategy"]["type"] == "Recreate"
    server = pod_spec(deployment)["containers"][0]
    assert DATABASE_URL_ENV not in {e["name"] for e in server.get("env", [])}
    assert not [m for m in manifests if m["kind"] in ("Job", "HorizontalPodAutoscaler")]


@pytest.mark.anyio
async def test_the_probes_answer_on_the_real_server(tmp_path: Path) -> None:
    server = pod_spec(one(render("prod"), "Deployment"))["containers"][0]
    app = create_app(ServerConfig.for_data_dir(tmp_path))
    services = services_of(app)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://pod") as http:
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                path = server[probe]["httpGet"]["path"]
                assert (await http.get(path)).status_code == 200, probe
            services.db.dispose()
            (tmp_path / "server.db").unlink()
            (tmp_path / "server.db").mkdir()  # the database can no longer be opened
            ready = await http.get(server["readinessProbe"]["httpGet"]["path"])
            live = await http.get(server["livenessProbe"]["httpGet"]["path"])
        assert ready.status_code == 503, "readiness must fail when the database does not answer"
        assert live.status_code == 200, "liveness must not depend on the database"
    finally:
        services.close()


def test_the_image_runs_the_server_as_a_non_root_user() -> None:
    lines = [line.strip() for line in CONTAINERFILE.read_text().splitlines()]
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in ("0", "root")
    assert 'ENTRYPOINT ["convosphere-server"]' in lines
    cmd = [line for line in lines if line.startswith("CMD ")][-1]  # not HEALTHCHECK's
    args = yaml.safe_load(cmd[len("CMD ") :])
    assert parser().parse_args(args).command == "serve"
